# The cb=[...] part of a Future's repr, with builtin callbacks.
import asyncio
import functools

loop = asyncio.new_event_loop()
f = loop.create_future()
f.add_done_callback(print)
print(repr(f))
f.add_done_callback(len)
print(repr(f))
f.add_done_callback(functools.partial(print, "x", sep="-"))
print(repr(f))
f.add_done_callback(repr)
print(repr(f))
f.remove_done_callback(print)
f.remove_done_callback(len)
print(repr(f))
h = loop.call_soon(functools.partial(print, 1), 2, "three" * 10)
print(repr(h))
h.cancel()
print(repr(h))
loop.close()
