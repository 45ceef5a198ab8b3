records = [("alice", 3), ("bob", 1), ("carol", 3), ("dave", 2), ("eve", 1), ("frank", 3), ("gina", 2)]
by_score = sorted(records, key=lambda r: r[1])
print(by_score)
by_score_desc = sorted(records, key=lambda r: r[1], reverse=True)
print(by_score_desc)
# multi-pass sort: secondary key first
s = sorted(records, key=lambda r: r[0], reverse=True)
s = sorted(s, key=lambda r: r[1])
print(s)
big = [(i % 7, i) for i in range(60)]
out = sorted(big, key=lambda t: t[0])
print(all(out[i][1] < out[i + 1][1] for i in range(len(out) - 1) if out[i][0] == out[i + 1][0]))
calls = []
def key(v):
    calls.append(v)
    return -v
print(sorted([3, 1, 2], key=key), calls)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
