# cr_code is the code object of the async function, with CO_COROUTINE set.
async def fetch(url, retries=3):
    attempt = 0
    return url

c = fetch("x")
print(c.cr_code is fetch.__code__)
print(c.cr_code.co_name, c.cr_code.co_qualname)
print(c.cr_code.co_argcount, c.cr_code.co_varnames)
print("CO_COROUTINE:", bool(c.cr_code.co_flags & 0x80))
print("CO_GENERATOR:", bool(c.cr_code.co_flags & 0x20))
c.close()
print("still available after close:", c.cr_code.co_name)
