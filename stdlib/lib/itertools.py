"""Iterator building blocks: count, cycle, repeat, accumulate, chain, compress,
dropwhile, takewhile, filterfalse, groupby, islice, starmap, tee, zip_longest,
pairwise, and the combinatoric product, permutations, combinations and
combinations_with_replacement.

Each is a class, as in CPython, so that type() names it
(<itertools.chain object at ...>) and count and repeat have their reprs.
Most classes hand the work to a generator kept in `_iterator`: the loop
reads best as a generator, and the class only gives it its public face.
"""

import sys as _sys

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
    "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
    "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest",
]


def _iter_self(self):
    return self


def _next_from_generator(self):
    return next(self._iterator)


def _is_number(value):
    """What CPython's PyNumber_Check accepts: ints, floats, complex numbers
    and anything convertible to one (Fraction, Decimal)."""
    return isinstance(value, (int, float, complex)) or any(
        hasattr(type(value), name) for name in ("__index__", "__int__", "__float__"))


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    __slots__ = ("_current", "_step")

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._current = start
        self._step = step

    __iter__ = _iter_self

    def __next__(self):
        value = self._current
        self._current = value + self._step
        return value

    def __repr__(self):
        # The step is shown unless it is the int 1 (a float 1.0 shows).
        if type(self._step) is int and self._step == 1:
            return f"{type(self).__name__}({self._current!r})"
        return f"{type(self).__name__}({self._current!r}, {self._step!r})"


class repeat:
    """repeat(object [,times]): object again and again, forever or `times` times."""

    __slots__ = ("_object", "_remaining")

    def __init__(self, object, times=None):
        if times is not None:
            if not hasattr(type(times), "__index__"):
                raise TypeError(
                    f"'{type(times).__name__}' object cannot be interpreted as an integer")
            times = max(times.__index__(), 0)
        self._object = object
        self._remaining = times

    __iter__ = _iter_self

    def __next__(self):
        if self._remaining is None:
            return self._object
        if self._remaining <= 0:
            raise StopIteration
        self._remaining -= 1
        return self._object

    def __length_hint__(self):
        if self._remaining is None:
            raise TypeError("len() of unsized object")
        return self._remaining

    def __repr__(self):
        if self._remaining is None:
            return f"{type(self).__name__}({self._object!r})"
        return f"{type(self).__name__}({self._object!r}, {self._remaining})"


def _cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        yield from saved


class cycle:
    """cycle(iterable): the items of iterable, then the same items again, forever."""

    __slots__ = ("_iterator",)

    def __init__(self, iterable):
        self._iterator = _cycle(iter(iterable))

    __iter__ = _iter_self
    __next__ = _next_from_generator


def _accumulate(iterator, func, initial):
    if initial is None:
        try:
            total = next(iterator)
        except StopIteration:
            return
    else:
        total = initial
    yield total
    for element in iterator:
        total = total + element if func is None else func(total, element)
        yield total


class accumulate:
    """accumulate(iterable, func=None, *, initial=None): running totals, or
    running results of func(total, element)."""

    __slots__ = ("_iterator",)

    def __init__(self, iterable, func=None, *, initial=None):
        self._iterator = _accumulate(iter(iterable), func, initial)

    __iter__ = _iter_self
    __next__ = _next_from_generator


def _chain(iterables):
    for iterable in iterables:
        yield from iterable


