# Closing a coroutine whose finally awaits something that suspends:
# RuntimeError "coroutine ignored GeneratorExit".
import types

@types.coroutine
def pause(x):
    yield x

async def main():
    try:
        await pause("body")
    finally:
        print("finally begins")
        await pause("cleanup")
        print("finally ends")

c = main()
print(c.send(None))
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except GeneratorExit:
    print("resuming re-raised the pending GeneratorExit")
print(c.cr_frame)
