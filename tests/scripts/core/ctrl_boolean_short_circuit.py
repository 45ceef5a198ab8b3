def t(label):
    print("t", label)
    return True
def f(label):
    print("f", label)
    return False
print(t(1) or f(2))
print(f(3) or t(4))
print(t(5) and f(6))
print(f(7) and t(8))
print(f(9) or f(10) or t(11) or t(12))
print(not t(13) or t(14))
print(0 or "" or None)
print(1 and "x" and [1])
print([] or {} or "fallback")
x = None
name = x or "default"
print(name, x and x.attr)
print((1, 2) and [3] or "no", 0 and 1 or 2)
