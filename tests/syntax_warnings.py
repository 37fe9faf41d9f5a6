# The compiler's SyntaxWarnings (CPython 3.11's compile-time checks):
# `is` with a literal, a call of a literal, a subscript of a literal that
# has no items or with an index of the wrong type, and an always-true
# assert. They go through the warnings module, so filters apply, and the
# "error" action turns one into a SyntaxError at its place.
import warnings

SRC = '''x = 1
if x is 1: pass
y = x is not "a"
z = 1 < x is 2
w = x is None or 5 is x
def f():
    return None()
a = [(1, 2) (3, 4)] if 0 else 0
b = [1, 2][1.5] if 0 else 0
c = "abc"["x"] if 0 else 0
d = 5[0] if 0 else 0
e = (1, 2)["a"] if 0 else 0
g = [1, 2][x] if 0 else 0
h = {1}[0] if 0 else 0
i = (lambda: 0)[0] if 0 else 0
j = f"x"(1) if 0 else 0
k = "%s"[1:2]
assert (x, "msg")
assert ()
l = [x for x in ()][None] if 0 else 0
m = (x, 1)[1.0] if 0 else 0
n = True[0] if 0 else 0
ok = x is None or x is True or x is ... or x == 1
'''

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile(SRC, "probe.py", "exec")
got = [(w.lineno, w.category.__name__, str(w.message), w.filename) for w in caught]
IS, IS_NOT = '"is" with a literal. Did you mean "=="?', '"is not" with a literal. Did you mean "!="?'
want = [
    (2, IS), (3, IS_NOT), (4, IS), (5, IS),
    (7, "'NoneType' object is not callable; perhaps you missed a comma?"),
    (8, "'tuple' object is not callable; perhaps you missed a comma?"),
    (9, "list indices must be integers or slices, not float; perhaps you missed a comma?"),
    (10, "str indices must be integers or slices, not str; perhaps you missed a comma?"),
    (11, "'int' object is not subscriptable; perhaps you missed a comma?"),
    (12, "tuple indices must be integers or slices, not str; perhaps you missed a comma?"),
    (14, "'set' object is not subscriptable; perhaps you missed a comma?"),
    (15, "'function' object is not subscriptable; perhaps you missed a comma?"),
    (16, "'str' object is not callable; perhaps you missed a comma?"),
    (18, "assertion is always true, perhaps remove parentheses?"),
    (20, "list indices must be integers or slices, not NoneType; perhaps you missed a comma?"),
    (21, "tuple indices must be integers or slices, not float; perhaps you missed a comma?"),
    (22, "'bool' object is not subscriptable; perhaps you missed a comma?"),
]
assert [(line, "SyntaxWarning", msg, "probe.py") for line, msg in want] == got, got

# The "error" action makes the first one a SyntaxError at its line.
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("x = 1\ny = x is 2\n", "f.py", "exec")
    except SyntaxError as e:
        assert (e.msg, e.lineno, e.filename, e.offset) == (IS, 2, "f.py", 5), (e.msg, e.lineno, e.filename, e.offset)
    else:
        raise AssertionError("no SyntaxError")

# "ignore" silences them; exec and eval compile with the same checks.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    exec("q = 2 is 2")
    assert caught == []
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    assert eval("() is ()") in (True, False)
    assert [str(w.message) for w in caught] == [IS], caught
print("ok")
