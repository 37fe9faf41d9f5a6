package eval

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync/atomic"

	"gilfree/interp/syntax"
	rt "gilfree/runtime"
)

// The interactive prompt (gilfree with no arguments on a terminal, or
// gilfree -i): it reads a statement at a time, prompting with sys.ps1
// (">>> ") and, while a statement continues, sys.ps2 ("... "), both
// written to standard error as CPython does without readline. Each
// statement is compiled in "single" mode, whose expression statements
// call sys.displayhook, and run in __main__. A traceback is printed and
// the prompt continues; SystemExit or the end of input (Ctrl-D) ends the
// session. Ctrl-C at a prompt discards the statement being typed and
// prints KeyboardInterrupt; while a statement runs, it raises
// KeyboardInterrupt in it.
//
// A statement is complete when it compiles and is not a compound
// statement (which ends at an empty line, as in CPython), or when it
// cannot compile for a reason more input would not cure. The errors that
// more input may cure are those the parser reports at the end of the
// input: an unclosed bracket, an unterminated triple-quoted string, a
// missing indented block, a backslash continuation, a decorator without
// its definition.

// Interactive is a session of the interactive prompt.
type Interactive struct {
	Argv   []string
	Path   []string
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Banner is printed to standard error before the first prompt.
	Banner string
	// Unbuffered is -u: sys.stdout and sys.stderr write through.
	Unbuffered bool
	// WarnOptions are the values of -W options.
	WarnOptions []string
}

// RunInteractive runs an interactive session and returns the process's
// exit status.
func RunInteractive(p Interactive) int {
	in := newLineReader(p.Stdin)
	t := rt.StartMain()
	t.Setup(p.Argv, p.Path, rt.Streams{Stdin: in, Stdout: p.Stdout, Stderr: p.Stderr, Unbuffered: p.Unbuffered})
	// Ctrl-C raises KeyboardInterrupt in a running statement, and
	// cancels the statement being typed at a prompt.
	var running atomic.Bool
	atPrompt := make(chan struct{}, 1)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer func() {
		signal.Stop(sigs)
		close(sigs)
	}()
	go func() {
		for range sigs {
			if running.Load() {
				t.Interrupt()
				continue
			}
			select {
			case atPrompt <- struct{}{}:
			default:
			}
		}
	}()
	Install(t)
	setWarnOptions(t, p.WarnOptions)
	main := t.NewModule("__main__")
	d := main.Dict
	t.DictSetStr(d, rt.Intern("__builtins__"), t.Interp.BuiltinsMod)
	t.DictSetStr(t.Interp.Modules, rt.Intern("__main__"), main.Obj())
	t.Interp.Main = main.Obj()
	sys := rt.As[rt.Module](t.Interp.Sys)
	t.ModuleSet(sys, "ps1", rt.Intern(">>> ").Obj())
	t.ModuleSet(sys, "ps2", rt.Intern("... ").Obj())
	if p.Banner != "" {
		t.Interp.WriteStderr(p.Banner)
	}

	status := 0
	for {
		src, ok := readStatement(t, in, atPrompt)
		if !ok {
			// CPython ends the last prompt's line.
			t.Interp.WriteStderr("\n")
			break
		}
		if strings.TrimSpace(src) == "" {
			continue
		}
		code, err := CompileSource(t, "<stdin>", []byte(src), syntax.ModeSingle)
		if err == nil {
			running.Store(true)
			var r *rt.Object
			r, err = evaluator{}.Exec(t, code, d, d.Obj())
			running.Store(false)
			if err == nil {
				t.Decref(r)
			}
		}
		// An interrupt that came as the statement ended is dropped.
		if t.Pending() != 0 {
			if e := t.Poll(); e != nil && err == nil {
				t.DropError(e)
			}
		}
		if err != nil {
			exit := rt.Matches(err, rt.SystemExitType)
			s := HandleUncaught(t, err)
			if exit {
				status = s
				break
			}
		}
		flushStreams(t)
	}
	waitForThreads(t)
	runAtexit(t)
	flushStreams(t)
	return status
}

