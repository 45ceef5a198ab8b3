if x:
# at column 0
    y = 1
        # deeper
  # shallower
    z = 2
