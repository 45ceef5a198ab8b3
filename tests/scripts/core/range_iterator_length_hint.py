# range iterators report how many items are left.
import operator

it = iter(range(10))
print(it.__length_hint__())
next(it)
next(it)
print(it.__length_hint__(), operator.length_hint(it))
print(iter(range(0)).__length_hint__(), iter(range(10, 0, -3)).__length_hint__())
big = iter(range(2 ** 70, 2 ** 70 + 5))
next(big)
print(type(big).__name__, big.__length_hint__())
print(iter(range(2 ** 100)).__length_hint__())
list(it)
print(it.__length_hint__())
