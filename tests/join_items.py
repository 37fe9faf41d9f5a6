# str.join over lists and tuples (a direct path over the items) against
# the general iteration path and CPython: sizes, characters beyond ASCII,
# str subclasses, the error for a non-str item, and empty inputs.


class Tagged(str):
    def __str__(self):
        return "ignored"


cases = [
    [], (), ["solo"], ("solo",), ["a", "b", "c"], ("x", "", "y", ""),
    ["é", "日本", "\U0001F600"], [Tagged("sub"), "plain"], [""] * 5,
]
for seq in cases:
    for sep in ("", " ", ", ", "—"):
        got = sep.join(seq)
        want = sep.join(iter(seq))
        assert got == want, (seq, sep, got, want)
        assert len(got) == len(want)
        assert type(got) is str
assert "-".join(["é", "日本"]) == "é-日本" and len("-".join(["é", "日本"])) == 4
assert ", ".join(("a",) * 3) == "a, a, a"
big = [str(i) for i in range(1000)]
assert "".join(big) == "".join(iter(big)) and len(" ".join(big)) == sum(map(len, big)) + 999

for bad, index, name in ((["a", 1], 1, "int"), (("a", "b", None), 2, "NoneType"), ([b"x"], 0, "bytes")):
    try:
        " ".join(bad)
    except TypeError as exc:
        assert str(exc) == f"sequence item {index}: expected str instance, {name} found", exc
    else:
        raise AssertionError("joined a non-str item")
print("ok")
