# bytearray's repr chooses its quotes as bytes' does, but always escapes
# a single quote.
for data in [b"plain", b"a'b", b'a"b', b"a'b\"c", b"'", b'"', b"\x00\n\\\t\r\x7f\xff", b""]:
    print(repr(data), repr(bytearray(data)))
print(bytearray(b"it's"))
print([bytearray(b"'x'")])
