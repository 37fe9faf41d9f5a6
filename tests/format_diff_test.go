package tests

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestFormatDifferential runs a large generated table of formatting
// expressions (format() over the whole spec mini-language for int, bool,
// float, complex and str; str.format and format_map; printf-style % for
// str and bytes; float repr and str) under gilfree and under python3,
// and requires the same result or the same exception line for each.
//
// Each case is one Python expression; the generated program prints one
// line per case: the repr of its value, or "ExcType: message". python3's
// output is cached in the temporary directory, keyed by a hash of the
// program and of python3's path, so reruns cost only gilfree's time. The
// test is skipped when python3 is absent.
func TestFormatDifferential(t *testing.T) {
	python := findPython()
	if python == "" {
		t.Skip("python3 not found; the differential test compares with CPython")
	}
	cases := formatCases()
	program := formatProgram(cases)
	dir := t.TempDir()
	script := filepath.Join(dir, "fmtcases.py")
	require.NoError(t, os.WriteFile(script, []byte(program), 0o644))

	want := cachedPythonOutput(t, python, script, program)
	got := run(t, buildGilfree(t), script, nil)
	require.NoError(t, got.err)
	require.Equal(t, 0, got.exitCode, "gilfree failed on the program:\n%s", tail(got.stderr))

	wantLines := strings.Split(want, "\n")
	gotLines := strings.Split(got.stdout, "\n")
	require.Len(t, gotLines, len(wantLines), "gilfree printed a different number of lines")
	var bad []string
	for i, c := range cases {
		if wantLines[i] != gotLines[i] {
			bad = append(bad, fmt.Sprintf("%s\n    python3: %s\n    gilfree: %s", c, wantLines[i], gotLines[i]))
		}
	}
	t.Logf("%d formatting cases compared with python3", len(cases))
	if len(bad) > 0 {
		if os.Getenv("GILFREE_FMTDIFF_ALL") == "" && len(bad) > 60 {
			bad = append(bad[:60], fmt.Sprintf("... and %d more", len(bad)-60))
		}
		t.Fatalf("%d of %d cases differ:\n%s", len(bad), len(cases), strings.Join(bad, "\n"))
	}
}

// cachedPythonOutput returns python3's standard output for the program,
// from the cache when this program was run by this python3 before.
func cachedPythonOutput(t *testing.T, python, script, program string) string {
	sum := sha256.Sum256([]byte(python + "\x00" + program))
	cache := filepath.Join(os.TempDir(), "gilfree-fmtdiff-"+hex.EncodeToString(sum[:12])+".txt")
	if data, err := os.ReadFile(cache); err == nil {
		return string(data)
	}
	out, err := exec.Command(python, script).Output()
	require.NoError(t, err, "python3 failed on the generated program")
	// A failed write only loses the cache.
	_ = os.WriteFile(cache, out, 0o644)
	return string(out)
}

// formatProgram wraps the cases into a program that prints one line per
// case.
func formatProgram(cases []string) string {
	var b strings.Builder
	b.WriteString(`import sys
class Obj:
    def __init__(self): self.attr = 7; self.items = [10, 20, {'k': 'v'}]
    def __format__(self, spec): return 'Obj<' + spec + '>'
    def __repr__(self): return 'Obj()'
    def __str__(self): return 'obj-str'
class IntLike:
    def __index__(self): return 5
class FloatLike:
    def __float__(self): return 2.5
class IntSub(int): pass
class FloatSub(float): pass
class StrSub(str): pass
class IntFmt(int):
    def __format__(self, spec): return 'IntFmt[' + spec + ']'
class BadFmt:
    def __format__(self, spec): return 5
class NoFmt:
    pass
class D(dict):
    def __missing__(self, key): return '<' + key + '>'
class BytesLike:
    def __bytes__(self): return b'BL'
o = Obj()
def r(f):
    try:
        v = f()
    except Exception as e:
        v = type(e).__name__ + ': ' + str(e)
        sys.stdout.write(v.replace('\n', '\\n') + '\n')
        return
    sys.stdout.write(repr(v) + '\n')
`)
	for _, c := range cases {
		b.WriteString("r(lambda: " + c + ")\n")
	}
	return b.String()
}

