l = [1]
l += "ab"
l += (2, 3)
l += range(2)
l += {"k": 0}
print(l)
try:
    l = l + "cd"
except TypeError as e:
    print(type(e).__name__, e)
m = [0]
alias = m
m += [1]
m = m + [2]
print(alias, m)
t = (1,)
try:
    t += [2]
except TypeError as e:
    print(type(e).__name__, e)
s = {1}
s |= {2}
try:
    s += {3}
except TypeError as e:
    print(type(e).__name__, e)
print(s)
n = [[0]] * 2
n[0] += [1]
print(n)
