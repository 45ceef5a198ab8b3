data = [4, 8, 15, 16, 23, 42, 8, 15]
print(data.index(15), data.index(15, 3), data.count(8), 42 in data, data.index(8, 2, 7))
def bsearch(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
s = sorted(data)
print(s, [bsearch(s, t) for t in [0, 8, 9, 42, 100]])
print([i for i, x in enumerate(data) if x == 8], max(range(len(data)), key=data.__getitem__))
print(data[::-1].index(8), len(data) - 1 - data[::-1].index(8))
words = ["Apple", "apple", "APPLE", "banana"]
print(words.count("apple"), sum(w.lower() == "apple" for w in words), [w for w in words if w.isupper()])