// Values and specs crossed into format() cases.
var (
	fmtInts = []string{"0", "1", "-1", "42", "-42", "255", "1234567", "-1234567", "2**70", "-(2**64)",
		"True", "False", "IntSub(12)", "10**20+1", "65"}
	fmtFloats = []string{"0.0", "-0.0", "1.5", "-1.5", "2.5", "3.14159", "-3.14159", "1e16", "1e15", "1.2345e-7",
		"123456789.125", "float('inf')", "-float('inf')", "float('nan')", "1e300", "5e-324", "0.1", "1/3",
		"0.0001", "0.00001", "999999.5", "9.9999999", "1234.5678", "-0.00049", "FloatSub(2.75)", "100.0"}
	fmtComplex = []string{"1+2j", "-1.5-0.25j", "3j", "-(0j)", "-0.0-2j", "1e20+1e-20j", "0j*-1",
		"-1e-300j", "0j"}
	fmtStrs = []string{"''", "'abc'", "'héllo'", "'a long string here'", "StrSub('sub')", "'日本'"}

	numSpecs = []string{"", "d", "5", "<8", ">8", "^8", "=8", "*^9", "0>6", "08", "+", "-", " ", "+8", " 8",
		"z", "z.1f", "z8.2f", "#", "#x", "#X", "#o", "#b", "x", "X", "o", "b", "c", "n", "#010x", "+#x",
		",", "_", "08,", "010_", "12,", "_x", "_b", "_o", ",x", "#_x", "012_x", "e", "E", ".3e", "12.3E",
		"f", "F", ".0f", ".2f", "10.4f", "+.1f", ",.2f", "_.3f", "015,.2f", "g", "G", ".3g", ".10g", "#g",
		"#.3g", ".0g", "#.0f", "#.0e", "%", ".1%", ",.1%", "s", "r", "q", "10.2", ".3", "#.3", ",.0f",
		"0=10", "x<+10.2f", "ü^7", "=+08", "=^10", "010", "-010.3", ".2n", "12n", ",n", "_n", "10,d",
		",e", ",g", ".20f", ".17g", ".30e", "#.2%", "+010.2%", "<", "10e", ">+12,.3f", "0<10", "0^10",
		"1" + strings.Repeat("0", 25), ".1" + strings.Repeat("0", 25), "z#x", ",_", "_,", ".", ".f",
		"\\u00e9", "5.2d", "5.2x", "+c", "=10c", "#c", ",c", "<<5", "##", "0x", "99999999999999999999"}
	strSpecs = []string{"", "s", "5", "<6", ">6", "^6", "^7", "*<6", "0", "05", ".1", ".2s", "10.3",
		"=6", "+", " ", "-", "#", ",", "_", "d", "x", "r", "z", "0>5", "_^8", ".0", "-5", "c", "z5"}
)

// formatCases returns every case expression.
func formatCases() []string {
	var cases []string
	add := func(format string, a ...any) { cases = append(cases, fmt.Sprintf(format, a...)) }
	for _, v := range fmtInts {
		for _, s := range numSpecs {
			add("format(%s, %q)", v, s)
		}
	}
	for _, v := range fmtFloats {
		for _, s := range numSpecs {
			add("format(%s, %q)", v, s)
		}
		add("repr(%s)", v)
		add("str(%s)", v)
	}
	for _, v := range fmtComplex {
		for _, s := range numSpecs {
			add("format(%s, %q)", v, s)
		}
		add("repr(%s)", v)
	}
	for _, v := range fmtStrs {
		for _, s := range strSpecs {
			add("format(%s, %q)", v, s)
		}
	}
	for _, v := range []string{"1e22", "1e-5", "123456789012345678.0", "0.3", "2.0**60", "-2.0**-30", "1.7976931348623157e308",
		"2.2250738585072014e-308", "12345678901234567.0", "1e16-2", "9007199254740993.0", "0.1+0.2"} {
		add("repr(%s)", v)
		add("str(%s)", v)
		add("f'{%s}'", v)
	}
	cases = append(cases, strFormatCases...)
	cases = append(cases, percentCases...)
	cases = append(cases, moreCases...)
	return cases
}

