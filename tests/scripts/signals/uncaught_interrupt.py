# An uncaught KeyboardInterrupt prints its traceback, then the process
# ends killed by SIGINT (the shell sees status 130), after the usual
# shutdown: the finally blocks and a suspended generator's cleanup run.
import signal


def ticker():
    try:
        while True:
            yield "tick"
    finally:
        print("generator closed")


def work():
    try:
        for i, tick in enumerate(ticker_running):
            if i == 2:
                signal.raise_signal(signal.SIGINT)
    finally:
        print("finally ran")


ticker_running = ticker()
work()
