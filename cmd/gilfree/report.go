package main

import (
	"errors"
	"fmt"
	"io/fs"
	goruntime "runtime"
	"strings"
	"syscall"

	"gilfree/interp/syntax"
)

const (
	versionText = "gilfree 0.1 (Python 3.12)"
	// bannerText opens an interactive session, on standard error.
	bannerText = versionText + " on " + goruntime.GOOS + "\nType Ctrl-D to exit.\n"
	usageLine  = "usage: gilfree [option] ... [-c cmd | -m mod | file | -] [arg] ..."
)

const helpText = usageLine + `
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-m mod : run library module as a script (terminates option list);
         -m ast prints a file's syntax tree, -m dis its bytecode
-i     : the interactive prompt, even when stdin is not a terminal
-V     : print the version number and exit (also --version)
-X allocstats : print allocation counts and their check at exit
-b -B -d -E -I -O -P -q -R -s -S -u -v -x, -W arg, -X opt :
         python3's other options, accepted and ignored
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`

func (e env) help() int {
	fmt.Fprint(e.stdout, helpText)
	return 0
}

func (e env) version() int {
	fmt.Fprintln(e.stdout, versionText)
	return 0
}

// usageError reports a bad command line as python3 does, exit status 2.
func (e env) usageError(err error) int {
	fmt.Fprintf(e.stderr, "%s\n%s\nTry `gilfree -h' for more information.\n", err, usageLine)
	return 2
}

// reportError prints an error of reading, parsing or compiling a program
// and returns exit status 1. A SyntaxError prints as CPython's last lines
// of a traceback do; one without a file or line (a NUL byte in a source
// string, an encoding problem of a script) prints as its message alone.
// text is the program's source, to show the line of a compiler error,
// which comes without it.
func (e env) reportError(err error, text string) int {
	var se *syntax.SyntaxError
	if !errors.As(err, &se) {
		fmt.Fprintf(e.stderr, "gilfree: %v\n", err)
		return 1
	}
	if se.Filename == "" && se.Lineno == 0 {
		fmt.Fprintf(e.stderr, "%s: %s\n", se.Kind, se.Msg)
		return 1
	}
	c := *se
	if c.Text == "" && c.Lineno >= 1 {
		c.Text = sourceLine(text, c.Lineno)
	}
	// CPython decodes the line it shows with the "replace" error handler.
	c.Text = syntax.ReplaceInvalidUTF8(c.Text)
	fmt.Fprint(e.stderr, c.Format())
	return 1
}

// sourceLine returns line n (from 1) of text, without its line break.
func sourceLine(text string, n int) string {
	for i := 1; i < n; i++ {
		j := strings.IndexAny(text, "\r\n")
		if j < 0 {
			return ""
		}
		if text[j] == '\r' && j+1 < len(text) && text[j+1] == '\n' {
			j++
		}
		text = text[j+1:]
	}
	if j := strings.IndexAny(text, "\r\n"); j >= 0 {
		text = text[:j]
	}
	return text
}

// osErrorText words a file error as Python's OSError does: "[Errno 2] No
// such file or directory".
func osErrorText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		return fmt.Sprintf("[Errno %d] %s", int(errno), msg)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
