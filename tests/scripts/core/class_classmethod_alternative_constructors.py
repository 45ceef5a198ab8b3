class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b
    @classmethod
    def from_hex(cls, text):
        text = text.lstrip("#")
        return cls(*(int(text[i:i + 2], 16) for i in (0, 2, 4)))
    @classmethod
    def gray(cls, level):
        return cls(level, level, level)
    def to_hex(self):
        return "#{:02x}{:02x}{:02x}".format(self.r, self.g, self.b)
    def __repr__(self):
        return f"{type(self).__name__}({self.r}, {self.g}, {self.b})"
class Shade(Color):
    pass
print(Color.from_hex("#ff8000"), Color.gray(128).to_hex(), Shade.from_hex("0a0b0c"), Shade.gray(1))
print(Color(1, 2, 3).from_hex("#000000"), Color.from_hex("#123456").to_hex())
try:
    Color.from_hex("#zz0000")
except ValueError as e:
    print(type(e).__name__, e)
