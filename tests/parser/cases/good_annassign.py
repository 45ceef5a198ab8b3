x: int
y: int = 1
z: list[int] = []
a.b: str = "s"
a[0]: int = 0
(c): int = 2
d: "forward" = None
e: tuple[int, ...] = ()
f: int = (yield_ := 3)
g: dict[str, list[int]]
h: int = 1, 2
i: int = *j, k
