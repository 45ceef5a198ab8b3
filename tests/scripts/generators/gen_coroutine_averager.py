# A generator used as a coroutine: a running average that returns a summary.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return count, average

a = averager()
print(next(a))
for v in [10, 20, 30, 5]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("summary", e.value)
