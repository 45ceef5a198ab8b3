# await inside finally and except blocks.
import types

@types.coroutine
def pause(x):
    yield x

async def main():
    try:
        try:
            await pause("in try")
            raise ValueError("oops")
        except ValueError as e:
            await pause("in except: " + str(e))
            raise
        finally:
            await pause("in finally")
    except ValueError:
        await pause("outer except")
    return "done"

c = main()
try:
    while True:
        print(c.send(None))
except StopIteration as e:
    print(e.value)
