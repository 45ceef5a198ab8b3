class Outer:
    class Inner:
        class Deepest:
            value = 1
        def method(self):
            class Local:
                pass
            return Local
    def f(self):
        def g():
            class H:
                pass
        return g
