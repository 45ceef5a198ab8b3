# close() on a finished or already closed generator does nothing.
def gen():
    try:
        yield 1
    finally:
        print("finally once")

g = gen()
print(list(g))
print(g.close())
print(g.close())
g = gen()
next(g)
g.close()
g.close()
print("closed twice, finally ran once")
