# Timers run in order of their time, then of scheduling; call_at takes an
# absolute time on loop.time()'s clock. (Deadlines are computed from one
# reading of the clock, so a slow run cannot change the order.)
import asyncio

loop = asyncio.new_event_loop()
order = []
now = loop.time()
loop.call_at(now + 0.02, order.append, "at +0.02")
loop.call_at(now + 0.01, order.append, "at +0.01 first")
loop.call_later(0.04, order.append, "later 0.04")
loop.call_soon(order.append, "soon")
loop.call_at(now + 0.01, order.append, "at +0.01 second")
handle = loop.call_at(now + 0.005, order.append, "at +0.005")
loop.call_at(now, order.append, "at +0")
print(handle.when() == now + 0.005, type(handle).__name__)
loop.call_later(0.05, loop.stop)
loop.run_forever()
print(order)
print(loop.time() - now >= 0.05)
loop.close()
