from typing import Callable, Optional, Union
Handler = Callable[[int, str], Optional[bool]]
x: Union[int, str, None] = None
y: dict[str, Callable[..., int]] = {}
z: "list[int]" = []
def f(cb: Callable[[], None] | None = None) -> list[tuple[int, ...]]:
    return []
w: int | str
v: list[int] = [i for i in range(3)]
