"""A helper module for the import tests."""
print("executing _mod_simple, __name__ =", __name__)
CONSTANT = 42
_private = "hidden"
def greet(name):
    return f"hello {name} from {__name__}"
class Thing:
    def __repr__(self):
        return "Thing()"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
if __name__ == "__main__":
    print("never printed when imported")
