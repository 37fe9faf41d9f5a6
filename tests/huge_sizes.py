"""Results too large to build raise MemoryError (or OverflowError, as
CPython's expandtabs does) instead of crashing the runtime."""


def error_of(f):
    try:
        f()
    except (MemoryError, OverflowError) as e:
        return type(e).__name__
    return None


HUGE = 2**62
cases = [
    (lambda: "x" * HUGE, "MemoryError"),
    (lambda: "ab" * (HUGE // 2), "MemoryError"),
    (lambda: b"x" * HUGE, "MemoryError"),
    (lambda: [1] * HUGE, "MemoryError"),
    (lambda: (1,) * HUGE, "MemoryError"),
    (lambda: "x".ljust(HUGE), "MemoryError"),
    (lambda: "x".rjust(HUGE), "MemoryError"),
    (lambda: "x".center(HUGE), "MemoryError"),
    (lambda: "x".zfill(HUGE), "MemoryError"),
    (lambda: b"x".ljust(HUGE), "MemoryError"),
    (lambda: b"x".zfill(HUGE), "MemoryError"),
    (lambda: "{:>{}}".format("x", HUGE), "MemoryError"),
    (lambda: format(5, str(HUGE)), "MemoryError"),
    (lambda: "a\tb".expandtabs(HUGE), "OverflowError"),
    (lambda: b"a\tb".expandtabs(HUGE), "OverflowError"),
]
for f, want in cases:
    got = error_of(f)
    assert got == want, (got, want)

# Ordinary sizes still work.
assert "x" * 3 == "xxx" and b"ab" * 2 == b"abab"
assert "ab".center(7, "*") == "***ab**"
assert b"5".zfill(4) == b"0005" and "-5".zfill(4) == "-005"
assert "{:>5}".format("x") == "    x"
assert "a\tb".expandtabs(4) == "a   b"

# A count too large to allocate is a MemoryError, not a crash.
for make in (bytes, bytearray):
    try:
        make(2**62)
    except MemoryError:
        pass
    else:
        raise AssertionError(make)

# Lists and tuples too long for memory: MemoryError before the first item.
for src in ("list(range(2**40))", "tuple(range(2**40))", "sorted(range(2**40))", "[*range(2**40)]",
            "[0] * 2**35", "(1,) * 2**35", "x = [1]; x *= 2**36"):
    try:
        exec(src, {})
    except MemoryError:
        pass
    else:
        raise AssertionError(src)
