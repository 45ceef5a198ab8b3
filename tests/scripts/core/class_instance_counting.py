class Node:
    created = 0
    def __init__(self, value, children=()):
        Node.created += 1
        self.value = value
        self.children = list(children)
    def total(self):
        return self.value + sum(c.total() for c in self.children)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()
    def __repr__(self):
        if not self.children:
            return f"Node({self.value})"
        return f"Node({self.value}, {self.children})"
tree = Node(1, [Node(2, [Node(4), Node(5)]), Node(3, [Node(6, [Node(7)])])])
print(tree)
print(tree.total(), tree.depth(), list(tree.walk()), Node.created)
leaves = []
def collect(n):
    if not n.children:
        leaves.append(n.value)
    for c in n.children:
        collect(c)
collect(tree)
print(leaves)
