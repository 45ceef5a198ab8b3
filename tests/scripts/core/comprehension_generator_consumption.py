gen = (x * x for x in range(5))
print(next(gen), next(gen), list(gen), list(gen))
nums = [3, 1, 2]
g2 = (n for n in nums)
nums.append(10)
print(list(g2))
print(sum(x for x in range(10) if x % 3), max((len(w), w) for w in ["aa", "b", "ccc"]))
print(any(x > 2 for x in [1, 2, 3]), all(x for x in []), list(zip((i for i in "ab"), (j for j in range(5)))))
print(dict((k, v) for k, v in [("a", 1), ("b", 2)]), set(c for c in "hello") == set("helo"), tuple(i for i in range(3)))
evens = (n for n in range(100) if n % 2 == 0)
first_five = [next(evens) for _ in range(5)]
print(first_five, next(evens))
print("".join(str(d) for d in range(10)), ", ".join(f"{k}={v}" for k, v in {"x": 1}.items()))
