parts = []
for i in range(5):
    parts.append(f"item{i}")
print(",".join(parts))
s = ""
for ch in "abc":
    s += ch * 2
print(s)
lines = ["first", "second", "third"]
text = "\n".join(f"{n}: {line}" for n, line in enumerate(lines, 1))
print(text)
print(len(text), text.count("\n"), text.splitlines()[-1])
table = [["a", "bb", "ccc"], ["dddd", "e", "ff"]]
widths = [max(len(row[i]) for row in table) for i in range(3)]
for row in table:
    print(" | ".join(cell.ljust(w) for cell, w in zip(row, widths)))
print("-".join(map(str, range(5))), "".join(reversed("abc")), "".join(sorted(set("mississippi"))))
words = "the quick brown fox".split()
print(" ".join(w.capitalize() for w in words), " ".join(words[::-1]), "".join(w[0] for w in words).upper())
acronym = "".join(word[0] for word in "portable network graphics".split()).upper()
print(acronym, "{0}{1}{0}".format("ab", "cd"), "x".join("123"))
