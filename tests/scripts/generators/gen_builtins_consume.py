# Builtins consuming generators: zip, map, filter, enumerate, sorted,
# min/max, any/all (which stop early and leave the generator suspended).
def gen(n, log):
    for i in range(n):
        log.append(i)
        yield i

log = []
g = gen(10, log)
print(any(x > 2 for x in g), log)
print("resumes at", next(g))
log = []
print(all(x < 1 for x in gen(5, log)), log)
print(list(zip(gen(3, []), "abcdef")))
print(list(map(lambda a, b: a * b, gen(4, []), gen(3, []))))
print(list(filter(None, gen(4, []))))
print(list(enumerate(gen(3, []), 1)))
print(sorted(gen(4, []), reverse=True), min(gen(4, [])), max(gen(4, [])))
print(dict(zip(gen(3, []), gen(3, []))), set(gen(3, [])))
