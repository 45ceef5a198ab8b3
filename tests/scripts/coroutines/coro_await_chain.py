# A chain of awaits: a value yielded at the bottom reaches the driver, and
# the value sent back comes out of the bottom await.
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        answer = yield self.what
        return answer

async def level3():
    a = await Request("question 1")
    b = await Request("question 2")
    return a + b

async def level2():
    return await level3() * 2

async def level1():
    return "result: %d" % await level2()

c = level1()
print("driver got", c.send(None))
print("driver got", c.send(10))
try:
    c.send(5)
except StopIteration as e:
    print(e.value)
