import os
from a.b import c as d
True, False, None
x = not a and b or c is not d in e
async def f(): await g()
class C: pass
_private = __dunder__ = x1 = _
nonlocal_ = global_x