class chain:
    """chain(*iterables): the items of the first iterable, then of the next, ..."""

    __slots__ = ("_iterator",)

    def __init__(self, *iterables):
        self._iterator = _chain(iterables)

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable): chain() over the iterables that
        `iterable` yields, taken lazily."""
        result = cls.__new__(cls)
        result._iterator = _chain(iter(iterable))
        return result

    __iter__ = _iter_self
    __next__ = _next_from_generator


class compress:
    """compress(data, selectors): the items of data whose selector is true."""

    __slots__ = ("_iterator",)

    def __init__(self, data, selectors):
        self._iterator = (datum for datum, selector in zip(data, selectors) if selector)

    __iter__ = _iter_self
    __next__ = _next_from_generator


def _dropwhile(predicate, iterator):
    for element in iterator:
        if not predicate(element):
            yield element
            break
    yield from iterator


class dropwhile:
    """dropwhile(predicate, iterable): the items from the first one for which
    predicate is false."""

    __slots__ = ("_iterator",)

    def __init__(self, predicate, iterable):
        self._iterator = _dropwhile(predicate, iter(iterable))

    __iter__ = _iter_self
    __next__ = _next_from_generator


def _takewhile(predicate, iterator):
    for element in iterator:
        if not predicate(element):
            return
        yield element


class takewhile:
    """takewhile(predicate, iterable): the items up to the first one for
    which predicate is false."""

    __slots__ = ("_iterator",)

    def __init__(self, predicate, iterable):
        self._iterator = _takewhile(predicate, iter(iterable))

    __iter__ = _iter_self
    __next__ = _next_from_generator


class filterfalse:
    """filterfalse(function or None, iterable): the items for which
    function(item) is false (the false items when function is None)."""

    __slots__ = ("_iterator",)

    def __init__(self, function, iterable):
        if function is None:
            self._iterator = (item for item in iterable if not item)
        else:
            self._iterator = (item for item in iterable if not function(item))

    __iter__ = _iter_self
    __next__ = _next_from_generator


# Stands for "no value yet" in groupby, where None is a valid key.
_EMPTY = object()


class groupby:
    """groupby(iterable, key=None): (key, group) pairs for each run of
    consecutive items with the same key(item) (the item itself by default).

    The groups share the underlying iterator: moving on to the next pair
    ends the previous group."""

    __slots__ = ("_iterator", "_keyfunc", "_target_key", "_current_key", "_current_value",
                 "_current_grouper")

    def __init__(self, iterable, key=None):
        self._iterator = iter(iterable)
        self._keyfunc = key
        self._target_key = _EMPTY
        self._current_key = _EMPTY
        self._current_value = _EMPTY
        self._current_grouper = None

    __iter__ = _iter_self

    def _step(self):
        """Reads the next item and its key; StopIteration at the end."""
        value = next(self._iterator)
        self._current_key = value if self._keyfunc is None else self._keyfunc(value)
        self._current_value = value

    def __next__(self):
        self._current_grouper = None
        # Skip what is left of the current group.
        while True:
            if self._current_key is _EMPTY:
                pass
            elif self._target_key is _EMPTY:
                break
            elif not self._target_key == self._current_key:
                break
            self._step()
        self._target_key = self._current_key
        grouper = _grouper(self, self._target_key)
        self._current_grouper = grouper
        return self._target_key, grouper


class _grouper:
    """One group of a groupby: live only until the groupby moves on."""

    __slots__ = ("_parent", "_key")

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    __iter__ = _iter_self

    def __next__(self):
        parent = self._parent
        if parent._current_grouper is not self:
            raise StopIteration
        if parent._current_value is _EMPTY:
            parent._step()
        if not self._key == parent._current_key:
            raise StopIteration
        value = parent._current_value
        parent._current_value = _EMPTY
        return value


def _islice_argument(value, message):
    if value is None:
        return None
    if hasattr(type(value), "__index__"):
        value = value.__index__()
        if 0 <= value <= _sys.maxsize:
            return value
    raise ValueError(message)


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the
    items of iterable at positions start, start+step, ... before stop,
    read lazily (the rest of the iterable is not consumed)."""

    __slots__ = ("_iterator", "_next", "_stop", "_step", "_count")

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError("islice expected at least 2 arguments, got 1")
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop, step = (args + (None,))[:3]
        stop = _islice_argument(
            stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        start = _islice_argument(
            start, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if step is not None:
            if not hasattr(type(step), "__index__") or step.__index__() < 1:
                raise ValueError("Step for islice() must be a positive integer or None.")
            step = step.__index__()
        self._iterator = iter(iterable)
        self._next = start or 0
        self._stop = stop
        self._step = step or 1
        self._count = 0

    __iter__ = _iter_self

    def __next__(self):
        iterator = self._iterator
        if iterator is None:
            raise StopIteration
        try:
            # Skip to the next selected position, then read it.
            while self._count < self._next:
                next(iterator)
                self._count += 1
            if self._stop is not None and self._count >= self._stop:
                raise StopIteration
            item = next(iterator)
        except StopIteration:
            self._iterator = None  # done: let go of the iterable
            raise
        self._count += 1
        self._next += self._step
        if self._stop is not None and self._next > self._stop:
            self._next = self._stop
        return item


class starmap:
    """starmap(function, iterable): function(*args) for each args in iterable."""

    __slots__ = ("_iterator",)

    def __init__(self, function, iterable):
        self._iterator = (function(*args) for args in iterable)

    __iter__ = _iter_self
    __next__ = _next_from_generator


class _TeeLink:
    """A node of the list of items read so far, shared by a tee's iterators:
    each iterator holds its own position in the list."""

    __slots__ = ("value", "next")

    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    """One of the independent iterators tee() returns."""

    __slots__ = ("_source", "_link")

    def __init__(self, source, link):
        self._source = source
        self._link = link

    __iter__ = _iter_self

    def __next__(self):
        link = self._link
        if link.next is None:
            # This iterator is the furthest ahead: read a new item.
            value = next(self._source)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2):
    """tee(iterable, n=2): a tuple of n independent iterators over iterable."""
    if not hasattr(type(n), "__index__"):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    n = n.__index__()
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    iterator = iter(iterable)
    first = iterator.__copy__() if type(iterator) is _tee else _tee(iterator, _TeeLink())
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for index, iterator in enumerate(iterators):
            if iterator is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(iterator))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[index] = None
                values.append(fillvalue)
        yield tuple(values)


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): like zip(), but runs until
    the longest iterable ends, filling the others' places with fillvalue."""

    __slots__ = ("_iterator",)

    def __init__(self, *iterables, fillvalue=None):
        self._iterator = _zip_longest([iter(iterable) for iterable in iterables], fillvalue)

    __iter__ = _iter_self
    __next__ = _next_from_generator


