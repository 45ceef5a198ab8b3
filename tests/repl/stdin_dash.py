import sys
print(sys.argv, sys.path[0])
print(undefined)
