package main

import (
	"fmt"
	"strings"
)

// This file reads python3's command line: options first (single letters
// that may be grouped, "-c", "-m", "-W" and "-X" taking a value glued on
// or in the next argument), then the program ("-c cmd", "-m mod", a file
// or "-" for standard input), then the program's own arguments. Options
// that only tune CPython (-u, -B, -E, -s, -I, -O, -W, -X, ...) are
// accepted and ignored, so that scripts passing them work.

// runKind is what an invocation asks for.
type runKind int

const (
	runStdin   runKind = iota // no program, or "-": read it from standard input
	runScript                 // a file
	runCommand                // -c
	runModule                 // -m
	runHelp                   // -h, -?, --help
	runVersion                // -V, --version
)

// invocation is a parsed command line.
type invocation struct {
	kind     runKind
	target   string   // the file, the command or the module
	args     []string // the program's arguments (sys.argv[1:])
	xoptions []string // the values of -X options, in order
	// interactive is -i: the interactive prompt even when standard input
	// is not a terminal.
	interactive bool
	// unbuffered is -u: sys.stdout and sys.stderr write through.
	unbuffered bool
	// warnoptions are the values of -W options, in order.
	warnoptions []string
}

// xoption reports whether -X name was given.
func (inv invocation) xoption(name string) bool {
	for _, x := range inv.xoptions {
		if x == name {
			return true
		}
	}
	return false
}

// usageErr is a command-line error, printed with the usage line.
type usageErr string

func (u usageErr) Error() string { return string(u) }

// ignoredOptions are the single-letter options without a value that
// change nothing here.
const ignoredOptions = "bBdEIOPqRsSvx"

// parseCommandLine reads the arguments after the command's name.
func parseCommandLine(args []string) (invocation, error) {
	var opts invocation
	inv, err := parseArgs(args, &opts)
	inv.xoptions, inv.interactive, inv.unbuffered = opts.xoptions, opts.interactive, opts.unbuffered
	inv.warnoptions = opts.warnoptions
	return inv, err
}

// parseArgs is parseCommandLine, collecting the options that do not
// decide the invocation (-X values, -i) into opts.
func parseArgs(args []string, opts *invocation) (invocation, error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-":
			return invocation{kind: runStdin, args: args[i+1:]}, nil
		case a == "--":
			if i+1 < len(args) {
				return invocation{kind: runScript, target: args[i+1], args: args[i+2:]}, nil
			}
			return invocation{kind: runStdin}, nil
		case !strings.HasPrefix(a, "-"):
			return invocation{kind: runScript, target: a, args: args[i+1:]}, nil
		case strings.HasPrefix(a, "--"):
			inv, done, skip, err := longOption(a, args[i+1:])
			if err != nil || done {
				return inv, err
			}
			i += skip
			continue
		}
		for j := 1; j < len(a); j++ {
			c := a[j]
			switch {
			case strings.IndexByte(ignoredOptions, c) >= 0:
				continue
			case c == 'i':
				opts.interactive = true
			case c == 'u':
				opts.unbuffered = true
			case c == 'h' || c == '?':
				return invocation{kind: runHelp}, nil
			case c == 'V':
				return invocation{kind: runVersion}, nil
			case c == 'c' || c == 'm' || c == 'W' || c == 'X':
				value := a[j+1:]
				if value == "" {
					if i+1 >= len(args) {
						return invocation{}, usageErr(fmt.Sprintf("Argument expected for the -%c option", c))
					}
					i++
					value = args[i]
				}
				switch c {
				case 'c':
					return invocation{kind: runCommand, target: value, args: args[i+1:]}, nil
				case 'm':
					return invocation{kind: runModule, target: value, args: args[i+1:]}, nil
				case 'X':
					opts.xoptions = append(opts.xoptions, value)
				case 'W':
					opts.warnoptions = append(opts.warnoptions, value)
				}
				j = len(a)
			default:
				return invocation{}, usageErr(fmt.Sprintf("Unknown option: -%c", c))
			}
		}
	}
	return invocation{kind: runStdin}, nil
}

// longOption handles one "--name" option. done reports that it decides
// the invocation (help, version); skip counts the following arguments it
// used as its value.
func longOption(a string, rest []string) (inv invocation, done bool, skip int, err error) {
	switch a {
	case "--help", "--help-env", "--help-xoptions", "--help-all":
		return invocation{kind: runHelp}, true, 0, nil
	case "--version":
		return invocation{kind: runVersion}, true, 0, nil
	case "--check-hash-based-pycs":
		if len(rest) == 0 {
			return invocation{}, true, 0, usageErr("Argument expected for the --check-hash-based-pycs options")
		}
		return invocation{}, false, 1, nil
	}
	return invocation{}, true, 0, usageErr("unknown option " + a)
}
