import random
class Mine(random.Random):
    def random(self):
        return 0.3
m = Mine(4)
print(m.random(), m.choices("abc", k=3), m.uniform(0, 10), m.randint(1, 100), m.randrange(50), m.choice("xyz"))
class Bits(random.Random):
    def getrandbits(self, k):
        return 1
b = Bits(1)
print(b.randint(1, 100), b.random() < 1)
class Counted(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def random(self):
        self.calls += 1
        return super().random()
c = Counted(9)
print(c.randint(1, 10**6), c.calls, c.sample(range(20), 3), c.calls, c.gauss(), c.calls)
print(isinstance(random.Random(), random.Random), type(random._inst).__name__)
