import time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t[0], len(t), tuple(t))
t = time.gmtime(1_000_000_000)
print(tuple(t), time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t))
print(time.asctime(time.gmtime(86400 * 365.25 * 30)))
print(time.strftime("%%", t), repr(time.strftime("", t)))
print(type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__, time.perf_counter_ns() > 0, time.process_time() >= 0)
print(time.gmtime(1.9)[5], time.gmtime(-1)[0])
for bad in [lambda: time.sleep(None), lambda: time.sleep(float("nan")), lambda: time.sleep(1e300), lambda: time.sleep(2 ** 70),
            lambda: time.strftime(1), lambda: time.gmtime("x"), lambda: time.strftime("%Y", (1, 2)), lambda: time.sleep()]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
