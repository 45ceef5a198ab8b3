"""Container datatypes: deque, defaultdict, OrderedDict, namedtuple, Counter
and ChainMap, with CPython 3.11's behaviour, reprs and error messages.

deque is native (_collections, stdlib/collections_module.cc), namedtuple
lives in its own file; the dict subclasses are here.
Eddy's dict keeps insertion order, so OrderedDict is a thin layer over it
rather than CPython's dict plus a linked list.
"""

import itertools as _itertools
from _collections import deque
from collections._namedtuple import namedtuple
from _collections_abc import Mapping as _Mapping, MutableMapping as _MutableMapping
# CPython's start-up has imported collections.abc by the time a program
# runs, so `import collections` is enough to reach it.
from collections import abc

__all__ = ["ChainMap", "Counter", "OrderedDict", "defaultdict", "deque", "namedtuple"]

# Ids of the containers whose repr is being computed: a container inside
# itself prints as "..." rather than recursing forever.
_repr_running = set()


def _guarded_repr(container, make_repr):
    if id(container) in _repr_running:
        return "..."
    _repr_running.add(id(container))
    try:
        return make_repr()
    finally:
        _repr_running.discard(id(container))


class defaultdict(dict):
    """A dict that makes a missing key's value by calling default_factory
    (on d[key] only; get() and `in` do not add keys)."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        """Stores and returns default_factory() for a key d[key] did not find."""
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __hash__(self):
        # CPython names its C types with their module in this message.
        raise TypeError("unhashable type: 'collections.defaultdict'")

    def copy(self):
        """A shallow copy with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        factory = _guarded_repr(self, lambda: repr(self.default_factory))
        return f"{type(self).__name__}({factory}, {dict.__repr__(self)})"

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result


class OrderedDict(dict):
    """A dict whose order can be changed (move_to_end, popitem(last=False))
    and matters when two OrderedDicts are compared."""

    def move_to_end(self, key, last=True):
        """Moves `key` to the end, or to the front when last is false."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, rest)

    def popitem(self, last=True):
        """Removes and returns the last (key, value) pair, or the first when
        last is false."""
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new instance of cls with the keys of `iterable`, each mapped to `value`."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __eq__(self, other):
        # Two OrderedDicts are equal only with the same order; against a
        # plain mapping, order does not matter.
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.OrderedDict'")

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return _guarded_repr(self, lambda: f"{type(self).__name__}({list(self.items())!r})")

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result


class Counter(dict):
    """A dict from elements to their counts (a multiset); missing elements
    count zero."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """An element not in the Counter counts zero (and is not added)."""
        return 0

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, highest count first; the first n only
        when n is given."""
        # sorted() is stable, so equal counts keep their insertion order,
        # as CPython's heapq.nlargest does for the n-given case.
        ranked = sorted(self.items(), key=lambda item: item[1], reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        """An iterator giving each element as many times as its count."""
        return _itertools.chain.from_iterable(_itertools.starmap(_itertools.repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Adds the counts of a mapping, or counts the items of an iterable."""
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                if self:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtracts counts, as update() adds them; counts may go negative."""
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                for elem in iterable.keys():
                    self[elem] = self.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Deletes an element; deleting a missing one is not an error."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            counts = dict(self.most_common())
        except TypeError:
            counts = dict(self)  # counts that do not order
        return f"{self.__class__.__name__}({counts!r})"

    # Comparisons treat missing elements as having a count of zero.
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset arithmetic keeps only positive counts in the result.
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        """The positive counts only."""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """The negative counts, negated."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        """Drops zero and negative counts in place (the in-place operators' rule)."""
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


class ChainMap(_MutableMapping):
    """One mapping made of several: lookups try each of `maps` in turn,
    writes and deletions go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order of the first mapping that has them, the last
        # mapping first, as CPython's ChainMap.
        merged = {}
        for mapping in reversed(self.maps):
            merged.update(dict.fromkeys(mapping))
        return iter(merged)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return _guarded_repr(
            self, lambda: f"{self.__class__.__name__}({', '.join(map(repr, self.maps))})")

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one new dict with the keys of `iterable`."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A copy of maps[0] in front of the same maps[1:]."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with `m` (a new dict by default, updated with kwargs) in
        front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of all maps but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def popitem(self):
        """Removes and returns an item of maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        """Removes `key` from maps[0] and returns its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def clear(self):
        """Empties maps[0] only."""
        self.maps[0].clear()

