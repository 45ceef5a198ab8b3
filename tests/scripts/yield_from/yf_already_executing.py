# A subgenerator that tries to resume its own delegator: ValueError.
def sub():
    try:
        next(outer_gen)
    except ValueError as e:
        print("sub:", type(e).__name__, e)
    yield "sub"

def outer():
    yield from sub()

outer_gen = outer()
print(next(outer_gen))

def self_delegate():
    yield from me

me = self_delegate()
try:
    next(me)
except ValueError as e:
    print("self:", type(e).__name__, e)
