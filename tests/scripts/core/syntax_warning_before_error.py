# A warning found before a compile-time error is shown before it.
x = 1
print(x is 1)
break
