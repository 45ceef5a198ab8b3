# Attribute lookup on a class: a data descriptor on the metaclass wins
# over the class's own attribute, which wins over a metaclass method;
# instances never see the metaclass.
class Meta(type):
    @property
    def kind(cls):
        return "meta property"

    def shared(cls):
        return "meta method"

    def only_meta(cls):
        return "only on meta of " + cls.__name__

    tag = "meta tag"


class C(metaclass=Meta):
    kind = "class attribute"

    def shared(self):
        return "class method"


print(C.kind, C.__dict__["kind"])
print(C.shared(C()), C().shared())
print(C.only_meta(), C.tag)
try:
    C().only_meta
except AttributeError as e:
    print("AttributeError:", e)
try:
    C().tag
except AttributeError as e:
    print("AttributeError:", e)
print("only_meta" in dir(C), "shared" in dir(C))
C.tag = "class tag"
print(C.tag, Meta.tag)
del C.tag
print(C.tag)
print(type(C).__dict__["only_meta"].__qualname__)


class Sub(C):
    pass


print(Sub.only_meta(), Sub.kind)
