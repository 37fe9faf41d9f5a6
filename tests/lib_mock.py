# unittest.mock: recording calls (call_args, call_args_list, mock_calls,
# method_calls with dotted and chained names), return_value and
# side_effect, the assert_called* family and its messages, MagicMock's
# magic methods, spec/spec_set (attributes, signatures, isinstance),
# patch as decorator, context manager and start/stop, patch.object,
# patch.dict, patch.multiple, create_autospec, mock_open, seal,
# PropertyMock, and one mock called from many threads.
import os
import threading
import unittest
from unittest import mock
from unittest.mock import (Mock, MagicMock, NonCallableMock, PropertyMock,
                           call, patch, ANY, DEFAULT, sentinel, create_autospec,
                           mock_open, seal)


def raises(exc, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


def message(fn, *args, **kw):
    return str(raises(AssertionError, fn, *args, **kw))


# Calls are recorded.
m = Mock()
assert not m.called and m.call_count == 0 and m.call_args is None
r = m(1, 2, a=3)
assert r is m.return_value and r is m()
m.foo.bar(4)
m.foo().baz(5)
assert m.called and m.call_count == 2
assert m.call_args == call() and m.call_args_list == [call(1, 2, a=3), call()]
assert m.call_args_list[0].args == (1, 2) and m.call_args_list[0].kwargs == {"a": 3}
assert m.mock_calls == [call(1, 2, a=3), call(), call.foo.bar(4), call.foo(), call.foo().baz(5)]
assert m.method_calls == [call.foo.bar(4), call.foo(), call.foo().baz(5)] or \
    m.method_calls == [call.foo.bar(4), call.foo()]
assert repr(m.mock_calls[2]) == "call.foo.bar(4)"
assert repr(call().bar(2)) == "call().bar(2)" and repr(call(1, x=[2])) == "call(1, x=[2])"
assert call(1, a=2) == call(1, a=ANY) and call(1) != call(2)
assert call.foo(1) == ("foo", (1,), {}) and call(1) == ((1,), {})
assert call().bar(2).call_list() == [call(), call().bar(2)]
assert "name='mock.foo.bar'" in repr(m.foo.bar)
assert "name='mock.foo().baz'" in repr(m.foo().baz)
assert repr(Mock()).startswith("<Mock id='") and "name='x'" in repr(Mock(name="x"))
assert m.foo is m.foo and m.foo is not m.bar

# Assertions and their messages.
m = Mock()
assert message(m.assert_called) == "Expected 'mock' to have been called."
assert message(m.assert_called_with, 1) == \
    "expected call not found.\nExpected: mock(1)\n  Actual: not called."
m(1, b=2)
m.assert_called()
m.assert_called_once()
m.assert_called_with(1, b=2)
m.assert_called_once_with(1, b=ANY)
m.assert_any_call(1, b=2)
assert message(m.assert_called_with, 1, b=3) == \
    "expected call not found.\nExpected: mock(1, b=3)\n  Actual: mock(1, b=2)"
assert message(m.assert_not_called) == \
    "Expected 'mock' to not have been called. Called 1 times.\nCalls: [call(1, b=2)]."
m(2)
assert message(m.assert_called_once) == \
    "Expected 'mock' to have been called once. Called 2 times.\nCalls: [call(1, b=2), call(2)]."
assert message(m.assert_called_once_with, 2) == \
    "Expected 'mock' to be called once. Called 2 times.\nCalls: [call(1, b=2), call(2)]."
assert message(m.assert_any_call, 3) == "mock(3) call not found"
m.assert_has_calls([call(1, b=2), call(2)])
m.assert_has_calls([call(2), call(1, b=2)], any_order=True)
assert message(m.assert_has_calls, [call(2), call(1, b=2)]) == \
    "Calls not found.\nExpected: [call(2), call(1, b=2)]\n  Actual: [call(1, b=2), call(2)]"
assert message(m.assert_has_calls, [call(5)], any_order=True) == \
    "'mock' does not contain all of (call(5),) in its call list, found [call(1, b=2), call(2)] instead"
named = Mock(name="fetch")
assert message(named.assert_called) == "Expected 'fetch' to have been called."
assert "is not a valid assertion" in str(raises(AttributeError, getattr, m, "assert_caled"))
m.reset_mock()
assert m.call_count == 0 and m.mock_calls == [] and not m.called

# return_value, side_effect, wraps, configure_mock.
m = Mock(return_value=sentinel.result)
assert m() is sentinel.result and repr(sentinel.result) == "sentinel.result"
assert sentinel.result is sentinel.result and DEFAULT is sentinel.DEFAULT
m = Mock(side_effect=[1, 2, KeyError("k")])
assert m() == 1 and m() == 2
raises(KeyError, m)
raises(StopIteration, m)
m = Mock(side_effect=ValueError)
raises(ValueError, m)
m = Mock(side_effect=lambda x: x * 2)
assert m(4) == 8
m = Mock(side_effect=lambda: DEFAULT, return_value=5)
assert m() == 5
w = Mock(wraps=lambda x: x + 1)
assert w(1) == 2 and w.call_args == call(1)
m = Mock(**{"method.return_value": 3, "other.side_effect": KeyError, "attr": 9})
assert m.method() == 3 and m.attr == 9
raises(KeyError, m.other)
m.configure_mock(**{"a.b.c": 4})
assert m.a.b.c == 4
del m.attr
raises(AttributeError, getattr, m, "attr")
m.attr = 1
assert m.attr == 1
parent = Mock()
child = Mock()
parent.attach_mock(child, "child")
child(1)
assert parent.mock_calls == [call.child(1)]

# MagicMock's magic methods.
mm = MagicMock()
assert len(mm) == 0 and bool(mm) and int(mm) == 1 and float(mm) == 1.0
assert (3 in mm) is False and mm == mm and not (mm != mm) and mm != 3
assert isinstance(hash(mm), int) and isinstance(str(mm), str)
mm.__len__.return_value = 7
mm.__getitem__.return_value = "x"
mm.__iter__.return_value = [1, 2]
assert len(mm) == 7 and mm[2] == "x" and list(iter(mm)) == [1, 2]
mm.__getitem__.assert_called_with(2)
with mm as entered:
    assert entered is mm.__enter__.return_value
mm.__exit__.assert_called_once_with(None, None, None)
mm.__setitem__("k", 1)
mm["k"] = 1
mm.__setitem__.assert_called_with("k", 1)
assert mm + 1 is mm.__add__.return_value
other = MagicMock()
assert len(other) == 0
mm.__str__.return_value = "magic"
assert str(mm) == "magic"
mm.__eq__.return_value = True
assert mm == 5
plain = Mock()
raises(TypeError, len, plain)
plain.__len__ = lambda self: 4
assert len(plain) == 4

# Specs.
class Foo:
    attr = 1

    def meth(self, a, b=2):
        return a

    def __len__(self):
        return 1


s = Mock(spec=Foo)
assert isinstance(s, Foo) and s.__class__ is Foo
assert "spec='Foo'" in repr(s)
assert isinstance(s.attr, Mock)
assert str(raises(AttributeError, getattr, s, "nope")) == "Mock object has no attribute 'nope'"
s.new_attr = 1
assert s.new_attr == 1
ss = Mock(spec_set=Foo)
assert str(raises(AttributeError, setattr, ss, "nope", 1)) == "Mock object has no attribute 'nope'"
ss.attr = 5
assert ss.attr == 5
Mock(spec=Foo)()
sm = MagicMock(spec=Foo)
assert len(sm) == 0
raises(TypeError, lambda: sm[0])
lm = Mock(spec=["a", "b"])
lm.a()
raises(AttributeError, getattr, lm, "c")

def func(a, b, *, c=1):
    pass

fm = Mock(spec=func)
fm(1, 2)
fm.assert_called_with(1, b=2)
fm.assert_called_with(a=1, b=2)

auto = create_autospec(Foo)
inst = auto()
inst.meth(1)
inst.meth.assert_called_with(1)
inst.meth.assert_called_with(a=1)
raises(TypeError, inst.meth)
raises(AttributeError, getattr, inst, "nothing")
assert isinstance(inst, Foo)
afunc = create_autospec(func, return_value=3)
assert afunc(1, 2, c=3) == 3
raises(TypeError, afunc, 1)
afunc.assert_called_once_with(1, 2, c=3)

# patch.
import json
orig_dumps = json.dumps
with patch("json.dumps") as fake:
    fake.return_value = "patched"
    assert json.dumps({}) == "patched" and json.dumps is fake
    assert "name='dumps'" in repr(fake)
assert json.dumps is orig_dumps
with patch("json.dumps", new=sentinel.new) as fake:
    assert fake is sentinel.new and json.dumps is sentinel.new
assert json.dumps is orig_dumps

@patch("os.getcwd", return_value="/nowhere")
@patch("os.listdir")
def decorated(extra, listdir, getcwd):
    listdir.return_value = ["a"]
    return os.getcwd(), os.listdir("."), extra, getcwd.call_count
assert decorated("x") == ("/nowhere", ["a"], "x", 1)
assert os.getcwd() != "/nowhere"

class Target:
    value = 1

    def method(self):
        return "real"

with patch.object(Target, "method", return_value="fake"):
    assert Target().method() == "fake"
assert Target().method() == "real"
with patch.object(Target, "value", 2):
    assert Target.value == 2
assert Target.value == 1 and "value" in Target.__dict__
with patch.object(Target, "missing", create=True, new=3):
    assert Target.missing == 3
assert not hasattr(Target, "missing")
raises(AttributeError, patch.object(Target, "missing").__enter__)
raises(TypeError, patch.object, "json", "dumps")
raises(TypeError, patch, "nodots")
with patch.object(Target, "method", autospec=True) as am:
    Target().method()
    raises(TypeError, Target().method, 1)
with patch("json.dumps", spec=True) as fake:
    fake({})
    assert isinstance(fake, MagicMock) and "spec='function'" in repr(fake)
    raises(AttributeError, getattr, fake, "nothing")

p = patch.object(Target, "value", 7)
assert p.start() == 7 and Target.value == 7
p.stop()
assert Target.value == 1
patch.object(Target, "value", 8).start()
patch.dict(os.environ, {"GILFREE_MOCK_TEST": "1"}).start()
assert Target.value == 8 and os.environ["GILFREE_MOCK_TEST"] == "1"
patch.stopall()
assert Target.value == 1 and "GILFREE_MOCK_TEST" not in os.environ

d = {"a": 1}
with patch.dict(d, {"b": 2}, c=3) as same:
    assert same is d and d == {"a": 1, "b": 2, "c": 3}
assert d == {"a": 1}
with patch.dict(d, clear=True):
    assert d == {}
assert d == {"a": 1}

@patch.dict(d, {"z": 26})
def with_dict():
    return dict(d)
assert with_dict() == {"a": 1, "z": 26} and d == {"a": 1}

@patch.multiple(Target, value=DEFAULT, method=DEFAULT, other=5, create=True)
def multi(value, method):
    assert Target.other == 5
    return isinstance(value, MagicMock) and Target.method is method
assert multi() and Target.value == 1

@patch.object(Target, "value", 3)
class Tests(unittest.TestCase):
    def test_value(self):
        self.assertEqual(Target.value, 3)

    def helper(self):
        return Target.value

result = unittest.TestResult()
Tests("test_value").run(result)
assert result.wasSuccessful(), result.failures
assert Tests("test_value").helper() == 1

# PropertyMock, mock_open, seal.
class WithProp:
    @property
    def size(self):
        return 1

with patch.object(WithProp, "size", new_callable=PropertyMock) as size:
    size.return_value = 10
    obj = WithProp()
    assert obj.size == 10
    obj.size = 5
    size.assert_has_calls([call(), call(5)])

opener = mock_open(read_data="line1\nline2\n")
with patch("builtins.open", opener):
    with open("anything") as fh:
        assert fh.read() == "line1\nline2\n"
    with open("again") as fh:
        assert fh.readline() == "line1\n" and list(fh) == ["line2\n"]
    with open("out", "w") as fh:
        fh.write("data")
opener.assert_called_with("out", "w")
opener.return_value.write.assert_called_once_with("data")
assert opener.call_args_list == [call("anything"), call("again"), call("out", "w")]

sealed = Mock()
sealed.method.return_value = 1
seal(sealed)
assert sealed.method() == 1
raises(AttributeError, getattr, sealed, "other")
raises(AttributeError, getattr, sealed.method, "x")

nc = NonCallableMock()
raises(TypeError, nc)
assert callable(nc.child)

# One mock called from many threads: no call is lost. CPython's mock is
# not thread-safe (call_count += 1 can lose a count at a thread switch
# under the GIL), so python3 runs this part with switches far apart; in
# gilfree the threads still run in parallel and must lose nothing.
import sys
_switch = sys.getswitchinterval()
sys.setswitchinterval(100)
shared = Mock(return_value=1)
def worker(k):
    for i in range(200):
        shared(k, i)
        shared.child.method(i)
threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert shared.call_count == 800 and len(shared.call_args_list) == 800
assert shared.child.method.call_count == 800 and len(shared.mock_calls) == 1600
assert len(shared.method_calls) == 800
# The first calls, made together, share one return value.
fresh = Mock()
seen = []
def first_call():
    seen.append(fresh())
threads = [threading.Thread(target=first_call) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert len(seen) == 8 and all(r is fresh.return_value for r in seen)
magic = MagicMock()
def use_len():
    for _ in range(50):
        len(magic)
threads = [threading.Thread(target=use_len) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert magic.__len__.call_count == 200
sys.setswitchinterval(_switch)
shared.assert_any_call(3, 199)
print("mock ok")
