package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gilfree runs the command in-process and returns its exit status and
// output.
func gilfree(stdin string, args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	status := run(args, strings.NewReader(stdin), &stdout, &stderr)
	return status, stdout.String(), stderr.String()
}

// python3 runs the machine's python3, or skips the test without one.
func python3(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	path, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found; skipping the comparison with CPython")
	}
	cmd := exec.Command(path, args...)
	cmd.Dir = dir
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

// writeFiles creates files in a new temporary directory.
func writeFiles(t *testing.T, files map[string]string) string {
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
	return dir
}

func TestCommandLine(t *testing.T) {
	for _, c := range []struct {
		args   []string
		status int
		stdout string
		stderr string
	}{
		{[]string{"--version"}, 0, "gilfree 0.1 (Python 3.12)\n", ""},
		{[]string{"-V"}, 0, "gilfree 0.1 (Python 3.12)\n", ""},
		{[]string{"-Z"}, 2, "", "Unknown option: -Z\nusage: gilfree [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `gilfree -h' for more information.\n"},
		{[]string{"-uc"}, 2, "", "Argument expected for the -c option\n"},
		{[]string{"--foo"}, 2, "", "unknown option --foo\n"},
		{[]string{"-X"}, 2, "", "Argument expected for the -X option\n"},
		{[]string{"-m", "ast", "-Q"}, 2, "", "gilfree -m ast: error: unrecognized arguments: -Q\n"},
		{[]string{"-m", "ast", "-i", "x"}, 2, "", "gilfree -m ast: error: argument -i/--indent: invalid int value: 'x'\n"},
		{[]string{"-m", "ast", "--mode=bad"}, 2, "", "error: argument -m/--mode: invalid choice: 'bad' (choose from 'exec', 'single', 'eval', 'func_type')\n"},
		{[]string{"-m", "ast", "-i"}, 2, "", "error: argument -i/--indent: expected one argument\n"},
		{[]string{"-m", "ast", "a.py", "b.py"}, 2, "", "error: unrecognized arguments: b.py\n"},
		{[]string{"-m", "ast", "no-such-file.py"}, 2, "", "error: argument infile: can't open 'no-such-file.py': [Errno 2] No such file or directory: 'no-such-file.py'\n"},
		{[]string{"-m", "no_such_module"}, 1, "", "gilfree: No module named no_such_module\n"},
		{[]string{"-B", "-E", "-s", "-I", "-O", "-q", "-W", "ignore", "-Xdev", "no-such-file.py"}, 2, "", "[Errno 2] No such file or directory\n"},
	} {
		status, stdout, stderr := gilfree("", c.args...)
		assert.Equal(t, c.status, status, "%v", c.args)
		assert.Equal(t, c.stdout, stdout, "%v", c.args)
		assert.Contains(t, stderr, c.stderr, "%v", c.args)
	}
	status, stdout, _ := gilfree("", "-h")
	assert.Equal(t, 0, status)
	assert.Contains(t, stdout, "usage: gilfree")
	status, stdout, _ = gilfree("", "-m", "ast", "--help")
	assert.Equal(t, 0, status)
	assert.Contains(t, stdout, "--include-attributes")
}

func TestParseCommandLine(t *testing.T) {
	for _, c := range []struct {
		args []string
		want invocation
	}{
		{nil, invocation{kind: runStdin}},
		{[]string{"-"}, invocation{kind: runStdin, args: []string{}}},
		{[]string{"-u", "x.py", "-c", "1"}, invocation{kind: runScript, target: "x.py", args: []string{"-c", "1"}, unbuffered: true}},
		{[]string{"-Bc", "pass", "--", "-x"}, invocation{kind: runCommand, target: "pass", args: []string{"--", "-x"}}},
		{[]string{"-cpass"}, invocation{kind: runCommand, target: "pass", args: []string{}}},
		{[]string{"-Wdefault", "-m", "ast", "-a", "f.py"}, invocation{kind: runModule, target: "ast", args: []string{"-a", "f.py"}, warnoptions: []string{"default"}}},
		{[]string{"--", "-c"}, invocation{kind: runScript, target: "-c", args: []string{}}},
		{[]string{"--check-hash-based-pycs", "never", "f.py"}, invocation{kind: runScript, target: "f.py", args: []string{}}},
	} {
		got, err := parseCommandLine(c.args)
		require.NoError(t, err, "%v", c.args)
		assert.Equal(t, c.want, got, "%v", c.args)
	}
}

