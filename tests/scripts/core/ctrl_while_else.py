n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while finished normally")
i = 0
while True:
    i += 1
    if i > 3:
        break
print("broke at", i)
k = 10
while k > 0:
    if k == 7:
        print("break at 7")
        break
    k -= 1
else:
    print("not printed")
while False:
    pass
else:
    print("else of never-run while")
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
