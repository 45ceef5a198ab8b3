# The innermost unclosed bracket opened on a line before the parser's error:
# CPython reports "'(' was never closed" instead of the parser's error.
x = (1,
     2 = 3
