package lowlevel

import (
	"flag"
	"os"
	"strconv"
	"sync"
	"testing"

	"gilfree/refcount"
	"gilfree/thread"
)

var scale = flag.Float64("stress.scale", envScale(), "size multiplier (env STRESS_SCALE)")

func envScale() float64 {
	if v, err := strconv.ParseFloat(os.Getenv("STRESS_SCALE"), 64); err == nil && v > 0 {
		return v
	}
	return 1
}

// scaled returns n times the scale, at least 1.
func scaled(n int) int { return max(1, int(float64(n)**scale)) }

// deaths counts how often each object was reported dead, by the id the
// test gave it, and poisons each dead object so that any later count
// operation on it (a death that came too early) panics.
type deaths struct {
	t  *testing.T
	mu sync.Mutex
	n  map[int]int
}

func newDeaths(t *testing.T) *deaths { return &deaths{t: t, n: map[int]int{}} }

func (d *deaths) record(id int) {
	d.mu.Lock()
	d.n[id]++
	twice := d.n[id] > 1
	d.mu.Unlock()
	if twice {
		d.t.Errorf("object %d reported dead twice", id)
	}
}

// checkAll asserts that objects 0..n-1 each died exactly once.
func (d *deaths) checkAll(n int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	bad := 0
	for id := 0; id < n; id++ {
		if d.n[id] != 1 {
			if bad < 5 {
				d.t.Errorf("object %d died %d times", id, d.n[id])
			}
			bad++
		}
	}
	if bad > 0 {
		d.t.Errorf("%d of %d objects did not die exactly once", bad, n)
	}
}

// enableThreads starts two states on the test's goroutine, so that object
// locking is switched on before any other goroutine starts one (thread.New
// asks for that), and exits them at the end.
func enableThreads(t *testing.T) {
	a, b := thread.New(nil), thread.New(nil)
	t.Cleanup(func() {
		for _, s := range []*thread.State{a, b} {
			s.Attach()
			s.Exit(func(*refcount.Header) {})
		}
	})
}
