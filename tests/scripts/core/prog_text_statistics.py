TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
PUNCTUATION = ".,;:!?'\"-"
words = [w.strip(PUNCTUATION).lower() for w in TEXT.split()]
words = [w for w in words if w]
print("lines:", len(TEXT.splitlines()), "words:", len(words), "chars:", len(TEXT))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"{word:>8} {n:3d} {'#' * n}")
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
letters = [c for c in TEXT.lower() if c.isalpha()]
common = sorted({c: letters.count(c) for c in set(letters)}.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(common)
avg = sum(map(len, words)) / len(words)
print(f"average word length {avg:.3f}")
longest = max(words, key=len)
print("longest:", longest, "capitalized:", sorted({w for w in TEXT.split() if w[0].isupper()}))
print("title:", TEXT.splitlines()[0][:22].title())
