# concurrent.futures: ThreadPoolExecutor, Future, wait, as_completed.
import concurrent.futures as cf
from concurrent.futures import (ThreadPoolExecutor, Future, wait,
                                as_completed, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED)
import threading
import time

# Exceptions.
assert cf.TimeoutError is TimeoutError
assert issubclass(cf.CancelledError, Exception)
assert issubclass(cf.BrokenExecutor, RuntimeError)
assert issubclass(cf.InvalidStateError, Exception)

# submit / result / map, with real parallel work.
def work(n):
    s = 0
    for i in range(n):
        s += i * i
    return s

with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(work, n) for n in range(200)]
    assert [f.result() for f in fs] == [work(n) for n in range(200)]
    assert all(f.done() and not f.cancelled() and not f.running() for f in fs)
    assert list(ex.map(lambda x, y: x * y, range(10), range(10, 20))) == \
        [x * y for x, y in zip(range(10), range(10, 20))]
    assert list(ex.map(str, [])) == []
    assert ex.submit(pow, 2, 10).result(timeout=5) == 1024
    assert ex.submit(lambda *, k: k * 2, k=21).result() == 42
    assert len(ex._threads) <= 4

# Many threads bumping one counter under a lock: every call runs once.
counter = [0]
lock = threading.Lock()
def bump():
    for _ in range(100):
        with lock:
            counter[0] += 1
    return threading.current_thread().name
with ThreadPoolExecutor(8, thread_name_prefix="bumper") as ex:
    names = set(ex.map(lambda _: bump(), range(50)))
assert counter[0] == 5000
assert all(n.startswith("bumper_") for n in names), names

# Exceptions from calls.
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(lambda: 1 / 0)
    try:
        f.result()
        raise AssertionError
    except ZeroDivisionError:
        pass
    assert isinstance(f.exception(), ZeroDivisionError)
    assert "raised ZeroDivisionError" in repr(f)
    g = ex.submit(int, "7")
    assert g.result() == 7 and g.exception() is None
    assert "state=finished returned int" in repr(g)
    it = ex.map(lambda x: 10 // x, [1, 2, 0, 5])
    assert next(it) == 10 and next(it) == 5
    try:
        next(it)
        raise AssertionError
    except ZeroDivisionError:
        pass

# Timeouts.
with ThreadPoolExecutor(1) as ex:
    ev = threading.Event()
    f = ex.submit(ev.wait, 10)
    try:
        f.result(timeout=0.05)
        raise AssertionError
    except cf.TimeoutError:
        pass
    try:
        f.exception(timeout=0.01)
        raise AssertionError
    except TimeoutError:
        pass
    assert f.running()
    assert not f.cancel()          # running: cannot cancel
    queued = ex.submit(int, "1")   # waits behind f in the 1-worker pool
    assert queued.cancel() and queued.cancelled() and queued.done()
    assert queued.cancel()
    try:
        queued.result()
        raise AssertionError
    except cf.CancelledError:
        pass
    it = ex.map(time.sleep, [0.5, 0.5], timeout=0.05)
    try:
        next(it)
        raise AssertionError
    except TimeoutError:
        pass
    ev.set()
    assert f.result() is True

# Callbacks: run once, in order, with the future; at once when done.
got = []
f = Future()
assert repr(f).endswith("state=pending>")
f.add_done_callback(lambda fut: got.append(("a", fut.result())))
f.add_done_callback(lambda fut: got.append(("b", fut.result())))
assert f.set_running_or_notify_cancel()
assert f.running() and "state=running" in repr(f)
f.set_result(5)
f.add_done_callback(lambda fut: got.append(("c", fut.result())))
assert got == [("a", 5), ("b", 5), ("c", 5)]
try:
    f.set_result(6)
    raise AssertionError
except cf.InvalidStateError as e:
    assert str(e).startswith("FINISHED: <Future at ")
c = Future()
cb = []
c.add_done_callback(cb.append)
assert c.cancel() and cb == [c]
assert not c.set_running_or_notify_cancel()

# wait().
with ThreadPoolExecutor(4) as ex:
    gate = threading.Event()
    slow = ex.submit(gate.wait, 10)
    fast = ex.submit(int, "3")
    done, not_done = wait([slow, fast], return_when=FIRST_COMPLETED)
    assert fast in done and slow in not_done
    bad = ex.submit(lambda: [][1])
    done, not_done = wait([slow, bad], return_when=FIRST_EXCEPTION)
    assert done == {bad} and not_done == {slow}
    r = wait([slow, fast], timeout=0.05)
    assert r.done == {fast} and r.not_done == {slow}
    gate.set()
    done, not_done = wait([slow, fast, bad])
    assert done == {slow, fast, bad} and not not_done
    try:
        wait([fast, Future()], return_when="SOME")
        raise AssertionError
    except ValueError as e:
        assert str(e) == "Invalid return condition: 'SOME'"

# as_completed: every future once, in completion order.
with ThreadPoolExecutor(4) as ex:
    delays = [0.2, 0.0, 0.1]
    fs = {ex.submit(time.sleep, d): d for d in delays}
    order = [fs[f] for f in as_completed(list(fs) + list(fs))]
    assert sorted(order) == sorted(delays) and order[-1] == 0.2
    gate = threading.Event()
    hang = ex.submit(gate.wait, 10)
    quick = ex.submit(int, "1")
    seen = []
    try:
        for f in as_completed([hang, quick], timeout=0.1):
            seen.append(f)
        raise AssertionError
    except cf.TimeoutError as e:
        assert str(e) == "1 (of 2) futures unfinished", str(e)
    assert seen == [quick]
    gate.set()

# shutdown: no new work; cancel_futures cancels what is queued.
ex = ThreadPoolExecutor(1)
gate = threading.Event()
first = ex.submit(gate.wait, 10)
rest = [ex.submit(int, str(i)) for i in range(5)]
while not first.running():
    time.sleep(0.001)
ex.shutdown(wait=False, cancel_futures=True)
assert all(f.cancelled() for f in rest)
try:
    ex.submit(int, "1")
    raise AssertionError
except RuntimeError as e:
    assert str(e) == "cannot schedule new futures after shutdown"
gate.set()
ex.shutdown()
assert first.result() is True

try:
    ThreadPoolExecutor(0)
    raise AssertionError
except ValueError as e:
    assert str(e) == "max_workers must be greater than 0"

# An initializer runs in each worker; one that fails breaks the pool.
seen_init = []
with ThreadPoolExecutor(2, initializer=seen_init.append, initargs=(1,)) as ex:
    ex.submit(int).result()
assert seen_init and set(seen_init) == {1}

# Executors used from many threads at once.
with ThreadPoolExecutor(4) as ex:
    results = []
    rlock = threading.Lock()
    def client(k):
        out = [f.result() for f in [ex.submit(pow, k, i) for i in range(50)]]
        with rlock:
            results.append(out == [k ** i for i in range(50)])
    ts = [threading.Thread(target=client, args=(k,)) for k in range(2, 8)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert results == [True] * 6

# ProcessPoolExecutor exists and runs calls.
with cf.ProcessPoolExecutor(2) as ex:
    assert sorted(ex.map(abs, [-1, -2, 3])) == [1, 2, 3]

# An executor left running without shutdown must not hang the exit.
leftover = ThreadPoolExecutor(2)
leftover.submit(int, "1").result()
print("concurrent.futures ok")
