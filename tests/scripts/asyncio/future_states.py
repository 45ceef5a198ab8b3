# Future results, exceptions, states, reprs and InvalidStateError.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
print(repr(f), f.done(), f.cancelled())
for attempt in (f.result, f.exception):
    try:
        attempt()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
f.set_result([1, 2])
print(repr(f), f.done(), f.result(), f.exception())
for attempt in (lambda: f.set_result(3), lambda: f.set_exception(ValueError())):
    try:
        attempt()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
print(f.cancel(), f.cancelled())

g = loop.create_future()
g.set_exception(ValueError("bad"))
print(repr(g), repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print("raised:", repr(e))

h = loop.create_future()
h.set_exception(KeyError)
print(repr(h), repr(h.exception()))
for bad in (StopIteration(), StopIteration, 1):
    try:
        loop.create_future().set_exception(bad)
    except TypeError as e:
        print("TypeError:", e)

long = loop.create_future()
long.set_result("x" * 50)
print(repr(long))
items = loop.create_future()
items.set_result(list(range(20)))
print(repr(items))
print(asyncio.isfuture(f), asyncio.isfuture(1), f.get_loop() is loop)
print(issubclass(asyncio.InvalidStateError, Exception))
loop.close()
