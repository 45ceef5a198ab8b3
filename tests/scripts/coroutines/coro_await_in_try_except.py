# await inside try/except: exceptions from awaited coroutines are caught.
async def fails(kind):
    if kind == "key":
        raise KeyError("missing")
    if kind == "value":
        raise ValueError("bad")
    return "fine"

async def main():
    results = []
    for kind in ("ok", "key", "value", "other"):
        try:
            results.append(await fails(kind))
        except KeyError as e:
            results.append("KeyError " + str(e))
        except ValueError as e:
            results.append("ValueError " + str(e))
        else:
            results.append("else")
    return results

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
