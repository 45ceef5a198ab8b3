# exec and eval are ordinary calls for recursion: deep nesting ends in
# RecursionError, which can be caught.
import sys

sys.setrecursionlimit(200)


def nest(depth):
    return eval("nest(depth + 1)", {"nest": nest, "depth": depth})


try:
    nest(0)
except RecursionError as e:
    print("RecursionError:", e)
print(eval("'still fine'"))
