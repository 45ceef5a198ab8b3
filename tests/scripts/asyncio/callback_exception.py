# An exception in a callback goes to the loop's exception handler; the
# loop goes on.
import asyncio


def broken():
    raise ZeroDivisionError("in callback")


def handler(loop, context):
    print("handler:", context["message"].split(" at ")[0], repr(context.get("exception")),
          sorted(context))


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(broken)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom"})
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(1)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
