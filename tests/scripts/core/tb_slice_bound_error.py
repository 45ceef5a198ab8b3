# An error while slicing an exact list is reported at the subscript (its
# line and carets), even though Eddy reads the bounds without making a
# slice object.


class Bound:
    def __index__(self):
        raise ValueError("bad bound")


def middle(items, step):
    return items[
        1:
        Bound():
        step
    ]


print(middle([1, 2, 3], 1) if False else "start")
middle([1, 2, 3], 1)
