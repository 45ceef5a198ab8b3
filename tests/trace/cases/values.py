# How values are shown: a repr longer than 50 characters is cut with "...",
# a __repr__ runs without being traced itself, and one that raises shows
# as <repr failed>.
class Loud:
    def __repr__(self):
        return "Loud()"


class Broken:
    def __repr__(self):
        raise RuntimeError("no repr")


def values():
    yield "x" * 80
    yield Loud()
    yield Broken()
    yield "naïve ünïcödé " * 5


for value in values():
    pass
