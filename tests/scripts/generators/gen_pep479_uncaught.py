# Uncaught PEP 479 error: the traceback shows the StopIteration, then
# "The above exception was the direct cause of the following exception".
def numbers():
    yield 1
    raise StopIteration

def consume():
    for n in numbers():
        print(n)

consume()
