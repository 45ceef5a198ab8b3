# Done callbacks run through the loop in the order they were added; one
# added to a finished future is scheduled at once; remove_done_callback
# counts what it removed.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()


def first(fut):
    print("first", fut.result())


def second(fut):
    print("second", fut.result())


def third(fut):
    print("third")


f.add_done_callback(first)
f.add_done_callback(second)
f.add_done_callback(third)
f.add_done_callback(third)
print(f.remove_done_callback(third))
print(f.remove_done_callback(third))
f.set_result("ok")
print("set, callbacks not run yet")
loop.call_soon(print, "queued after set_result")
f.add_done_callback(first)
loop.run_until_complete(asyncio.sleep(0))
print(f.remove_done_callback(first))
loop.close()
