import random
for s in [0, 1, 2**32, 2**64 + 5, -(2**70), 123456789012345678901234567890, 2.5, -7.25, "", "hello", b"bytes seed", bytearray(b"ba"), True]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(33), random.randrange(1000), random.randrange(-50, 50, 7))
random.seed(17)
print([round(random.gauss(0, 1), 10) for _ in range(5)])
print([round(random.normalvariate(5, 2), 10) for _ in range(3)], round(random.expovariate(1.5), 10))
print(round(random.triangular(0, 10, 3), 10), round(random.triangular(), 10), random.triangular(2, 2))
print(round(random.betavariate(2, 3), 10), round(random.gammavariate(0.5, 1), 10), round(random.gammavariate(3, 2), 10))
print(round(random.lognormvariate(0, 1), 10), round(random.vonmisesvariate(1, 2), 10), round(random.paretovariate(3), 10), round(random.weibullvariate(1, 2), 10))
print(random.sample(range(10**6), 8), random.sample(["a", "b", "c", "d"], 2, counts=[3, 1, 1, 5]))
print(random.choices(range(5), cum_weights=[1, 1, 2, 10, 10], k=6))
print(random.randbytes(5))
r1 = random.Random("x"); r2 = random.Random("x")
print(r1.random() == r2.random(), r1.randint(1, 10**30))
class Mine(random.Random):
    def random(self):
        return 0.5
m = Mine(4)
print(m.random(), m.choices("abc", k=3), m.uniform(0, 10))
st = random.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[2])
random.gauss()
st = random.getstate(); g = random.gauss(); random.setstate(st); print(g == random.gauss())
for bad in [lambda: random.setstate((2, (), None)), lambda: random.seed([1]), lambda: random.getrandbits(-1), lambda: random.randrange(1, 2, 0),
            lambda: random.randrange(5, 1), lambda: random.choices("ab", [1]), lambda: random.choices("ab", 3),
            lambda: random.sample({1, 2}, 1), lambda: random.choices("ab", weights=[0, 0]), lambda: random.randrange(1, 5, -1), lambda: random.randrange(2, None, 3),
            lambda: random.setstate((3, (1, 2), None)), lambda: random.choices("ab", [1, 1], cum_weights=[1, 2])]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
random.seed(8)
x = list(range(30)); random.shuffle(x); print(x)
print(random.randint(0, 1), random.getrandbits(0), random.getrandbits(32), random.getrandbits(1000) % 1000003)
