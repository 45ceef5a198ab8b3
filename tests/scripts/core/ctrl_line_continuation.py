total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,
    3,  # trailing comma and comment
]
print(items)
result = (10
          * 2
          - 5)
print(result)
call = max(
    4,
    9,
    2,
)
print(call)
s = ("implicit "
     "string "
     'concatenation')
print(s)
d = {
    "a": 1,
    "b": [
        2, 3,
    ],
}
print(d)
x = 1; y = 2; z = x + y
print(x, y, z)
if x == 1 and \
   y == 2:
    print("continued condition")
def f(a,
      b=2,
      *args,
      **kwargs):
    return a + b
print(f(1))
text = """triple
quoted\
 continued"""
print(text)
