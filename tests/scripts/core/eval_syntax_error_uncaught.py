# An uncaught SyntaxError from eval: CPython prints it with the text and
# no caret (the error is at the end of input, which has no column).
print("before")
eval("1 +")