// TestScriptSourceErrors checks the errors that only a script file gets
// (CPython's file tokenizer), worded as python3 words them.
func TestScriptSourceErrors(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"bad_utf8.py": "x = 1\n# caf\xe9\n",
		"nul.py":      "x = 1\ny = 'a'\x00\n",
	})
	status, _, stderr := gilfree("", filepath.Join(dir, "bad_utf8.py"))
	assert.Equal(t, 1, status)
	assert.Equal(t, "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file "+filepath.Join(dir, "bad_utf8.py")+
		" on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n", stderr)
	status, _, stderr = gilfree("", filepath.Join(dir, "nul.py"))
	assert.Equal(t, 1, status)
	assert.Equal(t, "  File \""+filepath.Join(dir, "nul.py")+"\", line 2\n    y = 'a'\nSyntaxError: source code cannot contain null bytes\n", stderr)
}

// TestMatchesPython compares the command with python3 on a few programs:
// the -m ast output (plain, -a, -i 0, --no-type-comments, -m eval), the
// SyntaxError report of a script, of -c and of -m ast, and exit statuses.
func TestMatchesPython(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"good.py": "import os\n\ndef f(a, *, b=1) -> int:  # type: (int) -> int\n    '''doc'''\n    return a + b if a else [x for x in 'héllo']\n\nclass C(object):\n    x: int = 0x10\n    s = b'\\x00\\n' + f'{1!r:>3}'\n",
		"expr.py": "a + 1j * -2.5e-10\n",
		"bad.py":  "x = 1\nif x:\n    y = (1,\n    2\n",
		"bad2.py": "def f():\n    return 1\n  z = 2\n",
		"ret.py":  "x = 1\nreturn x\n",
		"run.py":  "import sys\nprint(sys.argv[1:], [x * 2 for x in 'ab'])\nraise SystemExit(3)\n",
	})
	for _, args := range [][]string{
		{"-m", "ast", "good.py"},
		{"-m", "ast", "-a", "good.py"},
		{"-m", "ast", "-i", "0", "--no-type-comments", "good.py"},
		{"-m", "ast", "--mode", "eval", "expr.py"},
		{"-m", "ast", "-a", "-i1", "expr.py"},
	} {
		wantStatus, wantOut, wantErr := python3(t, dir, args...)
		status, stdout, stderr := gilfreeIn(t, dir, args...)
		assert.Equal(t, wantStatus, status, "%v: %s", args, stderr)
		assert.Equal(t, wantOut, stdout, "%v", args)
		assert.Empty(t, wantErr)
	}
	for _, args := range [][]string{
		{"bad.py"},
		{"bad2.py"},
		{"-m", "ast", "bad.py"},
		{"-c", "x = (1,"},
		{"-c", "return 1"},
		{"-m", "dis", "ret.py"},
		{"ret.py"},
	} {
		wantStatus, _, wantErr := python3(t, dir, args...)
		status, stdout, stderr := gilfreeIn(t, dir, args...)
		assert.Equal(t, wantStatus, status, "%v", args)
		assert.Empty(t, stdout)
		assert.NotEmpty(t, stderr)
		assert.True(t, strings.HasSuffix(wantErr, stderr), "%v: python3 says\n%s\ngilfree says\n%s", args, wantErr, stderr)
	}
	wantStatus, wantOut, wantErr := python3(t, dir, "run.py", "arg")
	status, stdout, stderr := gilfreeIn(t, dir, "run.py", "arg")
	assert.Equal(t, wantStatus, status)
	assert.Equal(t, wantOut, stdout)
	assert.Equal(t, wantErr, stderr)
}

// gilfreeIn runs the command in-process from dir.
func gilfreeIn(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Chdir(dir)
	return gilfree("", args...)
}

func TestAllocStatsOption(t *testing.T) {
	status, stdout, stderr := gilfree("", "-X", "allocstats", "-c", "xs = [(i, str(i)) for i in range(50)]\nprint(len(xs))")
	require.Equal(t, 0, status, stderr)
	assert.Equal(t, "50\n", stdout)
	assert.Contains(t, stderr, "allocation statistics (debug mode")
	assert.Contains(t, stderr, "freed == allocated - reachable: holds")

	status, _, stderr = gilfree("", "-X", "importtime", "-c", "pass")
	require.Equal(t, 0, status, stderr)
	assert.Empty(t, stderr, "other -X options change nothing")
}

