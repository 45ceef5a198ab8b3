# An exception raised by __await__ itself (before returning an iterator)
# propagates from the await expression.
class Broken:
    def __await__(self):
        raise LookupError("__await__ failed")

async def main():
    try:
        await Broken()
    except LookupError as e:
        return "caught " + str(e)

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
