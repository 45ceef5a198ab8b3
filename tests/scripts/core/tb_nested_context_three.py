try:
    {}["first"]
except KeyError:
    try:
        [][1]
    except IndexError:
        raise ZeroDivisionError("third")
