# inspect: predicates, members, source, docstrings, signatures and frames.
import functools
import inspect
import sys


def gen(a, b=2, *args, c, d=4, **kw) -> int:
    """Make things.

    Indented detail.
    """
    yield a


def plain(x, /, y, z=3):
    return x


class Base:
    """Base doc."""

    def method(self, a, b=1):
        """Method doc."""
        return a

    @classmethod
    def cm(cls, x):
        return x

    @staticmethod
    def sm(y, *, z=0):
        return y

    @property
    def prop(self):
        return 1


class Child(Base):
    def method(self, a, b=1):
        return b


class WithInit:
    def __init__(self, p, q=None, *rest):
        self.p = p


# Predicates.
assert inspect.isfunction(gen) and inspect.isgeneratorfunction(gen) and not inspect.isgeneratorfunction(plain)
assert inspect.isclass(Base) and not inspect.isclass(Base())
assert inspect.ismethod(Base().method) and not inspect.ismethod(Base.method)
assert inspect.isbuiltin(len) and inspect.isroutine(len) and inspect.isroutine(plain)
assert inspect.ismodule(sys) and inspect.isgenerator(gen(1, c=2)) and not inspect.iscoroutinefunction(gen)
assert inspect.isdatadescriptor(Base.__dict__["prop"]) and not inspect.isdatadescriptor(plain)
assert inspect.isframe(sys._getframe()) and inspect.iscode(plain.__code__)

# Members.
names = [n for n, _ in inspect.getmembers(Base, inspect.isfunction)]
assert names == ["method", "sm"], names
assert ("cm", Base.cm) in inspect.getmembers(Base, inspect.ismethod)

# Docstrings.
assert inspect.getdoc(gen) == "Make things.\n\nIndented detail."
assert inspect.getdoc(Child.method) == "Method doc."
assert inspect.cleandoc("  first\n    second\n      third\n") == "first\nsecond\n  third"

# Source.
src = inspect.getsource(plain)
assert src == "def plain(x, /, y, z=3):\n    return x\n", repr(src)
lines, start = inspect.getsourcelines(WithInit)
assert lines[0] == "class WithInit:\n" and lines[-1] == "        self.p = p\n" and start > 1
assert inspect.getfile(plain) == __file__ and inspect.getmodule(plain) is sys.modules[__name__]

# Signatures.
sig = inspect.signature(gen)
assert str(sig) == "(a, b=2, *args, c, d=4, **kw) -> int", str(sig)
assert [p.kind.name for p in sig.parameters.values()] == [
    "POSITIONAL_OR_KEYWORD", "POSITIONAL_OR_KEYWORD", "VAR_POSITIONAL", "KEYWORD_ONLY", "KEYWORD_ONLY", "VAR_KEYWORD"]
assert sig.parameters["b"].default == 2 and sig.parameters["a"].default is inspect.Parameter.empty
assert sig.return_annotation is int
assert str(inspect.signature(plain)) == "(x, /, y, z=3)"
assert str(inspect.signature(Base().method)) == "(a, b=1)"
assert str(inspect.signature(Base.cm)) == "(x)" and str(inspect.signature(Base.sm)) == "(y, *, z=0)"
assert str(inspect.signature(WithInit)) == "(p, q=None, *rest)"
assert str(inspect.signature(functools.partial(plain, 1))) == "(y, z=3)"


@functools.wraps(plain)
def wrapper(*a, **k):
    return plain(*a, **k)


assert str(inspect.signature(wrapper)) == "(x, /, y, z=3)" and inspect.unwrap(wrapper) is plain
b = sig.bind(1, 2, 3, c=5, e=6)
assert b.arguments == {"a": 1, "b": 2, "args": (3,), "c": 5, "kw": {"e": 6}}
assert b.args == (1, 2, 3) and b.kwargs == {"c": 5, "e": 6}
try:
    inspect.signature(plain).bind(x=1, y=2)
except TypeError as e:
    assert str(e) == "'x' parameter is positional only, but was passed as a keyword", e
try:
    sig.bind(1)
except TypeError as e:
    assert str(e) == "missing a required argument: 'c'", e
p = inspect.Parameter("n", inspect.Parameter.KEYWORD_ONLY, default=5, annotation=int)
assert str(p) == "n: int = 5" and repr(p) == '<Parameter "n: int = 5">'
assert str(inspect.Signature([p])) == "(*, n: int = 5)"
assert inspect.getcallargs(plain, 1, 2) == {"x": 1, "y": 2, "z": 3}
spec = inspect.getfullargspec(gen)
assert spec.args == ["a", "b"] and spec.varargs == "args" and spec.kwonlyargs == ["c", "d"] and spec.defaults == (2,)

# Classes made by dataclasses and namedtuple.
import collections
import dataclasses


@dataclasses.dataclass
class Point:
    x: int
    y: str = "a"
    z: list = dataclasses.field(default_factory=list, kw_only=True)


assert str(inspect.signature(Point)) == "(x: int, y: str = 'a', *, z: list = <factory>) -> None"
assert str(inspect.signature(collections.namedtuple("Pair", "a b"))) == "(a, b)"

# getattr_static finds the descriptor itself, without running it.
assert isinstance(inspect.getattr_static(Base(), "prop"), property)
assert inspect.getattr_static(Base, "missing", None) is None
try:
    inspect.getattr_static(Base, "missing")
except AttributeError:
    pass
else:
    raise AssertionError("missing attribute found")

# Frames.
def where():
    frame = inspect.currentframe()
    return frame.f_code.co_name, inspect.stack()[0].function, inspect.stack()[1].function


assert where() == ("where", "where", "<module>")
print("ok")
