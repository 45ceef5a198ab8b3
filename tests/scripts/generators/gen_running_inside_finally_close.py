# While close() runs a finally block, gi_running is True and the frame is
# still there; afterwards both are reset.
def gen():
    try:
        yield 1
    finally:
        print("in finally: running", me.gi_running, "frame", me.gi_frame is not None)

me = gen()
next(me)
me.close()
print("after: running", me.gi_running, "frame", me.gi_frame)
