# Cancelling a Future: message, CancelledError, callbacks.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
f.add_done_callback(lambda fut: print("callback: cancelled", fut.cancelled()))
print(f.cancel("stop it"), repr(f), f.done())
print(f.cancel())
for attempt in (f.result, f.exception):
    try:
        attempt()
    except asyncio.CancelledError as e:
        print("CancelledError:", repr(e), e.args)
g = loop.create_future()
g.cancel()
try:
    g.result()
except asyncio.CancelledError as e:
    print("CancelledError:", repr(e))
print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError,
                                                                   BaseException))
loop.run_until_complete(asyncio.sleep(0))
loop.close()
