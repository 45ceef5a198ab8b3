class Account:
    def __init__(self):
        self.__secret = 42
        self._protected = 1
        self.__dunder__ = "not mangled"
    def reveal(self):
        return self.__secret
    def __private_method(self):
        return "private"
    def call_private(self):
        return self.__private_method()
a = Account()
print(a.reveal(), a._Account__secret, a.call_private(), a._protected, a.__dunder__)
print(sorted(vars(a)))
try:
    a.__secret
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__secret = "sub secret"
    def sub_reveal(self):
        return self.__secret
s = Sub()
print(s.reveal(), s.sub_reveal(), sorted(vars(s)))
print(hasattr(Account, "_Account__private_method"))
class _Under:
    def __m(self):
        return "m"
    def call(self):
        return self.__m()
print(_Under().call(), hasattr(_Under, "_Under__m"))
