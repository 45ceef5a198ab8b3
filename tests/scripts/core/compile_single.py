# 'single' mode: each expression statement's value goes to
# sys.displayhook (its repr on stdout, and builtins._ set); None is not
# shown; assignments print nothing.
import builtins
import sys

exec(compile("1 + 1", "<stdin>", "single"))
exec(compile("'text'", "<stdin>", "single"))
exec(compile("None", "<stdin>", "single"))
exec(compile("x = 5", "<stdin>", "single"))
exec(compile("x; x * 2; [x]", "<stdin>", "single"))
print("underscore:", builtins._)
exec(compile("for i in range(2): i\n", "<stdin>", "single"))
exec(compile("if True:\n    'inside if'\n", "<stdin>", "single"))
exec(compile("def f():\n    'not shown'\n    return 3\n", "<stdin>", "single"))
exec(compile("f()\n", "<stdin>", "single"))
seen = []
sys.displayhook = lambda value: seen.append(value)
exec(compile("42", "<stdin>", "single"))
exec(compile("None", "<stdin>", "single"))
sys.displayhook = sys.__displayhook__
print("hook saw", seen)
sys.displayhook(None)
sys.displayhook({"a": 1})
print(builtins._)
del sys.displayhook
try:
    exec(compile("1", "<stdin>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__
