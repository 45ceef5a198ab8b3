for s in ["hello world", "HELLO WORLD", "hELLO wORLD", "hello   world", "o'neil mc-donald", "3rd place", "a1b2c3",
          "", " ", "ünïcödé wörds", "x", "çava", "ǆemal"]:
    print(repr(s), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.istitle())
