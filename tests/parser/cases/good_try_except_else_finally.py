try:
    a()
except A:
    b()
except B as e:
    c(e)
else:
    d()
finally:
    f()
try:
    pass
except E:
    pass
else:
    pass
