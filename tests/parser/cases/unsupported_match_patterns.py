def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y) if y > 0:
            return f"on the y axis at {y}"
        case {"kind": "circle", "r": r, **rest}:
            return f"circle {r} {rest}"
        case [first, *others] | (first, *others):
            return first
        case 1 | 2 | 3 as small:
            return small
        case str() | bytes():
            return "text"
        case None:
            return "nothing"
    return "other"
