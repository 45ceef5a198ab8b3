x = 'abc\
def'
y = "a\
\
b"
