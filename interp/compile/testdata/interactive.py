# mode: single
x = 1; x; f(x) if x else None; y: int = 2
