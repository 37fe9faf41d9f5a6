# Dicts, sets and frozensets: methods, insertion order, views, set algebra,
# hashing of keys, and errors.


def raises(exc, fn, *args):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


# Construction.
assert dict(a=1, b=2) == {"a": 1, "b": 2}
assert dict([("a", 1), ("b", 2)]) == {"a": 1, "b": 2}
assert dict({"a": 1}, b=2) == {"a": 1, "b": 2}
assert dict.fromkeys("ab", 0) == {"a": 0, "b": 0}
assert dict(zip("xy", (1, 2))) == {"x": 1, "y": 2}
assert {**{"a": 1}, "b": 2, **{"a": 3}} == {"a": 3, "b": 2}
assert {"a": 1} | {"b": 2} == {"a": 1, "b": 2}
e = raises(ValueError, dict, [(1, 2, 3)])
assert str(e) == "dictionary update sequence element #0 has length 3; 2 is required"

# Insertion order is kept; re-setting a key keeps its place; deleting and
# re-adding moves it to the end.
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
assert list(d) == ["z", "a", "m"]
d["z"] = 10
assert list(d) == ["z", "a", "m"]
del d["z"]
d["z"] = 11
assert list(d) == ["a", "m", "z"]
assert list(d.values()) == [2, 3, 11]
assert list(d.items()) == [("a", 2), ("m", 3), ("z", 11)]
assert list(reversed(d)) == ["z", "m", "a"]
assert repr(d) == "{'a': 2, 'm': 3, 'z': 11}"
assert {"a": 1, "b": 2} == {"b": 2, "a": 1}

# Methods.
d = {"a": 1}
assert d.get("a") == 1
assert d.get("b") is None
assert d.get("b", 5) == 5
assert d.setdefault("b", []) == []
d.setdefault("b", []).append(1)
assert d == {"a": 1, "b": [1]}
assert d.pop("a") == 1
assert d.pop("a", "gone") == "gone"
d.update({"c": 3}, d=4)
d.update([("e", 5)])
assert list(d) == ["b", "c", "d", "e"]
assert d.popitem() == ("e", 5)
d |= {"f": 6}
assert "f" in d and "e" not in d
c = d.copy()
c["b"].append(2)
assert d["b"] == [1, 2]
c.clear()
assert c == {} and len(d) == 4
e = raises(KeyError, lambda: d["missing"])
assert repr(e) == "KeyError('missing')"
assert str(e) == "'missing'"
e = raises(KeyError, {}.popitem)
assert str(e) == "'popitem(): dictionary is empty'"
e = raises(KeyError, {}.pop, 1)
assert str(e) == "1"
e = raises(TypeError, lambda: {[1]: 2})
assert str(e) == "unhashable type: 'list'"

# Views are live and set-like.
d = {"a": 1, "b": 2}
keys = d.keys()
items = d.items()
d["c"] = 3
assert len(keys) == 3 and ("c", 3) in items
assert keys & {"a", "x"} == {"a"}
assert keys - {"a"} == {"b", "c"}
assert keys | {"z"} == {"a", "b", "c", "z"}
assert {"b": 2}.items() <= items
assert 2 in d.values() and 9 not in d.values()
assert repr({"k": 1}.keys()) == "dict_keys(['k'])"
assert repr({"k": 1}.values()) == "dict_values([1])"
assert repr({"k": 1}.items()) == "dict_items([('k', 1)])"

def mutate_while_iterating():
    dd = {1: 1, 2: 2}
    for k in dd:
        dd[k + 10] = 0

e = raises(RuntimeError, mutate_while_iterating)
assert str(e) == "dictionary changed size during iteration"

# Keys: equal numbers are one key; tuples and frozensets are hashable.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
assert d == {1: "bool"} and type(list(d)[0]) is int
d = {(1, 2): "t", frozenset({1}): "f", None: "n"}
assert d[(1, 2)] == "t" and d[frozenset([1])] == "f" and d[None] == "n"

# A user key with __eq__ and __hash__.
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()

    def __hash__(self):
        return hash(self.k.lower())


d = {Key("Ab"): 1}
assert d[Key("aB")] == 1
assert Key("x") in {Key("X")}
assert len({Key("a"), Key("A"), Key("b")}) == 2

# Sets.
s = {3, 1, 2}
s.add(4)
s.add(1)
assert s == {1, 2, 3, 4}
s.discard(10)
s.remove(4)
e = raises(KeyError, s.remove, 4)
assert str(e) == "4"
assert sorted(s) == [1, 2, 3]
assert {1, 2} | {2, 3} == {1, 2, 3}
assert {1, 2} & {2, 3} == {2}
assert {1, 2} - {2, 3} == {1}
assert {1, 2} ^ {2, 3} == {1, 3}
assert {1, 2}.union([5], (6,)) == {1, 2, 5, 6}
assert {1, 2, 3}.intersection([2, 3, 4], {3}) == {3}
assert {1, 2}.difference([1]) == {2}
assert {1, 2}.symmetric_difference([2, 3]) == {1, 3}
assert {1} < {1, 2} and {1, 2} <= {1, 2} and not {1, 2} < {1, 2}
assert {1, 2} > {2}
assert {1, 2}.issubset([1, 2, 3]) and {1, 2}.issuperset([1])
assert {1}.isdisjoint({2}) and not {1}.isdisjoint([1])
s = {1, 2, 3}
s |= {4}
s &= {2, 3, 4, 5}
s -= {2}
s ^= {3, 9}
assert s == {4, 9}
s.update([7], [8])
s.intersection_update(range(8))
assert s == {4, 7}
s.difference_update({4})
s.symmetric_difference_update({7, 6})
assert s == {6}
assert s.pop() == 6 and s == set()
e = raises(KeyError, s.pop)
assert str(e) == "'pop from an empty set'"
assert repr(set()) == "set()"
assert repr({1}) == "{1}"
assert set("aab") == {"a", "b"}
assert len(set(range(100)) | set(range(50, 150))) == 150
assert {1, 2} == frozenset({1, 2})
assert {x % 3 for x in range(10)} == {0, 1, 2}

# Frozensets are hashable and immutable.
f = frozenset([1, 2, 2])
assert len(f) == 2
assert hash(f) == hash(frozenset([2, 1]))
assert repr(f) == "frozenset({1, 2})"
assert repr(frozenset()) == "frozenset()"
assert {f: "ok"}[frozenset({1, 2})] == "ok"
assert type(f | {3}) is frozenset
assert type({3} | f) is set
assert not hasattr(f, "add")
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
assert len(nested) == 2
e = raises(TypeError, lambda: {{1}})
assert str(e) == "unhashable type: 'set'"

# Counting and grouping idioms.
text = "the quick the lazy the end quick"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
assert counts == {"the": 3, "quick": 2, "lazy": 1, "end": 1}
assert list(counts) == ["the", "quick", "lazy", "end"]
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
assert top == [("the", 3), ("quick", 2), ("end", 1), ("lazy", 1)]
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
assert groups[3] == ["the", "the", "the", "end"]
assert max(counts, key=counts.get) == "the"
inverse = {v: k for k, v in {"a": 1, "b": 2}.items()}
assert inverse == {1: "a", 2: "b"}

print("ok")
