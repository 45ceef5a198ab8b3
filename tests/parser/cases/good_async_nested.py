async def outer():
    async with lock:
        async for item in stream:
            try:
                await handle(item)
            except* Error:
                pass
    def sync():
        return (x async for x in y)
    return sync
