package sre

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// diffCase is one question put to both engines.
type diffCase struct {
	P   string `json:"p"`
	F   int    `json:"f"`
	S   string `json:"s"`
	Op  string `json:"op"`
	R   string `json:"r"`
	N   int    `json:"n"`
	B   bool   `json:"b"`
	Pos int    `json:"pos"`
	End int    `json:"end"`
}

const (
	fI = FlagIgnoreCase
	fM = FlagMultiline
	fS = FlagDotAll
	fX = FlagVerbose
	fA = FlagASCII
)

// patternSet is a pattern tried on each of its subjects with search,
// match, fullmatch and findall.
type patternSet struct {
	p     string
	f     int
	texts []string
}

var matchSets = []patternSet{
	{`abc`, 0, []string{"abc", "xabcy", "ab", "ABC", ""}},
	{`a.c`, 0, []string{"abc", "a\nc", "ac", "xaxcx"}},
	{`a.c`, fS, []string{"a\nc", "abc"}},
	{`^abc$`, 0, []string{"abc", "abc\n", "abc\n\n", "xabc"}},
	{`^a|b$`, fM, []string{"a\nb\nab\nba", "b\na"}},
	{`$`, 0, []string{"a\n", "a", "\n\n", ""}},
	{`^`, fM, []string{"a\nb\n", ""}},
	{`\Aa\Z`, 0, []string{"a", "a\n"}},
	{`a*`, 0, []string{"aaa", "baaa", "", "b"}},
	{`a+`, 0, []string{"aaa", "baaab", "", "bbb"}},
	{`a?b`, 0, []string{"ab", "b", "aab", "a"}},
	{`a*?b`, 0, []string{"aaab", "b", "ac"}},
	{`a+?`, 0, []string{"aaa"}},
	{`a??`, 0, []string{"aa"}},
	{`a{2}`, 0, []string{"a", "aa", "aaaaa"}},
	{`a{2,}`, 0, []string{"a", "aaaa"}},
	{`a{,2}`, 0, []string{"aaaa", ""}},
	{`a{1,3}b`, 0, []string{"aaaab", "b", "ab"}},
	{`a{1,3}?`, 0, []string{"aaaa"}},
	{`a{,}`, 0, []string{"aaa"}},
	{`a{}`, 0, []string{"a{}", "a"}},
	{`a{1`, 0, []string{"a{1", "a"}},
	{`a{x}`, 0, []string{"a{x}"}},
	{`x{2,3}+x`, 0, []string{"xxxx", "xxx"}},
	{`(a|b)*c`, 0, []string{"abbac", "c", "abab"}},
	{`(a|ab)(c|bcd)(d*)`, 0, []string{"abcd", "abcdd"}},
	{`(a*)*`, 0, []string{"aaa", "b", ""}},
	{`(a*)+`, 0, []string{"aaa", "b"}},
	{`(a*|b)*`, 0, []string{"aab", "bba"}},
	{`(a|)*b`, 0, []string{"aab", "b"}},
	{`(?:a|b)+?c`, 0, []string{"ababc"}},
	{`((a)|b)+`, 0, []string{"ab", "ba", "abb"}},
	{`(a)|(b)`, 0, []string{"a", "b", "c"}},
	{`(a)(b)?`, 0, []string{"a", "ab"}},
	{`((a)b)`, 0, []string{"ab"}},
	{`(?P<first>\w+) (?P<last>\w+)`, 0, []string{"Jane Doe", "x"}},
	{`(\w+)\s+\1`, 0, []string{"hello hello world", "hello world"}},
	{`(?P<q>['"]).*?(?P=q)`, 0, []string{`say "hi" 'there'`, `"unclosed`}},
	{`(a)?(?(1)b|c)`, 0, []string{"ab", "c", "ac", "b"}},
	{`(?P<x>a)?(?(x)b)c`, 0, []string{"abc", "c", "bc"}},
	{`foo(?=bar)`, 0, []string{"foobar", "foobaz"}},
	{`foo(?!bar)`, 0, []string{"foobar", "foobaz", "foo"}},
	{`(?<=abc)def`, 0, []string{"abcdef", "xbcdef", "def"}},
	{`(?<!abc)def`, 0, []string{"abcdef", "xbcdef", "def"}},
	{`(?<=(a))b`, 0, []string{"ab", "cb"}},
	{`(?=(a+))a*b\1`, 0, []string{"baaabac"}},
	{`(?!(a)c)\w`, 0, []string{"ac", "ab"}},
	{`(?>a+)b`, 0, []string{"aaab", "aaa"}},
	{`(?>a+)a`, 0, []string{"aaaa"}},
	{`a++a`, 0, []string{"aaa"}},
	{`a*+b`, 0, []string{"aab", "b"}},
	{`(?:ab)++ab`, 0, []string{"ababab"}},
	{`(?:ab)*+c`, 0, []string{"ababc", "abac"}},
	{`a?+a`, 0, []string{"a", "aa"}},
	{`(?>(a)|b)c`, 0, []string{"ac", "bc"}},
	{`[abc]+`, 0, []string{"xxcabz", "ABC"}},
	{`[^abc]+`, 0, []string{"abxyzc", "abc"}},
	{`[a-z0-9_]+`, 0, []string{"Hello_World42!"}},
	{`[-a]+`, 0, []string{"a-a-b"}},
	{`[a-]+`, 0, []string{"a-a-b"}},
	{`[]a]+`, 0, []string{"]a]b"}},
	{`[^]a]+`, 0, []string{"]a]bcd"}},
	{`[\]]`, 0, []string{"x]"}},
	{`[\d\s]+`, 0, []string{"a1 2\t3b"}},
	{`[^\W\d]+`, 0, []string{"ab12cd_e"}},
	{`[\w-]+`, 0, []string{"foo-bar baz"}},
	{`[.]`, 0, []string{"a.b"}},
	{`[\x41-\x43]+`, 0, []string{"ABCD"}},
	{`[\101]`, 0, []string{"A"}},
	{`\d+`, 0, []string{"abc123def45", "١٢٣", "none"}},
	{`\d+`, fA, []string{"١٢٣4"}},
	{`\D+`, 0, []string{"ab12cd"}},
	{`\w+`, 0, []string{"héllo wörld", "日本語 text"}},
	{`\w+`, fA, []string{"héllo wörld"}},
	{`\W+`, 0, []string{"a, b; c"}},
	{`\s+`, 0, []string{"a \t\n\r\f\vb", "a\u00a0b", "a\u2003b", "a\x1cb", "a\u0085b"}},
	{`\s+`, fA, []string{"a\u00a0 b"}},
	{`\S+`, 0, []string{"  ab  cd "}},
	{`\bfoo\b`, 0, []string{"foo", "a foo b", "foobar", "barfoo"}},
	{`\Bfoo\B`, 0, []string{"afoob", "foo"}},
	{`\b`, 0, []string{"ab cd", ""}},
	{`\B`, 0, []string{"ab cd", ""}},
	{`\bé`, 0, []string{"é", "aé"}},
	{`\bé`, fA, []string{"é", "aé"}},
	{`\t\n\r\f\v\a`, 0, []string{"\t\n\r\f\v\a"}},
	{`\x41\u0042\U00000043`, 0, []string{"ABC"}},
	{`\0\01\012`, 0, []string{"\x00\x01\n"}},
	{`\141`, 0, []string{"a"}},
	{`\.\*\+\?\\`, 0, []string{`.*+?\`}},
	{`\N{EM DASH}`, 0, []string{"a—b"}},
	{`\N{latin small letter a}`, 0, []string{"a"}},
	{`abc`, fI, []string{"ABC", "aBc", "xAbC"}},
	{`[a-c]+`, fI, []string{"xABCabcd"}},
	{`[^a-c]+`, fI, []string{"ABCdef"}},
	{`É`, fI, []string{"é", "É"}},
	{`é+`, fI, []string{"ÉéÉ"}},
	{`s`, fI, []string{"ſ", "S"}},
	{`ſ`, fI, []string{"s", "S"}},
	{`[ſ]`, fI, []string{"s", "S"}},
	{`k`, fI, []string{"\u212a", "K"}},
	{`\u212a`, fI, []string{"k"}},
	{`µ`, fI, []string{"μ", "Μ"}},
	{`ß`, fI, []string{"ẞ", "ss"}},
	{`i`, fI, []string{"İ", "ı", "I"}},
	{`k`, fI | fA, []string{"\u212a", "K"}},
	{`(a)\1`, fI, []string{"aA", "Aa"}},
	{`(?i)abc`, 0, []string{"ABC"}},
	{`a(?i:b)c`, 0, []string{"aBc", "ABc", "abC"}},
	{`(?i:a(?-i:b)c)`, 0, []string{"AbC", "ABC"}},
	{`(?s:.)+`, 0, []string{"a\nb"}},
	{`(?m:^b)`, 0, []string{"a\nb"}},
	{`(?x) a b # comment
	  c`, 0, []string{"abc"}},
	{`a b`, fX, []string{"ab", "a b"}},
	{`a\ b[ ]c`, fX, []string{"a b c"}},
	{`(?x: a b ) c`, 0, []string{"ab c"}},
	{`(?a)\w+`, 0, []string{"héllo"}},
	{`(?#comment)a`, 0, []string{"a"}},
	{`(?:)`, 0, []string{"abc"}},
	{``, 0, []string{"abc", ""}},
	{`|a`, 0, []string{"a"}},
	{`a|`, 0, []string{"a", "b"}},
	{`x*`, 0, []string{"abxd"}},
	{`\b|a`, 0, []string{"a"}},
	{`(?:x*)*y`, 0, []string{"xxxz", "xxy"}},
	{`(a?)*?b`, 0, []string{"aab"}},
	{`(a+|b+)*c`, 0, []string{"aabbac"}},
	{`(.*?),(.*)`, 0, []string{"a,b,c"}},
	{`.*foo`, 0, []string{"xfooyfoo"}},
	{`.*?foo`, 0, []string{"xfooyfoo"}},
	{`[a-z]+@[a-z]+\.(com|org)`, 0, []string{"mail bob@example.com or eve@ex.org now"}},
	{`(\d+)-(\d+)`, 0, []string{"10-20 30-40"}},
	{`(?P<a>x)(?P<b>y)?`, 0, []string{"x", "xy"}},
	{`(a)(?:b)(c)`, 0, []string{"abc"}},
	{`((((((((((a))))))))))\10`, 0, []string{"aa"}},
	{`(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11`, 0, []string{"abcdefghijkk"}},
	{`日本`, 0, []string{"こんにちは日本語", "日"}},
	{`[日本]+`, 0, []string{"ab日本日c"}},
	{`\u00e9`, 0, []string{"café"}},
	{`.`, 0, []string{"\U0001F600x"}},
	{`a.*b`, 0, []string{"a\U0001F600b"}},
	{`[^a]`, 0, []string{"\n"}},
	{`a$`, fM, []string{"a\nb", "ba"}},
	{`(?<=\d)(?=(\d{3})+$)`, 0, []string{"1234567"}},
	{`(\w)(?=\w*\1)`, 0, []string{"abcab"}},
	{`(?<=^|,)\w*`, 0, []string{"a,,b"}},
	{`\d+(?:\.\d+)?`, 0, []string{"pi is 3.14 and 2"}},
	{`^\s*(\w+)\s*=\s*(.*?)\s*$`, fM, []string{"a = 1\n b=2 \n\nc =  x y "}},
	{`(?:(a)|b)*`, 0, []string{"ab", "ba"}},
	{`(a|b)*?c`, 0, []string{"abac"}},
	{`(?:a{2})*`, 0, []string{"aaaaa"}},
	{`(?:a|b){2,3}?c`, 0, []string{"ababc"}},
	{`(ab|a)(bc|c)?`, 0, []string{"abc"}},
	{`^(?:(a)|(b)|(c))+$`, 0, []string{"abcb"}},
	{`(?P<n>a)|(?P<m>b)`, 0, []string{"b"}},
	{`a(?=b)|ac`, 0, []string{"ac", "ab"}},
	{`(?!)`, 0, []string{"a"}},
	{`(?=)`, 0, []string{"ab"}},
	{`\Z`, 0, []string{"ab\n"}},
	{`a\Z`, fM, []string{"a\na"}},
	{`(?<!^)x`, 0, []string{"xx"}},
	{`(?<=a|b)c`, 0, []string{"bc"}},
}

// bytesSets run on bytes patterns and subjects (latin-1 text here).
var bytesSets = []patternSet{
	{`\w+`, 0, []string{"caf\u00e9 ok"}},
	{`\s+`, 0, []string{"a\u00a0 b"}},
	{`[\xe0-\xff]+`, 0, []string{"ab\u00e9\u00e8c"}},
	{`\xe9`, fI, []string{"\u00c9"}},
	{`abc`, fI, []string{"xABC"}},
	{`(a+)\1`, 0, []string{"aaaa"}},
	{`\bx`, 0, []string{"\u00e9x"}},
	{`\d`, 0, []string{"a1"}},
}

// badPatterns must fail to compile with CPython's message and position.
var badPatterns = []struct {
	p string
	f int
}{
	{`(`, 0}, {`(a`, 0}, {`a)`, 0}, {`*`, 0}, {`a**`, 0}, {`+a`, 0}, {`?`, 0}, {`{1}`, 0},
	{`^*`, 0}, {`a{3,2}`, 0}, {`[a`, 0}, {`[`, 0}, {`[a-`, 0}, {`[z-a]`, 0}, {`[\d-z]`, 0},
	{`\q`, 0}, {`\`, 0}, {`a\`, 0}, {`(?<x)`, 0}, {`(?P<1a>x)`, 0}, {`(?P<a>x)(?P<a>y)`, 0},
	{`(?P=x)`, 0}, {`(?P<x>a(?P=x))`, 0}, {`(?Px)`, 0}, {`(?`, 0}, {`(?P`, 0}, {`(?<`, 0},
	{`(?z)`, 0}, {`(?i`, 0}, {`(?i-`, 0}, {`(?-i)`, 0}, {`(?i-i:a)`, 0}, {`(?L)a`, 0},
	{`(?au)a`, 0}, {`a(?i)b`, 0}, {`(?#abc`, 0}, {`\1`, 0}, {`(a)\2`, 0}, {`(a\1)`, 0},
	{`(?(1)a|b)`, 0}, {`(?(x)a)`, 0}, {`(?(0)a)`, 0}, {`(?(1a)a)`, 0}, {`(a)(?(1)a|b|c)`, 0},
	{`(?<=a*)b`, 0}, {`(?<=a|bc)d`, 0}, {`(?<!a+)b`, 0}, {`\x4`, 0}, {`\u12`, 0},
	{`\U0011ffff`, 0}, {`\N{NOT A NAME}`, 0}, {`\N`, 0}, {`\N{`, 0}, {`[\q]`, 0},
	{`\400`, 0}, {`[\400]`, 0}, {`[\9]`, 0}, {`\8`, 0}, {`a{4294967295}`, 0},
	{`abc)`, 0}, {"(?x)(\n a", 0}, {"a\n(b", 0}, {`(?P<>a)`, 0}, {`(?P<a`, 0},
	{`(?P=)`, 0}, {`[\A]`, 0}, {`(?<=(?P<a>x)(?P=a))b`, 0}, {`a`, FlagLocale},
	{`a`, FlagASCII | FlagUnicode}, {`(?a:\w)(?u:\w)`, 0}, {`(?-a:a)`, 0}, {`(?t:a)`, 0},
	{`(?i)(?m)a`, 0}, {`x(?x)`, 0}, {`(?i:`, 0}, {`(?>a`, 0}, {`a{1,2}{3}`, 0}, {`a*?+`, 0},
	{`(?P<a>a)(?(a)|b)`, 0}, {`(?P<a-b>x)`, 0}, {`(?(-1)a)`, 0}, {`[a-\d]`, 0},
}

// subCases try sub (with a template) and split.
var subCases = []diffCase{
	{P: `x*`, S: "abxd", Op: "sub", R: "-"},
	{P: `a|(b)`, S: "abab", Op: "sub", R: `[\1]`},
	{P: `(\w+) (\w+)`, S: "hello world, good day", Op: "sub", R: `\2 \1`},
	{P: `(?P<w>\w+)`, S: "ab cd", Op: "sub", R: `<\g<w>|\g<1>|\g<0>>`},
	{P: `\d`, S: "a1b2c3", Op: "sub", R: "#", N: 2},
	{P: `a`, S: "aaa", Op: "sub", R: `\n\t\\\&\-`},
	{P: `a`, S: "a", Op: "sub", R: `\0\101\7`},
	{P: `(a)`, S: "a", Op: "sub", R: `\10`},
	{P: `(a)`, S: "a", Op: "sub", R: `\2`},
	{P: `(a)`, S: "a", Op: "sub", R: `\g<2>`},
	{P: `(a)`, S: "a", Op: "sub", R: `\g<x>`},
	{P: `(a)`, S: "a", Op: "sub", R: `\g<a b>`},
	{P: `(a)`, S: "a", Op: "sub", R: `\g`},
	{P: `(a)`, S: "a", Op: "sub", R: `\g<1`},
	{P: `(a)`, S: "a", Op: "sub", R: `\q`},
	{P: `(a)`, S: "a", Op: "sub", R: `\777`},
	{P: `(a)|b`, S: "ab", Op: "sub", R: `[\1]`},
	{P: ``, S: "abc", Op: "sub", R: "-"},
	{P: `\b`, S: "ab cd", Op: "sub", R: "|"},
	{P: `$`, S: "a\nb\n", Op: "sub", R: "$", F: fM},
	{P: `,`, S: "a,b,,c", Op: "split"},
	{P: `(,)`, S: "a,b,,c", Op: "split"},
	{P: `(,)|(;)`, S: "a,b;c", Op: "split"},
	{P: `,`, S: "a,b,c,d", Op: "split", N: 2},
	{P: `x*`, S: "axbc", Op: "split"},
	{P: `\b`, S: "a b", Op: "split"},
	{P: ``, S: "abc", Op: "split"},
	{P: `\W+`, S: "Words, words, words.", Op: "split"},
	{P: `(\W+)`, S: "Words, words, words.", Op: "split"},
	{P: `[a-f]+`, S: "0a3B9", Op: "split", F: fI},
	{P: `^`, S: "a\nb\nc", Op: "split", F: fM},
	{P: `a`, S: "", Op: "split"},
	{P: `\s*`, S: " a b ", Op: "sub", R: "_"},
	{P: `(?:)`, S: "", Op: "sub", R: "x"},
	{P: `a*`, S: "baaac", Op: "sub", R: "<\\g<0>>"},
	{P: `(a)(b)?`, S: "a ab", Op: "sub", R: `\2\1`},
}

// posCases use pos and endpos.
var posCases = []diffCase{
	{P: `^a`, S: "aaa", Op: "search", Pos: 1, End: 3},
	{P: `a$`, S: "aab", Op: "search", Pos: 0, End: 2},
	{P: `(?<=a)b`, S: "ab", Op: "search", Pos: 1, End: 2},
	{P: `\bb`, S: "ab", Op: "search", Pos: 1, End: 2},
	{P: `a+`, S: "aaaa", Op: "match", Pos: 1, End: 3},
	{P: `a+`, S: "aaaa", Op: "fullmatch", Pos: 1, End: 3},
	{P: ``, S: "abc", Op: "match", Pos: 2, End: 1},
	{P: `a*`, S: "aaa", Op: "findall", Pos: -5, End: 100},
	{P: `\w`, S: "abcd", Op: "findall", Pos: 1, End: 3},
	{P: `\Z`, S: "abc", Op: "search", Pos: 0, End: 2},
}

func allCases() []diffCase {
	var cases []diffCase
	for _, set := range matchSets {
		for _, s := range set.texts {
			for _, op := range []string{"search", "match", "fullmatch", "findall"} {
				cases = append(cases, diffCase{P: set.p, F: set.f, S: s, Op: op, End: len([]rune(s))})
			}
		}
	}
	for _, set := range bytesSets {
		for _, s := range set.texts {
			for _, op := range []string{"search", "findall"} {
				cases = append(cases, diffCase{P: set.p, F: set.f, S: s, Op: op, B: true, End: len([]rune(s))})
			}
		}
	}
	for _, b := range badPatterns {
		cases = append(cases, diffCase{P: b.p, F: b.f, Op: "compile"})
		cases = append(cases, diffCase{P: b.p, F: b.f, Op: "compile", B: true})
	}
	cases = append(cases, subCases...)
	cases = append(cases, posCases...)
	return cases
}

// oracle asks python3 for its answers, caching them by the cases' hash.
func oracle(t *testing.T, cases []diffCase) []string {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found; the differential test compares with CPython")
	}
	input, err := json.Marshal(cases)
	if err != nil {
		t.Fatal(err)
	}
	script, err := os.ReadFile(filepath.Join("testdata", "oracle.py"))
	if err != nil {
		t.Fatal(err)
	}
	key := sha256.Sum256(append(script, input...))
	cache := filepath.Join(os.TempDir(), "gilfree-sre", hex.EncodeToString(key[:8])+".json")
	data, err := os.ReadFile(cache)
	if err != nil {
		cmd := exec.Command(python, filepath.Join("testdata", "oracle.py"))
		cmd.Stdin = bytes.NewReader(input)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		data, err = cmd.Output()
		if err != nil {
			t.Fatalf("python3 oracle: %v\n%s", err, stderr.String())
		}
		if err := os.MkdirAll(filepath.Dir(cache), 0o755); err == nil {
			_ = os.WriteFile(cache, data, 0o644)
		}
	}
	var answers []string
	if err := json.Unmarshal(data, &answers); err != nil {
		t.Fatal(err)
	}
	return answers
}

// TestDifferential runs every case through the engine and compares the
// answers with CPython's.
func TestDifferential(t *testing.T) {
	cases := allCases()
	want := oracle(t, cases)
	if len(want) != len(cases) {
		t.Fatalf("oracle gave %d answers for %d cases", len(want), len(cases))
	}
	failed := 0
	for i, c := range cases {
		got := answer(c)
		if got != want[i] {
			failed++
			if failed <= 60 {
				t.Errorf("%s %q flags=%d bytes=%v on %q: got %s, CPython %s", c.Op, c.P, c.F, c.B, c.S, got, want[i])
			}
		}
	}
	t.Logf("%d cases, %d differ", len(cases), failed)
}

func subject(s string, isBytes bool) *Subject {
	rs := []rune(s)
	if isBytes {
		b := make([]byte, len(rs))
		for i, r := range rs {
			b[i] = byte(r)
		}
		return NarrowSubject(string(b))
	}
	if len(rs) == len(s) {
		return NarrowSubject(s)
	}
	return WideSubject(rs)
}

// answer is the text oracle.py prints for the case, from our engine.
func answer(c diffCase) string {
	prog, err := Compile([]rune(c.P), c.B, c.F)
	if err != nil {
		return errText(err)
	}
	in := subject(c.S, c.B)
	switch c.Op {
	case "compile":
		var names []string
		for i, n := range prog.Names {
			if n != "" {
				names = append(names, fmt.Sprintf("(%s, %d)", pyRepr([]rune(n)), i))
			}
		}
		return fmt.Sprintf("ok %d [%s]", prog.Groups-1, strings.Join(names, ", "))
	case "search", "match", "fullmatch":
		mode := map[string]Mode{"search": ModeSearch, "match": ModeMatch, "fullmatch": ModeFull}[c.Op]
		return spanText(prog.Exec(in, c.Pos, c.End, mode, false))
	case "findall":
		var parts []string
		prog.Scan(in, c.Pos, c.End, func(regs []int) bool {
			parts = append(parts, spanText(regs))
			return true
		})
		return "[" + strings.Join(parts, "; ") + "]"
	case "sub":
		pieces, err := ParseTemplate([]rune(c.R), c.B, prog.Groups-1, prog.GroupIndex)
		if err != nil {
			return errText(err)
		}
		rs := []rune(c.S)
		var out []rune
		last, n := 0, 0
		prog.Scan(in, 0, len(rs), func(regs []int) bool {
			out = append(out, rs[last:regs[0]]...)
			for _, pc := range pieces {
				if pc.Group < 0 {
					out = append(out, pc.Lit...)
				} else if s, e := regs[2*pc.Group], regs[2*pc.Group+1]; s >= 0 {
					out = append(out, rs[s:e]...)
				}
			}
			last = regs[1]
			n++
			return c.N == 0 || n < c.N
		})
		out = append(out, rs[last:]...)
		return fmt.Sprintf("%s #%d", string(out), n)
	case "split":
		rs := []rune(c.S)
		var parts []string
		last, n := 0, 0
		prog.Scan(in, 0, len(rs), func(regs []int) bool {
			parts = append(parts, string(rs[last:regs[0]]))
			for g := 1; g < prog.Groups; g++ {
				if s, e := regs[2*g], regs[2*g+1]; s >= 0 {
					parts = append(parts, string(rs[s:e]))
				} else {
					parts = append(parts, "<None>")
				}
			}
			last = regs[1]
			n++
			return c.N == 0 || n < c.N
		})
		parts = append(parts, string(rs[last:]))
		return strings.Join(parts, "|")
	}
	return "bad op " + c.Op
}

func errText(err *Error) string {
	switch {
	case err.Overflow:
		return "OverflowError: " + err.Msg
	case err.Index:
		return "IndexError: " + err.Msg
	case err.Recursion:
		return "RecursionError: " + err.Msg
	case err.Pos == -2:
		return "ValueError: " + err.Msg
	case err.Pos < 0:
		return fmt.Sprintf("error %s at None", pyRepr([]rune(err.Msg)))
	}
	return fmt.Sprintf("error %s at %d", pyRepr([]rune(err.Msg)), err.Pos)
}

func spanText(regs []int) string {
	if regs == nil {
		return "None"
	}
	n := (len(regs) - 1) / 2
	parts := make([]string, n)
	for g := 0; g < n; g++ {
		parts[g] = fmt.Sprintf("(%d, %d)", regs[2*g], regs[2*g+1])
	}
	li := "None"
	if regs[2*n] >= 0 {
		li = fmt.Sprint(regs[2*n])
	}
	return fmt.Sprintf("[%s] li=%s", strings.Join(parts, ", "), li)
}

// TestCPythonTable runs the patterns and subjects of CPython's own test
// table (test.re_tests, read from the local python3 at test time) through
// both engines with search and findall.
func TestCPythonTable(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	out, err := exec.Command(python, filepath.Join("testdata", "re_tests_cases.py")).Output()
	require.NoError(t, err)
	var pairs [][2]string
	require.NoError(t, json.Unmarshal(out, &pairs))
	if len(pairs) == 0 {
		t.Skip("python3 has no test.re_tests")
	}
	var cases []diffCase
	for _, pr := range pairs {
		for _, op := range []string{"search", "findall"} {
			cases = append(cases, diffCase{P: pr[0], S: pr[1], Op: op, End: len([]rune(pr[1]))})
		}
	}
	want := oracle(t, cases)
	failed := 0
	for i, c := range cases {
		if got := answer(c); got != want[i] {
			failed++
			if failed <= 40 {
				t.Errorf("%s %q on %q: got %s, CPython %s", c.Op, c.P, c.S, got, want[i])
			}
		}
	}
	t.Logf("%d cases, %d differ", len(cases), failed)
}
