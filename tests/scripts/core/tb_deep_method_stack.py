class A:
    def run(self):
        return self.step(3)
    def step(self, n):
        if n == 0:
            return {}["missing"]
        return self.step(n - 1)
A().run()
