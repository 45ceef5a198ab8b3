class EventBus:
    def __init__(self):
        self._handlers = {}
        self.log = []
    def on(self, event):
        def register(fn):
            self._handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(self, event, **payload):
        handlers = self._handlers.get(event, [])
        if not handlers:
            self.log.append(f"unhandled {event}")
        results = []
        for h in handlers:
            try:
                results.append(h(**payload))
            except Exception as e:
                self.log.append(f"{h.__name__} failed: {type(e).__name__}: {e}")
        return results
bus = EventBus()
@bus.on("order")
def charge(amount, **_):
    if amount <= 0:
        raise ValueError("amount must be positive")
    return f"charged {amount}"
@bus.on("order")
def notify(customer="anonymous", **_):
    return f"notified {customer}"
@bus.on("refund")
def refund(amount):
    return f"refunded {amount}"
print(bus.emit("order", amount=30, customer="ann"))
print(bus.emit("order", amount=-1))
print(bus.emit("refund", amount=5))
print(bus.emit("refund", amount=5, extra=1))
print(bus.emit("ship"))
for entry in bus.log:
    print("log:", entry)
