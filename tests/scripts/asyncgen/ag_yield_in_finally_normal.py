# yield in try/finally of an async generator during normal iteration.
async def agen():
    for i in range(2):
        try:
            yield ("try", i)
        finally:
            yield ("finally", i)

async def main():
    return [x async for x in agen()]

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
