# An error raised inside eval'd code: the traceback shows the <string>
# frame, without a source line.
def compute(expression):
    return eval(expression)


print(compute("2 ** 10"))
compute("[1, 2][5]")
