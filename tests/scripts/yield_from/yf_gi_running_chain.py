# While the innermost generator runs, every generator in the chain reports
# gi_running True; once it yields, all of them are suspended again.
def leaf():
    yield "first"
    yield [(name, g.gi_running) for name, g in gens]

def middle():
    yield from leaf()

def top():
    yield from middle()

t = top()
print(next(t))
m = t.gi_yieldfrom
gens = [("top", t), ("middle", m), ("leaf", m.gi_yieldfrom)]
print([(name, g.gi_running) for name, g in gens])
print(next(t))
print([(name, g.gi_running) for name, g in gens])
