package runtime

import (
	"fmt"
	"io"
	goruntime "runtime"
	"runtime/debug"
	"sort"
	"sync"
	"weak"

	"gilfree/refcount"
)

// Allocation accounting (gilfree -X allocstats) counts, while a program
// runs, the objects it allocated, how many of those took their memory
// from a free list, and how many reference counting freed; at exit it
// checks them against what is still reachable:
//
//	freed == allocated - reachable at exit
//
// An object counts as allocated when initObject prepares its header (new
// memory or memory from a free list), as reused when that memory was a
// freed object's still on a free list, and as freed when its count fell
// to zero (dealloc). Only objects allocated while accounting is on are
// counted, so the frees of objects made before (package initialization)
// are not.
//
// Reachable at exit means: allocated, not freed, and still reachable by
// Go's collector, after the program has ended and the main thread's free
// lists, argument stack and frame pool have been emptied, from the
// interpreter's roots (sys.modules and the modules, builtins, the
// interned strings, the types, the code objects' constants and inline
// caches) or from a live deferred or immortal object. Those two are
// never freed by counting: deferred objects (functions, classes, modules
// and their dicts) only by the cycle collector, so until it exists what
// they hold is held; immortal ones (constants the loader made, interned
// strings) never. They count as reachable, and as roots. An object that was never freed and that
// nothing reaches is unreachable: a reference cycle among counted
// objects (garbage that only the collector can free) or a leaked count.
// The identity holds exactly when there is none. The report also counts
// freed objects that Go still reaches: memory something still points to
// without a count (a stale cache entry, or a freed object left in a
// container, a use-after-free waiting to happen).
//
// So that deferred objects can be told apart at exit, Go's collector is
// off while accounting runs (nothing is collected, and every record
// still resolves when CollectAllocStats looks): accounting is for test
// programs, not for long runs.
//
// The counters are per thread (allocCounts, registered once per thread
// and never shared), so counting writes no cache line another thread
// writes; the check's registry of objects, a map of weak pointers keyed
// by address, is one map behind a mutex, because an object may be freed
// on another thread than the one that allocated it. All of it is off
// unless EnableAllocStats was called before the program started: what
// the hot paths then pay is the test of one read-only flag.

// allocStatsOn is set by EnableAllocStats before any thread runs Python
// code and never changes while threads run.
var allocStatsOn bool

// allocCounts are one thread's counters.
type allocCounts struct {
	allocated, freed, reused uint64
}

// trackedObj is the registry's record of one address: the object last
// allocated there, its type when allocated, and whether it was freed.
type trackedObj struct {
	w     weak.Pointer[Object]
	typ   *Type
	freed bool
}

// allocRegistry holds every thread's counters and the objects allocated
// while accounting is on.
var allocRegistry struct {
	mu        sync.Mutex
	gcPercent int // Go's collector's setting before accounting
	threads   []*allocCounts
	objs      map[uintptr]*trackedObj // by address, which keeps nothing alive
}

// EnableAllocStats turns allocation accounting on (and clears what an
// earlier run counted). Call it before the program starts.
func EnableAllocStats() {
	r := &allocRegistry
	r.mu.Lock()
	defer r.mu.Unlock()
	allocStatsOn = true
	r.gcPercent = debug.SetGCPercent(-1)
	for _, c := range r.threads {
		*c = allocCounts{}
	}
	r.objs = make(map[uintptr]*trackedObj)
}

// counts returns t's counters, registering them on first use.
func (t *Thread) counts() *allocCounts {
	if c := t.free.counts; c != nil {
		return c
	}
	c := new(allocCounts)
	allocRegistry.mu.Lock()
	allocRegistry.threads = append(allocRegistry.threads, c)
	allocRegistry.mu.Unlock()
	t.free.counts = c
	return c
}

// countAlloc records a new object. The registry holds it only through a
// weak pointer, so that Go's collector can still tell at exit whether
// anything reaches it.
func (t *Thread) countAlloc(o *Object) {
	typ := TypeOf(o)
	c := t.counts()
	c.allocated++
	w := weak.Make(o)
	r := &allocRegistry
	r.mu.Lock()
	key := Addr(o)
	if old, ok := r.objs[key]; ok && old.freed && old.w == w {
		// The memory of a freed object that Go never reclaimed: a free
		// list's.
		c.reused++
	}
	r.objs[key] = &trackedObj{w: w, typ: typ}
	r.mu.Unlock()
}

// countFree records the death of o, if it was counted when allocated.
func (t *Thread) countFree(o *Object) {
	r := &allocRegistry
	r.mu.Lock()
	rec, ok := r.objs[Addr(o)]
	counted := ok && !rec.freed && rec.w == weak.Make(o)
	if counted {
		rec.freed = true
	}
	r.mu.Unlock()
	if counted {
		t.counts().freed++
	}
}

