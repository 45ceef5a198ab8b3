x = 1
a = f"\n{x}\t"
b = f"\x41{x}\u00e9"
c = f"\N{BULLET} {x}"
d = f"\{x}"
e = f"{x}\\"
