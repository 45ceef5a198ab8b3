ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba), ba[0], bytes(ba))
ba[1:3] = b"EE"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 106)
print(ba, ba.find(b"E"), ba.upper(), ba.decode())
print(bytearray(3), bytearray([1, 2]), bytearray("ab", "ascii"), bytearray(b"x") + b"y", b"y" + bytearray(b"x"))
ba2 = bytearray(b"abc")
ba2.reverse()
print(ba2, ba2 == b"cba", bytearray(b"a") * 3)
ba2.clear()
print(ba2, len(ba2))
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
ba3 = bytearray(b"xyz")
ba3 += b"!"
print(ba3, ba3.remove(ord("y")), ba3)
