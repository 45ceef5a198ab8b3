square_all = lambda xs: [x * x for x in xs]
print(square_all([1, 2]))
print(square_all([1, "a", 3]))
