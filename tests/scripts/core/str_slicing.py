s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3])
print(s[8:2:-2], s[-1:-5:-1], s[2:8:-1], s[100:], s[-100:3], s[3:1], s[::-3], s[5::-2])
print(s[None:None:None], s[-2:-1], s[2:-2:3])
try:
    s[1:9:0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
u = "añ日本𝄞x"
print(len(u), u[2], u[-2], u[1:4], u[::-1])
print(s[slice(2, 5)], s[slice(None, None, -2)])
