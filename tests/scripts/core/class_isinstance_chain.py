class A: pass
class B(A): pass
class C(B): pass
class D: pass
class E(C, D): pass
objs = [A(), B(), C(), D(), E()]
classes = [A, B, C, D, E, object]
for o in objs:
    print(type(o).__name__, "".join("1" if isinstance(o, k) else "0" for k in classes))
for k in classes:
    print(k.__name__, [s.__name__ for s in classes if issubclass(k, s)])
print(isinstance(E(), (D, int)), issubclass(E, (int, str)), issubclass(E, (A, D)))
print(type(E()) is E, type(E()) is C, type(E()) == E, E.__bases__ == (C, D))
