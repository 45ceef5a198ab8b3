def f():
    global y
    return [y for y in z if (y := 1)]
