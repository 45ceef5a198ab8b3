from collections import Counter
text = "the quick brown fox jumps over the lazy dog the fox barks and the dog runs"
counts = Counter(text.split())
print(counts.most_common(3))
print(sorted(w for w, c in counts.items() if c == 1))
bigrams = Counter(zip(text.split(), text.split()[1:]))
print(bigrams.most_common(2))
letters = Counter(c for c in text if c != " ")
print(sorted(letters.most_common(5), key=lambda kv: (-kv[1], kv[0])))
vowels = sum(letters[v] for v in "aeiou")
print(vowels, sum(letters.values()) - vowels)
