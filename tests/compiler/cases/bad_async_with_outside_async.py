def f():
    async with x as y:
        pass
