def f():
    global counter
    counter += 1
    global a, b
    a = b = counter
