def validate(n):
    if n < 0:
        e = ValueError(f"negative: {n}")
        e.add_note("values must be >= 0")
        e.add_note(f"got {n} from the input")
        raise e
validate(-5)
