# async with awaits __aenter__ and __aexit__.
import types

@types.coroutine
def pause(what):
    yield what

class Connection:
    async def __aenter__(self):
        await pause("opening")
        print("entered")
        return "conn"
    async def __aexit__(self, typ, val, tb):
        await pause("closing")
        print("exited", typ, val, tb)
        return False

async def main():
    async with Connection() as c:
        print("using", c)
        await pause("working")
    print("after block")
    return "main done"

co = main()
try:
    while True:
        print("driver:", co.send(None))
except StopIteration as e:
    print(e.value)
