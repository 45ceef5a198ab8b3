from collections import namedtuple
Employee = namedtuple("Employee", "name dept salary")
staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee("cy", "eng", 100)]
print(max(staff, key=lambda e: e.salary).name, sorted(staff, key=lambda e: e.salary)[0])
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
raise_all = [e._replace(salary=e.salary + 10) for e in staff]
print(raise_all[0], staff[0].salary)
print([e._asdict() for e in staff][:1], Employee._fields, len(staff[0]))
name, dept, salary = staff[1]
print(name, dept, salary, staff[1][-1], staff[1].count(90), staff[1].index("ops"))
Pair = namedtuple("Pair", ["first", "second"], rename=False)
print(Pair(1, 2) == (1, 2), Pair(1, 2) == Pair(1, 2), Pair(first=1, second=2), repr(Pair("a", None)))
print(isinstance(staff[0], tuple), type(staff[0]).__name__, staff[0].__class__.__bases__[0].__name__)
