# A coroutine still alive and never awaited at exit warns at the latest
# during interpreter shutdown (CPython reports the location as "sys:1").
async def forgotten():
    return 1

async def awaited():
    return 2

done = awaited()
try:
    done.send(None)
except StopIteration:
    pass
c = forgotten()
print("the script ends without awaiting", c.__name__)
