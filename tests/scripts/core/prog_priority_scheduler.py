class Task:
    counter = 0
    def __init__(self, name, priority, duration):
        self.name, self.priority, self.duration = name, priority, duration
        Task.counter += 1
        self.seq = Task.counter
    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)
    def __repr__(self):
        return f"{self.name}(p{self.priority})"
def schedule(tasks, slots):
    queue = sorted(tasks)
    clock = 0
    timeline = []
    while queue and clock < slots:
        task = queue.pop(0)
        run = min(task.duration, 2)
        timeline.append((clock, task.name, run))
        clock += run
        task.duration -= run
        if task.duration:
            task.priority += 1
            queue.append(task)
            queue.sort()
    return timeline, queue
tasks = [Task("build", 2, 5), Task("test", 1, 3), Task("deploy", 3, 1), Task("lint", 1, 1)]
timeline, left = schedule(tasks, 9)
for start, name, run in timeline:
    print(f"t={start:2d} {name:<7} {'*' * run}")
print("unfinished:", left)
