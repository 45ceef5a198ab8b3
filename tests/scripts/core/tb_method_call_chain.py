class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        return self.items.pop()
s = Stack()
s.push(1).push(2)
print(s.pop(), s.pop())
print(s.pop())