// strFormatCases exercises str.format and format_map.
var strFormatCases = []string{
	`'{} {}'.format(1, 2)`, `'{1} {0}'.format(1, 2)`, `'{0} {0}'.format('x')`, `'{} {1}'.format(1, 2)`,
	`'{0} {}'.format(1, 2)`, `'{a} {b}'.format(a=1, b='x')`, `'{} {a}'.format(1, a=2)`, `'{2}'.format(1, 2)`,
	`'{}'.format()`, `'{x}'.format(y=1)`, `'{0.attr}'.format(o)`, `'{0.items[1]}'.format(o)`,
	`'{0.items[2][k]}'.format(o)`, `'{.attr}'.format(o)`, `'{[0]}'.format([5, 6])`, `'{0[-1]}'.format({'-1': 'neg'})`,
	`'{0[1]}'.format('xyz')`, `'{0.nope}'.format(o)`, `'{0[5]}'.format([1])`, `'{0[a}'.format({})`,
	`'{0.}'.format(o)`, `'{0[]}'.format({})`, `'{0[0]x}'.format([1])`, `'{0!r}'.format('s')`, `'{0!s}'.format(o)`,
	`'{0!a}'.format('é')`, `'{0!x}'.format(1)`, `'{0!}'.format(1)`, `'{0!rr}'.format(1)`, `'{0!r:>10}'.format('s')`,
	`'{:{}}'.format(3, 5)`, `'{:{}.{}f}'.format(3.14159, 8, 2)`, `'{0:{1}}'.format('a', '>4')`,
	`'{:{w}}'.format(1, w=6)`, `'{:{:{}}}'.format(1, 2, 3)`, `'{:{:{:{}}}}'.format(1, 2, 3, 4)`, `'{{}} {}'.format(1)`,
	`'}}{{'.format()`, `'{'.format()`, `'}'.format()`, `'a{'.format()`, `'{0'.format(1)`, `'{0:'.format(1)`,
	`'x}y'.format()`, `'{:d}'.format('s')`, `'{:s}'.format(1)`, `'{:x}'.format(1.5)`, `'{}'.format(o)`,
	`'{:abc}'.format(o)`, `'{!r:abc}'.format(o)`, `'{0:}'.format(5)`, `'{0:{1}}'.format(5, '')`,
	`'{a.attr}'.format(a=o)`, `'{a[0]}'.format(a=[9])`, `'{0:{a}}'.format(1, a='^5')`, `'{0}{1}{0}'.format('a', 'b')`,
	`'{00}'.format(7)`, `'{0_0}'.format(1)`, `'{ 0}'.format(1)`, `'{0 }'.format(1)`, `'{-1}'.format(1)`,
	`'{a-b}'.format(**{'a-b': 3})`, `'{é}'.format(é=1)`, `'{0[ 1 ]}'.format({' 1 ': 'sp'})`,
	`'{:%Y}'.format(1)`, `'{!r}'.format(1.0)`, `'{:^}'.format('a')`, `'{:10}'.format(True)`, `'{:d}'.format(True)`,
	`'{a}'.format_map({'a': 1})`, `'{a[b]}'.format_map({'a': {'b': 2}})`, `'{}'.format_map({})`,
	`'{0}'.format_map({'0': 'z'})`, `'{x}'.format_map({})`, `'{x}'.format_map(1)`, `'{:>{w}}'.format_map({'w': 4})`,
	`'{:{}}'.format('a', 'b', 'c')`, `'{0:{0}}'.format(5)`, `str.format('{}', 1)`, `'{0}'.format(*range(3))`,
	`'{:,}'.format(1234567.891)`, `'{:_}'.format(10**10)`, `'{:,.2%}'.format(1234.5)`, `'{!s:^9}'.format(o)`,
	`'{0.__class__.__name__}'.format(1)`, `'{0[0][0]}'.format([[1]])`, `'{:{}{}}'.format(1, '>', 3)`,
	`'{0:{1}}'.format(1)`, `'{:{}}'.format(1)`, `'{0.items[1]:+05d}'.format(o)`,
}