// readStatement reads the lines of one statement, prompting for each;
// ok is false at the end of input. Ctrl-C at a prompt prints
// KeyboardInterrupt and starts the statement again.
func readStatement(t *rt.Thread, in *lineReader, interrupted <-chan struct{}) (src string, ok bool) {
	var lines []string
	for {
		prompt := "ps1"
		if len(lines) > 0 {
			prompt = "ps2"
		}
		writePrompt(t, prompt)
		line, err := in.readLine(interrupted)
		switch {
		case errors.Is(err, errInterrupted):
			t.Interp.WriteStderr("\nKeyboardInterrupt\n")
			lines = lines[:0]
			continue
		case err != nil && line == "":
			if len(lines) > 0 {
				// The end of input completes a statement in progress.
				return strings.Join(lines, ""), true
			}
			return "", false
		}
		if !strings.HasSuffix(line, "\n") {
			line += "\n"
		}
		lines = append(lines, line)
		if complete(strings.Join(lines, ""), strings.TrimSpace(line) == "") {
			return strings.Join(lines, ""), true
		}
	}
}

// writePrompt writes sys.ps1 or sys.ps2 (as str()) to standard error.
func writePrompt(t *rt.Thread, name string) {
	sys := rt.As[rt.Module](t.Interp.Sys)
	v := sys.Dict.GetStr(rt.Intern(name))
	if v == nil {
		return
	}
	s, err := t.StrString(v)
	if err != nil {
		t.DropError(err)
		return
	}
	t.Interp.WriteStderr(s)
	t.Interp.Stderr.Flush()
}

// complete reports whether src, the lines typed so far, is a whole
// statement; blank says that the last line was empty, which ends a
// compound statement.
func complete(src string, blank bool) bool {
	if blank {
		return true
	}
	_, err := syntax.Parse("<stdin>", []byte(src), syntax.ModeSingle, 0)
	if err != nil {
		return !curableByMoreInput(err, src)
	}
	return !compoundStart(src)
}

// curableByMoreInput reports whether a syntax error may go away with
// more lines.
func curableByMoreInput(err error, src string) bool {
	var se *syntax.SyntaxError
	if !errors.As(err, &se) {
		return false
	}
	msg := se.Msg
	switch {
	case strings.HasPrefix(msg, "expected an indented block"),
		strings.HasPrefix(msg, "unexpected EOF"),
		strings.HasPrefix(msg, "unterminated triple-quoted string"),
		strings.HasSuffix(msg, "was never closed"):
		return true
	}
	first := strings.TrimSpace(firstLineOf(src))
	return strings.HasPrefix(first, "@") || strings.HasSuffix(strings.TrimRight(src, "\n"), "\\")
}

// compoundStart reports whether src starts a compound statement, which
// the interactive prompt ends only at an empty line.
func compoundStart(src string) bool {
	first := strings.TrimSpace(firstLineOf(src))
	if strings.HasPrefix(first, "@") {
		return true
	}
	word := first
	if i := strings.IndexFunc(first, func(r rune) bool { return !isNameRune(r) }); i >= 0 {
		word = first[:i]
	}
	switch word {
	case "if", "while", "for", "try", "with", "def", "class", "async", "match":
		return true
	}
	return false
}

func isNameRune(r rune) bool {
	return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}

