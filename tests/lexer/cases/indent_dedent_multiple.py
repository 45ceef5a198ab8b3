def f():
    for a in b:
        while c:
            if d:
                pass
x = 1
