# "Did you mean" after a NameError (local, global, builtin names) or an
# AttributeError (dir() of the object); nothing when no name is close, or
# for subclasses such as UnboundLocalError.
import sys

class Point:
    def __init__(self):
        self.horizontal = 1

def typo_local():
    counter = 0
    return countr

print(hasattr([], "apend"))
try:
    typo_local()
except NameError:
    try:
        Point().horizontl
    except AttributeError:
        try:
            sys.pathh
        except AttributeError:
            try:
                [].apend(1)
            except AttributeError:
                try:
                    lenn([])
                except NameError:
                    Point().zzzzzz
