# Threads: starting, joining, names, daemon flags, identity, thread-local
# data, the excepthook, and the _thread primitives underneath.
import sys
import time
import threading
import _thread


def elapsed_between(t0, lo, hi):
    d = time.monotonic() - t0
    return lo <= d <= hi


# --- targets, arguments and results -------------------------------------

results = []
results_lock = threading.Lock()


def record(*args, **kwargs):
    with results_lock:
        results.append((args, sorted(kwargs.items())))


t = threading.Thread(target=record, args=(1, 2), kwargs={"k": 3})
assert not t.is_alive()
assert t.ident is None and t.native_id is None
t.start()
t.join()
assert not t.is_alive()
assert results == [((1, 2), [("k", 3)])]
assert isinstance(t.ident, int) and t.ident != threading.get_ident()
assert isinstance(t.native_id, int)

# A thread with no target does nothing.
t = threading.Thread()
t.start()
t.join()
assert not t.is_alive()


# Subclasses override run().
class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n


workers = [Squarer(i) for i in range(8)]
for w in workers:
    w.start()
for w in workers:
    w.join()
assert [w.result for w in workers] == [i * i for i in range(8)]
print("squares", [w.result for w in workers])

# run() drops the target and its arguments once it ran.
t = threading.Thread(target=record, args=(9,))
t.start()
t.join()
assert not hasattr(t, "_target") or t._target is None

# --- names ---------------------------------------------------------------

def named_target():
    pass


a = threading.Thread(target=named_target)
b = threading.Thread()
c = threading.Thread(name="worker-7")
d = threading.Thread(name=42)
na, nb = a.name, b.name
assert na.startswith("Thread-") and na.endswith(" (named_target)"), na
assert nb.startswith("Thread-") and "(" not in nb
assert int(nb[len("Thread-"):]) == int(na[len("Thread-"):na.index(" ")]) + 1
assert c.name == "worker-7" and d.name == "42"
c.name = "renamed"
assert c.name == "renamed" and c.getName() == "renamed"
c.setName(5)
assert c.name == "5"
print("names", na.split("-")[0], na.split(" ")[1], c.name, d.name)

# repr shows the state.
assert repr(c) == "<Thread(5, initial)>"
c.daemon = True
assert repr(c) == "<Thread(5, initial daemon)>"
c.start()
c.join()
assert repr(c) == "<Thread(5, stopped daemon %d)>" % c.ident
main = threading.main_thread()
assert repr(main).startswith("<_MainThread(MainThread, started ")
print(repr(c).split(" ")[0], repr(main).split(",")[0])

# --- start and join errors ------------------------------------------------

t = threading.Thread(target=named_target)
try:
    t.join()
    assert False
except RuntimeError as e:
    assert str(e) == "cannot join thread before it is started"
t.start()
try:
    t.start()
    assert False
except RuntimeError as e:
    assert str(e) == "threads can only be started once"
t.join()
try:
    threading.current_thread().join()
    assert False
except RuntimeError as e:
    assert str(e) == "cannot join current thread"


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
    assert False
except RuntimeError as e:
    assert str(e) == "thread.__init__() not called"

# join with a timeout returns while the thread still runs.
release = threading.Event()
t = threading.Thread(target=release.wait)
t.start()
t0 = time.monotonic()
t.join(0.05)
assert t.is_alive()
assert elapsed_between(t0, 0.04, 1.5)
t.join(0)
assert t.is_alive()
assert repr(t).startswith("<Thread(") and "started" in repr(t)
release.set()
t.join()
assert not t.is_alive()
print("join timeout ok")

# --- daemon flags -----------------------------------------------------------

assert not threading.main_thread().daemon
t = threading.Thread(target=named_target)
assert t.daemon is False and t.isDaemon() is False
t.daemon = True
assert t.daemon
t.setDaemon(False)
assert not t.daemon
t = threading.Thread(target=named_target, daemon=True)
assert t.daemon
t.start()
try:
    t.daemon = False
    assert False
except RuntimeError as e:
    assert str(e) == "cannot set daemon status of active thread"
t.join()

# A thread inherits its creator's daemon flag.
inherited = []


def make_child():
    child = threading.Thread(target=named_target)
    inherited.append(child.daemon)


for flag in (True, False):
    t = threading.Thread(target=make_child, daemon=flag)
    t.start()
    t.join()
assert inherited == [True, False]
print("daemon", inherited)

# --- identity: current_thread, main_thread, enumerate ---------------------

seen = {}


def who():
    me = threading.current_thread()
    with results_lock:
        seen[me.name] = (me is threading.current_thread(), me.ident == threading.get_ident(),
                         threading.main_thread() is not me, me in threading.enumerate())


