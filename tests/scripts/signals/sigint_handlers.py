# SIGINT sent to this process: by default KeyboardInterrupt, raised before
# the call that sent it returns; a Python handler runs instead when set,
# with the signal number and the running frame; SIG_IGN drops it.
import os
import signal

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.SIG_DFL == 0, signal.SIG_IGN == 1, signal.SIGINT == 2, signal.SIGTERM == 15)

for send in (lambda: signal.raise_signal(signal.SIGINT),
             lambda: os.kill(os.getpid(), signal.SIGINT)):
    try:
        send()
        print("not reached")
    except KeyboardInterrupt as e:
        print("KeyboardInterrupt", repr(e), e.args)

count = 0
try:
    while True:
        count += 1
        if count == 3:
            signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("loop stopped at", count)

calls = []


def handler(signum, frame):
    calls.append((signum, frame.f_code.co_name))


def send_from_function():
    signal.raise_signal(signal.SIGINT)
    return "handled"


previous = signal.signal(signal.SIGINT, handler)
print(previous is signal.default_int_handler, signal.getsignal(signal.SIGINT) is handler)
print(send_from_function(), calls)


def raising_handler(signum, frame):
    raise RuntimeError(f"handler for {signum}")


signal.signal(signal.SIGINT, raising_handler)
try:
    signal.raise_signal(signal.SIGINT)
except RuntimeError as e:
    print("RuntimeError:", e)

print(signal.signal(signal.SIGINT, signal.SIG_IGN) is raising_handler)
signal.raise_signal(signal.SIGINT)
print("ignored", signal.getsignal(signal.SIGINT) == signal.SIG_IGN)

signal.signal(signal.SIGUSR1, lambda signum, frame: calls.append(("usr1", signum)))
os.kill(os.getpid(), signal.SIGUSR1)
print(calls[-1] == ("usr1", signal.SIGUSR1))

signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("default_int_handler raises")

for bad in ((signal.SIGINT, 5), (signal.SIGINT, "handler"), (0, signal.SIG_IGN),
            (signal.NSIG, signal.SIG_IGN), (signal.SIGKILL, signal.SIG_IGN)):
    try:
        signal.signal(*bad)
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ":", e)
for number in (-1, 0, signal.NSIG):
    try:
        signal.raise_signal(number)
    except OSError as e:
        print("OSError:", e)