func firstLineOf(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// errInterrupted is what readLine returns when Ctrl-C cancelled it.
var errInterrupted = errors.New("interrupted")

// lineReader is the session's standard input, shared by the prompt and
// by the program's sys.stdin (input(), sys.stdin.readline()), so that
// neither reads ahead of the other. One goroutine reads the real input
// into a channel, so that the prompt can wait for a line and for Ctrl-C
// at once; everything else runs on the main thread's goroutine.
type lineReader struct {
	chunks chan chunk
	buf    []byte
	err    error // the input's end or failure, once reached
}

type chunk struct {
	data []byte
	err  error
}

func newLineReader(r io.Reader) *lineReader {
	lr := &lineReader{chunks: make(chan chunk)}
	go func() {
		for {
			b := make([]byte, 4096)
			n, err := r.Read(b)
			if n > 0 || err != nil {
				lr.chunks <- chunk{b[:n], err}
			}
			if err != nil {
				return
			}
		}
	}()
	return lr
}

// fill waits for more input, or for interrupted; it reports false when
// interrupted.
func (lr *lineReader) fill(interrupted <-chan struct{}) bool {
	select {
	case c := <-lr.chunks:
		lr.buf = append(lr.buf, c.data...)
		if c.err != nil {
			lr.err = c.err
		}
		return true
	case <-interrupted:
		return false
	}
}

// readLine returns the next line with its newline, or what is left at
// the end of input with the input's error.
func (lr *lineReader) readLine(interrupted <-chan struct{}) (string, error) {
	for {
		if i := bytes.IndexByte(lr.buf, '\n'); i >= 0 {
			line := string(lr.buf[:i+1])
			lr.buf = lr.buf[i+1:]
			return line, nil
		}
		if lr.err != nil {
			line := string(lr.buf)
			lr.buf = nil
			return line, lr.err
		}
		if !lr.fill(interrupted) {
			// The terminal discards the line being typed on Ctrl-C.
			lr.buf = nil
			return "", errInterrupted
		}
	}
}

// Read serves sys.stdin.
func (lr *lineReader) Read(p []byte) (int, error) {
	for len(lr.buf) == 0 {
		if lr.err != nil {
			return 0, lr.err
		}
		lr.fill(nil)
	}
	n := copy(p, lr.buf)
	lr.buf = lr.buf[n:]
	return n, nil
}

// sysDisplayHook is sys.displayhook: an expression statement's value at
// the interactive prompt (or in code compiled in "single" mode), other
// than None, is printed as its repr to sys.stdout and kept in
// builtins._.
func sysDisplayHook(t *rt.Thread, args []*rt.Object, kwnames *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("displayhook", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	v := args[0]
	if v == rt.None {
		return rt.None, nil
	}
	// _ is None while repr runs, so that a repr that shows _ does not
	// see the value being shown.
	t.AddBuiltin("_", rt.None)
	out, err := t.GetAttrString(t.Interp.Sys, "stdout")
	if err != nil {
		return nil, err
	}
	defer t.Decref(out)
	if out == rt.None {
		return nil, t.RuntimeError("lost sys.stdout")
	}
	s, err := t.Repr(v)
	if err != nil {
		return nil, err
	}
	text := t.NewStr(rt.StrValue(s) + "\n")
	t.Decref(s)
	r, err := t.CallMethod(out, "write", text)
	t.Decref(text)
	if err != nil {
		return nil, err
	}
	t.Decref(r)
	t.AddBuiltin("_", v)
	return rt.None, nil
}

// installDisplayHook sets sys.displayhook and sys.__displayhook__.
func installDisplayHook(t *rt.Thread) {
	hook := rt.NewBuiltinIn("sys", "displayhook", sysDisplayHook, "Print an object to sys.stdout and also save it in builtins._")
	sys := rt.As[rt.Module](t.Interp.Sys)
	t.ModuleSet(sys, "displayhook", hook)
	t.ModuleSet(sys, "__displayhook__", hook)
}

// printExpr is PRINT_EXPR: the value goes to sys.displayhook.
func printExpr(t *rt.Thread, v *rt.Object) error {
	hook, err := t.GetAttrString(t.Interp.Sys, "displayhook")
	if err != nil {
		t.DropError(err)
		return t.RuntimeError("lost sys.displayhook")
	}
	defer t.Decref(hook)
	r, err := t.Call(hook, []*rt.Object{v}, nil)
	if err != nil {
		return err
	}
	t.Decref(r)
	return nil
}
