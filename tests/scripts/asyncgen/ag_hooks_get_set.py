# sys.get_asyncgen_hooks / set_asyncgen_hooks: the hooks tuple and errors.
import sys

h = sys.get_asyncgen_hooks()
print(h)
print(type(h).__name__, h.firstiter, h.finalizer, len(h), tuple(h))

def first(agen):
    pass

def final(agen):
    pass

sys.set_asyncgen_hooks(firstiter=first)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h.finalizer)
sys.set_asyncgen_hooks(finalizer=final)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h.finalizer is final)
for kwargs in ({"firstiter": 1}, {"finalizer": "x"}):
    try:
        sys.set_asyncgen_hooks(**kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
