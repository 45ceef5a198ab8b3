# The loop of asyncio.run is current inside it and closed afterwards.
import asyncio

seen = []


async def main():
    loop = asyncio.get_running_loop()
    seen.append(loop)
    print(loop.is_running(), loop.is_closed(), loop.get_debug())
    loop.call_soon(print, "callback from main")
    await asyncio.sleep(0)


asyncio.run(main(), debug=True)
print(seen[0].is_running(), seen[0].is_closed())
asyncio.run(main())
print(seen[0] is not seen[1])
