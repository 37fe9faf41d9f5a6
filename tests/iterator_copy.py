# copy.copy and copy.deepcopy of sequence iterators go through their
# __reduce__ and __setstate__, as CPython's do (they raised TypeError).
import copy
it = iter([1, 2, 3, 4]); next(it)
c = copy.copy(it)
assert list(c) == [2, 3, 4] and list(it) == [2, 3, 4]
assert it.__reduce__() == (iter, ([],))
t = iter((5, 6, 7)); next(t)
assert list(copy.deepcopy(t)) == [6, 7] and t.__reduce__() == (iter, ((5, 6, 7),), 1)
r = reversed([1, 2, 3]); next(r)
assert r.__reduce__() == (reversed, ([1, 2, 3],), 1) and list(copy.copy(r)) == [2, 1]
l = [9, 8, 7]
i = iter(l)
i.__setstate__(2)
assert list(i) == [7]
i = iter(l); i.__setstate__(99); assert list(i) == []
i = iter(l); i.__setstate__(-5); assert list(i) == [9, 8, 7]
class S:
    def __getitem__(self, k):
        if k < 3: return k * 10
        raise IndexError
g = iter(S()); next(g)
assert list(copy.copy(g)) == [10, 20]
print("ok")
