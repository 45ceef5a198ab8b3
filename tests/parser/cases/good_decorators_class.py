@dataclass
class A:
    x: int = 0
@dataclass(frozen=True)
@register
class B(A):
    pass
class C:
    @staticmethod
    def s():
        pass
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, v):
        pass
