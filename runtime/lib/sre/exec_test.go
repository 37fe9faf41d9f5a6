package sre

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustCompile(t testing.TB, pattern string, flags int) *Prog {
	p, err := Compile([]rune(pattern), false, flags)
	require.Nil(t, err, "compile %q", pattern)
	return p
}

// TestPathological runs patterns that backtrack exponentially, or loop on
// empty iterations, on inputs small enough that CPython finishes them
// too: they must end, with CPython's answer.
func TestPathological(t *testing.T) {
	cases := []struct {
		pattern, text string
		mode          Mode
		want          []int // group 0's span, nil for no match
	}{
		{`(a*)*b`, strings.Repeat("a", 20), ModeMatch, nil},
		{`(a|a)*b`, strings.Repeat("a", 18), ModeMatch, nil},
		{`(x+x+)+y`, strings.Repeat("x", 16), ModeMatch, nil},
		{`(a*)*$`, strings.Repeat("a", 16) + "b", ModeSearch, []int{17, 17}},
		{`(?:(?:)*)*x`, "yyyx", ModeSearch, []int{3, 4}},
		{`(?:a?)*?b`, "aab", ModeMatch, []int{0, 3}},
		{`(?:a*?)*c`, strings.Repeat("a", 12), ModeSearch, nil},
		{`(?:a|b)*`, strings.Repeat("ab", 100000), ModeFull, []int{0, 200000}},
		{`(a)*`, strings.Repeat("a", 100000), ModeFull, []int{0, 100000}},
		{`(?>(?:a|b)*)c`, strings.Repeat("ab", 50000), ModeMatch, nil},
		{`(?=(a+))*b`, strings.Repeat("a", 40), ModeMatch, nil},
		// Quadratic in CPython, linear here (a failed leading repeat
		// rules out the starts it covered).
		{`.*x`, strings.Repeat("ab", 200000), ModeSearch, nil},
		{`[\w.]+@\w+`, strings.Repeat("ab.", 100000), ModeSearch, nil},
	}
	for _, c := range cases {
		p := mustCompile(t, c.pattern, 0)
		regs := p.Exec(NarrowSubject(c.text), 0, len(c.text), c.mode, false)
		if c.want == nil {
			assert.Nil(t, regs, c.pattern)
			continue
		}
		require.NotNil(t, regs, c.pattern)
		assert.Equal(t, c.want, regs[:2], c.pattern)
	}
}

// TestConcurrentMatching shares one program between goroutines: each
// must get its own answers (run with -race).
func TestConcurrentMatching(t *testing.T) {
	p := mustCompile(t, `(\w+)@(\w+)\.com|(?P<n>\d+)`, 0)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			text := strings.Repeat("x ", g) + "joe@example.com 42"
			for i := 0; i < 200; i++ {
				var spans [][]int
				p.Scan(NarrowSubject(text), 0, len(text), func(regs []int) bool {
					spans = append(spans, append([]int(nil), regs[:2]...))
					return true
				})
				assert.Equal(t, [][]int{{2 * g, 2*g + 15}, {2*g + 16, 2*g + 18}}, spans)
			}
		}(g)
	}
	wg.Wait()
}

// TestWideSubjects matches code points beyond Latin-1 and surrogates.
func TestWideSubjects(t *testing.T) {
	p := mustCompile(t, `(\w+)\s(\S+)`, 0)
	in := WideSubject([]rune("—日本 語\U0001F600!"))
	regs := p.Exec(in, 0, in.Len(), ModeSearch, false)
	require.NotNil(t, regs)
	assert.Equal(t, []int{1, 7, 1, 3, 4, 7, 2}, regs)
	lone := WideSubject([]rune{'a', 0xD800, 'b'})
	q := mustCompile(t, `a.b`, 0)
	assert.NotNil(t, q.Exec(lone, 0, 3, ModeFull, false))
}

func BenchmarkWordFindall(b *testing.B) {
	text := strings.Repeat("The quick brown fox jumps over the lazy dog; 42 times! ", 2000)
	p := mustCompile(b, `\w+`, 0)
	in := NarrowSubject(text)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		n := 0
		p.Scan(in, 0, len(text), func([]int) bool { n++; return true })
	}
}

func BenchmarkEmailSearch(b *testing.B) {
	text := strings.Repeat("some words without the thing we look for, ", 2000) + "mail: joe.bloggs@example.com"
	p := mustCompile(b, `[\w.+-]+@[\w-]+\.[\w.-]+`, 0)
	in := NarrowSubject(text)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		if p.Exec(in, 0, len(text), ModeSearch, false) == nil {
			b.Fatal("no match")
		}
	}
}

func BenchmarkSmallMatch(b *testing.B) {
	p := mustCompile(b, `(?P<key>[a-z]+)=(?P<value>\d+);(x*)$`, 0)
	in := NarrowSubject("ka=123;xx")
	var buf [10]int
	for i := 0; i < b.N; i++ {
		if p.ExecTo(buf[:0], in, 0, in.Len(), ModeMatch, false) == nil {
			b.Fatal("no match")
		}
	}
}

func BenchmarkStringLiterals(b *testing.B) {
	text := strings.Repeat(`x = "hello \"world\"" + foo(12, 3.5) # comment`+"\n", 2000)
	p := mustCompile(b, `"(?:[^"\\]|\\.)*"`, 0)
	in := NarrowSubject(text)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		n := 0
		p.Scan(in, 0, len(text), func([]int) bool { n++; return true })
	}
}
