# A recursive-descent parser and evaluator for arithmetic with variables.
class ParseError(Exception):
    pass
def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(("num", float(text[i:j]) if "." in text[i:j] else int(text[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif ch in "+-*/()=^%":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens, env):
        self.tokens, self.pos, self.env = tokens, 0, env
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def statement(self):
        if len(self.tokens) > 1 and self.tokens[0][0] == "name" and self.tokens[1] == ("op", "="):
            name = self.take()[1]
            self.take()
            value = self.expr()
            self.env[name] = value
            return value
        return self.expr()
    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            value = value + self.term() if op == "+" else value - self.term()
        return value
    def term(self):
        value = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value
    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        kind, val = self.take()
        if kind == "num":
            return val
        if kind == "name":
            if val not in self.env:
                raise NameError(f"undefined variable {val!r}")
            return self.env[val]
        if (kind, val) == ("op", "("):
            v = self.expr()
            if self.take() != ("op", ")"):
                raise ParseError("expected ')'")
            return v
        raise ParseError(f"unexpected token {val!r}")
env = {}
for line in ["x = 3", "y = x ^ 2 ^ 2 - 1", "(x + y) * 2 / 4", "-x - -y", "10 % 4 + 2.5", "z + 1", "2 * (3 + 4",
             "4 $ 4", "x = x * 10", "x / 0"]:
    try:
        print(f"{line:20} -> {Parser(tokenize(line), env).statement()}")
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{line:20} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
