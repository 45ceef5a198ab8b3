class Recorder:
    def __init__(self):
        self.data = list(range(10))
    def __getitem__(self, key):
        if isinstance(key, slice):
            print("get slice", key.start, key.stop, key.step)
            return self.data[key]
        print("get index", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
r = Recorder()
print(r[2], r[-1], r[1:4], r[::3], r[:])
r[0] = "zero"
r[1:3] = ["a", "b", "c"]
del r[5:]
del r[0]
print(r.data)
r[::2] = "XY"
print(r.data)
