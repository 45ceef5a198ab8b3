# Two async generators consumed by coroutines under a round-robin driver.
class Switch:
    def __await__(self):
        yield

async def letters(s):
    for c in s:
        await Switch()
        yield c

async def collect(name, agen, out):
    async for x in agen:
        out.append(name + x)
    return name

out = []
tasks = [collect("1", letters("abc"), out), collect("2", letters("xy"), out)]
done = []
while tasks:
    t = tasks.pop(0)
    try:
        t.send(None)
        tasks.append(t)
    except StopIteration as e:
        done.append(e.value)
print(out)
print(done)
