# yield as a statement: values come out one at a time, lazily.
def count_to(n):
    print("start")
    i = 1
    while i <= n:
        print("before yield", i)
        yield i
        print("after yield", i)
        i += 1
    print("end")

g = count_to(3)
print("created")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
print(list(count_to(2)))
