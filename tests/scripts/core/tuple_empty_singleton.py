# There is one empty tuple: every way of making an empty tuple gives it.
empty = ()


def pack(*args):
    return args


made = [
    pack(),
    tuple(),
    tuple([]),
    tuple(x for x in range(0)),
    (1, 2, 3)[5:],
    (1, 2)[1:1],
    (1, 2) * 0,
    empty + empty,
    tuple("")[:],
]
print([t is empty for t in made])


# A subclass's empty instances are distinct objects of that subclass.
class Row(tuple):
    pass


a, b = Row(), Row([])
print(type(a).__name__, a is b, a == empty, a is empty)
print(len(empty), hash(empty) == hash(tuple()), repr(pack()))
