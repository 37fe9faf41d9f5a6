"""Slicing a bytearray whose slice bound's __index__ changes it: the bounds
are converted first and then clamped to the bytearray's length at that
point (gilfree used to recompute until the length held still, which never
ended for an __index__ that grows it)."""

ba = bytearray(b"abcdef")


class Grow:
    def __index__(self):
        ba.append(0x7A)
        return 1


assert ba[Grow():] == bytearray(b"bcdefz")
assert len(ba) == 7

ba[Grow():3] = b"XY"
assert ba.startswith(b"aXYdefz"), ba

# Ordinary slices are unchanged.
ba = bytearray(b"0123456789")
assert ba[2:8:2] == bytearray(b"246")
ba[::3] = b"abcd"
assert ba == bytearray(b"a12b45c78d")
del ba[1::2]
assert ba == bytearray(b"a24c8"), ba
