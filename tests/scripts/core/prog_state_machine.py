TRANSITIONS = {
    ("idle", "coin"): "ready",
    ("ready", "push"): "vending",
    ("ready", "refund"): "idle",
    ("vending", "done"): "idle",
}
class Machine:
    def __init__(self):
        self.state = "idle"
        self.log = []
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise KeyError(f"no transition from {self.state!r} on {event!r}")
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append(f"{old} --{event}--> {self.state}")
m = Machine()
for ev in ["coin", "push", "done", "push", "coin", "refund"]:
    try:
        m.fire(ev)
    except KeyError as e:
        print("rejected:", e.args[0])
print("\n".join(m.log))
print("final:", m.state)
