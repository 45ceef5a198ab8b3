# A subgenerator's finally yields while the chain is being closed.
def sub():
    try:
        yield "sub body"
    finally:
        yield "sub finally"

def outer():
    try:
        yield from sub()
    except RuntimeError as e:
        print("outer caught", e)
        raise

g = outer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close raised", type(e).__name__, e)
print(g.gi_frame is None)
