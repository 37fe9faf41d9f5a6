# Ranges whose bounds pass 2**63: slicing, index, equality, hashing,
# reversal and the start/stop/step attributes work on big ints as on
# small ones (they overflowed, or answered wrongly).
big = range(10**20)
assert big[::2] == range(0, 10**20, 2) and repr(big[::2]) == "range(0, 100000000000000000000, 2)"
assert big[10**19] == 10**19 and big[-1] == 10**20 - 1
assert big.index(5) == 5 and big.index(10**19 + 3) == 10**19 + 3
assert (10**19 in big) and (-1 not in big) and big.count(7) == 1
try:
    big.index(10**20)
except ValueError as e:
    assert str(e) == "100000000000000000000 is not in range"
else:
    raise AssertionError("index past the end")
assert big != range(10**21) and big == range(0, 10**20, 1) and hash(big) == hash(range(0, 10**20))
assert range(0, 10**20, 10**20) == range(0, 1, 5)  # one item each
assert big[10**19:10**19 + 3] == range(10**19, 10**19 + 3) and list(big[10**19:10**19 + 3]) == [10**19, 10**19 + 1, 10**19 + 2]
assert repr(big[::-1]) == "range(99999999999999999999, -1, -1)"
assert next(reversed(big)) == 10**20 - 1
assert list(reversed(range(2**63, 2**63 + 3))) == [2**63 + 2, 2**63 + 1, 2**63]
r = range(-2**64, 2**64, 2**62)
assert (r.start, r.stop, r.step) == (-2**64, 2**64, 2**62)
assert repr(r[1:3]) == "range(-13835058055282163712, -4611686018427387904, 4611686018427387904)"
# Small ranges whose slices' bounds would overflow an int64.
assert range(0, 2**63 - 1, 2**62)[::-1] == range(2**62, -2**62, -2**62)
# Values that are not ints are looked for by equality, as in any sequence.
assert range(5).index(2.0) == 2 and range(5).count(3.0) == 1 and 4.0 in range(5)
print("ok")
