package locks

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
)

// BenchmarkLockUnlock is the uncontended pair on one word.
func BenchmarkLockUnlock(b *testing.B) {
	var w atomic.Uint32
	for i := 0; i < b.N; i++ {
		Lock(&w)
		Unlock(&w)
	}
}

// BenchmarkSection is an uncontended critical section: begin and end.
func BenchmarkSection(b *testing.B) {
	var w atomic.Uint32
	var s Sections
	for i := 0; i < b.N; i++ {
		s.BeginSection(&w)
		s.EndSection()
	}
}

// BenchmarkSection2 is an uncontended two-object critical section.
func BenchmarkSection2(b *testing.B) {
	var x, y atomic.Uint32
	var s Sections
	for i := 0; i < b.N; i++ {
		s.BeginSection2(&x, &y)
		s.EndSection()
	}
}

// BenchmarkContended: g goroutines share b.N lock-increment-unlock
// operations on one word; ns/op is the time per operation of the whole
// group, so 1/ns is the lock's throughput.
func BenchmarkContended(b *testing.B) {
	for _, g := range []int{1, 2} {
		b.Run(map[int]string{1: "1goroutine", 2: "2goroutines"}[g], func(b *testing.B) {
			var w atomic.Uint32
			counter := 0
			var wg sync.WaitGroup
			per := b.N / g
			for k := 0; k < g; k++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := 0; i < per; i++ {
						Lock(&w)
						counter++
						Unlock(&w)
					}
				}()
			}
			wg.Wait()
			if counter != per*g {
				b.Fatalf("lost updates: %d of %d", counter, per*g)
			}
		})
	}
}

// BenchmarkSectionOneThread is a critical section while a program has one
// thread: recorded, but no atomic operation.
func BenchmarkSectionOneThread(b *testing.B) {
	threaded.Store(false)
	defer EnableThreads()
	var w atomic.Uint32
	var s Sections
	for i := 0; i < b.N; i++ {
		s.BeginSection(&w)
		s.EndSection()
	}
}

// BenchmarkContendedWork is two goroutines (or one) doing b.N units of
// work each, every unit some work outside a section and some inside the
// same one, as threads writing one shared dict do: the 2-goroutine
// ns/op against the 1-goroutine ns/op is the lock's cost under
// contention (equal: the two run fully in parallel). spin=off is the
// behaviour without active spinning, for comparison.
func BenchmarkContendedWork(b *testing.B) {
	for _, spin := range []bool{true, false} {
		for _, g := range []int{1, 2} {
			name := fmt.Sprintf("spin=%v/goroutines=%d", map[bool]string{true: "on", false: "off"}[spin], g)
			b.Run(name, func(b *testing.B) {
				saved := multicore
				multicore = multicore && spin
				defer func() { multicore = saved }()
				threaded.Store(true)
				var w atomic.Uint32
				var shared [256]uint64
				var wg sync.WaitGroup
				for k := 0; k < g; k++ {
					wg.Add(1)
					go func(k int) {
						defer wg.Done()
						var s Sections
						var local [512]uint64
						for i := 0; i < b.N; i++ {
							for j := range local {
								local[j] += uint64(i + k)
							}
							s.BeginSection(&w)
							for j := 0; j < len(shared); j += 8 {
								shared[j]++
							}
							s.EndSection()
						}
					}(k)
				}
				wg.Wait()
				if want := uint64(b.N * g); shared[0] != want {
					b.Fatalf("lost updates: %d of %d", shared[0], want)
				}
			})
		}
	}
}
