def a():
    b()
def b():
    c()
def c():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(entries)
    print(e.__traceback__.tb_frame.f_code.co_name, type(e.__traceback__.tb_next).__name__)
def reraiser():
    try:
        a()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    reraiser()
except RuntimeError as e:
    names = []
    tb = e.__cause__.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names, e.__traceback__.tb_lineno)
