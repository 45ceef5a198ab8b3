# Without asyncgen hooks, an abandoned async generator is closed like a
# plain generator when collected: its finally runs (synchronously).
import gc
import sys

print(sys.get_asyncgen_hooks())

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs at collection")

async def main():
    async for x in agen():
        print("got", x)
        break
    gc.collect()
    print("main continues")

try:
    main().send(None)
except StopIteration:
    pass
