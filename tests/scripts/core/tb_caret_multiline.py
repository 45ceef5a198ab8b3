# Instructions that span lines: only the first line is shown, marked up to
# its last non-blank character; an attribute on a later line is marked on
# the line that holds its name.
class Box:
    def __init__(self, items):
        self.items = items

def total(*parts):
    return sum(parts)

box = Box([1, 2])
try:
    value = (box
             .contents)
except AttributeError:
    try:
        result = total(
            1,
            "two",   
        )
    except TypeError:
        print((box.items
               .count(1, 2)))
