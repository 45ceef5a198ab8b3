print(type(exit).__name__ in ("Quitter", "function", "builtin_function_or_method"), callable(exit), callable(quit))
try:
    exit()
except SystemExit as e:
    print("exit() ->", repr(e.code))
try:
    quit(2)
except SystemExit as e:
    print("quit(2) ->", e.code)
try:
    exit("message")
except SystemExit as e:
    print("exit('message') ->", e.code)
print("still running")
