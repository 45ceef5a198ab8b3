import sys
print(sys.argv)
def f():
    return 1/0
f()
