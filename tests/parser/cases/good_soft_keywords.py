# match, case and _ are soft keywords: ordinary names outside a match statement.
match = 1
case = 2
_ = 3
match.attr = case
match(x)
match[0] = 1
print(match, case, _)
def match(case, _=None):
    return case
class case:
    match = None
x = match if case else _