// percentCases exercises printf-style formatting of str and bytes.
var percentCases = []string{
	`'%s' % 'a'`, `'%s' % 5`, `'%s %s' % (1, 2)`, `'%s' % (1, 2)`, `'%s %s' % (1,)`, `'%s' % ((1, 2),)`,
	`'%r' % 'a'`, `'%a' % 'é'`, `'%5s|%-5s|' % ('a', 'b')`, `'%.2s' % 'abc'`, `'%5.1s' % 'abc'`,
	`'%d' % 42`, `'%i' % -42`, `'%u' % 7`, `'%d' % 3.99`, `'%d' % -3.99`, `'%d' % True`, `'%d' % '1'`,
	`'%d' % None`, `'%x' % 255`, `'%X' % 255`, `'%o' % 8`, `'%#x' % 255`, `'%#X' % 255`, `'%#o' % 8`,
	`'%x' % 2.0`, `'%x' % -255`, `'%#x' % -255`, `'%05d' % -42`, `'%-5d|' % 42`, `'%+d' % 5`, `'% d' % 5`,
	`'%+ d' % 5`, `'% +d' % 5`, `'%.3d' % 5`, `'%8.3d' % -5`, `'%-08d|' % 5`, `'%#08x' % 255`, `'%#8x' % 255`,
	`'%#-8x|' % 255`, `'%f' % 1.5`, `'%.2f' % 2.675`, `'%e' % 12345.678`, `'%E' % 0.000123`, `'%g' % 1e-5`,
	`'%G' % 1e20`, `'%g' % 100000.0`, `'%g' % 1000000.0`, `'%#g' % 1.0`, `'%#.0f' % 3.0`, `'%#.0e' % 3.0`,
	`'%10.3f|' % 3.14159`, `'%-10.3f|' % 3.14159`, `'%010.3f' % -3.14159`, `'%+.1f' % 2.25`, `'% .1f' % 2.25`,
	`'%f' % float('inf')`, `'%f' % float('nan')`, `'%05f' % float('-inf')`, `'%f' % 3`, `'%f' % 'x'`,
	`'%f' % IntLike()`, `'%f' % FloatLike()`, `'%d' % FloatLike()`, `'%x' % IntLike()`, `'%d' % IntLike()`,
	`'%x' % 1.5`, `'%c' % 65`, `'%c' % 'z'`, `'%c' % 'zz'`, `'%c' % -1`, `'%c' % 0x110000`, `'%c' % 1.5`,
	`'%5c|' % 'x'`, `'%-5c|' % 'x'`, `'%%'  % ()`, `'%% %s' % 1`, `'100%'  % ()`, `'%'  % ()`, `'%y' % 1`,
	`'%s %y' % (1, 2)`, `'%*d' % (5, 42)`, `'%-*d|' % (5, 42)`, `'%*d|' % (-5, 42)`, `'%.*f' % (2, 3.14159)`,
	`'%*.*f' % (8, 2, 3.14159)`, `'%*d' % ('x', 1)`, `'%*d' % (5,)`, `'%(a)s %(b)d' % {'a': 'x', 'b': 5}`,
	`'%(a)s' % {}`, `'%(a)s %s' % {'a': 1}`, `'%(a)s' % ('x',)`, `'%(a)s' % 5`, `'%(a)*d' % {'a': 1}`,
	`'%(a)-5s|' % {'a': 'q'}`, `'%(a(b))s' % {'a(b)': 1}`, `'%(a' % {'a': 1}`, `'%s' % {'a': 1}`,
	`'%s %s' % {'a': 1}`, `'x' % {'a': 1}`, `'x' % ()`, `'x' % 5`, `'x' % []`, `'%s' % []`, `'%s' % [1, 2]`,
	`'%ld %hd %Lf' % (1, 2, 3.0)`, `'%d' % 10**30`, `'%x' % 10**30`, `'%.40f' % 0.1`, `'%.60f' % 1.0`,
	`'%s' % o`, `'%r' % o`, `'%5%' % ()`, `'%-5%|' % ()`, `'%s' % ()`, `'%d %d' % (1, 2, 3)`, `'%.0f' % 0.5`,
	`'%.0f' % 1.5`, `'%.1e' % 0.0`, `'%g' % 0.0`, `'%g' % -0.0`, `'%r' % 1.0`, `'%s' % 1e16`, `'%s' % 0.1`,
	`'%i' % IntSub(3)`, `'%s' % StrSub('t')`, `'%3$s' % 1`, `'%s %' % 1`, `'%(x)' % {'x': 1}`, `'%.' % 1`,
	`b'%s' % b'ab'`, `b'%s' % 'ab'`, `b'%b' % b'ab'`, `b'%b' % bytearray(b'q')`, `b'%s' % 5`, `b'%r' % b'x'`,
	`b'%a' % 'é'`, `b'%d %x %o' % (10, 255, 8)`, `b'%5.2f|' % 3.14159`, `b'%c' % 65`, `b'%c' % b'z'`,
	`b'%c' % 256`, `b'%c' % b'zz'`, `b'%c' % 'z'`, `b'%(k)s' % {b'k': b'v'}`, `b'%(k)s' % {'k': b'v'}`,
	`b'%s %s' % (b'a',)`, `b'x' % (1,)`, `b'%-5b|' % b'ab'`, `b'%.1b' % b'ab'`, `b'%%' % ()`, `b'%y' % 1`,
	`b'%i' % 3.7`, `b'%g' % 1e-10`,
	`b'%s' % bytearray(b'ba')`, `b'%d' % b'1'`, `'%s' % b'ab'`, `'%c' % '日'`, `'%-3s|%3s' % ('日', '本')`,
	`'%s' % (IntSub(4),)`, `'%(a)s %(a)r' % {'a': 'z'}`, `'%s' % None`, `'%s and %r' % (None, None)`,
	`'%0*d' % (6, -12)`, `'%+5s' % 'a'`, `'%#s' % 'a'`, `'% 5s' % 'a'`, `'%05s' % 'a'`, `'%05c' % 'a'`,
	`'%.3x' % 10`, `'%#.3x' % 10`, `'%#.3o' % 10`, `'%5.3x|' % -10`, `'%e' % 10**400`, `'%f' % 10**20`,
	`'%s' % 1.5j`, `'%d' % 1.5j`, `'%f' % 1.5j`, `'%.3g' % 1234.5`, `'%#.3g' % 1234.5`, `'%#x' % 0`,
	`'%#o' % 0`, `'%.0d' % 0`, `StrSub('%s-%s') % (1, 2)`, `'%(a)s' % D(a=1)`, `'%(zz)s' % D()`,
	`'%s' % D()`, `'%d%%' % 50`, `'%-+8.3f|' % 3.14159`, `'% 08.2f' % 3.14159`, `'%+08d' % 7`, `'%#b' % 5`,
	`'%e' % 0.0`, `'%.3E' % -1e-300`, `'%g' % 123456789`, `'%G' % 0.00001234`, `'%#G' % 1e100`, `'%.0e' % 12345`,
	`'%10.4s|' % 'abcdefg'`, `'%-10r|' % 'x'`, `'%a' % '\u2603'`, `'%r' % '\u2603'`, `'%c%c' % (104, 'i')`,
	`'%s' % 1e300`, `'%s' % -0.0`, `'%.2f' % 1e20`, `'%.15g' % 0.1`, `'%.17g' % 0.1`, `'%.20e' % 0.1`,
	`'%(a)s %(b)s' % {'a': 1, 'b': [2]}`, `'%(a)05.1f' % {'a': 2.25}`, `'%%(a)s' % {}`, `'%s %%' % 1`,
	`b'%5s|%-5s|' % (b'a', b'b')`, `b'%x %X %#o' % (255, 255, 8)`, `b'%+.2e' % 12.5`, `b'%(a)d' % {b'a': 1}`,
	`b'%s' % BytesLike()`, `b'%s' % StrSub('x')`, `b'%a' % 1.5`, `b'%r' % [b'x']`,
}

