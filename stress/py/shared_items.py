"""Items of a module-global dict and list replaced and deleted by some
threads while others read them.

gilfree makes a value that threads other than its owner read twice from
a shared-deferred container (a module-global dict or list that several
threads read) shared-deferred too: readers then push it on their stacks
without a count, and it is freed only in a sweep that finds no thread
holding it. Half the threads keep replacing and deleting TABLE's and
ITEMS' entries (instances, some with a finalizer, and big ints that
encode their key), and every thread reads them again and again into
locals, lists and generators suspended between reads, and checks each
value: a freed instance would have lost its slots, and a freed int's
memory is reused at once for another int. At the end every instance's
__del__ must have run exactly once."""

import gc
import threading
import stresslib

cfg = stresslib.setup("shared_items", iters=2000)
n = cfg.threads
KEYS = 16
SCALE = 1000003
fin_lock = threading.Lock()
finalized = []
failures = []


class Plain:
    """A value freed as soon as nothing holds it: its slots are cleared
    then, so a reader that used it after the free would see it."""
    __slots__ = ("serial", "check")

    def __init__(self, serial):
        self.serial = serial
        self.check = [serial, -serial]


class Box(Plain):
    """Every fourth instance: its finalizer records that it ran."""
    __slots__ = ()

    def __del__(self):
        with fin_lock:
            finalized.append(self.serial)


def make(key, serial):
    """The value stored under key: an int that encodes key, or an
    instance."""
    if serial % 2:
        return key * SCALE + serial % SCALE + SCALE * KEYS
    return Box(serial) if serial % 4 == 0 else Plain(serial)


def valid(key, v):
    if v is None:
        return True
    if type(v) is int:
        return (v - SCALE * KEYS) // SCALE == key
    try:
        return v.check[0] == v.serial and v.check[1] == -v.serial
    except AttributeError:
        return False


first = n * cfg.iters * 2
TABLE = {k: make(k, first + 4 * k) for k in range(KEYS)}
ITEMS = [make(k, first + 4 * k + 1) for k in range(KEYS)]


def watcher(k):
    a = TABLE.get(k)
    b = ITEMS[k]
    yield valid(k, a) and valid(k, b)
    c = ITEMS[k]
    yield valid(k, a) and valid(k, b) and valid(k, c)
    yield valid(k, a) and valid(k, c) and valid(k, ITEMS[k])


def worker(w):
    writer = w % 2 == 0
    bad = 0
    keep = []
    g = watcher(0)
    for i in range(cfg.iters):
        k = (i * 7 + w) % KEYS
        if writer:
            serial = (w * cfg.iters + i) * 2
            if i % 5 == 4:
                TABLE.pop(k, None)
            else:
                TABLE[k] = make(k, serial)
            ITEMS[k] = make(k, serial + 1)
            if i % 16 == 15:
                gc.collect()
        for j in range(3):
            try:
                a = TABLE[k]
            except KeyError:
                a = None
            b = ITEMS[k]
            spin = 0
            for x in range(8):
                spin += x
                fresh = [x, -x]  # reuses the memory of what was freed
            if not valid(k, a) or not valid(k, b):
                bad += 1
        keep.append((k, a))
        keep.append((k, ITEMS[k]))
        if len(keep) > 8:
            if not all(valid(kk, x) for kk, x in keep):
                bad += 1
            keep.clear()
        ok = next(g, None)
        if ok is None:
            g = watcher(k)
        elif not ok:
            bad += 1
    if bad:
        with fin_lock:
            failures.append((w, bad))


seconds = stresslib.run_threads(worker)
boxes = [v for v in list(TABLE.values()) + ITEMS if isinstance(v, Box)]
del TABLE, ITEMS
serials = [b.serial for b in boxes]
del boxes
gc.collect()
gc.collect()
with fin_lock:
    seen = list(finalized)
made = {first + 4 * k for k in range(KEYS)}
made |= {(w * cfg.iters + i) * 2 for w in range(0, n, 2) for i in range(cfg.iters) if i % 5 != 4}
expected = {s for s in made if s % 4 == 0}
stresslib.check(not failures, "readers saw broken values: %r" % failures)
stresslib.check(len(set(seen)) == len(seen), "%d finalizers ran twice" % (len(seen) - len(set(seen))))
stresslib.check(set(serials) <= set(seen), "%d surviving Boxes not finalized" % len(set(serials) - set(seen)))
stresslib.check(set(seen) == expected, "%d Boxes never finalized, %d finalized but never made"
                % (len(expected - set(seen)), len(set(seen) - expected)))
stresslib.report(n * cfg.iters, seconds)
