class Account:
    def __init__(self):
        self._balance = 0
    def get_balance(self):
        return self._balance
    def set_balance(self, v):
        print("set", v)
        self._balance = v
    balance = property(get_balance, set_balance, None, "the balance")
    readonly = property(lambda self: "ro")
a = Account()
a.balance = 50
print(a.balance, Account.balance.__doc__, a.readonly)
class Sub(Account):
    @property
    def balance(self):
        return "overridden " + str(self._balance)
s = Sub()
s._balance = 7
print(s.balance)
try:
    s.balance = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.calls)
l.__dict__["value"] = "shadow?"
print(l.value)