def _pairwise(iterator):
    try:
        previous = next(iterator)
    except StopIteration:
        return
    for current in iterator:
        yield previous, current
        previous = current


class pairwise:
    """pairwise(iterable): overlapping pairs, (s0, s1), (s1, s2), ..."""

    __slots__ = ("_iterator",)

    def __init__(self, iterable):
        self._iterator = _pairwise(iter(iterable))

    __iter__ = _iter_self
    __next__ = _next_from_generator


def _product(pools):
    # An odometer over the pools: the last index turns fastest.
    if any(not pool for pool in pools):
        return
    indices = [0] * len(pools)
    while True:
        yield tuple(pool[index] for pool, index in zip(pools, indices))
        position = len(pools) - 1
        while position >= 0:
            indices[position] += 1
            if indices[position] < len(pools[position]):
                break
            indices[position] = 0
            position -= 1
        if position < 0:
            return


class product:
    """product(*iterables, repeat=1): the Cartesian product, as tuples, in
    lexicographic order of positions."""

    __slots__ = ("_iterator",)

    def __init__(self, *iterables, repeat=1):
        if not hasattr(type(repeat), "__index__"):
            raise TypeError(
                f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(iterable) for iterable in iterables] * repeat
        self._iterator = _product(pools)

    __iter__ = _iter_self
    __next__ = _next_from_generator


def _check_r(r, n):
    if r is None:
        return n
    if not hasattr(type(r), "__index__"):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    r = r.__index__()
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def _permutations(pool, r):
    # Lexicographic order of positions: `indices` is a permutation of
    # range(n) whose first r entries are the current selection; cycles[i]
    # counts how many choices position i has left before it resets.
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = n - cycles[i]
                indices[i], indices[j] = indices[j], indices[i]
                yield tuple(pool[k] for k in indices[:r])
                break
        else:
            return


class permutations:
    """permutations(iterable, r=None): the r-length orderings of the items
    (all of them by default), in lexicographic order of positions."""

    __slots__ = ("_iterator",)

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        self._iterator = _permutations(pool, _check_r(r, len(pool)))

    __iter__ = _iter_self
    __next__ = _next_from_generator


def _combinations(pool, r):
    # `indices` is increasing; each step bumps the rightmost index that can
    # still move and resets the ones after it just above it.
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations:
    """combinations(iterable, r): the r-length subsequences of the items, in
    the items' order."""

    __slots__ = ("_iterator",)

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._iterator = _combinations(pool, _check_r(r, len(pool)))

    __iter__ = _iter_self
    __next__ = _next_from_generator


def _combinations_with_replacement(pool, r):
    # Like _combinations, with non-decreasing instead of increasing indices.
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r): the r-length
    subsequences, where an item may repeat."""

    __slots__ = ("_iterator",)

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._iterator = _combinations_with_replacement(pool, _check_r(r, len(pool)))

    __iter__ = _iter_self
    __next__ = _next_from_generator
