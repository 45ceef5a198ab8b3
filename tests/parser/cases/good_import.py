import os
import os.path
import a.b.c.d
import os as o
import os.path as p
import a, b, c
import a as x, b.c as y, d
