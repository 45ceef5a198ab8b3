class Registry:
    def __init__(self):
        self._data = {}
    def __setitem__(self, key, value):
        self._data[key.lower()] = value
    def __getitem__(self, key):
        try:
            return self._data[key.lower()]
        except KeyError:
            raise KeyError(f"no entry {key!r}") from None
    def __delitem__(self, key):
        del self._data[key.lower()]
    def __contains__(self, key):
        return key.lower() in self._data
    def __len__(self):
        return len(self._data)
    def __iter__(self):
        return iter(sorted(self._data))
    def get(self, key, default=None):
        return self[key] if key in self else default
r = Registry()
r["Alpha"] = 1
r["BETA"] = 2
r["alpha"] = 10
print(len(r), r["ALPHA"], "beta" in r, list(r), r.get("gamma", "none"))
del r["Beta"]
print(list(r), dict((k, r[k]) for k in r))
try:
    r["missing"]
except KeyError as e:
    print(type(e).__name__, e, e.__suppress_context__)
