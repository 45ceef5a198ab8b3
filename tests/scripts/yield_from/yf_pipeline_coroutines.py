# yield from composes PEP 342 style coroutines: a line parser delegating
# to a field reader, values sent from outside reach the innermost level.
def read_field():
    chars = []
    while True:
        c = yield
        if c in ",\n":
            return "".join(chars), c
        chars.append(c)

def read_record():
    fields = []
    while True:
        field, end = yield from read_field()
        fields.append(field)
        if end == "\n":
            return fields

def read_all(records):
    while True:
        records.append((yield from read_record()))

records = []
parser = read_all(records)
next(parser)
for ch in "a,bb,c\n1,22\n":
    parser.send(ch)
print(records)
print(parser.gi_yieldfrom.__name__, parser.gi_yieldfrom.gi_yieldfrom.__name__)
