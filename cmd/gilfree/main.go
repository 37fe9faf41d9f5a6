// Command gilfree runs Python programs, with python3's command line:
//
//	gilfree [option] ... [-c cmd | -m mod | file | -] [arg] ...
//
// The runtime that executes bytecode is not written yet, so for now the
// command reads, parses and compiles the program (reporting syntax errors
// exactly as python3 does, exit status 1) and then stops with exit status
// 2. Two modules work fully already, shaped like CPython's:
//
//	gilfree -m ast [-a] [-i N] [--no-type-comments] [-m MODE] [FILE]
//	gilfree -m dis [FILE]
//
// The first prints the syntax tree as `python3 -m ast` does, the second
// the bytecode of every code object with its line numbers.
package main

import (
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// env is what a run of the command reads and writes.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// run carries out one invocation and returns its exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{stdin: stdin, stdout: stdout, stderr: stderr}
	inv, err := parseCommandLine(args)
	if err != nil {
		return e.usageError(err)
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
	return e.runStdin()
}
