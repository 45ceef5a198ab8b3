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
attempts = [
    ("[*1]", lambda: [*1]),
    ("(*None,)", lambda: (*None,)),
    ("{*2.5}", lambda: {*2.5}),
    ("{**[1]}", lambda: {**[1]}),
    ("{**1}", lambda: {**1}),
]
for text, attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(text, "->", e)
