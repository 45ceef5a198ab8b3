"""Heap queue: a binary min-heap kept in a plain list, with CPython 3.11's
functions (heappush, heappop, heapify, heapreplace, heappushpop, merge,
nlargest, nsmallest) and the same order of comparisons, so ties and
unorderable items behave as they do there.

heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k; heap[0] is
the smallest item. Only `<` is ever used to compare items.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _sift_towards_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_towards_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (the heap must not be empty)."""
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_towards_leaves(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item: faster than both calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_towards_leaves(heap, 0)
    return item


def heapify(x):
    """Turn the list x into a heap, in place, in linear time."""
    for i in reversed(range(len(x) // 2)):
        _sift_towards_leaves(x, i)


# The two sifts are the ones CPython uses: moving an item down first walks
# the smaller children all the way to a leaf, then moves the item back up
# (fewer comparisons than stopping early, and the same order of them).

def _sift_towards_root(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_towards_leaves(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_towards_root(heap, start, pos)


# Max-heap variants, used by merge(reverse=True) and nsmallest.

def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_towards_leaves_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sift_towards_leaves_max(heap, 0)
    return largest


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sift_towards_leaves_max(x, i)


def _sift_towards_root_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_towards_leaves_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_towards_root_max(heap, start, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted output, lazily (a generator)."""
    entries = []
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1
    # Each entry is [key, order, value, next]: `order` breaks ties so that
    # equal items come out in the order of their iterables.
    for order, iterable in enumerate(iterables):
        iterator = iter(iterable)
        for value in iterator:
            entries.append([value if key is None else key(value), order * direction, value,
                            iterator])
            break
    make_heap(entries)
    while len(entries) > 1:
        try:
            while True:
                entry = entries[0]
                yield entry[2]
                value = next(entry[3])
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(entries, entry)
        except StopIteration:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first (like sorted(...)[:n])."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first (like sorted(..., reverse=True)[:n])."""
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    if n == 1:
        iterator = iter(iterable)
        sentinel = object()
        if largest:
            result = max(iterator, default=sentinel, key=key)
        else:
            result = min(iterator, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    if n <= 0:
        return []
    # Keep the n best seen so far in a heap whose root is the worst of them;
    # entries carry their position so that ties keep the input order.
    iterator = iter(iterable)
    if largest:
        entries = [(item if key is None else key(item), -i, item)
                   for i, item in zip(range(n), iterator)]
        if not entries:
            return entries
        heapify(entries)
        order = -n
        for item in iterator:
            k = item if key is None else key(item)
            if entries[0][0] < k:
                heapreplace(entries, (k, order, item))
                order -= 1
        entries.sort(reverse=True)
    else:
        entries = [(item if key is None else key(item), i, item)
                   for i, item in zip(range(n), iterator)]
        if not entries:
            return entries
        _heapify_max(entries)
        order = n
        for item in iterator:
            k = item if key is None else key(item)
            if k < entries[0][0]:
                _heapreplace_max(entries, (k, order, item))
                order += 1
        entries.sort()
    return [entry[2] for entry in entries]
