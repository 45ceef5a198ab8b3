# Driving a generator with send() in a loop until it returns.
def running_max():
    best = None
    count = 0
    while True:
        value = yield best
        if value is None:
            return {"count": count, "max": best}
        count += 1
        if best is None or value > best:
            best = value

def drive(gen, values):
    outputs = [next(gen)]
    try:
        for v in values:
            outputs.append(gen.send(v))
        gen.send(None)
    except StopIteration as e:
        return outputs, e.value

print(drive(running_max(), [3, 1, 4, 1, 5, 9, 2, 6]))
print(drive(running_max(), []))
