# A comment at the top
x = 1  # trailing comment
# comment between statements
def f():  # comment after colon
    # comment in body
    pass  # trailing
    # dedented comment
        # over-indented comment
# final comment
