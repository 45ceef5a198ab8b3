values = []
x = 3
for op in ["+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    y = 29
    if op == "+=": y += x
    elif op == "-=": y -= x
    elif op == "*=": y *= x
    elif op == "//=": y //= x
    elif op == "%=": y %= x
    elif op == "**=": y **= x
    elif op == "<<=": y <<= x
    elif op == ">>=": y >>= x
    elif op == "&=": y &= x
    elif op == "|=": y |= x
    elif op == "^=": y ^= x
    values.append((op, y))
for v in values:
    print(*v)
n = 10 ** 18
for _ in range(5):
    n *= n
print(len(str(n)))
n = 1
for i in range(100):
    n = n * 3 + 1
print(n % 1000000007)
