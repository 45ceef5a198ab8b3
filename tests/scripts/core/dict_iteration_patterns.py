prices = {"apple": 0.5, "bread": 2.25, "milk": 1.1, "cheese": 7.0}
for name in prices:
    print(name, end=" ")
print()
for name, price in sorted(prices.items(), key=lambda kv: kv[1]):
    print(f"{name}: {price:.2f}")
print(sum(prices.values()), max(prices.items(), key=lambda kv: kv[1]), min(prices, key=len))
cheap = {k: v for k, v in prices.items() if v < 2}
print(cheap, list(prices.keys())[1:3], [k for k, v in prices.items() if v > 1])
for i, (k, v) in enumerate(prices.items()):
    if i == 2:
        break
    print(i, k, v)
print(list(zip(prices, prices.values())) == list(prices.items()))
for k in list(prices):
    if len(k) > 5:
        del prices[k]
print(prices)
print(dict(sorted(prices.items(), reverse=True)), list(reversed(prices)))
