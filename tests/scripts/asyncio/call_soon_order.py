# call_soon callbacks run first in, first out; what they schedule runs in
# the next iteration, after what was already queued.
import asyncio

log = []


def callback(name, depth):
    log.append(name)
    if depth:
        loop.call_soon(callback, name + "'", depth - 1)


loop = asyncio.new_event_loop()
for name in "abc":
    loop.call_soon(callback, name, 2)
loop.call_soon_threadsafe(callback, "threadsafe", 0)
loop.call_soon(loop.stop)
loop.run_forever()
print(log)
loop.call_soon(loop.stop)
loop.run_forever()
print(log)
loop.close()
