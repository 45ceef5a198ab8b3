with a:
b()
