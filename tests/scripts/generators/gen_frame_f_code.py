# The generator frame's code object, and frame identity across resumes.
import sys

def gen():
    frames = []
    frames.append(sys._getframe())
    yield frames[0].f_code.co_name
    frames.append(sys._getframe())
    yield frames[0] is frames[1]

g = gen()
print(g.gi_frame.f_code is g.gi_code)
print(next(g))
print("same frame across resumes:", next(g))
print(g.gi_frame.f_code.co_filename.rsplit("/", 1)[-1])
print(g.gi_frame.f_globals is globals())
