e = ValueError("a", 1, [2])
print(e.args, len(e.args), e.args[2], str(e), repr(e))
e.args = ("replaced",)
print(e, repr(e))
e.custom = "attribute"
print(e.custom, hasattr(e, "custom"), sorted(k for k in vars(e)))
class Rich(Exception):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail
        super().__init__(code, detail)
    def __str__(self):
        return f"[{self.code}] {self.detail}"
r = Rich(404, "not found")
print(r, repr(r), r.args, r.code)
try:
    raise r
except Rich as caught:
    print(caught is r, caught.detail)
print(Exception(*range(3)).args, BaseException().args, str(BaseException("x")))
