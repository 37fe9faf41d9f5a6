package eval

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/interp/compile"
	"gilfree/interp/syntax"
)

// runSource compiles and runs a program in-process and returns its exit
// status and output.
func runSource(t *testing.T, filename string, src []byte, args ...string) (int, string, string) {
	t.Helper()
	root, err := syntax.Parse(filename, src, syntax.ModeExec, 0)
	require.NoError(t, err)
	code, err := compile.Compile(filename, root)
	require.NoError(t, err)
	var stdout, stderr bytes.Buffer
	status := RunMain(Program{
		Code:     code,
		Filename: filename,
		Argv:     append([]string{filename}, args...),
		Path:     []string{ScriptPath(filename)},
		Stdin:    strings.NewReader(""),
		Stdout:   &stdout,
		Stderr:   &stderr,
	})
	return status, stdout.String(), stderr.String()
}

// python3Output runs a script under python3, or skips the test.
func python3Output(t *testing.T, path string) (int, string, string) {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	cmd := exec.Command(py, path)
	cmd.Dir = filepath.Dir(path)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	status := 0
	if ee, ok := err.(*exec.ExitError); ok {
		status = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return status, stdout.String(), stderr.String()
}

// TestPrograms runs every testdata/*.py program and compares its exit
// status and standard output with python3's. A program's standard error
// is compared too when its name ends in _err.py (tracebacks).
func TestPrograms(t *testing.T) {
	files, err := filepath.Glob("testdata/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		abs, err := filepath.Abs(f)
		require.NoError(t, err)
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(abs)
			require.NoError(t, err)
			wantStatus, wantOut, wantErr := python3Output(t, abs)
			status, out, errOut := runSource(t, abs, src)
			assert.Equal(t, wantOut, out)
			assert.Equal(t, wantStatus, status, "stderr:\n%s", errOut)
			if strings.HasSuffix(f, "_err.py") {
				assert.Equal(t, wantErr, errOut)
			}
		})
	}
}

// TestRunFile runs the program named by GILFREE_RUN in-process, for
// profiling the eval loop with go test -cpuprofile:
//
//	GILFREE_RUN=bench/fib.py go test ./interp/eval -run TestRunFile -cpuprofile cpu.out
func TestRunFile(t *testing.T) {
	path := os.Getenv("GILFREE_RUN")
	if path == "" {
		t.Skip("GILFREE_RUN not set")
	}
	if !filepath.IsAbs(path) {
		path = filepath.Join("..", "..", path)
	}
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	status, out, errOut := runSource(t, path, src)
	t.Logf("status %d\n%s%s", status, out, errOut)
	if opStats {
		var stats strings.Builder
		dumpOpStats(&stats, 40)
		t.Log(stats.String())
	}
}

// benchProgram runs a loop body b.N times in a compiled program and
// reports the time per iteration (the loop's own cost included).
func benchProgram(b *testing.B, setup, body string) {
	src := setup + "\ndef bench(n):\n    for _ in range(n):\n        " + body + "\n"
	prog := append([]byte(src), []byte("\nbench("+itoa(b.N)+")\n")...)
	root, err := syntax.Parse("<bench>", prog, syntax.ModeExec, 0)
	require.NoError(b, err)
	code, err := compile.Compile("<bench>", root)
	require.NoError(b, err)
	var out bytes.Buffer
	b.ResetTimer()
	status := RunMain(Program{Code: code, Argv: []string{"bench"}, Stdin: strings.NewReader(""), Stdout: &out, Stderr: &out})
	b.StopTimer()
	require.Equal(b, 0, status, out.String())
}

// BenchmarkLoop is an empty for loop: the cost of FOR_ITER over a range.
func BenchmarkLoop(b *testing.B) { benchProgram(b, "", "pass") }

// BenchmarkPythonCall is a call and return of a Python function.
func BenchmarkPythonCall(b *testing.B) { benchProgram(b, "def f(a, b):\n    return a", "f(1, 2)") }

// BenchmarkMethodCall is a method call on an instance.
func BenchmarkMethodCall(b *testing.B) {
	benchProgram(b, "class C:\n    def m(self, x):\n        return x\nc = C()", "c.m(1)")
}

// BenchmarkInstantiate is a class call with a Python __init__.
func BenchmarkInstantiate(b *testing.B) {
	benchProgram(b, "class C:\n    def __init__(self, x):\n        self.x = x", "C(1)")
}

// BenchmarkBuiltinCall is a call of a builtin function.
func BenchmarkBuiltinCall(b *testing.B) { benchProgram(b, "x = [1, 2, 3]", "len(x)") }

// BenchmarkFloatArith is a float multiply-add into a local.
func BenchmarkFloatArith(b *testing.B) { benchProgram(b, "", "y = 1.5 * 2.5 + 0.5") }

// BenchmarkRaiseCatch is raising and catching an exception in one frame.
func BenchmarkRaiseCatch(b *testing.B) {
	benchProgram(b, "", "try:\n            raise ValueError\n        except ValueError:\n            pass")
}

// TestSuperOpcodesFit checks that the superinstructions' opcodes stay
// below the compiler's pseudo-opcodes, within one byte.
func TestSuperOpcodesFit(t *testing.T) {
	require.Less(t, int(compile.NumOpcodes)+numSuperOps, 240)
}

// Instructions prefixed by EXTENDED_ARG words run with the whole argument
// (here zero high bits, one and two prefixes, before a LOAD_CONST and a
// LOAD_NAME: real prefixes need 2^24 constants or names).
func TestExtendedArgPrefixes(t *testing.T) {
	root, err := syntax.Parse("ext.py", []byte("print('ok')\n"), syntax.ModeExec, 0)
	require.NoError(t, err)
	code, err := compile.Compile("ext.py", root)
	require.NoError(t, err)
	var instrs []uint32
	for _, w := range code.Instrs {
		switch compile.Opcode(w) {
		case compile.LOAD_CONST:
			instrs = append(instrs, compile.Word(compile.EXTENDED_ARG, 0))
		case compile.LOAD_NAME:
			instrs = append(instrs, compile.Word(compile.EXTENDED_ARG, 0), compile.Word(compile.EXTENDED_ARG, 0))
		}
		instrs = append(instrs, w)
	}
	require.Greater(t, len(instrs), len(code.Instrs)+2)
	code.Instrs = instrs
	var stdout, stderr bytes.Buffer
	status := RunMain(Program{Code: code, Filename: "ext.py", Argv: []string{"ext.py"},
		Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr})
	require.Equal(t, 0, status, stderr.String())
	require.Equal(t, "ok\n", stdout.String())
}
