from __future__ import annotations

x: list[int] = []
y: "already a string"


def f(a: dict[str, int], *args: tuple[int, ...], b: Callable[[int], str] = None, **kw: A | B) -> Optional[X.Y]:
    pass


class C:
    attr: -1 if a else lambda q, *r: q ** 2
    other: Literal[1, 2] = 3
    more: {k: v for k, v in d} | {1, *s} | f"x{y!r:>{w}}" | a[1:2, ::3]
