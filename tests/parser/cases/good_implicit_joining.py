x = (1 +
     2)
y = [1,
  2,
        3]
z = {
"a": 1,
    "b": 2,
}
f(a,
  b=1,
      *c)
w = (
    # a comment inside brackets
    1
    # another
)
