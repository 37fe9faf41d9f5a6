# operator: every function, the in-place forms, itemgetter, attrgetter,
# methodcaller, length_hint.
import operator
from operator import attrgetter, itemgetter, methodcaller


def raises(exc, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


assert operator.add(2, 3) == 5 and operator.sub(2, 3) == -1 and operator.mul(4, 5) == 20
assert operator.truediv(7, 2) == 3.5 and operator.floordiv(7, 2) == 3 and operator.mod(-7, 3) == 2
assert operator.pow(2, 10) == 1024 and operator.neg(5) == -5 and operator.pos(-5) == -5
assert operator.abs(-3) == 3 and operator.inv(5) == -6 and operator.invert(0) == -1
assert operator.lshift(1, 4) == 16 and operator.rshift(16, 2) == 4
assert operator.and_(12, 10) == 8 and operator.or_(12, 10) == 14 and operator.xor(12, 10) == 6
assert operator.and_({1, 2}, {2, 3}) == {2}
assert operator.lt(1, 2) and operator.le(2, 2) and operator.eq(3, 3) and operator.ne(3, 4)
assert operator.gt(5, 4) and operator.ge(4, 4) and not operator.lt(2, 1)
assert operator.not_(0) is True and operator.truth([1]) is True and operator.truth("") is False
assert operator.is_(None, None) and operator.is_not(1, None)
assert operator.contains([1, 2], 2) and not operator.contains("abc", "d")
assert operator.concat([1], [2]) == [1, 2] and operator.concat("a", "b") == "ab"
assert raises(TypeError, operator.concat, 1, 2) == "'int' object can't be concatenated"
assert operator.countOf([1, 2, 1, 1], 1) == 3 and operator.indexOf("abc", "c") == 2
assert raises(ValueError, operator.indexOf, [1], 5) == "sequence.index(x): x not in sequence"
assert operator.index(7) == 7
assert raises(TypeError, operator.index, 1.5) == "'float' object cannot be interpreted as an integer"
assert operator.lt("a", "b") and operator.eq([1], [1])

seq = [1, 2, 3]
operator.setitem(seq, 0, 9)
assert operator.getitem(seq, 0) == 9 and operator.getitem(seq, slice(1, None)) == [2, 3]
operator.delitem(seq, 1)
assert seq == [9, 3]
d = {}
operator.setitem(d, "k", "v")
assert operator.getitem(d, "k") == "v"
assert raises(KeyError, operator.getitem, d, "missing") == "'missing'"

# In-place operators mutate mutable objects and rebind immutable ones.
lst = [1]
assert operator.iadd(lst, [2]) is lst and lst == [1, 2]
assert operator.iconcat(lst, [3]) is lst and lst == [1, 2, 3]
assert operator.imul(lst, 2) is lst and len(lst) == 6
s = {1, 2}
assert operator.iand(s, {2}) is s and s == {2}
assert operator.ior(s, {5}) is s and s == {2, 5}
assert operator.ixor(s, {5}) is s and s == {2}
assert operator.isub(s, {2}) is s and s == set()
assert operator.iadd(1, 2) == 3 and operator.isub(5, 2) == 3 and operator.imul(3, 3) == 9
assert operator.itruediv(1, 4) == 0.25 and operator.ifloordiv(9, 4) == 2 and operator.imod(9, 4) == 1
assert operator.ipow(3, 3) == 27 and operator.ilshift(1, 3) == 8 and operator.irshift(8, 3) == 1
assert operator.iand(6, 3) == 2 and operator.ior(6, 3) == 7 and operator.ixor(6, 3) == 5


class Acc:
    def __init__(self):
        self.v = 0

    def __iadd__(self, other):
        self.v += other
        return self

    def __matmul__(self, other):
        return ("matmul", other)

    def __imatmul__(self, other):
        return ("imatmul", other)


a = Acc()
assert operator.iadd(a, 5) is a and a.v == 5
assert operator.matmul(a, 1) == ("matmul", 1) and operator.imatmul(a, 2) == ("imatmul", 2)
assert raises(TypeError, operator.add, 1, "a") == "unsupported operand type(s) for +: 'int' and 'str'"

# Dunder aliases.
assert operator.__add__ is operator.add and operator.__lt__(1, 2) and operator.__not__(1) is False
assert operator.__iadd__ is operator.iadd and operator.__getitem__("ab", 1) == "b"

# itemgetter
assert itemgetter(1)("abc") == "b"
assert itemgetter(0, 2)("abc") == ("a", "c")
assert itemgetter("k")({"k": 1}) == 1
assert itemgetter(slice(1, 3))([0, 1, 2, 3]) == [1, 2]
rows = [("b", 2), ("a", 3), ("c", 1)]
assert sorted(rows, key=itemgetter(1)) == [("c", 1), ("b", 2), ("a", 3)]
assert sorted(rows, key=itemgetter(0)) == [("a", 3), ("b", 2), ("c", 1)]
assert list(map(itemgetter(0), rows)) == ["b", "a", "c"]
assert repr(itemgetter(1, "a")) == "operator.itemgetter(1, 'a')"
assert raises(TypeError, itemgetter) == "itemgetter expected 1 argument, got 0"
assert raises(TypeError, itemgetter(1)) == "itemgetter expected 1 argument, got 0"
assert raises(IndexError, itemgetter(5), [1]) == "list index out of range"


# attrgetter
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


n = Node("root", Node("leaf"))
assert attrgetter("name")(n) == "root"
assert attrgetter("child.name")(n) == "leaf"
assert attrgetter("name", "child.name")(n) == ("root", "leaf")
assert sorted([Node("b"), Node("a")], key=attrgetter("name"))[0].name == "a"
assert repr(attrgetter("a.b", "c")) == "operator.attrgetter('a.b', 'c')"
assert raises(TypeError, attrgetter, 1) == "attribute name must be a string"
assert raises(AttributeError, attrgetter("nope"), n) == "'Node' object has no attribute 'nope'"
assert attrgetter("real")(3) == 3

# methodcaller
assert methodcaller("upper")("abc") == "ABC"
assert methodcaller("split", ",")("a,b") == ["a", "b"]
assert methodcaller("split", ",", maxsplit=1)("a,b,c") == ["a", "b,c"]
assert methodcaller("get", "x", 0)({}) == 0
assert repr(methodcaller("split", ",", maxsplit=1)) == "operator.methodcaller('split', ',', maxsplit=1)"
assert raises(TypeError, methodcaller) == "methodcaller needs at least one argument, the method name"
assert raises(TypeError, methodcaller, 1) == "method name must be a string"

# length_hint
assert operator.length_hint([1, 2, 3]) == 3
assert operator.length_hint(iter([1, 2, 3])) == 3
assert operator.length_hint(iter(range(10))) == 10
assert operator.length_hint(5, 7) == 7


class Hint:
    def __length_hint__(self):
        return 4


class BadHint:
    def __length_hint__(self):
        return -1


class NoHint:
    def __length_hint__(self):
        return NotImplemented


assert operator.length_hint(Hint()) == 4 and operator.length_hint(NoHint(), 9) == 9
assert raises(ValueError, operator.length_hint, BadHint()) == "__length_hint__() should return >= 0"

print(sorted([(1, "b"), (0, "c"), (1, "a")], key=itemgetter(0, 1)))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), operator.truth(()))
print("ok")
