# Synchronization between threads: Lock, RLock, Condition, Semaphore,
# BoundedSemaphore, Event and Barrier, with real contention and timeouts.
import time
import threading
import _thread


def elapsed_between(t0, lo, hi):
    d = time.monotonic() - t0
    return lo <= d <= hi


def run_all(target, n, *args):
    ts = [threading.Thread(target=target, args=args) for _ in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return ts


def error_of(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        return type(e).__name__, str(e)
    return None


# --- Lock -----------------------------------------------------------------

N, M = 4, 5000
lock = threading.Lock()
counter = [0]


def bump():
    for _ in range(M):
        with lock:
            counter[0] += 1


run_all(bump, N)
assert counter[0] == N * M, counter
print("lock counter", counter[0])

# acquire/release by hand, from several threads, on a shared list.
items = []


def append_many(base):
    for i in range(1000):
        lock.acquire()
        try:
            items.append(base + i)
        finally:
            lock.release()


ts = [threading.Thread(target=append_many, args=(k * 1000,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert sorted(items) == list(range(3000))

l = threading.Lock()
assert type(l) is _thread.LockType
assert repr(l).startswith("<unlocked _thread.lock object at 0x")
assert l.acquire() is True and l.locked()
assert repr(l).startswith("<locked _thread.lock object at 0x")
assert l.acquire(False) is False
assert l.acquire(blocking=False) is False
assert l.acquire(0) is False
t0 = time.monotonic()
assert l.acquire(timeout=0.05) is False
assert elapsed_between(t0, 0.04, 1.5)
t0 = time.monotonic()
assert l.acquire(True, 0) is False
assert elapsed_between(t0, 0, 0.5)
l.release()
assert not l.locked()
assert error_of(l.release) == ("RuntimeError", "release unlocked lock")
assert error_of(l.acquire, False, 1) == ("ValueError", "can't specify a timeout for a non-blocking call")
assert error_of(l.acquire, True, -2) == ("ValueError", "timeout value must be positive")
assert error_of(l.acquire, 1, 2, 3) == ("TypeError", "acquire() takes at most 2 arguments (3 given)")
assert error_of(l.acquire, timeout="x") == ("TypeError", "'str' object cannot be interpreted as an integer")
assert error_of(l.acquire, foo=1) == ("TypeError", "'foo' is an invalid keyword argument for acquire()")
assert error_of(l.acquire, timeout=float("nan")) == ("ValueError", "Invalid value NaN (not a number)")
assert l.acquire(timeout=-1) and l.acquire(False, -1) is False
l.release()
with l:
    assert l.locked()
assert not l.locked()

# Any thread may release a Lock.
l.acquire()
run_all(l.release, 1)
assert not l.locked()

# A waiter wakes when another thread releases.
l.acquire()
got = []
waiter = threading.Thread(target=lambda: got.append(l.acquire(timeout=5)))
waiter.start()
time.sleep(0.02)
assert got == []
l.release()
waiter.join()
assert got == [True] and l.locked()
l.release()
print("lock api ok")

# --- RLock ----------------------------------------------------------------

r = threading.RLock()
assert type(r) is _thread.RLock
assert repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x")
assert r.acquire() and r.acquire() and r.acquire(False)
assert repr(r).startswith("<locked _thread.RLock object owner=%d count=3 at" % threading.get_ident())
assert r._is_owned()
state = r._release_save()
assert state == (3, threading.get_ident()) and not r._is_owned()
r._acquire_restore(state)
assert r._is_owned()
foreign = []


def foreign_release():
    foreign.append(error_of(r.release))
    foreign.append(r._is_owned())
    foreign.append(r.acquire(timeout=0.02))


run_all(foreign_release, 1)
assert foreign == [("RuntimeError", "cannot release un-acquired lock"), False, False], foreign
for _ in range(3):
    r.release()
assert error_of(r.release) == ("RuntimeError", "cannot release un-acquired lock")
assert error_of(r.acquire, False, 1) == ("ValueError", "can't specify a timeout for a non-blocking call")

# Re-entry under contention.
rcount = [0]


def nested(depth):
    with r:
        if depth:
            nested(depth - 1)
        else:
            rcount[0] += 1


def rworker():
    for _ in range(1000):
        nested(3)


run_all(rworker, 3)
assert rcount[0] == 3000
print("rlock", rcount[0], foreign[0][0])

# --- Condition ------------------------------------------------------------

cond = threading.Condition()
assert repr(cond).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0")
assert error_of(cond.wait) == ("RuntimeError", "cannot wait on un-acquired lock")
assert error_of(cond.notify) == ("RuntimeError", "cannot notify on un-acquired lock")
with cond:
    t0 = time.monotonic()
    assert cond.wait(0.05) is False
    assert elapsed_between(t0, 0.04, 1.5)
    assert cond.wait(0) is False
    assert cond.wait_for(lambda: 7) == 7
    t0 = time.monotonic()
    assert cond.wait_for(lambda: 0, timeout=0.05) == 0
    assert elapsed_between(t0, 0.04, 1.5)

# Producer/consumer over a bounded buffer with two conditions.
buf = []
CAP = 4
mutex = threading.Lock()
not_empty = threading.Condition(mutex)
not_full = threading.Condition(mutex)
consumed = []


def producer(base):
    for i in range(200):
        with not_full:
            while len(buf) >= CAP:
                not_full.wait()
            buf.append(base + i)
            not_empty.notify()


def consumer(n):
    for _ in range(n):
        with not_empty:
            not_empty.wait_for(lambda: buf)
            x = buf.pop(0)
            consumed.append(x)
            not_full.notify()


ps = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(2)]
cs = [threading.Thread(target=consumer, args=(100,)) for _ in range(4)]
for t in ps + cs:
    t.start()
for t in ps + cs:
    t.join()
assert sorted(consumed) == sorted(list(range(200)) + list(range(1000, 1200)))
assert buf == []
# Each producer's items come out in order.
for base in (0, 1000):
    mine = [x for x in consumed if base <= x < base + 1000]
    assert mine == list(range(base, base + 200))
print("condition", len(consumed))

# notify(n) wakes n waiters; notify_all wakes the rest.
cond = threading.Condition(threading.Lock())
woken = []
ready = [0]


def cwait(i):
    with cond:
        ready[0] += 1
        if cond.wait(timeout=5):
            woken.append(i)


ts = [threading.Thread(target=cwait, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
while True:
    with cond:
        if ready[0] == 5:
            break
    time.sleep(0.001)
with cond:
    cond.notify(2)
time.sleep(0.05)
with cond:
    assert len(woken) == 2, woken
    cond.notify_all()
for t in ts:
    t.join()
assert sorted(woken) == list(range(5))
print("notify", len(woken))

# --- Semaphore and BoundedSemaphore ----------------------------------------

sem = threading.Semaphore(2)
inside = [0]
peak = [0]
count_lock = threading.Lock()


def limited():
    for _ in range(20):
        with sem:
            with count_lock:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            time.sleep(0.0005)
            with count_lock:
                inside[0] -= 1


run_all(limited, 5)
assert inside[0] == 0 and 1 <= peak[0] <= 2, peak
assert repr(sem).endswith(": value=2>") and repr(sem).startswith("<threading.Semaphore at 0x")
s0 = threading.Semaphore(0)
assert s0.acquire(False) is False
t0 = time.monotonic()
assert s0.acquire(timeout=0.05) is False
assert elapsed_between(t0, 0.04, 1.5)
s0.release(3)
assert [s0.acquire(False) for _ in range(4)] == [True, True, True, False]
assert error_of(threading.Semaphore, -1) == ("ValueError", "semaphore initial value must be >= 0")
assert error_of(s0.acquire, False, 1) == ("ValueError", "can't specify timeout for non-blocking acquire")
assert error_of(s0.release, 0) == ("ValueError", "n must be one or more")

# A released semaphore wakes a blocked acquirer in another thread.
s1 = threading.Semaphore(0)
order = []


def sem_waiter():
    s1.acquire()
    order.append("acquired")


t = threading.Thread(target=sem_waiter)
t.start()
time.sleep(0.02)
order.append("release")
s1.release()
t.join()
assert order == ["release", "acquired"]

bs = threading.BoundedSemaphore(2)
assert repr(bs).endswith(": value=2/2>")
bs.acquire()
bs.release()
assert error_of(bs.release) == ("ValueError", "Semaphore released too many times")
bs.acquire()
bs.acquire()
assert error_of(bs.release, 3) == ("ValueError", "Semaphore released too many times")
bs.release(2)
print("semaphore peak<=2", peak[0] <= 2)

# --- Event ----------------------------------------------------------------

ev = threading.Event()
assert repr(ev).endswith(": unset>") and not ev.is_set() and not ev.isSet()
t0 = time.monotonic()
assert ev.wait(0.05) is False
assert elapsed_between(t0, 0.04, 1.5)
ev.set()
assert ev.wait() is True and ev.wait(0) is True and repr(ev).endswith(": set>")
ev.clear()
assert not ev.is_set()

# Ping-pong: two events hand a token back and forth.
ping, pong = threading.Event(), threading.Event()
trace = []


def ponger():
    for i in range(50):
        ping.wait()
        ping.clear()
        trace.append(("pong", i))
        pong.set()


t = threading.Thread(target=ponger)
t.start()
for i in range(50):
    trace.append(("ping", i))
    ping.set()
    pong.wait()
    pong.clear()
t.join()
assert trace == [(w, i) for i in range(50) for w in ("ping", "pong")]

# Many waiters released by one set().
gate = threading.Event()
passed = []


def gated(i):
    if gate.wait(5):
        with count_lock:
            passed.append(i)


ts = [threading.Thread(target=gated, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
time.sleep(0.02)
assert passed == []
gate.set()
for t in ts:
    t.join()
assert sorted(passed) == list(range(6))
print("event", len(trace), len(passed))

# --- Barrier --------------------------------------------------------------

PARTIES, ROUNDS = 3, 10
actions = []
bar = threading.Barrier(PARTIES, action=lambda: actions.append(len(actions)))
assert bar.parties == PARTIES and bar.n_waiting == 0 and not bar.broken
assert repr(bar).endswith(": waiters=0/3>")
log = []
indices = []


def rounds(k):
    for rnd in range(ROUNDS):
        with count_lock:
            log.append((rnd, k))
        idx = bar.wait()
        with count_lock:
            indices.append((rnd, idx))
        # Everyone must have logged this round before anyone passes.
        with count_lock:
            assert sum(1 for r, _ in log if r == rnd) == PARTIES


run_all_args = [threading.Thread(target=rounds, args=(k,)) for k in range(PARTIES)]
for t in run_all_args:
    t.start()
for t in run_all_args:
    t.join()
assert actions == list(range(ROUNDS))
for rnd in range(ROUNDS):
    assert sorted(i for r, i in indices if r == rnd) == list(range(PARTIES))
assert bar.n_waiting == 0 and not bar.broken

# A timeout breaks the barrier for everyone.
bar2 = threading.Barrier(3, timeout=0.05)
outcomes = []


def lone():
    try:
        bar2.wait()
        outcomes.append("passed")
    except threading.BrokenBarrierError:
        outcomes.append("broken")


run_all(lone, 2)
assert outcomes == ["broken", "broken"] and bar2.broken
assert repr(bar2).endswith(": broken>")
assert error_of(bar2.wait) == ("BrokenBarrierError", "")
bar2.reset()
assert not bar2.broken

# abort() wakes the waiters with BrokenBarrierError.
bar3 = threading.Barrier(3)
outcomes = []
ts = [threading.Thread(target=lambda: outcomes.append(error_of(bar3.wait, 5))) for _ in range(2)]
for t in ts:
    t.start()
while bar3.n_waiting < 2:
    time.sleep(0.001)
bar3.abort()
for t in ts:
    t.join()
assert outcomes == [("BrokenBarrierError", "")] * 2 and bar3.broken

# reset() while threads wait breaks their wait; the barrier works again.
bar4 = threading.Barrier(2)
outcomes = []
t = threading.Thread(target=lambda: outcomes.append(error_of(bar4.wait, 5)))
t.start()
while bar4.n_waiting < 1:
    time.sleep(0.001)
bar4.reset()
t.join()
assert outcomes == [("BrokenBarrierError", "")]
res = []
t = threading.Thread(target=lambda: res.append(bar4.wait(5)))
t.start()
res.append(bar4.wait(5))
t.join()
assert sorted(res) == [0, 1]


# An action that raises breaks the barrier.
def bad_action():
    raise KeyError("act")


bar5 = threading.Barrier(2, action=bad_action)
outcomes = []
ts = [threading.Thread(target=lambda: outcomes.append(error_of(bar5.wait, 5))) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert sorted(outcomes) == [("BrokenBarrierError", ""), ("KeyError", "'act'")], outcomes
assert issubclass(threading.BrokenBarrierError, RuntimeError)
print("barrier", actions[-1] + 1, sorted(outcomes)[1][0])
