# Recursive delegation: flatten nested lists.
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7], 8]])))

def flatten_count(items):
    count = 0
    for item in items:
        if isinstance(item, list):
            count += yield from flatten_count(item)
        else:
            yield item
            count += 1
    return count

g = flatten_count([[1, 2], [3, [4]]])
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as e:
    print(out, "count =", e.value)
