class A(B):
    pass
class A(B, C):
    pass
class A(metaclass=M):
    pass
class A(B, metaclass=M, flag=True):
    pass
class A(*bases):
    pass
class A(**kwargs):
    pass
class A(B, *bases, metaclass=M, **kwargs):
    pass
class A(B,):
    pass
class A(Generic[T], x.y.Z):
    pass
