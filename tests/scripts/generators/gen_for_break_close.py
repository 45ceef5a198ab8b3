# Breaking out of a for loop leaves the generator suspended; close() then
# runs its finally.
def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finally")

g = gen()
for x in g:
    print(x)
    if x == 2:
        break
print("after loop, suspended:", g.gi_frame is not None)
print("resume where we left:", next(g))
g.close()
print("after close")
