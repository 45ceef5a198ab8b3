x = 1
a = f"""multi
line {x}
"""
b = f'''{x}
{x!r}'''
c = f"""{
x
}"""
d = f"""{x:>{
10}}"""
