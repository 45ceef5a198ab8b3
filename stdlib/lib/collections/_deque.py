"""collections.deque: a double-ended queue, O(1) at both ends.

CPython's deque is a C linked list of blocks. Here it is a ring buffer: a
list whose length is a power of two, the index of the first item (`_head`)
and the number of items (`_size`). Appending at either end writes one slot
and moves `_head` or `_size`; a full buffer doubles (amortised O(1)), so
event loops and breadth-first searches can use it as their queue. Indexing
is O(1) too, where CPython's blocks make it O(n) in the middle.
"""

_MINIMUM_CAPACITY = 8

# Ids of the deques whose repr is being computed, so that a deque inside
# itself prints as [...] instead of recursing forever.
_repr_running = set()


class deque:
    """deque([iterable[, maxlen]]): a sequence with fast appends and pops at
    both ends; with maxlen, adding at one end drops items from the other."""

    __slots__ = ("_buffer", "_head", "_size", "_maxlen", "_mutations")

    def __hash__(self):
        # CPython names its C types with their module in this message.
        raise TypeError("unhashable type: 'collections.deque'")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._buffer = [None] * _MINIMUM_CAPACITY
        self._head = 0
        self._size = 0
        self._maxlen = maxlen
        # Counts structural changes; an iterator that sees it move raises
        # "deque mutated during iteration", as CPython's does.
        self._mutations = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """The bound on the length, or None."""
        return self._maxlen

    # -- the ring buffer ----------------------------------------------------

    def _slot(self, position):
        """The buffer index of item `position` (0 <= position < _size)."""
        return (self._head + position) & (len(self._buffer) - 1)

    def _grow(self):
        """Doubles the buffer, unrolling the items to start at index 0."""
        items = self._items()
        self._buffer = items + [None] * len(items)
        self._head = 0

    def _items(self):
        """The items in order, as a new list."""
        head, size, buffer = self._head, self._size, self._buffer
        end = head + size
        if end <= len(buffer):
            return buffer[head:end]
        return buffer[head:] + buffer[: end - len(buffer)]

    def _index(self, index):
        """A checked, non-negative position for d[index]."""
        if not hasattr(type(index), "__index__"):
            raise TypeError(f"sequence index must be integer, not '{type(index).__name__}'")
        index = index.__index__()
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("deque index out of range")
        return index

    # -- the two ends -------------------------------------------------------

    def append(self, x):
        """Adds x at the right end."""
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        buffer = self._buffer
        if self._size == len(buffer):
            self._grow()
            buffer = self._buffer
        # _slot(_size), inline: queues append on every put.
        buffer[(self._head + self._size) & (len(buffer) - 1)] = x
        self._size += 1
        self._mutations += 1

    def appendleft(self, x):
        """Adds x at the left end."""
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()
        if self._size == len(self._buffer):
            self._grow()
        self._head = (self._head - 1) & (len(self._buffer) - 1)
        self._buffer[self._head] = x
        self._size += 1
        self._mutations += 1

    def pop(self):
        """Removes and returns the item at the right end."""
        if not self._size:
            raise IndexError("pop from an empty deque")
        self._size -= 1
        slot = self._slot(self._size)
        item = self._buffer[slot]
        self._buffer[slot] = None  # lets the item be collected
        self._mutations += 1
        return item

    def popleft(self):
        """Removes and returns the item at the left end."""
        if not self._size:
            raise IndexError("pop from an empty deque")
        item = self._buffer[self._head]
        self._buffer[self._head] = None
        self._head = (self._head + 1) & (len(self._buffer) - 1)
        self._size -= 1
        self._mutations += 1
        return item

    def extend(self, iterable):
        """Appends each item of `iterable` at the right end."""
        if iterable is self:
            iterable = self._items()
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable):
        """Appends each item of `iterable` at the left end (so they end up reversed)."""
        if iterable is self:
            iterable = self._items()
        for item in iterable:
            self.appendleft(item)

    def rotate(self, n=1):
        """Moves the last n items to the front (the first -n to the back if n < 0)."""
        if not hasattr(type(n), "__index__"):
            raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
        size = self._size
        if size <= 1:
            return
        n = n.__index__() % size
        # Moving the shorter way round: n to the right or size - n to the left.
        if n <= size // 2:
            for _ in range(n):
                self.appendleft(self.pop())
        else:
            for _ in range(size - n):
                self.append(self.popleft())

    def clear(self):
        """Removes every item."""
        self._buffer = [None] * _MINIMUM_CAPACITY
        self._head = 0
        self._size = 0
        self._mutations += 1

    # -- the sequence -------------------------------------------------------

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __getitem__(self, index):
        return self._buffer[self._slot(self._index(index))]

    def __setitem__(self, index, value):
        self._buffer[self._slot(self._index(index))] = value

    def __delitem__(self, index):
        position = self._index(index)
        self.rotate(-position)
        self.popleft()
        self.rotate(position)

    def __iter__(self):
        mutations = self._mutations
        for position in range(self._size):
            yield self._buffer[self._slot(position)]
            if self._mutations != mutations:
                raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        mutations = self._mutations
        for position in range(self._size - 1, -1, -1):
            yield self._buffer[self._slot(position)]
            if self._mutations != mutations:
                raise RuntimeError("deque mutated during iteration")

    def __contains__(self, x):
        for item in self._items():
            if item is x or item == x:
                return True
        return False

    def count(self, x):
        """How many items equal x."""
        return sum(1 for item in self._items() if item is x or item == x)

    def index(self, x, start=0, stop=None):
        """The position of the first item equal to x in [start, stop)."""
        items = self._items()
        if stop is None:
            stop = len(items)
        try:
            return items.index(x, start, stop)
        except ValueError:
            raise ValueError(f"{x!r} is not in deque") from None

    def insert(self, index, x):
        """Inserts x before position `index`."""
        if self._maxlen is not None and self._size >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(index, x)
        self._replace_items(items)

    def remove(self, value):
        """Removes the first item equal to `value`."""
        items = self._items()
        for position, item in enumerate(items):
            if item is value or item == value:
                del items[position]
                self._replace_items(items)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        """Reverses the items in place."""
        items = self._items()
        items.reverse()
        self._replace_items(items)

    def _replace_items(self, items):
        capacity = _MINIMUM_CAPACITY
        while capacity < len(items):
            capacity *= 2
        self._buffer = items + [None] * (capacity - len(items))
        self._head = 0
        self._size = len(items)
        self._mutations += 1

    def copy(self):
        """A shallow copy, with the same maxlen."""
        return type(self)(self._items(), self._maxlen)

    __copy__ = copy

    # -- operators ----------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items()
        if n <= 0:
            self.clear()
        else:
            for _ in range(n - 1):
                self.extend(items)
        return self

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __repr__(self):
        name = type(self).__name__
        if id(self) in _repr_running:
            return "[...]"
        _repr_running.add(id(self))
        try:
            items = repr(self._items())
        finally:
            _repr_running.discard(id(self))
        if self._maxlen is None:
            return f"{name}({items})"
        return f"{name}({items}, maxlen={self._maxlen})"


deque.__module__ = "collections"
