package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The shared state of the runtime and the eval loop, used by several
// threads at once: run under go test -race, these programs show that
// shared functions, globals, instances, classes, imports and finalizers
// need no GIL. Each program prints what it checked; the test compares.

// runThreaded writes the files (name to source) into a temporary
// directory, runs main.py there, and returns its status and output.
func runThreaded(t *testing.T, files map[string]string) (int, string, string) {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644))
	}
	main := filepath.Join(dir, "main.py")
	return runSource(t, main, []byte(files["main.py"]))
}

const sharedProgram = `
import threading

N = 4
ROUNDS = 300

def square(x):
    return x * x

class Point:
    scale = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return square(self.x) + square(self.y)

shared = Point(3, 4)
total = 0
total_lock = threading.Lock()
counter = 0
errors = []

def worker(k):
    global total, counter
    acc = 0
    try:
        for i in range(ROUNDS):
            # calls of a shared function and method, reads of a shared
            # instance's attributes and of a class attribute
            acc += shared.norm2() + square(k) + Point.scale * 0
            acc += shared.x - 3
            # a global written by every thread (racy, but never a crash)
            counter = counter + 1
            # own instances of a shared class
            p = Point(i, k)
            acc += p.norm2() - square(i) - square(k)
        with total_lock:
            total += acc
    except Exception as e:
        errors.append(repr(e))

ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("errors", errors)
print("total", total == N * ROUNDS * 25 + ROUNDS * sum(k * k for k in range(N)))
print("counter positive", 0 < counter <= N * ROUNDS)
`

const classMutationProgram = `
import threading

class Base:
    value = 0
    def describe(self):
        return "base"

class Child(Base):
    pass

stop = False
seen = set()
seen_lock = threading.Lock()
errors = []

def reader():
    c = Child()
    mine = set()
    try:
        while not stop:
            mine.add(c.describe())
            v = Child.value
            if not isinstance(v, int):
                errors.append(v)
            str(c)
    except Exception as e:
        errors.append(repr(e))
    with seen_lock:
        seen.update(mine)

ts = [threading.Thread(target=reader) for _ in range(3)]
for t in ts:
    t.start()
for i in range(200):
    Base.value = i
    if i % 20 == 0:
        Base.describe = (lambda self: "patched") if i % 40 == 0 else (lambda self: "base")
    if i % 50 == 0:
        Base.__str__ = lambda self: "str%d" % Child.value
    if i == 100:
        Base.__name__ = "Renamed"
stop = True
for t in ts:
    t.join()
print("errors", errors)
print("seen", sorted(seen & {"base", "patched"}))
print("name", Base.__name__, str(Child())[:3])
`

const importProgram = `
import threading
import sys

barrier = threading.Barrier(4)
mods = []
mods_lock = threading.Lock()

def importer():
    barrier.wait()
    import slowmod
    with mods_lock:
        mods.append((slowmod, slowmod.done))

ts = [threading.Thread(target=importer) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
import slowmod
print("runs", slowmod.runs())
print("same", all(m is slowmod for m, _ in mods), "complete", all(d for _, d in mods))
`

const slowModule = `
import time
import builtins
builtins.__dict__.setdefault("_slowmod_runs", [])
builtins._slowmod_runs.append(1)
done = False
time.sleep(0.05)
done = True

def runs():
    return len(builtins._slowmod_runs)
`

const finalizerProgram = `
import threading
import gc

guard = threading.Lock()
ran = []

class Guarded:
    def __del__(self):
        with guard:
            ran.append(1)

def drop(items):
    while items:
        items.pop()

items = [Guarded() for _ in range(300)]
# The workers drop the last references while this thread holds the lock
# the finalizers take and waits for the workers: the finalizers must not
# run in the workers (or at this thread's merge) while it holds it.
with guard:
    parts = [items[k::3] for k in range(3)]
    del items
    ws = [threading.Thread(target=drop, args=(p,)) for p in parts]
    del parts
    for w in ws:
        w.start()
    for w in ws:
        w.join()
gc.collect()
print("ran", len(ran))
`

const finalizeOnceProgram = `
import threading
import gc

N = 4
PER = 400
runs = {}
runs_lock = threading.Lock()
keep = []

class Counted:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        with runs_lock:
            runs[self.i] = runs.get(self.i, 0) + 1
            if self.i % 100 == 0:
                keep.append(self)   # resurrected: must not run again

handoff = [[] for _ in range(N)]
handoff_lock = threading.Lock()

def worker(k):
    # make objects and hand them to the next worker; drop what was
    # handed to this one
    mine = [Counted(k * PER + i) for i in range(PER)]
    with handoff_lock:
        handoff[(k + 1) % N].extend(mine)
    del mine

ws = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for w in ws:
    w.start()
for w in ws:
    w.join()
for k in range(N):
    half = handoff[k][: PER // 2]
    rest = handoff[k][PER // 2 :]
    handoff[k] = None
    t = threading.Thread(target=lambda l: l.clear(), args=(rest,))
    del rest
    t.start()
    t.join()
    half.clear()
gc.collect()
with runs_lock:
    print("all", sorted(runs) == list(range(N * PER)))
    print("once", all(v == 1 for v in runs.values()))
    print("kept", len(keep))
keep.clear()
gc.collect()
print("still once", all(v == 1 for v in runs.values()))
`

const generatorCloseProgram = `
import threading
import gc

closed = []

def gen(i):
    try:
        yield i
        yield i + 1
    finally:
        closed.append(i)

gens = [gen(i) for i in range(100)]
for g in gens:
    next(g)
t = threading.Thread(target=lambda l: l.clear(), args=(gens,))
del gens, g
t.start()
t.join()
gc.collect()
print("closed", sorted(closed) == list(range(100)))
`

const closureProgram = `
import threading

def make():
    x = 0
    lock = threading.Lock()
    def bump():
        nonlocal x
        for i in range(2000):
            with lock:
                x = x + 100000   # a counted int each time: the old one dies
    def read():
        s = 0
        for i in range(2000):
            s += x % 100000
        return s
    def value():
        return x
    return bump, read, value

bump, read, value = make()
results = []
ts = [threading.Thread(target=bump) for _ in range(2)]
ts += [threading.Thread(target=lambda: results.append(read())) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("cell", value() == 2 * 2000 * 100000, results == [0, 0])
`

func TestThreadsShareState(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"shared functions, globals and instances", map[string]string{"main.py": sharedProgram},
			[]string{"errors []", "total True", "counter positive True"}},
		{"class attributes assigned while read", map[string]string{"main.py": classMutationProgram},
			[]string{"errors []", "name Renamed str"}},
		{"one import for four threads", map[string]string{"main.py": importProgram, "slowmod.py": slowModule},
			[]string{"runs 1", "same True complete True"}},
		{"finalizers off the dropping threads", map[string]string{"main.py": finalizerProgram},
			[]string{"ran 300"}},
		{"suspended generators dropped by another thread are closed", map[string]string{"main.py": generatorCloseProgram},
			[]string{"closed True"}},
		{"closure cells written and read by several threads", map[string]string{"main.py": closureProgram},
			[]string{"cell True True"}},
		{"every __del__ once", map[string]string{"main.py": finalizeOnceProgram},
			[]string{"all True", "once True", "kept 16", "still once True"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, out, errOut := runThreaded(t, tc.files)
			require.Equal(t, 0, status, errOut)
			for _, w := range tc.want {
				assert.Contains(t, strings.Split(out, "\n"), w, out)
			}
		})
	}
}
