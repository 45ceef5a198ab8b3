import random
random.seed(5)
a = [random.random() for _ in range(3)]
random.seed(5)
b = [random.random() for _ in range(3)]
print(a == b, a)
state = random.getstate()
x = random.randint(0, 10 ** 9)
random.setstate(state)
print(x == random.randint(0, 10 ** 9))
r = random.Random(3)
print(r.random(), r.randint(1, 6), r.choice("xyz"))
random.seed(3)
print(random.random())
for bad in [lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.sample([1, 2], 5)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
random.seed(10)
random.seed(11)
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=4))
random.seed(10 ** 30)
print(random.random())
random.seed(-5)
print(random.random())
