# Cancelled handles and timers do not run; Handle reprs.
import asyncio

loop = asyncio.new_event_loop()
h1 = loop.call_soon(print, "not printed")
h2 = loop.call_soon(print, "printed", 1)
t1 = loop.call_later(0.001, print, "timer not printed")
t2 = loop.call_later(0.002, print, "timer printed")
print(repr(h1))
h1.cancel()
t1.cancel()
print(h1.cancelled(), h2.cancelled(), t1.cancelled(), t2.cancelled())
print(repr(h1))
loop.call_later(0.005, loop.stop)
loop.run_forever()
h2.cancel()
print(h2.cancelled())
loop.close()
