# Generator methods: __iter__ as a generator, and other generator methods.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            for leaf in child.leaves():
                yield leaf

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n:
            yield n
            n -= 1
    def __reversed__(self):
        yield from range(1, self.start + 1)

t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t))
print(list(t.leaves()))
c = Countdown(3)
print(list(c), list(reversed(c)), list(c))
print(type(iter(c)).__name__, iter(c).__qualname__)
print(sum(c), 2 in c, 5 in c)
