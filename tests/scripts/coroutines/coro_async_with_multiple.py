# Several context managers in one async with: entered left to right,
# exited right to left.
class CM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        return self.name
    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.name == "b" and typ is ZeroDivisionError

async def main():
    async with CM("a") as a, CM("b") as b, CM("c") as c:
        print("body", a, b, c)
        1 / 0
    print("after: suppressed by b")

try:
    main().send(None)
except StopIteration:
    pass
