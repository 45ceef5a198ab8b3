async def fetch(source, key):
    value = await source.get(key)
    return value * 2
