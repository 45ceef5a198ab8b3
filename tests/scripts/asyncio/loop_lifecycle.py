# A loop made by hand: run_until_complete, stop, close, and their errors.
import asyncio


async def work():
    loop = asyncio.get_running_loop()
    print("inside:", loop.is_running())
    coro = asyncio.sleep(0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "done"


loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(work()))
fut = loop.create_future()
loop.call_soon(fut.set_result, 7)
print(loop.run_until_complete(fut))
loop.call_soon(loop.stop)
loop.run_forever()
print("stopped")
stopper = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(stopper)
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
loop.close()
print(loop.is_closed())
for attempt in (lambda: loop.call_soon(print), lambda: loop.run_forever(),
                lambda: loop.call_later(1, print)):
    try:
        attempt()
    except RuntimeError as e:
        print("RuntimeError:", e)
coro = work()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
