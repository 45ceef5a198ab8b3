# A long chain of generator stages; each pulls from the one before.
def source(n):
    for i in range(n):
        yield i

def add(it, k):
    for x in it:
        yield x + k

def keep_even(it):
    for x in it:
        if x % 2 == 0:
            yield x

stage = source(20)
for k in range(50):
    stage = add(stage, 1)
stage = keep_even(stage)
print(list(stage))
pipeline = source(5)
for _ in range(200):
    pipeline = (x for x in pipeline)
print(sum(pipeline))
