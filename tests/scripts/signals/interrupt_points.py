# A signal arriving while Python code runs is handled at the next backward
# jump or function entry; one arriving during time.sleep interrupts it.
# SIGALRM (from setitimer) stands in for Ctrl-C: its handler raises
# KeyboardInterrupt as SIGINT's does.
import signal
import time

signal.signal(signal.SIGALRM, signal.default_int_handler)


def alarm_soon():
    signal.setitimer(signal.ITIMER_REAL, 0.05)


def while_loop():
    alarm_soon()
    while True:
        pass


def for_loop():
    def forever():
        while True:
            yield 1
    alarm_soon()
    for _ in forever():
        pass


def recursion():
    def f(n):
        return n if n > 200 else f(n + 1)
    alarm_soon()
    while True:
        f(0)


def sleeping():
    alarm_soon()
    time.sleep(10)


for body in (while_loop, for_loop, recursion, sleeping):
    try:
        body()
    except KeyboardInterrupt as e:
        print(body.__name__, "interrupted:", type(e).__name__)

handled = []
signal.signal(signal.SIGALRM, lambda signum, frame: handled.append(signum))
start = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.02)
time.sleep(0.1)
print("a handler that returns lets the sleep finish:", time.monotonic() - start >= 0.1, handled)
print(signal.setitimer(signal.ITIMER_REAL, 0) == (0.0, 0.0))
