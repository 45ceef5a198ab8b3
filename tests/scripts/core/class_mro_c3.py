class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print([k.__name__ for k in A.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Z, Y): pass
print([k.__name__ for k in W.__mro__])
class K1(O): pass
class K2(O): pass
class K3(O): pass
class Z2(K1, K2, K3): pass
print([k.__name__ for k in Z2.__mro__])
