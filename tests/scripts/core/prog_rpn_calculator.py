import math
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "^": lambda a, b: a ** b, "//": lambda a, b: a // b}
FUNCS = {"sqrt": math.sqrt, "neg": lambda a: -a, "abs": abs}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            if len(stack) < 2:
                raise SyntaxError(f"not enough operands for {tok}")
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        elif tok in FUNCS:
            stack.append(FUNCS[tok](stack.pop()))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise SyntaxError(f"leftover stack {stack}")
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "7 2 /", "7 2 //", "16 sqrt neg", "1.5 2 *",
          "1 +", "1 2", "1 0 /", "x 1 +", "2 0.5 ^ 2 ^"]:
    try:
        print(f"{e!r:24} = {rpn(e)!r}")
    except (SyntaxError, ZeroDivisionError, ValueError) as err:
        print(f"{e!r:24} ! {type(err).__name__}: {err}")
