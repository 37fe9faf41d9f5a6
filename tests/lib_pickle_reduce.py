"""object.__reduce_ex__, __reduce__ and __getstate__ as CPython's: the
default reductions copy and pickle use, and a class's own __reduce__
taking precedence."""

import copy
import copyreg
import pickle


class A:
    pass


a = A()
a.x = 1
r = a.__reduce_ex__(2)
assert r[0] is copyreg.__newobj__ and r[1] == (A,) and r[2] == {"x": 1}
assert a.__reduce_ex__(1)[0] is copyreg._reconstructor
assert a.__reduce__()[0] is copyreg._reconstructor
assert a.__getstate__() == {"x": 1} and object().__getstate__() is None


class S:
    __slots__ = ("p", "q")


s = S()
s.p = 3
assert s.__getstate__() == (None, {"p": 3})


class R:
    def __reduce__(self):
        return (R, ())


assert R().__reduce_ex__(2) == (R, ())
b = pickle.loads(pickle.dumps(a))
assert b.x == 1 and copy.copy(a).x == 1 and copy.deepcopy(a).x == 1
assert pickle.loads(pickle.dumps(s)).p == 3
try:
    a.__reduce_ex__()
except TypeError:
    pass
else:
    raise AssertionError("__reduce_ex__ without a protocol")
print("reduce ok")
