# Starred operands in list, tuple, set and dict displays, and the errors
# for operands that cannot be unpacked.
print([*range(3), *"ab"], (*[1], *(2, 3)), {1, *[2, 2], *{3}})
print({"a": 1, **{"b": 2}, **dict(c=3)})
print([*[], *()], {**{}})

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)

print([*Seq()], {*Seq()})
for bad in ("[*1]", "(*None,)", "{*2.5}", "{**[1]}", "{**1}"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
