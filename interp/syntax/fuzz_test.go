package syntax

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// fuzzSeeds are small inputs that reach the tokenizer's and parser's
// corners: indentation, continuations, every literal form, f-strings,
// soft keywords, type comments, and common mistakes.
var fuzzSeeds = []string{
	"",
	"x = 1\n",
	"if x:\n\tpass\nelif y:\n  pass\nelse:\n        z\n",
	"def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    return a\n",
	"lambda a, *, b=1: (yield)\n",
	"@d\nasync def f():\n    async with a as b, c:\n        await x\n    async for i in y: pass\n",
	"class C[T: int, *Ts, **P](B, metaclass=M):\n    x: int = 1\n",
	"type X[T] = list[T]\n",
	"x = [i async for i in y if i] + {k: v for k, v in z} + {*a, *b} + (g for g in h)\n",
	"f'{x!r:>{w}.{p}} {y=} {z:{{}}}' rb'\\x00' u'\\N{BULLET}' '''a\nb''' f\"{'{'}\"\n",
	"f'{f'{f'{1}'}'}' f'''{\n x # c\n}'''\n",
	"x = 0x_ff + 0o17 + 0b1_0 + 1_000.5e-3j + .5 + 5. + 1e10\n",
	"match p:\n    case [1, *r] | {'k': v, **kw} | C(a, b=2) as z if z:\n        pass\n    case -1 + 2j | None | _:\n        pass\n",
	"try:\n    pass\nexcept* (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a[1:2, ::3], b.c\n",
	"with (open(a) as f, open(b) as g,):\n    global x; nonlocal y\n",
	"from ... import (a as b, c,)\nimport a.b.c as d, e\n",
	"x = 1  # type: int\ndef f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass  # type: ignore[x]\n",
	"x = (1,\n  2\n",
	"print 'x'\n",
	"f() = 1\n",
	"if x\n    pass\n",
	"  x\n",
	"x = 'abc\n",
	"x = \"\"\"abc\n",
	"x = 1 \\ 2\n",
	"x = 08\n",
	"€ = 1\n",
	"((((((((((((((((((((((((((((((x))))))))))))))))))))))))))))))\n",
	"not not not not not not not not not not x\n",
	"x = a if b else c if d else e\n",
	"x := 1\n",
	"(x := 1, y := 2)\n",
	"f(a for a in b, c)\n",
	"f(**k, *a)\n",
	"{a: b, c}\n",
	"\xef\xbb\xbfx = 1\n",
	"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
	"x = b'\xe9'\n",
	"\\\n\\\n",
	"if 1:\n  \\\n  x\n",
	"\x0c\x0cx = 1\n",
	"x = 1\r\ny = 2\r\n",
}

// pythonStdlib returns the directory of the machine's CPython standard
// library, or "" when python3 is not installed.
func pythonStdlib() string {
	path, err := exec.LookPath("python3")
	if err != nil {
		return ""
	}
	out, err := exec.Command(path, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// stdlibFiles lists the .py files of the standard library (without
// site-packages), sorted.
func stdlibFiles(dir string) []string {
	var files []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return nil
		}
		if info.IsDir() && info.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !info.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files
}

// FuzzParse checks that any input gives a tree or a *SyntaxError, never a
// panic or a hang, in every mode. Run it with
// `go test -fuzz FuzzParse ./interp/syntax`.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	// A sample of small standard library files, when there is one.
	if dir := pythonStdlib(); dir != "" {
		n := 0
		for i, file := range stdlibFiles(dir) {
			if i%23 != 0 || n >= 60 {
				continue
			}
			if src, err := os.ReadFile(file); err == nil && len(src) < 12000 {
				f.Add(src)
				n++
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		// A parse that takes this long is a hang: crash so that the
		// fuzzer keeps the input.
		timer := time.AfterFunc(10*time.Second, func() {
			panic(fmt.Sprintf("Parse did not finish on %q", src))
		})
		defer timer.Stop()
		for _, mode := range []Mode{ModeExec, ModeEval, ModeSingle, ModeFuncType} {
			root, err := Parse("<fuzz>", src, mode, TypeComments)
			if err != nil {
				se, ok := err.(*SyntaxError)
				if !ok {
					t.Fatalf("mode %d: error %T %v is not a *SyntaxError", mode, err, err)
				}
				if se.Msg == "" {
					t.Fatalf("mode %d: SyntaxError without a message", mode)
				}
				if root != nil {
					t.Fatalf("mode %d: a tree and an error", mode)
				}
				continue
			}
			if root == nil {
				t.Fatalf("mode %d: neither a tree nor an error", mode)
			}
			Dump(root, true, -1)
		}
	})
}
