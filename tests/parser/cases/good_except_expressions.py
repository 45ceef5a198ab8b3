try:
    pass
except a.b.E:
    pass
except f():
    pass
except E if x else F:
    pass
except (E):
    pass
except (E, F,):
    pass
