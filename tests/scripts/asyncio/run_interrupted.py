# asyncio.run() and Ctrl-C (SIGINT), as CPython 3.11's Runner handles it:
# the first SIGINT cancels the main task, which can clean up; run() then
# raises KeyboardInterrupt. The SIGINT handler is the default again after.
import asyncio
import signal


async def main():
    print("handler during run:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    try:
        await asyncio.sleep(0)
        signal.raise_signal(signal.SIGINT)
        print("the handler only cancelled the task")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main task cancelled; cleaning up")
        await asyncio.sleep(0)
        raise
    finally:
        print("finally in main")


try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print("KeyboardInterrupt from asyncio.run", repr(e))
print("handler after run:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)


async def swallow():
    try:
        signal.raise_signal(signal.SIGINT)
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancellation swallowed")
    return "result"


try:
    print(asyncio.run(swallow()))
except KeyboardInterrupt:
    print("KeyboardInterrupt anyway")


async def twice():
    try:
        signal.raise_signal(signal.SIGINT)
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("first: cancelled")
        signal.raise_signal(signal.SIGINT)
        print("not reached")


try:
    asyncio.run(twice())
except KeyboardInterrupt:
    print("second SIGINT raises KeyboardInterrupt at once")


async def during_sleep():
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, signal.raise_signal, signal.SIGINT)
    try:
        await asyncio.sleep(10)
    finally:
        print("sleep cancelled after", round(loop.time() - start), "seconds")


start = 0


async def timed():
    global start
    start = asyncio.get_running_loop().time()
    await during_sleep()


try:
    asyncio.run(timed())
except KeyboardInterrupt:
    print("interrupted while the loop slept")
