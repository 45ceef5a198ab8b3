name, n, pi = "World", 42, 3.14159265
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{n * 2 = }", f"{pi:.3f}", f"{name!r}", f"{name:>10}|")
print(f"{n:05d} {n:x} {n:#b} {n:,} {1234567.5:,.2f} {0.5:.0%}")
items = [1, 2, 3]
print(f"{items} {items[0]} {len(items)} {items[-1] ** 2}")
d = {"k": "v"}
print(f"{d['k']} {d!r}")
print(f"{{braces}} {{{n}}}")
width, prec = 10, 2
print(f"{pi:{width}.{prec}f}|", f"{pi:>{width}}|", f"{'x':{'^'}{7}}|")
print(f"{'nested ' + f'{n}'}")
print(f"{n=}", f"{pi=:.2f}", f"{name = !r}", f"{ n  =  }")
x = 5
print(f"{x if x > 3 else 0}", f"{(lambda y: y * 2)(x)}", f"{[i for i in range(x)]}")
print(f"""multi
{name}line""")
print(f"{3.0!s:>6}|{'é'!a}")
