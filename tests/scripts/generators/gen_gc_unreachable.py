# Unreachable suspended generators are closed: their finally and with exits run.
import gc

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("__exit__", exc[0].__name__)

def gen():
    with CM():
        try:
            yield 1
        finally:
            print("finally runs")

g = gen()
next(g)
del g
gc.collect()
print("collected")

g = gen()
del g
gc.collect()
print("unstarted: nothing ran")
