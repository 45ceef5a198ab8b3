x = 1
# comment without newline