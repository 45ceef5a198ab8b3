class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __iter__(self):
        return iter(self.songs)
    def __reversed__(self):
        print("custom __reversed__")
        return reversed(self.songs)
    def __getitem__(self, i):
        return self.songs[i]
p = Playlist("a", "b", "c")
print(len(p), list(p), list(reversed(p)), p[1], p[-1], p[0:2])
print(sorted(p, reverse=True), "b" in p, list(enumerate(p)), max(p), "".join(p))
class OnlyGetitemLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
o = OnlyGetitemLen(4)
print(list(o), list(reversed(o)), sum(o), 9 in o)
