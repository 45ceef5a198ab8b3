data = [
    {"name": "ann", "dept": "eng", "salary": 120},
    {"name": "bob", "dept": "ops", "salary": 90},
    {"name": "cat", "dept": "eng", "salary": 120},
    {"name": "dan", "dept": "eng", "salary": 100},
    {"name": "eve", "dept": "ops", "salary": 95},
]
by_dept_salary = sorted(data, key=lambda r: (r["dept"], -r["salary"]))
print([r["name"] for r in by_dept_salary])
step1 = sorted(data, key=lambda r: r["name"], reverse=True)
step2 = sorted(step1, key=lambda r: r["salary"])
print([(r["name"], r["salary"]) for r in step2])
print([r["name"] for r in sorted(data, key=lambda r: r["salary"], reverse=True)])
print(sorted(["a10", "a2", "a1", "b1"], key=lambda s: (s[0], int(s[1:]))))
print(sorted(range(-5, 6), key=lambda x: (x * x, x)))
