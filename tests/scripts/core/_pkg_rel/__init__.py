from .helpers import NAME, shout
def describe():
    return f"_pkg_rel uses {NAME} -> {shout(NAME)}"
