import sys
print(sys.argv, __file__, __cached__)
def f():
    return 1/0
f()
