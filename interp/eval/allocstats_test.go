package eval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	rt "gilfree/runtime"
)

// allocProgram exercises the allocating paths: floats and ints updated in
// place and recycled, tuples, lists and dicts built and dropped, instances
// with __init__, closures, generators, strings, and an exception raised
// and caught.
const allocProgram = `
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def gen(n):
    for i in range(n):
        yield (i, i * 2.5)

def counter():
    c = [0]
    def tick():
        c[0] += 1
        return c[0]
    return tick

total = 0.0
kept = []
tick = counter()
for i in range(2000):
    p = P(i * 0.5, str(i))
    kept.append((p, [i, i + 1], {"k": i}))
    total += p.x
    tick()
for a, b in gen(500):
    total += a * b
try:
    {}["missing"]
except LookupError:
    pass
del kept[::2]
words = " ".join(str(i) for i in range(100)).split()
print(total, len(kept), len(words), tick())
`

// runCounted runs src with allocation accounting on and returns its report.
func runCounted(t *testing.T, src string) rt.AllocStats {
	t.Helper()
	rt.EnableAllocStats()
	status, _, stderr := runSource(t, "<alloc>", []byte(src))
	stats := rt.CollectAllocStats()
	require.Equal(t, 0, status, stderr)
	return stats
}

// TestAllocStats checks the accounting identity on a program without
// garbage cycles: everything it allocated was either freed by reference
// counting or is still reachable at exit, and free lists served many of
// the allocations.
func TestAllocStats(t *testing.T) {
	s := runCounted(t, allocProgram)
	var report strings.Builder
	s.Write(&report)
	t.Log(report.String())
	assert.True(t, s.Balanced(), "freed %d, allocated %d, reachable %d", s.Freed, s.Allocated, s.Reachable)
	assert.Equal(t, s.Allocated, s.Freed+s.Reachable)
	assert.Zero(t, s.Unreachable, "unreachable: %v", s.UnreachableTypes)
	assert.Zero(t, s.FreedReferenced, "freed but referenced: %v", s.FreedReferencedTypes)
	assert.Greater(t, s.Allocated, uint64(10000), "2000 instances, tuples, lists, dicts, strs and floats at least")
	assert.Greater(t, s.Freed, s.Allocated/2, "most temporaries die")
	if s.Debug {
		assert.Zero(t, s.Reused, "debug mode poisons freed objects and never reuses them")
	} else {
		assert.Greater(t, s.Reused, s.Freed/4, "free lists serve many allocations")
	}
	assert.Contains(t, report.String(), "freed == allocated - reachable: holds")
}

// TestAllocStatsFinalizerThread checks the identity when the main thread
// drops objects with __del__ that threads made and left behind when they
// exited: their finalizers run on the finalizer thread,
// which frees the objects and their instance dicts into its own free
// lists. Those freed objects are not "still referenced" at exit (the
// report once counted hundreds of such dicts).
func TestAllocStatsFinalizerThread(t *testing.T) {
	s := runCounted(t, `
import gc, threading
deleted = []
class Tracked:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        deleted.append(self.i)
handed = []
lock = threading.Lock()
def make(k):
    mine = [Tracked(k * 250 + i) for i in range(250)]
    with lock:
        handed.extend(mine)
workers = [threading.Thread(target=make, args=(k,)) for k in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
handed.clear()
gc.collect()
assert sorted(deleted) == list(range(1000)), len(deleted)
`)
	assert.True(t, s.Balanced(), "freed %d, allocated %d, reachable %d", s.Freed, s.Allocated, s.Reachable)
	assert.Zero(t, s.Unreachable, "unreachable: %v", s.UnreachableTypes)
	assert.Zero(t, s.FreedReferenced, "freed but referenced: %v", s.FreedReferencedTypes)
}

// TestAllocStatsCycle checks that a garbage cycle among counted objects,
// which reference counting cannot free, breaks the identity and is
// reported as unreachable.
func TestAllocStatsCycle(t *testing.T) {
	s := runCounted(t, "a = []\na.append(a)\ndel a\nb = {}\nb['self'] = b\ndel b\n")
	assert.False(t, s.Balanced())
	assert.Equal(t, uint64(2), s.Unreachable)
	assert.Equal(t, map[string]uint64{"list": 1, "dict": 1}, s.UnreachableTypes)
	assert.Equal(t, s.Allocated, s.Freed+s.Reachable+s.Unreachable)
	var report strings.Builder
	s.Write(&report)
	assert.Contains(t, report.String(), "FAILS")
	assert.Contains(t, report.String(), "unreachable by type: dict 1 list 1")
}

// TestAllocStatsErrorArguments checks that objects the runtime makes only
// to hand over (the arguments of the exceptions it raises: messages, the
// objects of encode and decode errors, a SyntaxError's location; the
// items of a result tuple) are released with their holder: each case
// once leaked a reference per call.
func TestAllocStatsErrorArguments(t *testing.T) {
	cases := map[string]string{
		"set.pop":      "for i in range(20):\n    try:\n        set().pop()\n    except KeyError:\n        pass\n",
		"dict.popitem": "for i in range(20):\n    try:\n        {}.popitem()\n    except KeyError:\n        pass\n",
		"decode":       "for i in range(20):\n    try:\n        b'\\xff'.decode('utf-8')\n    except UnicodeDecodeError:\n        pass\n",
		"encode":       "for i in range(20):\n    try:\n        '\\udc80'.encode('utf-8')\n    except UnicodeEncodeError:\n        pass\n",
		"compile":      "for i in range(20):\n    try:\n        compile('1 +', 'f.py', 'exec')\n    except SyntaxError:\n        pass\n",
		"buffer_info":  "import array\na = array.array('i', [1])\nfor i in range(20):\n    a.buffer_info()\n",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			s := runCounted(t, src)
			assert.Zero(t, s.Unreachable, "unreachable: %v", s.UnreachableTypes)
			assert.True(t, s.Balanced(), "freed %d, allocated %d, reachable %d", s.Freed, s.Allocated, s.Reachable)
		})
	}
}
