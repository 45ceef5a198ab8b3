def nothing():
    pass
class Empty:
    pass
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
def only_doc():
    """Just a docstring."""
def ellipsis_body():
    ...
print(nothing(), Empty.__name__, only_doc(), only_doc.__doc__, ellipsis_body())
with open("ctrl_pass_and_empty_bodies.py") as f:
    pass
print(f.closed)
