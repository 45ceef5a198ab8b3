"""JSON text to Python objects: JSONDecoder and JSONDecodeError.

A recursive-descent parser over the string. Its error messages and the
positions they report are those of CPython's C scanner (_json.c), which is
what CPython's json.loads uses: "Expecting value: line 1 column 1 (char 0)".
"""

__all__ = ["JSONDecodeError", "JSONDecoder"]

_WHITESPACE = " \t\n\r"
_DIGITS = "0123456789"
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
            "t": "\t"}
_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}


class JSONDecodeError(ValueError):
    """A ValueError for a malformed document: the message without the
    position (msg), the document (doc), and where the problem is, as an
    index (pos) and as a 1-based line and column (lineno, colno)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = "json.decoder"


class _ExpectingValue(Exception):
    """Raised inside the parser where a value should start but none does;
    the caller turns it into "Expecting value" at `pos`."""

    def __init__(self, pos):
        self.pos = pos


class _Parser:
    """One parse of one document, with the decoder's hooks."""

    def __init__(self, decoder, text):
        self.text = text
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.strict = decoder.strict
        self.memo = {}  # equal keys share one str, as in CPython

    def skip_whitespace(self, pos):
        text = self.text
        while pos < len(text) and text[pos] in _WHITESPACE:
            pos += 1
        return pos

    def error(self, message, pos):
        return JSONDecodeError(message, self.text, pos)

    def value(self, pos):
        """The value starting at `pos` (no whitespace before it) and the
        position after it."""
        text = self.text
        if pos >= len(text):
            raise _ExpectingValue(pos)
        char = text[pos]
        if char == '"':
            return self.string(pos + 1)
        if char == "{":
            return self.object(pos + 1)
        if char == "[":
            return self.array(pos + 1)
        if char == "n" and text.startswith("null", pos):
            return None, pos + 4
        if char == "t" and text.startswith("true", pos):
            return True, pos + 4
        if char == "f" and text.startswith("false", pos):
            return False, pos + 5
        if char == "N" and text.startswith("NaN", pos):
            return self.parse_constant("NaN"), pos + 3
        if char == "I" and text.startswith("Infinity", pos):
            return self.parse_constant("Infinity"), pos + 8
        if char == "-" and text.startswith("-Infinity", pos):
            return self.parse_constant("-Infinity"), pos + 9
        return self.number(pos)

    def number(self, pos):
        """-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)? at `pos`."""
        text = self.text
        end = pos
        if end < len(text) and text[end] == "-":
            end += 1
        if end < len(text) and text[end] == "0":
            end += 1
        elif end < len(text) and text[end] in _DIGITS:
            while end < len(text) and text[end] in _DIGITS:
                end += 1
        else:
            raise _ExpectingValue(pos)
        is_float = False
        if end + 1 < len(text) and text[end] == "." and text[end + 1] in _DIGITS:
            end += 2
            while end < len(text) and text[end] in _DIGITS:
                end += 1
            is_float = True
        if end < len(text) and text[end] in "eE":
            exponent = end + 1
            if exponent < len(text) and text[exponent] in "+-":
                exponent += 1
            if exponent < len(text) and text[exponent] in _DIGITS:
                while exponent < len(text) and text[exponent] in _DIGITS:
                    exponent += 1
                end = exponent
                is_float = True
        literal = text[pos:end]
        return (self.parse_float(literal) if is_float else self.parse_int(literal)), end

    def string(self, pos):
        """The string whose opening quote is just before `pos`."""
        text = self.text
        begin = pos - 1
        chunks = []
        while True:
            start = pos
            while pos < len(text) and text[pos] != '"' and text[pos] != "\\":
                if self.strict and text[pos] < " ":
                    raise self.error("Invalid control character at", pos)
                pos += 1
            if pos >= len(text):
                raise self.error("Unterminated string starting at", begin)
            chunks.append(text[start:pos])
            if text[pos] == '"':
                return "".join(chunks), pos + 1
            # A backslash escape.
            if pos + 1 >= len(text):
                raise self.error("Unterminated string starting at", begin)
            escape = text[pos + 1]
            if escape != "u":
                if escape not in _ESCAPES:
                    raise self.error("Invalid \\escape", pos)
                chunks.append(_ESCAPES[escape])
                pos += 2
                continue
            code = self.hex4(pos + 1)
            pos += 6
            # A high surrogate followed by an escaped low one is one character.
            if 0xD800 <= code <= 0xDBFF and text.startswith("\\u", pos):
                low = self.hex4(pos + 1)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                    pos += 6
            chunks.append(chr(code))

    def hex4(self, pos):
        """The four hex digits after the `u` at `pos`."""
        digits = self.text[pos + 1:pos + 5]
        if len(digits) != 4 or any(d not in "0123456789abcdefABCDEF" for d in digits):
            raise self.error("Invalid \\uXXXX escape", pos)
        return int(digits, 16)

    def object(self, pos):
        """The object whose "{" is just before `pos`."""
        text = self.text
        pairs = []
        pos = self.skip_whitespace(pos)
        if pos < len(text) and text[pos] == "}":
            return self.finish_object(pairs), pos + 1
        while True:
            if pos >= len(text) or text[pos] != '"':
                raise self.error("Expecting property name enclosed in double quotes", pos)
            key, pos = self.string(pos + 1)
            key = self.memo.setdefault(key, key)
            pos = self.skip_whitespace(pos)
            if pos >= len(text) or text[pos] != ":":
                raise self.error("Expecting ':' delimiter", pos)
            pos = self.skip_whitespace(pos + 1)
            value, pos = self.value(pos)
            pairs.append((key, value))
            pos = self.skip_whitespace(pos)
            if pos < len(text) and text[pos] == "}":
                return self.finish_object(pairs), pos + 1
            if pos >= len(text) or text[pos] != ",":
                raise self.error("Expecting ',' delimiter", pos)
            pos = self.skip_whitespace(pos + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def array(self, pos):
        """The array whose "[" is just before `pos`."""
        text = self.text
        values = []
        pos = self.skip_whitespace(pos)
        if pos < len(text) and text[pos] == "]":
            return values, pos + 1
        while True:
            value, pos = self.value(pos)
            values.append(value)
            pos = self.skip_whitespace(pos)
            if pos < len(text) and text[pos] == "]":
                return values, pos + 1
            if pos >= len(text) or text[pos] != ",":
                raise self.error("Expecting ',' delimiter", pos)
            pos = self.skip_whitespace(pos + 1)


class JSONDecoder:
    """Decodes JSON documents (str) into Python objects: objects to dicts,
    arrays to lists, strings, ints, floats, true/false/null, and the
    NaN/Infinity extensions. The hooks replace what each kind becomes."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python object for the whole document `s` (surrounding
        whitespace allowed, anything else after the value is an error)."""
        parser = _Parser(self, s)
        obj, end = self._decode_value(parser, parser.skip_whitespace(0))
        end = parser.skip_whitespace(end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(value, end): the value that starts at s[idx], and where it ends."""
        return self._decode_value(_Parser(self, s), idx)

    @staticmethod
    def _decode_value(parser, pos):
        try:
            return parser.value(pos)
        except _ExpectingValue as error:
            raise JSONDecodeError("Expecting value", parser.text, error.pos) from None
