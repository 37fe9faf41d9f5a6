"""bytearray repetition: b * n, n * b and b *= n, as for bytes."""

b = bytearray(b"ab")
assert b * 3 == bytearray(b"ababab") and 3 * b == bytearray(b"ababab")
assert type(b * 2) is bytearray
assert b * 0 == bytearray() and b * -1 == bytearray()
assert b == bytearray(b"ab")  # unchanged

alias = b
b *= 2
assert b is alias and b == bytearray(b"abab")
b *= 0
assert b == bytearray() and len(b) == 0


class B(bytearray):
    pass


r = B(b"xy") * 2
assert type(r) is bytearray and r == bytearray(b"xyxy")

try:
    bytearray(b"x") * 1.5
    raise AssertionError("no error")
except TypeError as e:
    assert str(e) == "can't multiply sequence by non-int of type 'float'", e

try:
    bytearray(b"x") * 2**62
    raise AssertionError("no error")
except MemoryError:
    pass
