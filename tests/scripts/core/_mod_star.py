__all__ = ["public_one", "public_two"]
public_one = 1
def public_two():
    return 2
hidden = "not in __all__"
_underscore = "private"
