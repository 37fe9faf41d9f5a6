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
