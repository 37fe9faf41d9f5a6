package refcount

import (
	"sync/atomic"
	"testing"
)

// The benchmarks time one increment-decrement pair per iteration.

func BenchmarkOwnerIncDec(b *testing.B) {
	th := startThread(b)
	h := newObject(th)
	for b.Loop() {
		th.Incref(h)
		th.Decref(h)
	}
}

func BenchmarkImmortalIncDec(b *testing.B) {
	th := startThread(b)
	h := newObject(th)
	h.MakeImmortal()
	for b.Loop() {
		th.Incref(h)
		th.Decref(h)
	}
}

// BenchmarkSharedIncDec: a thread that does not own the object, alone.
func BenchmarkSharedIncDec(b *testing.B) {
	owner, th := startThread(b), startThread(b)
	h := newObject(owner)
	for b.Loop() {
		th.Incref(h)
		th.Decref(h)
	}
}

// BenchmarkSharedIncDecParallel: every goroutine counts the same unowned
// object, the worst case of contention on one shared word.
func BenchmarkSharedIncDecParallel(b *testing.B) {
	owner := startThread(b)
	h := newObject(owner)
	b.RunParallel(func(pb *testing.PB) {
		th := new(Thread)
		th.Start(nil)
		defer th.Exit(func(*Header) {})
		for pb.Next() {
			th.Incref(h)
			th.Decref(h)
		}
	})
}

// BenchmarkOwnerIncDecParallel: every goroutine counts an object it owns,
// the case biased counting is for.
func BenchmarkOwnerIncDecParallel(b *testing.B) {
	b.RunParallel(func(pb *testing.PB) {
		th := new(Thread)
		th.Start(nil)
		defer th.Exit(func(*Header) {})
		h := newObject(th)
		for pb.Next() {
			th.Incref(h)
			th.Decref(h)
		}
	})
}

// BenchmarkAtomicIncDec is the baseline a single atomic count would cost.
func BenchmarkAtomicIncDec(b *testing.B) {
	var n atomic.Int64
	for b.Loop() {
		n.Add(1)
		n.Add(-1)
	}
}

func BenchmarkStackRefBorrowClose(b *testing.B) {
	th := startThread(b)
	h := newObject(th)
	for b.Loop() {
		r := BorrowStackRef(h)
		th.CloseStackRef(r)
	}
}

func BenchmarkStackRefNewClose(b *testing.B) {
	th := startThread(b)
	h := newObject(th)
	for b.Loop() {
		r := th.IncrefStackRef(h)
		th.CloseStackRef(r)
	}
}

func BenchmarkStackRefSharedNewClose(b *testing.B) {
	owner, th := startThread(b), startThread(b)
	h := newObject(owner)
	for b.Loop() {
		r := th.IncrefStackRef(h)
		th.CloseStackRef(r)
	}
}

func BenchmarkTryIncrefShared(b *testing.B) {
	owner, th := startThread(b), startThread(b)
	h := newObject(owner)
	for b.Loop() {
		th.TryIncref(h)
		th.Decref(h)
	}
}

// BenchmarkCreateRelease: an object's life on its owner: init, last decref
// (one compare-and-swap, see the package doc).
func BenchmarkCreateRelease(b *testing.B) {
	th := startThread(b)
	var o object
	for b.Loop() {
		th.InitHeader(&o.Header, nil)
		th.Decref(&o.Header)
	}
}
