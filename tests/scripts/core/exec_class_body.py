# Classes made by exec'd code: __module__ comes from the exec globals'
# __name__, and class bodies nest inside exec with their own namespace.
ns = {"__name__": "virtual_module"}
exec("""
class A:
    tag = 'a'
    def who(self):
        return type(self).__qualname__

class B(A):
    tag = A.tag + 'b'
    class Inner:
        pass
""", ns)
A, B = ns["A"], ns["B"]
print(A.__module__, B.__module__, B.tag, B().who(), B.Inner.__qualname__)
print(B.Inner.__module__)
exec("class NoName:\n    pass", {})
d = {}
exec("class K:\n    exec('x = 5')\n    y = 7\n", d)
print(hasattr(d["K"], "x"), d["K"].y)
