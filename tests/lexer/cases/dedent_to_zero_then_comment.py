if a:
    if b:
        c
    # mid
# low
d
