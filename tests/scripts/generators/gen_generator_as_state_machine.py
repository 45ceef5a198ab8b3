# A generator as a state machine: a tokenizer fed one character at a time.
def tokenizer(emit):
    while True:
        c = yield
        if c.isdigit():
            num = c
            while True:
                c = yield
                if not c.isdigit():
                    break
                num += c
            emit(("NUM", int(num)))
        if c in "+-*/()":
            emit(("OP", c))
        elif c == ";":
            emit(("END", None))

tokens = []
t = tokenizer(tokens.append)
next(t)
for ch in "12+3*(45-6);":
    t.send(ch)
print(tokens)
