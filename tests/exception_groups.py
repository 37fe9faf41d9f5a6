# Exception groups (PEP 654): construction, split/subgroup/derive, and
# except* with everything it does to what it catches and re-raises.
import sys


def err(f):
    try:
        f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return None


# Construction.
eg = ExceptionGroup("grp", [ValueError("a"), TypeError("b")])
assert str(eg) == "grp (2 sub-exceptions)" and repr(eg) == "ExceptionGroup('grp', [ValueError('a'), TypeError('b')])"
assert eg.message == "grp" and isinstance(eg.exceptions, tuple) and len(eg.exceptions) == 2
assert str(ExceptionGroup("one", [KeyError(1)])) == "one (1 sub-exception)"
assert type(BaseExceptionGroup("x", [ValueError()])) is ExceptionGroup
assert type(BaseExceptionGroup("x", [KeyboardInterrupt()])) is BaseExceptionGroup
assert isinstance(eg, Exception) and isinstance(eg, BaseExceptionGroup)
assert err(lambda: ExceptionGroup("x", [KeyboardInterrupt()])) == "TypeError: Cannot nest BaseExceptions in an ExceptionGroup"
assert err(lambda: ExceptionGroup("x", [])) == "ValueError: second argument (exceptions) must be a non-empty sequence"
assert err(lambda: ExceptionGroup("x", 5)) == "TypeError: second argument (exceptions) must be a sequence"
assert err(lambda: ExceptionGroup("x", [1])) == "ValueError: Item 0 of second argument (exceptions) is not an exception"
assert err(lambda: ExceptionGroup(1, [ValueError()])) == "TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int"
assert err(lambda: ExceptionGroup("x")) == "TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)"

# split and subgroup keep the nesting and the metadata.
inner = ExceptionGroup("inner", [ValueError(1), KeyError(2)])
outer = ExceptionGroup("outer", [inner, TypeError(3), ValueError(4)])
outer.add_note("a note")
try:
    raise outer from OSError("cause")
except ExceptionGroup as e:
    caught = e
match, rest = caught.split(ValueError)
assert repr(match) == "ExceptionGroup('outer', [ExceptionGroup('inner', [ValueError(1)]), ValueError(4)])", repr(match)
assert repr(rest) == "ExceptionGroup('outer', [ExceptionGroup('inner', [KeyError(2)]), TypeError(3)])", repr(rest)
assert match.__traceback__ is caught.__traceback__ and match.__cause__ is caught.__cause__
assert match.__notes__ == ["a note"] and match.__notes__ is not caught.__notes__
assert caught.split(Exception) == (caught, None)
none, whole = caught.split(OSError)
assert none is None and whole is not caught and repr(whole) == repr(caught)
assert repr(caught.subgroup((KeyError, TypeError))) == "ExceptionGroup('outer', [ExceptionGroup('inner', [KeyError(2)]), TypeError(3)])"
assert repr(caught.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)) == "ExceptionGroup('outer', [ValueError(4)])"
assert caught.subgroup(lambda e: e is caught) is caught and caught.subgroup(OSError) is None
assert err(lambda: caught.split(1)) == "TypeError: expected a function, exception type or tuple of exception types"


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        g = MyGroup(self.message, excs)
        g.extra = "derived"
        return g


m, r = MyGroup("mine", [ValueError(), KeyError()]).split(ValueError)
assert type(m) is MyGroup and m.extra == "derived" and type(r) is MyGroup

# except*: each clause sees its part; the handled exception is the part.
log = []
try:
    try:
        raise ExceptionGroup("g", [ValueError("v1"), TypeError("t"), ValueError("v2"), KeyError("k")])
    except* ValueError as e:
        log.append(("V", [str(x) for x in e.exceptions], sys.exc_info()[1] is e))
    except* TypeError as e:
        log.append(("T", [str(x) for x in e.exceptions]))
except ExceptionGroup as left:
    log.append(("left", repr(left)))
assert log == [("V", ["v1", "v2"], True), ("T", ["t"]), ("left", "ExceptionGroup('g', [KeyError('k')])")], log

# A naked exception is wrapped for the handler and not re-raised.
try:
    raise ValueError("naked")
except* ValueError as e:
    assert type(e) is ExceptionGroup and repr(e.exceptions) == "(ValueError('naked'),)" and e.message == ""

# A bare raise re-raises the part, in the original's structure; a new
# exception joins what is left in a new group.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    assert repr(e) == "ExceptionGroup('g', [ValueError(1), TypeError(2)])", repr(e)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    assert repr(e) == "ExceptionGroup('', [KeyError('new'), ExceptionGroup('g', [TypeError(2)])])", repr(e)
    assert type(e.exceptions[0].__context__) is ExceptionGroup
try:
    try:
        raise ValueError("solo")
    except* ValueError:
        raise KeyError("replaced")
except KeyError as e:
    assert str(e) == "'replaced'" and type(e.__context__) is ExceptionGroup

# Nothing left: no exception at all.
done = False
try:
    raise ExceptionGroup("g", [ValueError(), TypeError()])
except* (ValueError, TypeError):
    done = True
assert done

# except* of an exception group type is refused.
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    assert str(e) == "catching ExceptionGroup with except* is not allowed. Use except instead.", e
print("ok")
