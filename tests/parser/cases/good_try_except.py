try:
    pass
except:
    pass
try:
    pass
except E:
    pass
try:
    pass
except E as e:
    pass
except (A, B):
    pass
except (C, D) as e:
    pass
except:
    pass