// TestUnbuffered checks -u and PYTHONUNBUFFERED: sys.stdout writes
// through, so its lines and sys.stderr's reach a shared destination in
// the order the program wrote them. Without either, standard output is
// block-buffered when it is not a terminal (written out at exit) and
// standard error line-buffered, as in CPython.
func TestUnbuffered(t *testing.T) {
	const prog = "import sys\nprint('a')\nsys.stderr.write('b\\n')\nprint('c')\n"
	tests := []struct {
		name string
		env  string
		args []string
		want string
	}{
		{"buffered", "", []string{"-c", prog}, "b\na\nc\n"},
		{"-u", "", []string{"-u", "-c", prog}, "a\nb\nc\n"},
		{"PYTHONUNBUFFERED", "1", []string{"-c", prog}, "a\nb\nc\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("PYTHONUNBUFFERED", tt.env)
			var out bytes.Buffer
			status := run(tt.args, strings.NewReader(""), &out, &out)
			require.Equal(t, 0, status, out.String())
			assert.Equal(t, tt.want, out.String())
		})
	}
}

// TestWarnOptions checks -W and PYTHONWARNINGS: sys.warnoptions holds the
// environment's entries and then the options, and the warnings module
// makes filters of them (the last given first), reports an invalid one
// and skips it, and turns a compile-time warning into a SyntaxError under
// "error".
func TestWarnOptions(t *testing.T) {
	tests := []struct {
		name, env  string
		args       []string
		wantOut    string
		wantStderr string
		status     int
	}{
		{"W", "", []string{"-W", "error", "-c", "import sys, warnings; print(sys.warnoptions, warnings.filters[0][0])"},
			"['error'] error\n", "", 0},
		{"env then W", "ignore,error::UserWarning", []string{"-Walways::DeprecationWarning", "-c",
			"import sys, warnings; print(sys.warnoptions, [f[0] for f in warnings.filters[:3]])"},
			"['ignore', 'error::UserWarning', 'always::DeprecationWarning'] ['always', 'error', 'ignore']\n", "", 0},
		{"invalid", "", []string{"-W", "bogus", "-c", "import warnings"},
			"", "Invalid -W option ignored: invalid action: 'bogus'\n", 0},
		{"compile error", "", []string{"-W", "error", "-c", "x = 1\nprint(x is 1)"},
			"", "  File \"<string>\", line 2\nSyntaxError: \"is\" with a literal. Did you mean \"==\"?\n", 1},
		{"compile warning", "", []string{"-c", "x = 1\nprint(x is 1)"},
			"True\n", "<string>:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("PYTHONWARNINGS", tt.env)
			status, stdout, stderr := gilfree("", tt.args...)
			assert.Equal(t, tt.status, status, stderr)
			assert.Equal(t, tt.wantOut, stdout)
			assert.Equal(t, tt.wantStderr, stderr)
		})
	}
}

// TestUncaughtReports checks how an uncaught exception is reported, as
// python3 reports it: through a sys.excepthook the program installed
// (and both exceptions when that hook fails), and an exception group as
// the tree of its exceptions.
func TestUncaughtReports(t *testing.T) {
	tests := []struct {
		name, prog, stdout, stderr string
	}{
		{"custom hook", "import sys\ndef hook(t, v, tb): print('hook', t.__name__, v)\nsys.excepthook = hook\nraise KeyError('k')",
			"hook KeyError 'k'\n", ""},
		{"failing hook", "import sys\ndef hook(t, v, tb): raise RuntimeError('broke')\nsys.excepthook = hook\nraise KeyError('k')",
			"", "Error in sys.excepthook:\nTraceback (most recent call last):\n  File \"<string>\", line 2, in hook\nRuntimeError: broke\n\n" +
				"Original exception was:\nTraceback (most recent call last):\n  File \"<string>\", line 4, in <module>\nKeyError: 'k'\n"},
		{"group", "import sys\nraise ExceptionGroup('g', [ValueError(1), ExceptionGroup('n', [TypeError(2)])])",
			"", "  + Exception Group Traceback (most recent call last):\n  |   File \"<string>\", line 2, in <module>\n" +
				"  | ExceptionGroup: g (2 sub-exceptions)\n  +-+---------------- 1 ----------------\n    | ValueError: 1\n" +
				"    +---------------- 2 ----------------\n    | ExceptionGroup: n (1 sub-exception)\n" +
				"    +-+---------------- 1 ----------------\n      | TypeError: 2\n      +------------------------------------\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, stdout, stderr := gilfree("", "-c", tt.prog)
			assert.Equal(t, 1, status)
			assert.Equal(t, tt.stdout, stdout)
			assert.Equal(t, tt.stderr, stderr)
		})
	}
}

// TestExcepthookMisuse checks sys.excepthook called with a value that is
// no exception: like CPython's, it reports that on stderr and returns None.
func TestExcepthookMisuse(t *testing.T) {
	status, stdout, stderr := gilfree("", "-c", "import sys\nprint(sys.excepthook(1, 2, 3))")
	assert.Equal(t, 0, status)
	assert.Equal(t, "None\n", stdout)
	assert.Equal(t, "TypeError: print_exception(): Exception expected for value, int found\n", stderr)
}
