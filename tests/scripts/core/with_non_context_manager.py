# with on an object that is not a context manager.
class OnlyEnter:
    def __enter__(self):
        return self


class OnlyExit:
    def __exit__(self, *args):
        pass


for manager in [5, "s", None, OnlyEnter(), OnlyExit()]:
    try:
        with manager:
            pass
    except TypeError as e:
        print("TypeError:", e)


async def main():
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError:", e)


try:
    main().send(None)
except StopIteration:
    pass
with 5:
    pass
