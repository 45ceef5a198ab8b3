# heapq: push/pop order, heapify, nsmallest/nlargest (ties keep input order),
# merge (also reversed), pushpop/replace, and the empty-heap error.
import heapq, random
random.seed(5)
for trial in range(50):
    data = [random.randrange(30) for _ in range(random.randrange(40))]
    h = []
    for x in data: heapq.heappush(h, x)
    out = [heapq.heappop(h) for _ in range(len(h))]
    assert out == sorted(data)
    h2 = list(data); heapq.heapify(h2); print(h2 == sorted(h2) or h2[:5], end=" ")
    print(heapq.nsmallest(3, data), heapq.nlargest(4, data, key=lambda v: -v), list(heapq.merge(sorted(data), [1,5,9])) == sorted(data+[1,5,9]))
print(list(heapq.merge([5,3,1],[4,2], reverse=True)))
h=[3,1,2]; heapq.heapify(h); print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), h)
try: heapq.heappop([])
except IndexError as e: print(e)
print(heapq.nlargest(2, [(1,'a'),(1,'b'),(0,'c')], key=lambda t: t[0]))
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print(e)
print(heapq.nsmallest(0, [1, 2]), heapq.nlargest(5, iter([3, 1, 2])), heapq.nsmallest(1, []))
print(list(heapq.merge(["b", "d"], ["a", "c", "e"], key=str.upper)))
print(heapq.heappushpop([], 4))
try:
    heapq.heappush([1, "a"], 2.5)
except TypeError as e:
    print("TypeError:", e)