// moreCases are format(), f-strings and objects with their own __format__.
var moreCases = []string{
	`format(o, 'xyz')`, `format(object(), '')[:15]`, `format(object(), 'x')`, `format(1, 1)`, `format(IntFmt(5), 'q')`,
	`format(IntFmt(5), '')`, `'{:q}'.format(IntFmt(2))`, `f'{IntFmt(3):z}'`, `format(StrSub('ab'), '>4')`,
	`format(FloatSub(1.5), '')`, `format(IntSub(7), '')`, `format(True, '')`, `format(True, '^7')`, `format(False, 'd')`,
	`format(None, '')`, `format(None, '>5')`, `format([1], '')`, `format((1, 2), '')`, `format(1.5j, '')`,
	`format(BadFmt(), '')`, `format(NoFmt(), 'x')`, `f'{3.14159:{8}.{3}f}|'`, `f'{"s":{"^"}{9}}'`, `f'{12345:{","}}'`,
	`f'{255:#{"x"}}'`, `f'{0.5:.0%}'`, `f'{-0.0:z.2f}'`, `f'{-0.0001:z.2f}'`, `f'{-1e-10:z.3e}'`, `f'{-0.5:z.0f}'`,
	`f'{1e16:,}'`, `f'{12.0:n}'`, `f'{1234567:n}'`, `f'{1234567.25:n}'`, `f'{2**100:,}'`, `f'{2**100:_x}'`,
	`f'{-2**100:=+40,}'`, `f'{123:08.3}'`, `f'{1.0:#}'`, `f'{1e16:#}'`, `f'{0.0:#g}'`, `f'{100.0:#.3g}'`,
	`f'{123456:.3}'`, `f'{123456.0:.3}'`, `f'{0.00001234:.3}'`, `f'{1e-5:}'`, `f'{1.5:10}|'`, `f'{"x":010}'`,
	`'{0:{1}{2}}'.format(3.14159, '.', '2f')`, `'{a:{b}}'.format(a=5, b='+')`, `'{!a:>8}'.format('é')`,
	`'{0}'.format_map(D())`, `'{k}'.format_map(D())`, `'{k[x]}'.format_map({'k': D()})`, `'{0.real:.1f}'.format(2)`,
	`'{0[0]:x}'.format((255,))`, `'{:}'.format(None)`, `'{:s}'.format(None)`, `'{!r:5}'.format(None)`,
	`'{0:{0}}'.format(IntFmt(1))`, `format(1.5, '.2147483648f')`, `'%.99999999999999999999f' % 1`,
	`'%99999999999999999999d' % 1`, `format(1, '99999999999999999999')`, `'{:{}}'.format(1, '9'*30)`,
	`'%*d' % (2**40, 1)`, `'%.*f' % (2**31, 1.0)`, `format(2**100, 'c')`, `format(1e308, ',.2f')[:20]`,
	`'%c' % 2**70`, `b'%c' % 2**70`, `'{0[99999999999999999999]}'.format([1])`, `'{99999999999999999999}'.format(1)`,
	`format('x', '.0')`, `format(0, ',')`, `format(-1, '_b')`, `format(7, '#_o')`, `'%c' % '\ud800'`,
	`format('\ud800', '^5')`, `'{:\ud800^5}'.format('x')`,
}
