package pyfmt

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"math"
	"math/rand/v2"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The expected values of these tables are CPython 3.11's repr() of the
// same values.

var floatCases = []struct {
	bits uint64
	want string
}{
	{0x0000000000000000, "0.0"},
	{0x8000000000000000, "-0.0"},
	{0x3ff0000000000000, "1.0"},
	{0xbff0000000000000, "-1.0"},
	{0x3fb999999999999a, "0.1"},
	{0x3fe0000000000000, "0.5"},
	{0x3ff8000000000000, "1.5"},
	{0x4059000000000000, "100.0"},
	{0x430c6bf526340000, "1000000000000000.0"},
	{0x4341c37937e08000, "1e+16"},
	{0x4341c37937e07fff, "9999999999999998.0"},
	{0x4341c37937e08001, "1.0000000000000002e+16"},
	{0x437b69b4ba630f35, "1.2345678901234568e+17"},
	{0x3f1a36e2eb1c432d, "0.0001"},
	{0x3f202e4b6ce5dc68, "0.00012345"},
	{0x3ee4f8b588e368f1, "1e-05"},
	{0x3eef75104d551d69, "1.5e-05"},
	{0x3f1a36e2eb1c432d, "0.0001"},
	{0x4480f0cf064dd592, "1e+22"},
	{0x54b249ad2594c37d, "1e+100"},
	{0x2b2bff2ee48e0530, "1e-100"},
	{0x0000000000000001, "5e-324"},
	{0x0010000000000000, "2.2250738585072014e-308"},
	{0x7fefffffffffffff, "1.7976931348623157e+308"},
	{0x7ff0000000000000, "inf"},
	{0xfff0000000000000, "-inf"},
	{0x7ff8000000000000, "nan"},
	{0xfff8000000000000, "nan"},
	{0x400921fb54442d18, "3.141592653589793"},
	{0x4340000000000000, "9007199254740992.0"},
	{0x43b0000000000000, "1.152921504606847e+18"},
	{0x3fd5555555555555, "0.3333333333333333"},
	{0x405edd2f1a9fbe77, "123.456"},
	{0xbf201f31f46ed246, "-0.000123"},
	{0x3e7ad7f29abcaf48, "1e-07"},
	{0x43e56a95319d63e1, "1.2345678901234567e+19"},
}

var complexCases = []struct {
	re, im uint64
	want   string
}{
	{0x3ff0000000000000, 0xfff8000000000000, "(1+nanj)"},
	{0xfff8000000000000, 0x3ff0000000000000, "(nan+1j)"},
	{0x7ff8000000000000, 0x7ff0000000000000, "(nan+infj)"},
	{0x0000000000000000, 0x8000000000000000, "-0j"},
	{0x8000000000000000, 0x0000000000000000, "(-0+0j)"},
	{0x8000000000000000, 0x8000000000000000, "(-0-0j)"},
	{0x0000000000000000, 0x0000000000000000, "0j"},
	{0x0000000000000000, 0x3ff0000000000000, "1j"},
	{0x8000000000000000, 0xbff0000000000000, "(-0-1j)"},
	{0x4341c37937e08000, 0x3ee4f8b588e368f1, "(1e+16+1e-05j)"},
	{0x0000000000000000, 0x4341c37937e08000, "1e+16j"},
	{0x0000000000000000, 0x3ff8000000000000, "1.5j"},
	{0x3ff0000000000000, 0x4000000000000000, "(1+2j)"},
	{0xbff8000000000000, 0xc004000000000000, "(-1.5-2.5j)"},
	{0x7ff0000000000000, 0xfff0000000000000, "(inf-infj)"},
	{0x0000000000000000, 0x7ff8000000000000, "nanj"},
	{0x0000000000000000, 0x7ff0000000000000, "infj"},
	{0x7ff0000000000000, 0x0000000000000000, "(inf+0j)"},
	{0x3fb999999999999a, 0x4059000000000000, "(0.1+100j)"},
	{0x4000000000000000, 0x3ee4f8b588e368f1, "(2+1e-05j)"},
	{0x0000000000000000, 0xbe7ad7f29abcaf48, "-1e-07j"},
}

