package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"gilfree/interp/compile"
	"gilfree/interp/syntax"
)

// This file holds the modules that `-m` runs inside the command itself:
// ast and dis, with the command lines of CPython's ast.main and dis._test
// (read by argparse there, so errors are worded as argparse words them).

const astUsage = `usage: gilfree -m ast [-h] [-m {exec,single,eval,func_type}]
                      [--no-type-comments] [-a] [-i INDENT]
                      [infile]
`

const astHelp = astUsage + `
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i INDENT, --indent INDENT
                        indentation of nodes (number of spaces)
`

const disUsage = "usage: gilfree -m dis [-h] [infile]\n"

const disHelp = disUsage + `
positional arguments:
  infile

options:
  -h, --help  show this help message and exit
`

var astModes = map[string]syntax.Mode{
	"exec": syntax.ModeExec, "single": syntax.ModeSingle, "eval": syntax.ModeEval, "func_type": syntax.ModeFuncType,
}

// astModule prints the syntax tree of a file as `python3 -m ast` does.
func (e env) astModule(args []string) int {
	mode, typeComments, attrs, indent := "exec", true, false, 3
	cl := argParser{
		prog:  "gilfree -m ast",
		usage: astUsage,
		help:  astHelp,
		flags: map[string]*bool{"-a": &attrs, "--include-attributes": &attrs},
		clear: map[string]*bool{"--no-type-comments": &typeComments},
		values: map[string]func(string) string{
			"-m": func(v string) string { return choose(&mode, v, "-m/--mode") }, "--mode": func(v string) string { return choose(&mode, v, "-m/--mode") },
			"-i": func(v string) string { return intValue(&indent, v) }, "--indent": func(v string) string { return intValue(&indent, v) },
		},
	}
	infile, status, done := cl.parse(e, args)
	if done {
		return status
	}
	name, src, status, ok := e.readInfile(cl, infile)
	if !ok {
		return status
	}
	var flags syntax.Flags
	if typeComments {
		flags |= syntax.TypeComments
	}
	root, err := syntax.Parse(name, src, astModes[mode], flags)
	if err != nil {
		return e.reportError(err, fileText(name, src))
	}
	fmt.Fprintln(e.stdout, syntax.Dump(root, attrs, max(indent, 0)))
	return 0
}

// disModule prints the bytecode of a file, as `python3 -m dis` prints
// CPython's.
func (e env) disModule(args []string) int {
	cl := argParser{prog: "gilfree -m dis", usage: disUsage, help: disHelp}
	infile, status, done := cl.parse(e, args)
	if done {
		return status
	}
	name, src, status, ok := e.readInfile(cl, infile)
	if !ok {
		return status
	}
	root, err := syntax.Parse(name, src, syntax.ModeExec, 0)
	if err != nil {
		return e.reportError(err, fileText(name, src))
	}
	code, err := compile.Compile(name, root)
	if err != nil {
		return e.reportError(err, fileText(name, src))
	}
	if err := compile.Disassemble(e.stdout, code); err != nil {
		fmt.Fprintf(e.stderr, "gilfree: %v\n", err)
		return 1
	}
	return 0
}

// readInfile reads the input file argument ("-" or none for standard
// input, named "<stdin>" as CPython names it).
func (e env) readInfile(cl argParser, infile string) (string, []byte, int, bool) {
	if infile == "-" {
		src, err := io.ReadAll(e.stdin)
		if err != nil {
			return "", nil, cl.fail(e, "argument infile: "+err.Error()), false
		}
		return "<stdin>", src, 0, true
	}
	src, err := os.ReadFile(infile)
	if err != nil {
		msg := osErrorText(err)
		return "", nil, cl.fail(e, fmt.Sprintf("argument infile: can't open '%s': %s: '%s'", infile, msg, infile)), false
	}
	return infile, src, 0, true
}

func choose(mode *string, v, option string) string {
	if _, ok := astModes[v]; !ok {
		return fmt.Sprintf("argument %s: invalid choice: '%s' (choose from 'exec', 'single', 'eval', 'func_type')", option, v)
	}
	*mode = v
	return ""
}

func intValue(n *int, v string) string {
	i, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil {
		return fmt.Sprintf("argument -i/--indent: invalid int value: '%s'", v)
	}
	*n = i
	return ""
}

