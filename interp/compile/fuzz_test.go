package compile

import (
	"os"
	"path/filepath"
	"testing"

	"gilfree/interp/syntax"
)

// FuzzCompile compiles whatever parses: the result must be a code object
// that passes verify, or a *syntax.SyntaxError, never a panic or another
// error. Seeded with the golden programs and the error and folding cases.
func FuzzCompile(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.py")
	for _, name := range files {
		if src, err := os.ReadFile(name); err == nil {
			f.Add(string(src))
		}
	}
	for _, tc := range syntaxErrorCases {
		f.Add(tc.src)
	}
	for _, tc := range foldCases {
		f.Add("x = " + tc.src + "\n")
	}
	f.Fuzz(func(t *testing.T, src string) {
		root, err := syntax.Parse("fuzz.py", []byte(src), syntax.ModeExec, 0)
		if err != nil {
			return
		}
		code, err := Compile("fuzz.py", root)
		if err != nil {
			if _, ok := err.(*syntax.SyntaxError); !ok {
				t.Fatalf("not a SyntaxError: %v", err)
			}
			return
		}
		if err := verify(code); err != nil {
			t.Fatal(err)
		}
	})
}
