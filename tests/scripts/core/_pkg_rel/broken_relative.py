from .does_not_exist import something
