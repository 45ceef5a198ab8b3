def f(a: int, b: str = "x", *args: float, c: bool, d: int = 0, **kwargs: dict) -> None:
    pass
def g(a: "A", /, b: list[int]) -> "B":
    pass
def h() -> lambda: 0:
    pass
def i(x: (yield_ := 1)) -> tuple[int, str]:
    pass
async def j(a: int) -> int:
    return a
def k(*args: *Ts) -> tuple[*Ts]:
    pass
