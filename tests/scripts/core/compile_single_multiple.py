# An uncaught "multiple statements" error from 'single' mode.
print("compiling")
compile("a = 1\nb = 2\n", "<input>", "single")
