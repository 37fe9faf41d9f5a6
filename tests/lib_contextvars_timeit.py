# contextvars (per-thread contexts, run, tokens) and timeit.
import contextvars
import threading
import time
import timeit
from contextvars import Context, ContextVar, copy_context

v = ContextVar("v", default=1)
w = ContextVar("w")
assert v.name == "v" and v.get() == 1 and w.get(5) == 5
assert repr(v).startswith("<ContextVar name='v' default=1 at 0x")
try:
    w.get()
    raise AssertionError
except LookupError as e:
    assert e.args[0] is w
t = v.set(2)
assert v.get() == 2 and t.var is v and t.old_value is contextvars.Token.MISSING
assert repr(contextvars.Token.MISSING) == "<Token.MISSING>"
ctx = copy_context()

def inside(x):
    v.set(x)
    w.set("in")
    return v.get(), w.get()
assert ctx.run(inside, 10) == (10, "in")
assert v.get() == 2 and w.get(None) is None          # outside: unchanged
assert ctx[v] == 10 and ctx.get(w) == "in" and w in ctx and len(ctx) == 2
assert sorted(k.name for k in ctx) == ["v", "w"] and set(ctx.values()) == {10, "in"}
v.reset(t)
assert v.get() == 1
for fn, exc, msg in [
        (lambda: v.reset(t), RuntimeError, "has already been used once"),
        (lambda: v.reset(w.set(3)), ValueError, "was created by a different ContextVar"),
        (lambda: ctx.run(lambda: w.reset(w.set(4)) or v.reset(v.set(5)) or
                         ctx2.run(lambda: None)), None, None),
        (lambda: ctx.run(lambda: ctx.run(print)), RuntimeError, "cannot enter context: <_contextvars.Context object at"),
        (lambda: ctx["x"], TypeError, "a ContextVar key was expected, got 'x'")]:
    ctx2 = Context()
    if exc is None:
        fn()
        continue
    try:
        fn()
        raise AssertionError(msg)
    except exc as e:
        assert msg in str(e), str(e)
tok = w.set(9)
try:
    ctx.run(w.reset, tok)
    raise AssertionError
except ValueError as e:
    assert "was created in a different Context" in str(e)
try:
    class Sub(ContextVar):
        pass
    raise AssertionError
except TypeError as e:
    assert str(e) == "type '_contextvars.ContextVar' is not an acceptable base type"
assert Context() == Context() and len(Context()) == 0

# Each thread has its own context, starting empty.
v.set(100)
seen = {}
lock = threading.Lock()
def worker(n):
    start = v.get()
    v.set(n)
    for _ in range(200):
        assert v.get() == n
        time.sleep(0)
    with lock:
        seen[n] = (start, w.get("none"), v.get())
ts = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for th in ts:
    th.start()
for th in ts:
    th.join()
assert seen == {i: (1, "none", i) for i in range(6)}, seen
assert v.get() == 100
# One context copied into many threads: each run sees the copy.
base = copy_context()
out = []
def run_in(ctx, n):
    out.append(ctx.run(lambda: (v.get(), v.set(n) and v.get())[0]))
ts = [threading.Thread(target=run_in, args=(base.copy(), i)) for i in range(4)]
for th in ts:
    th.start()
for th in ts:
    th.join()
assert out == [100] * 4 and base[v] == 100

# timeit
n = timeit.timeit("x = sum(range(10))", number=1000)
assert isinstance(n, float) and n > 0
assert len(timeit.repeat("pass", repeat=3, number=10)) == 3
calls = []
t = timeit.Timer(lambda: calls.append(1), setup=lambda: calls.append(0))
t.timeit(5)
assert calls == [0, 1, 1, 1, 1, 1]
t = timeit.Timer("y = x * 2", setup="x = 21")
assert t.timeit(3) >= 0
g = {"value": 7}
timeit.timeit("value + 1", globals=g, number=3)
number, taken = timeit.Timer("pass").autorange()
assert taken >= 0.2 and number in (1, 2, 5) or number % 10 == 0
ticks = iter(range(100))
assert timeit.Timer("pass", timer=lambda: next(ticks)).timeit(10) == 1
assert timeit.default_timer is time.perf_counter
for stmt, setup, exc in [("x = (", "pass", SyntaxError), ("pass", "y = )", SyntaxError),
                         (5, "pass", ValueError), ("pass", None, ValueError)]:
    try:
        timeit.Timer(stmt, setup)
        raise AssertionError
    except exc:
        pass
try:
    timeit.Timer("pass", setup=5)
except ValueError as e:
    assert str(e) == "setup is neither a string nor callable"
try:
    timeit.Timer("undefined_name").timeit(1)
    raise AssertionError
except NameError:
    pass
print("contextvars timeit ok")
