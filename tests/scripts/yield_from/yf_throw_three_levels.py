# throw() through a three-level chain: the innermost generator sees it
# first; each level that does not handle it unwinds (finally) in turn.
def level3():
    try:
        yield "l3"
    finally:
        print("l3 finally")

def level2():
    try:
        yield from level3()
    finally:
        print("l2 finally")

def level1():
    try:
        yield from level2()
    except ValueError as e:
        print("l1 caught", e)
        yield "l1 recovered"

g = level1()
print(next(g))
print(g.throw(ValueError("deep")))

def catcher3():
    try:
        yield "c3"
    except ValueError as e:
        yield "c3 caught " + str(e)

def pass2():
    return (yield from catcher3())

def pass1():
    return (yield from pass2())

g = pass1()
next(g)
print(g.throw(ValueError, "x"))
