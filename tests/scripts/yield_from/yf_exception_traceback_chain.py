# An exception raised deep in a yield from chain, uncaught: the traceback
# shows each delegating frame (exit status 1).
def parse(text):
    yield int(text)

def parse_all(texts):
    for t in texts:
        yield from parse(t)

def pipeline(texts):
    yield from parse_all(texts)

print(list(pipeline(["1", "2"])))
print(list(pipeline(["3", "four"])))
