import time
t0 = time.perf_counter()
m0 = time.monotonic()
w0 = time.time()
time.sleep(0.01)
t1 = time.perf_counter()
m1 = time.monotonic()
w1 = time.time()
print(t1 > t0, t1 - t0 >= 0.009, m1 >= m0, w1 >= w0)
print(type(t0).__name__, type(w0).__name__, w0 > 1_600_000_000)
time.sleep(0)
print(time.perf_counter() >= t1)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("1")
except TypeError as e:
    print(type(e).__name__, e)
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 5)