// AllocStats is the report of allocation accounting.
type AllocStats struct {
	Allocated, Freed, Reused uint64
	// Reachable counts the objects not freed that are reachable at exit,
	// Deferred the deferred and immortal ones among them; Unreachable
	// counts the objects neither freed nor reachable.
	Reachable, Deferred, Unreachable uint64
	// UnreachableTypes counts the unreachable objects by type name.
	UnreachableTypes map[string]uint64
	// FreedReferenced counts freed objects Go still reaches at exit, and
	// FreedReferencedTypes by the type they had.
	FreedReferenced      uint64
	FreedReferencedTypes map[string]uint64
	// Debug reports GILFREE_DEBUG's mode, which poisons freed objects
	// instead of recycling them.
	Debug bool
}

// Balanced reports whether freed == allocated - reachable.
func (s AllocStats) Balanced() bool { return s.Freed+s.Reachable == s.Allocated }

// dropFreeLists empties t's free lists, keeping their counts, so that Go's
// collector no longer reaches the freed objects on them.
func (t *Thread) dropFreeLists() {
	t.free = freeLists{counts: t.free.counts}
}

// CollectAllocStats ends allocation accounting and returns its report.
// Call it after the program ended, with every other thread finished: it
// empties the main thread's free lists (a finished thread's are empty)
// and the idle finalizer thread's, and runs Go's collector.
func CollectAllocStats() AllocStats {
	t := &mainThread
	r := &allocRegistry
	s := AllocStats{Debug: refcount.Debug()}
	r.mu.Lock()
	allocStatsOn = false
	for _, c := range r.threads {
		s.Allocated += c.allocated
		s.Freed += c.freed
		s.Reused += c.reused
	}
	r.mu.Unlock()
	// Deferred and immortal objects still alive are roots: keep them.
	var deferred []*Object
	r.mu.Lock()
	for _, rec := range r.objs {
		if o := rec.w.Value(); o != nil && !rec.freed && (o.IsDeferred() || o.IsImmortal()) {
			deferred = append(deferred, o)
		}
	}
	r.mu.Unlock()
	t.dropFreeLists()
	// The finalizer thread frees the objects whose __del__ it ran (and
	// their instance dicts) into its own free lists. With nothing pending
	// it is between batches, detached, and touches them no more until
	// the next batch, which finalizer.mu orders after this.
	finalizer.mu.Lock()
	if ft := finalizer.t.Load(); ft != nil && finalizer.pending == 0 {
		ft.dropFreeLists()
	}
	finalizer.mu.Unlock()
	t.args = argStack{}
	t.frames = framePool{}
	t.reprStack = nil
	debug.SetGCPercent(r.gcPercent)
	goruntime.GC()
	goruntime.GC()
	r.mu.Lock()
	defer r.mu.Unlock()
	s.Deferred = uint64(len(deferred))
	s.UnreachableTypes = map[string]uint64{}
	s.FreedReferencedTypes = map[string]uint64{}
	for _, rec := range r.objs {
		alive := rec.w.Value() != nil
		switch {
		case !rec.freed && alive:
			s.Reachable++
		case !rec.freed:
			s.Unreachable++
			s.UnreachableTypes[rec.typ.Name]++
		case alive:
			s.FreedReferenced++
			s.FreedReferencedTypes[rec.typ.Name]++
		}
	}
	goruntime.KeepAlive(deferred)
	r.objs = nil
	return s
}

// Write prints the report, as gilfree -X allocstats does at exit.
func (s AllocStats) Write(w io.Writer) {
	mode := "off"
	if s.Debug {
		mode = "on: freed objects are poisoned, never reused"
	}
	fmt.Fprintf(w, "allocation statistics (debug mode %s):\n", mode)
	fmt.Fprintf(w, "  allocated                 %10d\n", s.Allocated)
	fmt.Fprintf(w, "  reused from free lists    %10d\n", s.Reused)
	fmt.Fprintf(w, "  freed by reference count  %10d\n", s.Freed)
	fmt.Fprintf(w, "  reachable at exit         %10d   (deferred or immortal: %d)\n", s.Reachable, s.Deferred)
	fmt.Fprintf(w, "  unreachable, never freed  %10d\n", s.Unreachable)
	fmt.Fprintf(w, "  freed, still referenced   %10d\n", s.FreedReferenced)
	verdict := "holds"
	if !s.Balanced() {
		verdict = "FAILS"
	}
	fmt.Fprintf(w, "  freed == allocated - reachable: %s (%d == %d - %d)\n", verdict, s.Freed, s.Allocated, s.Reachable)
	writeTypes(w, "unreachable by type", s.UnreachableTypes)
	writeTypes(w, "freed, still referenced, by type", s.FreedReferencedTypes)
}

// writeTypes prints counts by type name, the largest first.
func writeTypes(w io.Writer, title string, counts map[string]uint64) {
	if len(counts) == 0 {
		return
	}
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := counts[names[i]], counts[names[j]]
		return a > b || a == b && names[i] < names[j]
	})
	fmt.Fprintf(w, "  %s:", title)
	for _, n := range names {
		fmt.Fprintf(w, " %s %d", n, counts[n])
	}
	fmt.Fprintln(w)
}
