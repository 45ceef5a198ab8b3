# get_event_loop / set_event_loop / new_event_loop outside a running loop.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)


async def check():
    return asyncio.get_event_loop() is loop and asyncio.get_running_loop() is loop


print(loop.run_until_complete(check()))
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
fut = asyncio.Future(loop=loop)
print(fut.get_loop() is loop)
loop.close()
print(loop.is_closed(), loop.is_running(), loop.get_debug())
