result = a.b[c](d, *e, f=g, **h).i[j:k:l] ** -m // n @ o
value = [x for x in (y if z else w) if x] or {k: v for k, v in d.items()}
check = lambda a, *b, **c: (a, b, c) if a else not b or c
nested = f(g(h(i(j(k(l(m(n(o(p))))))))))
deep = ((((((((((x))))))))))
