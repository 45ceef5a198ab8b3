# PEP 678 notes in a chain of exceptions: add_note, notes with line breaks,
# a __notes__ tuple, and a __notes__ that is not a sequence.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note("while parsing " + repr(text))
        e.add_note("first line\nsecond line")
        raise

try:
    ValueError().add_note(42)
except TypeError as e:
    print("TypeError:", e)

try:
    parse("x1")
except ValueError:
    try:
        error = KeyError("k")
        error.__notes__ = ("from a tuple", 7)
        raise error
    except KeyError:
        final = RuntimeError("done")
        final.__notes__ = 3.5
        raise final
