x = 1; y = 2;
if x: y = 3
d = {a: b for a, b in c}
