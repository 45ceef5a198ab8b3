# A tiny stack-language interpreter: tokenizer, parser to nested lists, evaluator.
def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()
def parse(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        expr = []
        while tokens[0] != ")":
            expr.append(parse(tokens))
        tokens.pop(0)
        return expr
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return tok
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise NameError(f"unbound symbol {name!r}")
        return self.outer.find(name)
def standard_env():
    env = Env()
    env.update({"+": lambda *a: sum(a), "-": lambda a, b: a - b, "*": lambda a, b: a * b,
                "<": lambda a, b: a < b, "=": lambda a, b: a == b, "list": lambda *a: list(a),
                "car": lambda l: l[0], "cdr": lambda l: l[1:], "len": len})
    return env
def evaluate(x, env):
    if isinstance(x, str):
        return env.find(x)[x]
    if not isinstance(x, list):
        return x
    head, *rest = x
    if head == "if":
        test, conseq, alt = rest
        return evaluate(conseq if evaluate(test, env) else alt, env)
    if head == "define":
        name, expr = rest
        env[name] = evaluate(expr, env)
        return None
    if head == "lambda":
        params, body = rest
        return lambda *args: evaluate(body, Env(params, args, env))
    proc = evaluate(head, env)
    return proc(*[evaluate(arg, env) for arg in rest])
env = standard_env()
program = [
    "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
    "(fact 20)",
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
    "(list (fib 10) (fib 15) (len (list 1 2 3)))",
    "(car (cdr (list 1.5 2.5 3.5)))",
    "(undefined 1)",
]
for line in program:
    try:
        result = evaluate(parse(tokenize(line)), env)
        if result is not None:
            print(line, "=>", result)
    except NameError as e:
        print(line, "=> error:", e)