var strCases = []struct {
	s, want string
}{
	{"", "''"},
	{"abc", "'abc'"},
	{"it's", "\"it's\""},
	{"say \"hi\"", "'say \"hi\"'"},
	{"both ' and \"", "'both \\' and \"'"},
	{"\\", "'\\\\'"},
	{"a\x09b\x0ac\x0dd", "'a\\tb\\nc\\rd'"},
	{"\x00\x01\x1f\x7f", "'\\x00\\x01\\x1f\\x7f'"},
	{"\xc2\x80\xc2\x9f\xc2\xa0\xc2\xad\xc3\xbf", "'\\x80\\x9f\\xa0\\xad\xc3\xbf'"},
	{"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", "'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'"},
	{"\xe2\x80\xa8\xe2\x80\xa9\xe2\x80\x8b\xe2\x80\x8e\xef\xbb\xbf\xef\xbf\xbd", "'\\u2028\\u2029\\u200b\\u200e\\ufeff\xef\xbf\xbd'"},
	{"\xed\xa0\x80", "'\\ud800'"},
	{"\xed\xbf\xbf\xed\xa0\xbd\xed\xb8\x80", "'\\udfff\\ud83d\\ude00'"},
	{"\xf3\xa0\x80\x81\xf3\xb0\x80\x80\xf4\x8f\xbf\xbf", "'\\U000e0001\\U000f0000\\U0010ffff'"},
	{"\xcd\xb8", "'\\u0378'"},
	{"\xe0\xb3\xb3", "'\\u0cf3'"},
	{"\xf0\x9f\xab\xa8", "'\\U0001fae8'"},
	{"\xe3\x80\x80 \xc2\xa0", "'\\u3000 \\xa0'"},
	{"\xf0\xb1\x8d\x90", "'\\U00031350'"},
	{"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", "'\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e'"},
	{"\xcc\x80", "'\xcc\x80'"},
	{"'\"", "'\\'\"'"},
	{"\x0b\x0c", "'\\x0b\\x0c'"},
}

var bytesCases = []struct {
	b, want string
}{
	{"", "b''"},
	{"abc", "b'abc'"},
	{"it's", "b\"it's\""},
	{"say \"hi\"", "b'say \"hi\"'"},
	{"both ' and \"", "b'both \\' and \"'"},
	{"\\", "b'\\\\'"},
	{"a\x09b\x0ac\x0dd", "b'a\\tb\\nc\\rd'"},
	{"\x00\x01\x1f\x7f\x80\xff", "b'\\x00\\x01\\x1f\\x7f\\x80\\xff'"},
	{"\x0b\x0c ~", "b'\\x0b\\x0c ~'"},
}

func TestFloatRepr(t *testing.T) {
	for _, c := range floatCases {
		assert.Equal(t, c.want, FloatRepr(math.Float64frombits(c.bits)), "%#x", c.bits)
	}
}

func TestComplexRepr(t *testing.T) {
	for _, c := range complexCases {
		v := complex(math.Float64frombits(c.re), math.Float64frombits(c.im))
		assert.Equal(t, c.want, ComplexRepr(v))
	}
}

func TestStrRepr(t *testing.T) {
	for _, c := range strCases {
		assert.Equal(t, c.want, StrRepr(c.s), "%q", c.s)
	}
	assert.Equal(t, `'a\xffb'`, StrRepr("a\xffb"), "a byte that is not WTF-8")
}

func TestBytesRepr(t *testing.T) {
	for _, c := range bytesCases {
		assert.Equal(t, c.want, BytesRepr(c.b), "%q", c.b)
		assert.Equal(t, c.want, BytesRepr([]byte(c.b)), "%q", c.b)
	}
}

