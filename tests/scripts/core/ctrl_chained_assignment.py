a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
x += 1
print(x, y)
i, j = j, i = 1, 2
print(i, j)
p = q = r = "s"
print(p + q + r)
lst = [0, 1, 2]
k = 0
k = lst[k] = 2
print(k, lst)
first, *others = head = [1, 2, 3]
print(first, others, head)
