a = "first \
second"
b = 'no \
space'
c = """triple \
continued"""
d = b"bytes \
too"