func TestWTF8(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r += 7 {
		b := AppendRune(nil, r)
		require.Len(t, b, RuneLen(r))
		got, n := DecodeRune(string(b))
		require.Equal(t, r, got)
		require.Equal(t, len(b), n)
	}
	r, n := DecodeRune("\xed\xa0\x80\xed\xb0\x80")
	assert.Equal(t, rune(0xD800), r, "a surrogate pair stays two code points")
	assert.Equal(t, 3, n)
	r, n = DecodeRune("\xed\xa0")
	assert.Equal(t, '\uFFFD', r)
	assert.Equal(t, 1, n)
}

// python runs a Python script with the machine's python3, feeding it
// input, and returns its output; the test is skipped without python3.
func python(t *testing.T, script, input string) string {
	t.Helper()
	path, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found; skipping the comparison with CPython")
	}
	cmd := exec.Command(path, "-c", script)
	cmd.Stdin = strings.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, stderr.String())
	return string(out)
}

// TestFloatReprMatchesPython compares FloatRepr with CPython on random bit
// patterns, random short decimals and values near the notation limits.
func TestFloatReprMatchesPython(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var vals []float64
	for i := 0; i < 2000; i++ {
		vals = append(vals, math.Float64frombits(rng.Uint64()))
	}
	for i := 0; i < 2000; i++ {
		f, _ := strconv.ParseFloat(fmt.Sprintf("%de%d", rng.IntN(1000000), rng.IntN(50)-25), 64)
		vals = append(vals, f, -f)
	}
	for e := -6; e <= 18; e++ {
		p := math.Pow(10, float64(e))
		vals = append(vals, p, math.Nextafter(p, 0), math.Nextafter(p, math.Inf(1)), 1.5*p)
	}
	var in strings.Builder
	for _, f := range vals {
		fmt.Fprintf(&in, "%016x\n", math.Float64bits(f))
	}
	out := python(t, `
import sys, struct
for line in sys.stdin:
    print(repr(struct.unpack(">d", bytes.fromhex(line.strip()))[0]))
`, in.String())
	got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, got, len(vals))
	for i, f := range vals {
		assert.Equal(t, got[i], FloatRepr(f), "%#x", math.Float64bits(f))
	}
}

// TestStrReprMatchesPython compares StrRepr with CPython on random strings
// drawn from ASCII, Latin-1, the BMP (surrogates included) and the other
// planes, and checks IsPrintable on every code point.
func TestStrReprMatchesPython(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	ranges := [][2]rune{{0, 0x7F}, {0x80, 0xFF}, {0x100, 0xFFFF}, {0xD7F0, 0xE010}, {0x10000, 0x10FFFF}, {0x1F000, 0x1FBFF}}
	var strs [][]rune
	for i := 0; i < 3000; i++ {
		s := make([]rune, rng.IntN(8))
		for j := range s {
			rg := ranges[rng.IntN(len(ranges))]
			s[j] = rg[0] + rng.Int32N(rg[1]-rg[0]+1)
		}
		strs = append(strs, s)
	}
	var in strings.Builder
	for _, s := range strs {
		for j, r := range s {
			if j > 0 {
				in.WriteByte(' ')
			}
			fmt.Fprintf(&in, "%x", r)
		}
		in.WriteByte('\n')
	}
	out := python(t, `
import sys
lines = sys.stdin.read().split("\n")[:-1]
for line in lines:
    s = "".join(chr(int(x, 16)) for x in line.split())
    print(repr(s).encode("utf-8", "surrogatepass").hex())
print("".join("1" if chr(c).isprintable() else "0" for c in range(0x110000)))
`, in.String())
	got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, got, len(strs)+1)
	for i, s := range strs {
		var b []byte
		for _, r := range s {
			b = AppendRune(b, r)
		}
		want, err := hex.DecodeString(got[i])
		require.NoError(t, err)
		assert.Equal(t, string(want), StrRepr(string(b)), "%U", s)
	}
	printable := got[len(strs)]
	require.Len(t, printable, 0x110000)
	for r := rune(0); r <= 0x10FFFF; r++ {
		if IsPrintable(r) != (printable[r] == '1') {
			t.Errorf("IsPrintable(%U) = %v, CPython says %c", r, IsPrintable(r), printable[r])
		}
	}
}
