# yield in a class body is a SyntaxError at compile time (exit status 1),
# even though the methods around it are fine generator functions.
print("never runs")

class Gen:
    def items(self):
        yield 1

    x = 1
    yield x

    def more(self):
        yield 2
