if a:
    if b:
        if c:
            pass
x = 1
if a:
    if b:
        pass
    y = 2
z = 3
