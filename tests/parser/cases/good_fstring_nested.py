x = 1
a = f"{f'{x}'}"
b = f'''{f"{f'{x}'}"}'''
c = f"{x:{10}}"
d = f"{x:{'>'}{10}}"
e = f"{[f'{y}' for y in range(3)]}"
