print("asking for input with stdin at EOF")
try:
    value = input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
print("done")
