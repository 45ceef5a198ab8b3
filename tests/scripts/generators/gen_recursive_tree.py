# Recursive generators: in-order traversal of a binary tree.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

def inorder(node):
    if node is None:
        return
    for v in inorder(node.left):
        yield v
    yield node.value
    for v in inorder(node.right):
        yield v

def depth_first(node, depth=0):
    if node:
        yield depth, node.value
        yield from depth_first(node.left, depth + 1)
        yield from depth_first(node.right, depth + 1)

def insert(node, v):
    if node is None:
        return Node(v)
    if v < node.value:
        node.left = insert(node.left, v)
    else:
        node.right = insert(node.right, v)
    return node

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    root = insert(root, v)
print(list(inorder(root)))
print(list(depth_first(root)))
it = inorder(root)
print(next(it), next(it), next(it))