ts = [threading.Thread(target=who, name="who-%d" % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert seen == {"who-%d" % i: (True, True, True, True) for i in range(3)}
assert threading.current_thread() is threading.main_thread()
assert threading.current_thread().name == "MainThread"
assert threading.main_thread().ident == threading.get_ident() == _thread.get_ident()
assert threading.get_native_id() == threading.main_thread().native_id
assert threading.active_count() == 1
assert threading.enumerate() == [threading.main_thread()]

# Several threads alive at once show up in enumerate().
gate = threading.Event()
ts = [threading.Thread(target=gate.wait) for _ in range(3)]
for t in ts:
    t.start()
assert threading.active_count() == 4
assert set(ts) < set(threading.enumerate())
idents = {t.ident for t in ts}
assert len(idents) == 3 and threading.get_ident() not in idents
gate.set()
for t in ts:
    t.join()
assert threading.active_count() == 1

# A thread started by _thread gets a dummy Thread object.
dummy_info = []
done = _thread.allocate_lock()
done.acquire()


def raw():
    me = threading.current_thread()
    dummy_info.append((me.name.startswith("Dummy-"), me.daemon, me.is_alive(),
                       me is threading.current_thread(), me.ident == _thread.get_ident()))
    try:
        me.join()
    except AssertionError as e:
        dummy_info.append(str(e))
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
assert dummy_info == [(True, True, True, True, True), "cannot join a dummy thread"], dummy_info
print("dummy", dummy_info[0])

# --- thread-local data ------------------------------------------------------

data = threading.local()
data.x = "main"
local_seen = []


def use_local(i):
    had = hasattr(data, "x")
    data.x = i
    time.sleep(0.01)
    with results_lock:
        local_seen.append((had, data.x == i, data.__dict__ == {"x": i}))


ts = [threading.Thread(target=use_local, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert local_seen == [(False, True, True)] * 4
assert data.x == "main" and data.__dict__ == {"x": "main"}
del data.x
assert not hasattr(data, "x")
try:
    del data.x
    assert False
except AttributeError:
    pass


class Counted(threading.local):
    inits = 0
    kind = "class attr"

    def __init__(self, start, step=1):
        self.value = start
        self.step = step
        with results_lock:
            Counted.inits += 1

    def bump(self):
        self.value += self.step
        return self.value


cl = Counted(10, step=5)
assert cl.bump() == 15 and cl.kind == "class attr"
sub_seen = []


def use_counted():
    # The subclass's __init__ runs again in each new thread, with the
    # constructor's arguments.
    pair = (cl.value, cl.bump())
    with results_lock:
        sub_seen.append(pair)


ts = [threading.Thread(target=use_counted) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert sub_seen == [(10, 15)] * 3 and Counted.inits == 4 and cl.value == 15
try:
    threading.local(1)
    assert False
except TypeError as e:
    assert str(e) == "Initialization arguments are not supported"
print("local", local_seen[0], sub_seen[0], Counted.inits)

# --- uncaught exceptions and excepthook -----------------------------------

hooked = []


def hook(args):
    hooked.append((args.exc_type, str(args.exc_value), args.exc_traceback is not None,
                   args.thread.name, type(args).__name__, len(args)))


def boom():
    raise ValueError("bad value")


threading.excepthook = hook
t = threading.Thread(target=boom, name="boomer")
t.start()
t.join()
assert hooked == [(ValueError, "bad value", True, "boomer", "_ExceptHookArgs", 4)], hooked


# SystemExit in a thread ends only that thread; the hook sees it (the
# default hook prints nothing for it).
def leave():
    sys.exit(3)


t = threading.Thread(target=leave)
t.start()
t.join()
assert not t.is_alive() and hooked[1][:2] == (SystemExit, "3"), hooked
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=leave)
t.start()
t.join()
assert threading.excepthook is threading.__excepthook__
args = threading.ExceptHookArgs([KeyError, KeyError("k"), None, None])
assert args.exc_type is KeyError and args.thread is None and tuple(args)[0] is KeyError
print("excepthook", hooked[0][0].__name__, hooked[0][1], hooked[0][3])

# --- Timer ----------------------------------------------------------------

fired = []
tm = threading.Timer(0.02, lambda *a, **k: fired.append((a, k)), args=(1,), kwargs={"x": 2})
t0 = time.monotonic()
tm.start()
tm.join()
assert fired == [((1,), {"x": 2})] and elapsed_between(t0, 0.015, 1.5)
tm = threading.Timer(10, lambda: fired.append("late"))
tm.start()
tm.cancel()
tm.join()
assert fired == [((1,), {"x": 2})]
print("timer", fired)

# --- the rest of the module surface ---------------------------------------

assert threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX > 1e9
assert threading.stack_size() == 0
assert threading.ThreadError is RuntimeError
threading.settrace(None)
threading.setprofile(None)
assert threading.gettrace() is None and threading.getprofile() is None
old = sys.getswitchinterval()
sys.setswitchinterval(0.001)
assert abs(sys.getswitchinterval() - 0.001) < 1e-9
sys.setswitchinterval(old)
try:
    sys.setswitchinterval(0)
    assert False
except ValueError as e:
    assert str(e) == "switch interval must be strictly positive"
assert getattr(sys, "_is_gil_enabled", lambda: False)() is False

# _thread directly: start_new_thread's checks and its own lock.
for bad, msg in [((1, ()), "first arg must be callable"),
                 ((print, []), "2nd arg must be a tuple"),
                 ((print, (), []), "optional 3rd arg must be a dictionary")]:
    try:
        _thread.start_new_thread(*bad)
        assert False
    except TypeError as e:
        assert str(e) == msg, e
box = []
lk = _thread.allocate_lock()
lk.acquire()


def adder(a, b, *, c):
    box.append(a + b + c)
    lk.release()


ident = _thread.start_new_thread(adder, (1, 2), {"c": 3})
lk.acquire()
assert box == [6] and isinstance(ident, int)
assert type(lk) is _thread.LockType and type(lk).__name__ == "lock"
try:
    _thread.LockType()
    assert False
except TypeError as e:
    assert str(e) == "cannot create '_thread.lock' instances"

# Many short threads, started and joined in waves.
total = [0]


def add(n):
    with results_lock:
        total[0] += n


for wave in range(5):
    ts = [threading.Thread(target=add, args=(i,)) for i in range(20)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
assert total[0] == 5 * sum(range(20))
print("waves", total[0])

# A daemon thread still running at exit does not keep the program alive.
threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
print("done")
