# graphlib (TopologicalSorter: static_order, the get_ready/done protocol,
# CycleError with the cycle CPython reports, misuse errors) and sched
# (enter/enterabs ordering by time, priority and entry, cancel, queue,
# run with and without blocking, a fake clock, entering from threads).
import graphlib
import hashlib
import random
import sched
import threading
import time
from graphlib import TopologicalSorter, CycleError


def raises(exc, fn, *args):
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
order = list(TopologicalSorter(graph).static_order())
assert order[0] == "A" and order[-1] == "D" and set(order[1:3]) == {"B", "C"}
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
assert list(ts.static_order()) == [2, 0, 1, 3]
assert list(TopologicalSorter({1: [2, 3], 2: [3], 3: []}).static_order()) == [3, 2, 1]
assert list(TopologicalSorter().static_order()) == []
assert list(TopologicalSorter({"a": []}).static_order()) == ["a"]
# Duplicated edges count twice and are released twice.
assert list(TopologicalSorter({1: [2, 2], 3: [1]}).static_order()) == [2, 1, 3]

ts = TopologicalSorter({"b": ["a"], "c": ["a"], "d": ["b", "c"]})
ts.prepare()
assert ts.is_active() and bool(ts)
assert ts.get_ready() == ("a",)
assert ts.get_ready() == ()
assert ts.is_active()
ts.done("a")
assert ts.get_ready() == ("b", "c")
ts.done("c")
assert ts.get_ready() == ()
ts.done("b")
assert ts.get_ready() == ("d",)
ts.done("d")
assert not ts.is_active() and not ts
e = raises(ValueError, ts.done, "d")
assert str(e) == "node 'd' was already marked done"
e = raises(ValueError, ts.done, "zz")
assert str(e) == "node 'zz' was not added using add()"
e = raises(ValueError, ts.prepare)
assert str(e) == "cannot prepare() more than once"
e = raises(ValueError, ts.add, "e")
assert str(e) == "Nodes cannot be added after a call to prepare()"
ts = TopologicalSorter({"b": ["a"]})
e = raises(ValueError, ts.get_ready)
assert str(e) == "prepare() must be called first"
raises(ValueError, ts.is_active)
raises(ValueError, ts.done, "a")
ts.prepare()
e = raises(ValueError, ts.done, "b")
assert str(e) == "node 'b' was not passed out (still not ready)"

# Cycles: the reported cycle is CPython's.
e = raises(CycleError, TopologicalSorter({1: [2], 2: [1]}).prepare)
assert isinstance(e, ValueError)
assert e.args == ("nodes are in a cycle", [1, 2, 1]), e.args
e = raises(CycleError, TopologicalSorter({1: [1]}).prepare)
assert e.args[1] == [1, 1]
e = raises(CycleError, lambda: list(TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}).static_order()))
assert e.args[1] == ["a", "c", "b", "a"], e.args
assert TopologicalSorter[int] is not None

# A seeded random run: orders and cycles, digest compared with python3's.
rnd = random.Random(5)
digest = hashlib.sha256()
for it in range(300):
    n = rnd.randint(0, 12)
    g = {}
    acyclic = rnd.random() < 0.5
    for node in range(n):
        k = rnd.randint(0, 3)
        if acyclic:
            g[node] = [rnd.randrange(node) for _ in range(k)] if node else []
        else:
            g[node] = [rnd.randrange(n) for _ in range(k)]
    ts = TopologicalSorter(g)
    try:
        ts.prepare()
        res = []
        while ts:
            ready = ts.get_ready()
            res.append(ready)
            if rnd.random() < 0.5 and len(ready) > 1:
                ts.done(*ready[:1])
                more = ts.get_ready()
                res.append(more)
                ts.done(*ready[1:])
                ts.done(*more)
            else:
                ts.done(*ready)
    except CycleError as e:
        res = ("cycle", e.args)
    digest.update(repr(res).encode())
print("graphlib digest", digest.hexdigest()[:16])

# sched with a fake clock.
class Clock:
    def __init__(self):
        self.now = 0.0
        self.sleeps = []

    def time(self):
        return self.now

    def sleep(self, d):
        self.sleeps.append(d)
        self.now += d


clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
log = []
e1 = s.enter(5, 1, log.append, ("five",))
e2 = s.enterabs(2, 2, log.append, ("two-p2",))
e3 = s.enterabs(2, 1, log.append, ("two-p1",))
e4 = s.enterabs(2, 1, lambda x: log.append(x), kwargs={"x": "two-p1-later"})
e5 = s.enter(3, 0, log.append, ("cancelled",))
assert isinstance(e1, sched.Event) and e1.time == 5 and e1.priority == 1 and e1.argument == ("five",)
assert e1.kwargs == {}
assert [ev.argument for ev in s.queue] == [("two-p1",), (), ("two-p2",), ("cancelled",), ("five",)]
assert s.queue[1].kwargs == {"x": "two-p1-later"}
s.cancel(e5)
raises(ValueError, s.cancel, e5)
assert not s.empty()
assert s.run(blocking=False) == 2.0
assert log == []
s.run()
assert log == ["two-p1", "two-p1-later", "two-p2", "five"], log
assert clock.sleeps == [2.0, 0, 0, 0, 3.0, 0], clock.sleeps
assert s.empty() and s.queue == [] and s.run(blocking=False) is None
assert e3 < e2 and e3 < e4 and e1.sequence < e2.sequence

# Events entering events.
clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
log = []
def tick(n):
    log.append((n, clock.now))
    if n < 3:
        s.enter(1.5, 0, tick, (n + 1,))
s.enter(0, 0, tick, (0,))
s.run()
assert log == [(0, 0.0), (1, 1.5), (2, 3.0), (3, 4.5)], log

# Real time, and events entered from other threads while run() waits.
s = sched.scheduler()
log = []
lock = threading.Lock()
def add(x):
    with lock:
        log.append(x)
start = time.monotonic()
s.enter(0.05, 0, add, ("main",))
# Absolute times, so that a thread started late on a loaded machine still
# orders its event before main's.
threads = [threading.Thread(target=s.enterabs, args=(start + 0.01 * i, 0, add, (i,))) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
s.run()
assert time.monotonic() - start >= 0.05
assert sorted(log, key=str) == [0, 1, 2, 3, "main"] and log[-1] == "main", log
print("graphlib sched ok")
