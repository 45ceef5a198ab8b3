print(True is True, True is not False, True == 1, False == 0, True != 2, True > False, True >= 1)
values = [0, 1, 2, -1, 0.0, "", "0", [], [0], None, (), ((),)]
print([bool(v) for v in values])
print([v for v in values if v], [type(v).__name__ for v in values if not v])
print(sorted([True, False, True]), sum([True, False, True]), max(False, 0), min(0, False))
print(str(True).lower(), repr(False), f"{True!r:>6}", "{:d}".format(False), int("1") == True)
flag = not None
print(flag, type(flag).__name__, not not "x", bool(not []), (not 0) + (not 1))
