# ChainMap is a MutableMapping (its views are the ABC mixins), and
# Counter.update counts any Mapping by its keys.
from collections import ChainMap, Counter
import collections
c=ChainMap({'a':1},{'b':2}); print(c.keys(), list(c.items()), c.values(), c == {'a':1,'b':2}, c.setdefault('z', 3), c)
x=Counter(); x.update(c); print(x)
c.update(q=1); print(c.pop('q'))
try: hash(c)
except TypeError as e: print(e)
print(isinstance(c, collections.abc.MutableMapping), collections.abc.Mapping)
print(ChainMap.__mro__)
