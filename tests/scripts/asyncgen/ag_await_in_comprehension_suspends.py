# Suspensions from awaits inside comprehensions reach the driver.
class Ask:
    def __init__(self, q):
        self.q = q
    def __await__(self):
        return (yield self.q)

async def main():
    return [await Ask(i) for i in range(3)]

c = main()
answer = None
while True:
    try:
        q = c.send(answer)
    except StopIteration as e:
        print("result", e.value)
        break
    print("asked", q)
    answer = q * 100
