# Done callbacks run in the order they were added, however many there are
# and whichever were removed; removing counts every equal registration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []

    def named(name):
        def callback(future):
            log.append((name, future.result()))
        return callback

    a, b, c = named("a"), named("b"), named("c")

    one = loop.create_future()
    one.add_done_callback(a)
    one.set_result(1)
    await asyncio.sleep(0)
    print(log)

    log.clear()
    many = loop.create_future()
    for callback in (a, b, a, c, b):
        many.add_done_callback(callback)
    print(many.remove_done_callback(a), many.remove_done_callback(a))
    many.add_done_callback(a)
    many.set_result(2)
    await asyncio.sleep(0)
    print(log)

    log.clear()
    emptied = loop.create_future()
    emptied.add_done_callback(c)
    print(emptied.remove_done_callback(c), emptied.remove_done_callback(b))
    emptied.add_done_callback(b)
    emptied.add_done_callback(c)
    emptied.set_result(3)
    await asyncio.sleep(0)
    print(log)

    log.clear()
    done = loop.create_future()
    done.set_result(4)
    done.add_done_callback(a)
    print(log)
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())
