# Traceback and frame objects: tb_frame, tb_lineno, tb_lasti, tb_next, and
# the frames' f_code, f_lineno, f_locals, f_globals and f_back, which live
# on after their frames have returned.
import sys

def inner(n):
    secret = n * 2
    raise ValueError(secret)

def outer():
    local = "kept"
    inner(21)

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__)
    entries = []
    while tb is not None:
        frame = tb.tb_frame
        entries.append((frame.f_code.co_name, tb.tb_lineno, frame.f_lineno,
                        type(tb.tb_lasti).__name__, tb.tb_lasti >= 0))
        tb = tb.tb_next
    for entry in entries:
        print(entry)
    last = e.__traceback__.tb_next.tb_next
    print(sorted(last.tb_frame.f_locals.items()))
    print(last.tb_frame.f_back.f_code.co_name, last.tb_frame.f_back.f_locals["local"])
    print(last.tb_frame.f_back.f_back is e.__traceback__.tb_frame)
    print(last.tb_frame.f_globals is globals())
    print(sys.exc_info()[2] is e.__traceback__)
    saved = e

e = saved
try:
    e.__traceback__.tb_next = 5
except TypeError as error:
    print("TypeError:", error)
try:
    e.__traceback__.tb_next.tb_next = e.__traceback__
except ValueError as error:
    print("ValueError:", error)
try:
    e.with_traceback("no")
except TypeError as error:
    print("TypeError:", error)
print(e.with_traceback(None) is e, e.__traceback__)
