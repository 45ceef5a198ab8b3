class Base:
    def __init__(self):
        self.log = ["Base"]
    def greet(self, who="x"):
        return f"Base.greet({who})"
    @classmethod
    def make(cls):
        return f"Base.make for {cls.__name__}"
    @staticmethod
    def util():
        return "Base.util"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
    def greet(self, who="y"):
        return "Mid>" + super(Mid, self).greet(who)
    @classmethod
    def make(cls):
        return "Mid>" + super().make()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append("Leaf")
    def greet(self, who="z"):
        return "Leaf>" + super().greet(who) + "|" + super(Mid, self).greet("skip")
    def util_via_super(self):
        return super().util()
leaf = Leaf()
print(leaf.log, leaf.greet(), Leaf.make(), leaf.util_via_super())
print(super(Leaf, leaf).greet("direct"), super(Mid, Leaf).make())
s = super(Leaf, leaf)
print(type(s).__name__, s.greet("via proxy"))
def outside(self):
    return super(Leaf, self).greet("outside")
print(outside(leaf))
class NoArgs:
    def m(self):
        def inner():
            return "no super here"
        return inner()
print(NoArgs().m())
try:
    super(Leaf, Base())
except TypeError as e:
    print(type(e).__name__, e)