// argParser reads a module's command line the way Python's argparse does
// for these simple cases: flags, options with a value (glued, after '=',
// or in the next argument), unambiguous prefixes of long options, "--",
// and at most one positional argument (the input file, "-" by default).
type argParser struct {
	prog, usage, help string
	flags             map[string]*bool // set to true
	clear             map[string]*bool // set to false
	values            map[string]func(string) string
}

// fail prints a usage error, as argparse does, and returns exit status 2.
func (cl argParser) fail(e env, msg string) int {
	fmt.Fprintf(e.stderr, "%s%s: error: %s\n", cl.usage, cl.prog, msg)
	return 2
}

// parse reads the arguments; done reports that the command has finished
// (help printed, or an error) with the given status.
func (cl argParser) parse(e env, args []string) (infile string, status int, done bool) {
	infile = "-"
	var positionals int
	var extras []string // unknown options and surplus arguments, in order
	positional := func(a string) {
		if positionals++; positionals == 1 {
			infile = a
		} else {
			extras = append(extras, a)
		}
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			for _, p := range args[i+1:] {
				positional(p)
			}
			break
		}
		if a == "-" || !strings.HasPrefix(a, "-") {
			positional(a)
			continue
		}
		if a == "-h" || a == "--help" || (len(a) > 2 && strings.HasPrefix("--help", a)) {
			fmt.Fprint(e.stdout, cl.help)
			return "", 0, true
		}
		name, value, hasValue := strings.Cut(a, "=")
		if !strings.HasPrefix(a, "--") {
			name, value, hasValue = a[:2], a[2:], len(a) > 2
		}
		name, msg := cl.resolve(name)
		if msg != "" {
			return "", cl.fail(e, msg), true
		}
		switch {
		case cl.flags[name] != nil || cl.clear[name] != nil:
			if hasValue && strings.HasPrefix(a, "--") {
				return "", cl.fail(e, fmt.Sprintf("argument %s: ignored explicit argument '%s'", name, value)), true
			}
			if p := cl.flags[name]; p != nil {
				*p = true
			} else {
				*cl.clear[name] = false
			}
			if hasValue {
				// A group of single-letter flags: read the rest as the next one.
				args = append(args[:i+1], append([]string{"-" + value}, args[i+1:]...)...)
			}
		case cl.values[name] != nil:
			if !hasValue {
				if i+1 >= len(args) {
					return "", cl.fail(e, fmt.Sprintf("argument %s: expected one argument", cl.display(name))), true
				}
				i++
				value = args[i]
			}
			if msg := cl.values[name](value); msg != "" {
				return "", cl.fail(e, msg), true
			}
		default:
			extras = append(extras, a)
		}
	}
	if len(extras) > 0 {
		return "", cl.fail(e, "unrecognized arguments: "+strings.Join(extras, " ")), true
	}
	return infile, 0, false
}

// resolve expands a long option's unambiguous prefix to its name. An
// unknown option is left for the positional check, as argparse reports
// it among the unrecognized arguments.
func (cl argParser) resolve(name string) (string, string) {
	if !strings.HasPrefix(name, "--") || cl.known(name) {
		return name, ""
	}
	var matches []string
	for _, m := range []map[string]*bool{cl.flags, cl.clear} {
		for n := range m {
			if strings.HasPrefix(n, name) && strings.HasPrefix(n, "--") {
				matches = append(matches, n)
			}
		}
	}
	for n := range cl.values {
		if strings.HasPrefix(n, name) && strings.HasPrefix(n, "--") {
			matches = append(matches, n)
		}
	}
	switch len(matches) {
	case 0:
		return name, ""
	case 1:
		return matches[0], ""
	}
	return name, fmt.Sprintf("ambiguous option: %s could match %s", name, strings.Join(matches, ", "))
}

func (cl argParser) known(name string) bool {
	return cl.flags[name] != nil || cl.clear[name] != nil || cl.values[name] != nil
}

// display names an option with its other spelling, as argparse does in
// messages ("-i/--indent").
func (cl argParser) display(name string) string {
	switch name {
	case "-i", "--indent":
		return "-i/--indent"
	case "-m", "--mode":
		return "-m/--mode"
	}
	return name
}
