import math
items = {"a": 1, "b": 2}
print(f"{', '.join(f'{k}={v}' for k, v in items.items())}")
print(f"{math.pi:.{2 + 1}f}", f"{'nested {braces}'}", f"{{}}{{{1}}}")
x = 7
print(f"{x!r:>5}{x:<3}|", f"{x:{'>' if x > 5 else '<'}6}|")
print(f"{'a' 'b'}", f"{x:=^9}", f"{-x:=9}", f"{x%3}")
print(f"{x = :5}|{x = !r}|{ x + 1 = }", f"{items['a'] = }")
print(f"""{
    x
    * 2
}""")
print(f"{chr(39)}single{chr(39)}", f'{"double"}', f"{'single'}")
name = "world"
print(f"Hello {name.upper()!r} {len(name):03d} {name[::-1]} {name[0]}{name[-1]}")
print(f"{[1, 2][x > 5]}", f"{ {'k': 1}['k'] }", f"{(lambda: 'lam')()}")
print(f"{x:b}", f"{x:#o}", f"{x:#06x}", f"{x * 1000:,d}", f"{x / 3:.4}")
