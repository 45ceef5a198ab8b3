# One code object run many times in different namespaces.
code = compile("total = start + step\nsteps.append(total)", "<loop>", "exec")
steps = []
for i in range(3):
    exec(code, {"start": i, "step": 10, "steps": steps})
print(steps)
expression = compile("n * n", "<square>", "eval")
print([eval(expression, {"n": n}) for n in range(5)])
print([eval(expression, {}, {"n": n}) for n in range(3)])
