x = 1
_private = x
__dunder__ = _private
CamelCase = snake_case_name = x1y2z3
_ = __
a_very_long_name_with_many_parts_1234567890 = None
