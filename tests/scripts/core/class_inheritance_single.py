class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, an " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f" (age {self.age})"
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.speak(), "|", a.kind())
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy("p", 2), Dog))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__)
print(Dog.speak is Animal.speak, Puppy.kind is Dog.kind)
print(issubclass(Dog, (int, Animal)), isinstance(3, (str, int)), issubclass(bool, (int,)))
try:
    issubclass(Dog(), Animal)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
