x = "global"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y * i for i in range(3)])
def f():
    z = 5
    return [z + i for i in range(3)], {i: z for i in range(2)}, list(z * i for i in range(2))
print(f())
class C:
    n = 3
    vals = [i for i in range(n)]
    try:
        sq = [n * i for i in range(2)]
    except NameError as e:
        err = str(e)
print(C.vals, getattr(C, "sq", None), getattr(C, "err", None))
print([(i, j) for i in range(2) for j in range(i, 2)])
gen = (i * 2 for i in range(3))
print(list(gen), list(gen))
nums = [1, 2, 3]
gen2 = (n for n in nums)
nums = [9]
print(list(gen2))
print([[i for i in range(k)] for k in range(4)])
i = "outer i"
print(sum(i for i in range(4)), i)
print([w := 10, w])
print([last := v for v in range(3)], last)
