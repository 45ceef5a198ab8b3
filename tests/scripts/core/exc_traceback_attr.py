import sys
def fail():
    raise ValueError("boom")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__)
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
    print(sys.exc_info()[0].__name__, sys.exc_info()[1] is e)
print(sys.exc_info())
e2 = ValueError("never raised")
print(e2.__traceback__)
e3 = e2.with_traceback(None)
print(e3 is e2)
def get_exc():
    try:
        raise KeyError("k")
    except KeyError as e:
        return e
saved = get_exc()
print(type(saved).__name__, saved.__traceback__.tb_lineno, saved.__traceback__.tb_frame.f_code.co_name)
