// Command gilfree runs Python programs, with python3's command line:
//
//	gilfree [option] ... [-c cmd | -m mod | file | -] [arg] ...
//
// It reads, parses and compiles the program (reporting syntax errors
// exactly as python3 does, exit status 1) and runs it. Two modules are
// built into the command itself, shaped like CPython's:
//
//	gilfree -m ast [-a] [-i N] [--no-type-comments] [-m MODE] [FILE]
//	gilfree -m dis [FILE]
//
// The first prints the syntax tree as `python3 -m ast` does, the second
// the bytecode of every code object with its line numbers.
//
// -X allocstats counts the objects the program allocates, reuses from
// free lists and frees, and prints the counts at exit with the check that
// what was freed is what was allocated less what is still reachable
// (runtime/allocstats.go defines the terms).
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"gilfree/interp/eval"
	rt "gilfree/runtime"
)

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(os.Stderr, eval.InternalError(r))
			if os.Getenv("GILFREE_DEBUG") != "" {
				os.Stderr.Write(debug.Stack())
			}
			os.Exit(70)
		}
	}()
	if os.Getenv("GOGC") == "" {
		// Reference counting frees (and free lists recycle) almost every
		// object, so what Go's collector traces is mostly live; the
		// garbage it finds is the memory of big ints and strings. A
		// higher target than Go's default halves the time big-int and
		// string-heavy programs spend collecting (pidigits: 3.9 s to
		// 1.1 s of CPU) for a few times the heap.
		debug.SetGCPercent(400)
	}
	processExits = true
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// processExits is set by main: the process exits when run returns, so
// the program's run need not undo what only a later run in the same
// process would notice (the tests call run many times).
var processExits bool

// programArgv is sys.argv: the script (or "-c", or the module's name
// until it is found), then the program's arguments.
func programArgv(inv invocation) []string {
	first := ""
	switch inv.kind {
	case runScript:
		first = inv.target
	case runCommand:
		first = "-c"
	case runModule:
		first = inv.target
	case runStdin:
		if len(inv.args) > 0 {
			first = "-"
		}
	}
	return append([]string{first}, inv.args...)
}

// env is what a run of the command reads and writes, and the program's
// sys.argv.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	argv           []string
	unbuffered     bool     // -u
	warnoptions    []string // -W
}

// run carries out one invocation and returns its exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{stdin: stdin, stdout: stdout, stderr: stderr}
	inv, err := parseCommandLine(args)
	if err != nil {
		return e.usageError(err)
	}
	e.argv = programArgv(inv)
	e.unbuffered = inv.unbuffered
	e.warnoptions = inv.warnoptions
	if inv.xoption("allocstats") {
		// Allocation accounting: the counts and the check of
		// freed == allocated - reachable, printed at exit.
		rt.EnableAllocStats()
		defer func() { rt.CollectAllocStats().Write(stderr) }()
	}
	switch inv.kind {
	case runHelp:
		return e.help()
	case runVersion:
		return e.version()
	case runCommand:
		return e.runCommand(inv.target)
	case runModule:
		switch inv.target {
		case "ast":
			return e.astModule(inv.args)
		case "dis":
			return e.disModule(inv.args)
		}
		return e.runModule(inv.target)
	case runScript:
		return e.runScript(inv.target)
	}
	return e.runStdin(inv.interactive)
}
