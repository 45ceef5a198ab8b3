# eval and compile(..., 'eval'/'single') of blank input: the error is on
# the last line (line 0 for empty text) with no column; uncaught, CPython
# prints the file, the line number and the (empty) text.
for text in ["", "\n", "# only a comment", "\n\n", "   \n", "1 +", "1 +\n"]:
    for mode in ["eval", "single"]:
        try:
            compile(text, "<blank>", mode)
        except SyntaxError as e:
            print(repr(text), mode, e.lineno, e.offset, repr(e.text), e)
eval("")
