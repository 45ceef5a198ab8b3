import _pkg_rel
print(_pkg_rel.describe())
from _pkg_rel import helpers
print(helpers.NAME, helpers.__package__)
try:
    from _pkg_rel import broken_relative
except ImportError as e:
    print(type(e).__name__, e)
