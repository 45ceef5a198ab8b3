# The traceback of an error inside exec'd code, read from the exception:
# frames of <string> with their code names and lines.
import sys

try:
    exec("x = 1\n\ndef f():\n    return 1 / 0\n\nf()\n", {})
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    while tb is not None:
        code = tb.tb_frame.f_code
        name = code.co_filename if code.co_filename.startswith("<") else "script"
        print(name, tb.tb_lineno, code.co_name)
        tb = tb.tb_next
try:
    exec(compile("\n\nraise RuntimeError('named file')", "virtual.py", "exec"))
except RuntimeError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno, tb.tb_frame.f_code.co_name)
