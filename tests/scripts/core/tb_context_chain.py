def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise ValueError(f"bad key {key!r}")
lookup({"a": 1}, "b")
