# except* refuses exception-group classes and non-exception classes when
# it runs, and the compiler refuses the forms CPython refuses.


def catch_with(kind):
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* kind:
            print("handled by", kind)
    except Exception as e:
        print(type(e).__name__ + ":", e, "| context:", repr(e.__context__))


for kind in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, (ValueError, 3),
             "ValueError"):
    catch_with(kind)


class MyGroup(ExceptionGroup):
    pass


catch_with(MyGroup)

sources = {
    "mixed": "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "mixed star first": "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "no type": "try:\n    pass\nexcept*:\n    pass\n",
    "break": "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "continue": "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "return": "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "return no value": "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
    "loop inside is fine": ("try:\n    pass\nexcept* ValueError:\n"
                            "    for i in x:\n        break\n"),
    "function inside is fine": ("try:\n    pass\nexcept* ValueError:\n"
                                "    def g():\n        return 1\n"),
    "return in body is fine": "def f():\n    try:\n        return 1\n    except* ValueError:\n        pass\n",
    "else and finally": ("try:\n    pass\nexcept* ValueError:\n    pass\n"
                         "else:\n    pass\nfinally:\n    pass\n"),
}
for label, source in sources.items():
    try:
        compile(source, "<test>", "exec")
    except SyntaxError as e:
        print(label, "-> SyntaxError:", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
    else:
        print(label, "-> compiles")
