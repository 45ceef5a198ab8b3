"""Python objects to JSON text: JSONEncoder.

Floats are written with float.__repr__ (the shortest text that reads back
to the same float) and ints with int.__repr__, as CPython does, so that
subclasses with their own __repr__ still give plain numbers.
"""

__all__ = ["JSONEncoder"]

_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
                  "\b": "\\b", "\f": "\\f"}
_INFINITY = float("inf")


def _escape_char(char, ensure_ascii):
    escaped = _SHORT_ESCAPES.get(char)
    if escaped is not None:
        return escaped
    code = ord(char)
    if code < 0x20 or (ensure_ascii and code > 0x7E):
        if code > 0xFFFF:
            # Outside the BMP: a UTF-16 surrogate pair, as JSON requires.
            code -= 0x10000
            high = 0xD800 | (code >> 10)
            low = 0xDC00 | (code & 0x3FF)
            return f"\\u{high:04x}\\u{low:04x}"
        return f"\\u{code:04x}"
    return char


def encode_string(s, ensure_ascii=True):
    """s as a JSON string literal, quotes included."""
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    return '"' + "".join([_escape_char(char, ensure_ascii) for char in s]) + '"'


class JSONEncoder:
    """Encodes dicts, lists, tuples, str, int, float, bool and None (and
    their subclasses) as JSON; anything else goes through default(), which
    raises TypeError unless overridden (or replaced by default=...)."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """What to write for an object JSON has no form for; overridden in
        subclasses. This one raises TypeError."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """The JSON text for o."""
        if isinstance(o, str):
            return encode_string(o, self.ensure_ascii)
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """The JSON text for o, in pieces."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        encoding = _Encoding(self, indent)
        yield from encoding.value(o, 0)


class _Encoding:
    """One run of an encoder: its settings, and the containers being
    written (to detect a container inside itself)."""

    def __init__(self, encoder, indent):
        self.encoder = encoder
        self.indent = indent
        self.markers = {} if encoder.check_circular else None

    def float_text(self, o):
        if o != o:
            text = "NaN"
        elif o == _INFINITY:
            text = "Infinity"
        elif o == -_INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.encoder.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        if isinstance(o, str):
            yield encode_string(o, self.encoder.ensure_ascii)
        elif o is None:
            yield "null"
        elif o is True:
            yield "true"
        elif o is False:
            yield "false"
        elif isinstance(o, int):
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield self.float_text(o)
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            self.enter(o)
            yield from self.value(self.encoder.default(o), level)
            self.leave(o)

    def newline(self, level):
        """The line break and indentation before an item at `level`."""
        return "\n" + self.indent * level

    def array(self, o, level):
        if not o:
            yield "[]"
            return
        self.enter(o)
        if self.indent is None:
            separator = self.encoder.item_separator
            yield "["
        else:
            level += 1
            separator = self.encoder.item_separator + self.newline(level)
            yield "[" + self.newline(level)
        first = True
        for item in o:
            if not first:
                yield separator
            first = False
            yield from self.value(item, level)
        if self.indent is not None:
            yield self.newline(level - 1)
        yield "]"
        self.leave(o)

    def key_text(self, key):
        """The JSON string for a dict key, or None to skip the item."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, "
                        f"not {key.__class__.__name__}")

    def object(self, o, level):
        if not o:
            yield "{}"
            return
        self.enter(o)
        encoder = self.encoder
        if self.indent is None:
            separator = encoder.item_separator
            yield "{"
        else:
            level += 1
            separator = encoder.item_separator + self.newline(level)
            yield "{" + self.newline(level)
        items = sorted(o.items()) if encoder.sort_keys else o.items()
        first = True
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if not first:
                yield separator
            first = False
            yield encode_string(key, encoder.ensure_ascii) + encoder.key_separator
            yield from self.value(value, level)
        if self.indent is not None:
            yield self.newline(level - 1)
        yield "}"
        self.leave(o)
