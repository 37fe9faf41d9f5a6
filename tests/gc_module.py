# The gc module as far as reference counting reaches: collect() returns an
# int and, after it, the __del__ of objects other threads dropped has run;
# enable/disable/isenabled, thresholds, statistics, freezing and the
# callbacks list behave as CPython's. Only what CPython and gilfree agree
# on is asserted (gilfree finds no cycles yet, so counts are not).
import gc
import threading

# --- switches and settings -------------------------------------------------

assert gc.isenabled() is True
gc.disable()
assert gc.isenabled() is False
gc.enable()
assert gc.isenabled() is True

n = gc.collect()
assert isinstance(n, int) and n >= 0
assert isinstance(gc.collect(0), int)
assert isinstance(gc.collect(generation=1), int)
try:
    gc.collect(3)
except ValueError as e:
    assert str(e) == "invalid generation"
else:
    raise AssertionError("collect(3) accepted")
try:
    gc.collect("x")
except TypeError:
    pass
else:
    raise AssertionError("collect('x') accepted")

count = gc.get_count()
assert isinstance(count, tuple) and len(count) == 3
assert all(isinstance(c, int) for c in count)

saved = gc.get_threshold()
assert isinstance(saved, tuple) and len(saved) == 3
gc.set_threshold(500, 5, 5)
assert gc.get_threshold() == (500, 5, 5)
gc.set_threshold(600)
assert gc.get_threshold() == (600, 5, 5)
gc.set_threshold(*saved)
assert gc.get_threshold() == saved
try:
    gc.set_threshold()
except TypeError:
    pass
else:
    raise AssertionError("set_threshold() accepted")

stats = gc.get_stats()
assert isinstance(stats, list) and len(stats) == 3
for s in stats:
    assert set(s) == {"collections", "collected", "uncollectable"}
before = gc.get_stats()[2]["collections"]
gc.collect()
assert gc.get_stats()[2]["collections"] == before + 1

assert gc.get_debug() == 0
gc.set_debug(gc.DEBUG_STATS)
assert gc.get_debug() == gc.DEBUG_STATS
gc.set_debug(0)

assert gc.garbage == []
assert isinstance(gc.callbacks, list)

gc.freeze()
assert isinstance(gc.get_freeze_count(), int)
gc.unfreeze()
assert gc.get_freeze_count() == 0

# --- is_tracked: atoms are not, containers of objects are -------------------

assert gc.is_tracked(0) is False
assert gc.is_tracked(1.5) is False
assert gc.is_tracked("a") is False
assert gc.is_tracked(b"a") is False
assert gc.is_tracked(None) is False
assert gc.is_tracked(int) is False
assert gc.is_tracked([]) is True
assert gc.is_tracked({}) is False
assert gc.is_tracked({"a": 1}) is False
assert gc.is_tracked({"a": []}) is True


class Plain:
    pass


assert gc.is_tracked(Plain) is True
assert gc.is_tracked(Plain()) is True

# --- callbacks are called around a collection --------------------------------

phases = []


def cb(phase, info):
    phases.append((phase, info["generation"], sorted(info)))


gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
assert phases == [
    ("start", 2, ["collected", "generation", "uncollectable"]),
    ("stop", 2, ["collected", "generation", "uncollectable"]),
], phases

# --- __del__ of objects dropped by other threads has run after collect() ----

deleted = []
deleted_lock = threading.Lock()


class Tracked:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        with deleted_lock:
            deleted.append(self.i)


N_THREADS = 4
PER_THREAD = 250

# The main thread creates the objects; each worker takes its share, and
# is the last to drop it.
objs = [Tracked(i) for i in range(N_THREADS * PER_THREAD)]
shares = [objs[k::N_THREADS] for k in range(N_THREADS)]
del objs


def drop(share):
    while share:
        share.pop()


workers = [threading.Thread(target=drop, args=(shares[k],)) for k in range(N_THREADS)]
del shares
for w in workers:
    w.start()
for w in workers:
    w.join()
gc.collect()
with deleted_lock:
    assert sorted(deleted) == list(range(N_THREADS * PER_THREAD)), len(deleted)

# Objects the workers create and hand back, dropped by the main thread.
deleted.clear()
handed = []
handed_lock = threading.Lock()


def make(k):
    mine = [Tracked(k * PER_THREAD + i) for i in range(PER_THREAD)]
    with handed_lock:
        handed.extend(mine)


workers = [threading.Thread(target=make, args=(k,)) for k in range(N_THREADS)]
for w in workers:
    w.start()
for w in workers:
    w.join()
handed.clear()
gc.collect()
with deleted_lock:
    assert sorted(deleted) == list(range(N_THREADS * PER_THREAD)), len(deleted)

# A thread's own object, dropped by that thread, is finalized at once, as
# in CPython: only deaths other threads cause wait for collect().
sync_ok = []


def own_object():
    marks = []

    class Local:
        def __del__(self):
            marks.append(1)

    o = Local()
    del o
    sync_ok.append(marks == [1])
    o = [Local()]
    o.pop()
    sync_ok.append(marks == [1, 1])


w = threading.Thread(target=own_object)
w.start()
w.join()
assert sync_ok == [True, True], sync_ok

# Resurrection: a __del__ that stores its object keeps it alive, and runs
# once even when the object dies again.
saved_objs = []
runs = []


class Phoenix:
    def __del__(self):
        runs.append(1)
        saved_objs.append(self)


p = [Phoenix()]
w = threading.Thread(target=drop, args=(p,))
del p
w.start()
w.join()
gc.collect()
assert len(runs) == 1 and len(saved_objs) == 1
saved_objs.clear()
gc.collect()
assert len(runs) == 1

print("gc collect", gc.collect())
print("deleted", len(deleted))
