a + b - c * d / e // f % g ** h @ i
a << b >> c & d | e ^ f ~ g
a < b > c <= d >= e == f != g
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= m
a <<= 1; a >>= 1; a &= 1; a |= 1; a ^= 1
f = lambda: ...
def g() -> int: return (y := 1)
x[1:2, ::3]
d = {'a': 1}
