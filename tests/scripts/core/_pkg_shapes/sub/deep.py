from .. import VERSION
from . import unit
def info():
    return f"deep {__name__} {__package__} v{VERSION} {unit()!r}"
