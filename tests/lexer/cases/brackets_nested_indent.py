def f():
    return g(a,
  b,
            c)
