# f-strings join parts of every storage width (ASCII, Latin-1, BMP,
# astral): the result must equal, hash and compare like the same text
# written as a literal, whatever mix of parts built it.
parts = ["", "a", "abc", "é", "ÿ", "Ω", "☃", "𝄞", "x" * 40, "\x00", "\ud800"]
n = 0
for left in parts:
    for right in parts:
        built = f"{left}{right}"
        built_with_text = f"<{left}|{right}>"
        assert built == left + right, (left, right)
        assert built_with_text == "<" + left + "|" + right + ">"
        assert hash(built) == hash(left + right)
        assert len(built) == len(left) + len(right)
        assert built.isascii() == (left + right).isascii()
        n += 1
print(n, "pairs agree")

keys = {}
for p in parts:
    keys[f"k{p}"] = p
print(sorted(repr(k) for k in keys))
print(keys["k" + "☃"], ascii(keys["k𝄞"]))

i = 7
big = 2**70
neg = -12345678901234
print(f"{i}é{i}☃{i}𝄞")
print(f"{big}|{neg}|{0}|{-1}|{True}|{2**47}|{-2**47}|{2**63-1}")
print(f"{'é'!r}{'☃'!a}{'𝄞'!s}", f"{i!r:>4}", f"{'ab':*^7}")
print(len(f"{'𝄞' * 3}{'a'}"), f"{'𝄞' * 3}{'a'}"[::-1], f"{'Ω'}{'a'}"[1:])
print([ord(c) for c in f"a{'é'}{'Ω'}{'𝄞'}"])
print(f"" == "", f"{''}" == "", f"{''}{''}" is not None)
