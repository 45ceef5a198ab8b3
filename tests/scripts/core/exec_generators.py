# Generators and coroutines defined by exec'd code run like any others.
ns = {}
exec("""
def countdown(n):
    while n > 0:
        yield n
        n -= 1

async def twice(v):
    return v * 2

async def main():
    return [await twice(i) for i in range(3)]
""", ns)
print(list(ns["countdown"](3)))
coro = ns["main"]()
try:
    coro.send(None)
except StopIteration as stop:
    print(stop.value)
exec("g = (i * i for i in range(4))", ns)
print(sum(ns["g"]))
