# compile() with PyCF_ALLOW_TOP_LEVEL_AWAIT (0x2000): code that awaits at
# its top level is a coroutine code object, in each mode.
async def val():
    return 5


for mode, text in [("eval", "await val()"), ("exec", "r = await val()\nprint('r', r)"),
                   ("single", "await val()")]:
    code = compile(text, "s", mode, flags=0x2000)
    print(mode, bool(code.co_flags & 0x80))
    coroutine = eval(code)
    try:
        coroutine.send(None)
    except StopIteration as e:
        print("value", e.value)
print(eval(compile("1 + 1", "s", "eval", flags=0x2000)))
try:
    compile("await val()", "s", "eval")
except SyntaxError as e:
    print(e)
