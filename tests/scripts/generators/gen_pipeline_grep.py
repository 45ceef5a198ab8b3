# Generators as coroutines: the classic grep/printer pipeline (PEP 342 style).
def coroutine(func):
    def start(*args):
        c = func(*args)
        next(c)
        return c
    return start

@coroutine
def printer(prefix):
    while True:
        line = yield
        print(prefix, line)

@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    finally:
        print("grep closing")
        target.close()

@coroutine
def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()

b = broadcast([grep("py", printer("py:")), grep("on", printer("on:"))])
for line in ["python", "ruby", "monty", "pypy", "lisp"]:
    b.send(line)
b.close()
print("done")
