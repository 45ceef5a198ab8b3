class Team:
    members = []
    tags = set()
    def add(self, name):
        self.members.append(name)
        self.tags.add(name[0])
t1, t2 = Team(), Team()
t1.add("ann")
t2.add("bob")
print(t1.members, t2.members, Team.members, sorted(Team.tags))
class FixedTeam:
    def __init__(self):
        self.members = []
    def add(self, name):
        self.members.append(name)
f1, f2 = FixedTeam(), FixedTeam()
f1.add("ann")
print(f1.members, f2.members)
class Counter:
    n = 0
    def inc(self):
        self.n += 1
        return self.n
c1, c2 = Counter(), Counter()
print(c1.inc(), c1.inc(), c2.inc(), Counter.n, c1.n, vars(c1))
