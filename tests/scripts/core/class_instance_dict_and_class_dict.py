class C:
    cls_var = 1
    def method(self):
        pass
c = C()
c.inst_var = 2
print(c.__dict__, "cls_var" in c.__dict__, "method" in C.__dict__, "inst_var" in C.__dict__)
c.__dict__["direct"] = 3
print(c.direct, sorted(vars(c)))
print(type(C.__dict__).__name__, C.__dict__["cls_var"])
try:
    C.__dict__["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
setattr(C, "new", 5)
print(C.new, c.new, "new" in C.__dict__)
c.__dict__.clear()
print(vars(c), hasattr(c, "inst_var"))
c.__dict__.update({"a": 1, "b": 2})
print(c.a + c.b)
