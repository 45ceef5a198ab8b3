class Node:
    def __init__(self, child=None):
        self.child = child
    def __repr__(self):
        return f"Node({self.child!r})"
chain = None
for _ in range(50):
    chain = Node(chain)
print(repr(chain)[:40], len(repr(chain)))
loop = Node()
loop.child = loop
try:
    repr(loop)
except RecursionError as e:
    print(type(e).__name__)
class Getter:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Getter().a
except RecursionError as e:
    print("getattr loop:", type(e).__name__)
lst = []
for _ in range(100):
    lst = [lst]
print(str(lst)[:10], len(str(lst)))
