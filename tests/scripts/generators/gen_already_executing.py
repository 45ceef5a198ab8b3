# A generator cannot be resumed while it is running: ValueError.
def gen():
    try:
        next(me)
    except ValueError as e:
        print("next:", type(e).__name__, e)
    try:
        me.send(None)
    except ValueError as e:
        print("send:", type(e).__name__, e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("throw:", type(e).__name__, e)
    try:
        me.close()
    except ValueError as e:
        print("close:", type(e).__name__, e)
    yield "done"

me = gen()
print(next(me))
