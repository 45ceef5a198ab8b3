# eval and exec inside eval'd and exec'd code.
print(eval("eval('1 + 1') * 10"))
ns = {}
exec("inner = eval('[exec(\"z = 5\"), z][1]')", ns)
print(ns["inner"], ns["z"])
print(eval("eval('x', {'x': 'deep'})"))
code = "eval(code_text, {'code_text': code_text, 'depth': depth + 1}) if depth < 5 else depth"
print(eval(code, {"code_text": code, "depth": 0}))
