# Which ABCs each builtin type belongs to.
import collections.abc as cabc

samples = [[], (), {}, set(), frozenset(), "", b"", bytearray(), range(3),
           {}.keys(), {}.items(), {}.values(), iter([]), iter(()), iter(""), iter({}),
           iter(range(3)), reversed([]), zip(), len, 1, 1.5, None, object(), type,
           lambda: 0]
for obj in samples:
    print(type(obj).__name__, [n for n in cabc.__all__ if isinstance(obj, getattr(cabc, n))])
print(issubclass(list, cabc.Sequence), issubclass(dict, cabc.Mapping),
      issubclass(str, cabc.MutableSequence), issubclass(bool, cabc.Hashable))
print(cabc.Iterable, cabc.MutableMapping.__mro__[1:4])
print(sorted(cabc.Sequence.__abstractmethods__), sorted(cabc.MutableSequence.__abstractmethods__))
print(sorted(cabc.MutableMapping.__abstractmethods__), sorted(cabc.MutableSet.__abstractmethods__))
print(sorted(cabc.Coroutine.__abstractmethods__), sorted(cabc.AsyncGenerator.__abstractmethods__))
