# Set membership, add and discard by value: identical members, equal strs
# and ints that are different objects, big ints, mixed numeric types (1,
# 1.0, True are one member) and user objects whose __eq__ decides.

word = "".join(["que", "ens"])
s = {"queens", 10**20, 7}
literal = "queens"
assert word in s and word is not literal
assert 10**20 + 0 in s and (10**20 + 1) - 1 in s
assert 7 in s and 7.0 in s and 8 not in s
s.add("".join(["que", "ens"]))
assert len(s) == 3
assert s.discard("".join(["q", "ueens"])) is None and "queens" not in s
s.discard(10**20)
assert s == {7}

mixed = {1}
assert True in mixed and 1.0 in mixed
mixed.add(True)
mixed.add(1.0)
assert len(mixed) == 1 and list(mixed) == [1] and type(list(mixed)[0]) is int
mixed.discard(True)
assert not mixed

big = {2**64, -(2**64)}
assert 2**64 in big and -(2**64) in big and 2**63 not in big
big.remove(2**64)
assert big == {-(2**64)}


class Key:
    """Equal to ints with the same value, with the same hash."""

    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        Key.calls += 1
        return self.v == (other.v if isinstance(other, Key) else other)


keyed = {Key(3), Key(4)}
assert 3 in keyed and Key(4) in keyed and 5 not in keyed
assert Key.calls >= 2
keyed.add(3)
assert len(keyed) == 2
keyed.discard(4)
assert len(keyed) == 1 and 4 not in keyed

ints = {3}
assert Key(3) in ints
ints.add(Key(3))
assert len(ints) == 1
ints.discard(Key(3))
assert not ints

# Members passing in and out many times stay findable.
used = set()
for round_ in range(50):
    for v in range(-12, 13):
        used.add(v)
    for v in range(-12, 13, 2):
        used.remove(v)
    assert all(v in used for v in range(-11, 13, 2))
    assert not any(v in used for v in range(-12, 13, 2))
    used.clear()
print("ok")
