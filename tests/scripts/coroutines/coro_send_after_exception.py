# A coroutine that raised is finished: further sends fail.
async def fails():
    raise KeyError("once")

c = fails()
try:
    c.send(None)
except KeyError as e:
    print(type(e).__name__, e)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(c.close())
