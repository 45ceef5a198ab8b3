x = b"bytes" "str"
