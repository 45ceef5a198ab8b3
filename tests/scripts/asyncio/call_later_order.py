# Timers run in order of their time, then of scheduling; call_at takes an
# absolute time on loop.time()'s clock.
import asyncio

loop = asyncio.new_event_loop()
order = []
now = loop.time()
loop.call_later(0.02, order.append, "later 0.02")
loop.call_at(now + 0.01, order.append, "at +0.01 first")
loop.call_later(0, order.append, "later 0")
loop.call_soon(order.append, "soon")
loop.call_at(now + 0.01, order.append, "at +0.01 second")
handle = loop.call_at(now + 0.005, order.append, "at +0.005")
print(handle.when() == now + 0.005, type(handle).__name__)
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(order)
print(loop.time() - now >= 0.03)
loop.close()
