# A KeyboardInterrupt raised while another exception is handled chains to
# it; the process still ends as interrupted (status 130) when SIGINT is
# ignored at that point.
import signal

signal.signal(signal.SIGINT, signal.SIG_IGN)
try:
    {}["key"]
except KeyError:
    raise KeyboardInterrupt("by hand")
