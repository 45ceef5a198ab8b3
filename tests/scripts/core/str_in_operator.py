s = "the quick brown fox"
print("quick" in s, "slow" in s, "" in s, "" in "", " " in s, "T" in s, "the quick brown fox" in s)
print("fox" not in s, "ö" in "schön", "日本" in "日本語")
try:
    1 in s
except TypeError as e:
    print(type(e).__name__, e)
print(s < "the", "abc" < "abd", "Z" < "a", "é" > "z", "" < "a", "ab" < "abc", "abc" == "abc")
print(max("apple", "banana"), min(["b", "A", "a"]), sorted(["é", "e", "z", "E"]))
