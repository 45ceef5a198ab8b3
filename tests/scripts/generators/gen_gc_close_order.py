# Several unreachable generators: every finally runs exactly once.
import gc

def gen(n, log):
    try:
        yield n
    finally:
        log.append(n)

log = []
gens = [gen(i, log) for i in range(5)]
for g in gens[1:4]:
    next(g)
del g
del gens
gc.collect()
print(sorted(log))
gc.collect()
print(sorted(log))
