class Node:
    def __init__(self, key, value):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = Node(None, None)
        self.tail = Node(None, None)
        self.head.next, self.tail.prev = self.tail, self.head
    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev
    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node
    def get(self, key):
        node = self.map.get(key)
        if node is None:
            return -1
        self._unlink(node)
        self._push_front(node)
        return node.value
    def put(self, key, value):
        if key in self.map:
            self._unlink(self.map[key])
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)
        if len(self.map) > self.capacity:
            last = self.tail.prev
            self._unlink(last)
            del self.map[last.key]
    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out
cache = LRU(3)
for op in [("put", 1, "a"), ("put", 2, "b"), ("put", 3, "c"), ("get", 1), ("put", 4, "d"), ("get", 2), ("get", 3), ("put", 1, "A"), ("get", 1), ("put", 5, "e")]:
    if op[0] == "put":
        cache.put(op[1], op[2])
        print("put", op[1], cache.keys())
    else:
        print("get", op[1], "->", cache.get(op[1]), cache.keys())
