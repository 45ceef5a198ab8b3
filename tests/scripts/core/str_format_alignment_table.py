rows = [("apple", 1.5, 10), ("banana", 0.25, 150), ("cherry", 12.0, 3), ("kiwi fruit", 100.125, 0)]
print(f"{'name':<12}|{'price':>10}|{'qty':^7}|")
print("-" * 12 + "+" + "-" * 10 + "+" + "-" * 7 + "+")
for name, price, qty in rows:
    print(f"{name:<12}|{price:>10.2f}|{qty:^7d}|")
print(f"{'total':<12}|{sum(p * q for _, p, q in rows):>10,.2f}|{sum(q for *_, q in rows):^7}|")
for w in [1, 5, 9]:
    print(f"[{'ab':{w}}] [{'ab':>{w}}] [{'ab':^{w}}] [{42:{w}}] [{42:<{w}}] [{-4.5:^{w}}]")
print("{:=^30}".format(" centered title "))
print("{:#>8}|{:#<8}|{:#^8}".format(1, 2, 3))
