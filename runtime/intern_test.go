package runtime

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestInternConcurrent interns the same new strings from several
// goroutines at once: every caller gets the same immortal object.
func TestInternConcurrent(t *testing.T) {
	names := []string{"intern_test_alpha", "intern_test_beta", "intern_test_gamma", "intern_test_delta"}
	const workers = 8
	got := make([][]*Str, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, n := range names {
				got[w] = append(got[w], Intern(n))
			}
		}()
	}
	wg.Wait()
	for i, n := range names {
		first := got[0][i]
		require.Equal(t, n, first.String())
		require.True(t, first.IsImmortal())
		for w := range workers {
			require.Same(t, first, got[w][i], "worker %d, %q", w, n)
		}
	}
}

// BenchmarkIntern looks up names already interned, from every core at
// once: the case of attribute names given as strings.
func BenchmarkIntern(b *testing.B) {
	names := []string{"__init__", "append", "intern_bench_name", "another_attribute"}
	for _, n := range names {
		Intern(n)
	}
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			Intern(names[i&3])
			i++
		}
	})
}

// TestInternAcrossFreeze interns names from several goroutines while the
// start-up table is frozen under them: names interned before the freeze
// keep their object after it, names new after it get one object however
// many threads intern them at once, and (under -race) the readers of the
// frozen table see what was written to it before.
func TestInternAcrossFreeze(t *testing.T) {
	before := []string{"intern_freeze_a", "intern_freeze_b", "intern_freeze_c"}
	during := []string{"intern_freeze_d", "intern_freeze_e", "intern_freeze_f", "intern_freeze_g"}
	first := make([]*Str, len(before))
	for i, n := range before {
		first[i] = Intern(n)
	}
	const workers = 6
	got := make([][]*Str, workers)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for range 50 {
				for _, n := range before {
					got[w] = append(got[w], Intern(n))
				}
				for _, n := range during {
					got[w] = append(got[w], Intern(n))
				}
			}
		}()
	}
	close(start)
	FreezeInterned()
	wg.Wait()
	FreezeInterned()
	for i, n := range before {
		require.Same(t, first[i], Intern(n), n)
	}
	for w := range workers {
		for k, s := range got[w] {
			i := k % (len(before) + len(during))
			if i < len(before) {
				require.Same(t, first[i], s, "worker %d, %q", w, before[i])
			} else {
				n := during[i-len(before)]
				require.Same(t, Intern(n), s, "worker %d, %q", w, n)
				require.Equal(t, n, s.String())
				require.True(t, s.IsImmortal())
			}
		}
	}
}
