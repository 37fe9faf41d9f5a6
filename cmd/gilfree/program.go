package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"gilfree/interp/compile"
	"gilfree/interp/eval"
	"gilfree/interp/syntax"
)

// This file handles the ways of naming a program to run: a script file,
// -c, -m and standard input. Each reads the source, parses and compiles
// it, and runs it as __main__ (package interp/eval).
//
// CPython reads a script file (and standard input) through its file
// tokenizer, whose encoding errors differ from those of compile(): an
// undecodable file is an "encoding problem", undeclared non-UTF-8 bytes
// are "Non-UTF-8 code" wherever they are (comments included), and a NUL
// byte is reported on its line. -c and -m go through compile(), as
// syntax.Parse does.

func (e env) runScript(path string) int {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	info, err := os.Stat(abs)
	if err != nil {
		fmt.Fprintf(e.stderr, "gilfree: can't open file '%s': %s\n", abs, osErrorText(err))
		return 2
	}
	if info.IsDir() {
		main := filepath.Join(abs, "__main__.py")
		if _, err := os.Stat(main); err != nil {
			fmt.Fprintf(e.stderr, "gilfree: can't find '__main__' module in '%s'\n", abs)
			return 1
		}
		abs = main
	}
	src, err := os.ReadFile(abs)
	if err != nil {
		fmt.Fprintf(e.stderr, "gilfree: can't open file '%s': %s\n", abs, osErrorText(err))
		return 2
	}
	return e.compileProgram(abs, src, true)
}

func (e env) runCommand(code string) int {
	return e.compileProgram("<string>", []byte(code), false)
}

func (e env) runStdin(interactive bool) int {
	if interactive || isTerminal(e.stdin) {
		return eval.RunInteractive(eval.Interactive{
			Argv:   e.argv,
			Path:   []string{""},
			Stdin:  e.stdin,
			Stdout: e.stdout,
			Stderr: e.stderr,
			Banner: bannerText,
		})
	}
	src, err := io.ReadAll(e.stdin)
	if err != nil {
		fmt.Fprintf(e.stderr, "gilfree: can't read standard input: %v\n", err)
		return 2
	}
	return e.compileProgram("<stdin>", src, true)
}

// isTerminal reports whether r is a terminal, where python3 would start
// its interactive mode: a character device other than the null device.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(info, null)
}

// runModule finds a module in the current directory, as `python3 -m`
// does first (the standard library is not available yet).
func (e env) runModule(name string) int {
	path, ok := findModule(name)
	if !ok {
		fmt.Fprintf(e.stderr, "gilfree: No module named %s\n", name)
		return 1
	}
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(e.stderr, "gilfree: can't open file '%s': %s\n", path, osErrorText(err))
		return 2
	}
	return e.compileProgram(path, src, false)
}

// findModule looks for the module name (dotted) under the current
// directory: a .py file, or a package's __main__.py.
func findModule(name string) (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	parts := strings.Split(name, ".")
	for _, p := range parts {
		if !isIdentifier(p) {
			return "", false
		}
	}
	base := filepath.Join(append([]string{dir}, parts...)...)
	for _, candidate := range []string{base + ".py", filepath.Join(base, "__main__.py")} {
		if info, err := os.Stat(candidate); err == nil && !info.IsDir() {
			return candidate, true
		}
	}
	return "", false
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		letter := r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf
		if !letter && (i == 0 || r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// compileProgram parses and compiles a program, reporting a syntax error
// as python3 would, and then runs it.
func (e env) compileProgram(filename string, src []byte, fileMode bool) int {
	if fileMode {
		if err := scriptSourceError(filename, src); err != nil {
			return e.reportError(err, "")
		}
	}
	root, err := syntax.Parse(filename, src, syntax.ModeExec, 0)
	if err != nil {
		if fileMode {
			err = rewordEncodingError(err, src)
		}
		return e.reportError(err, fileText(filename, src))
	}
	code, err := compile.Compile(filename, root)
	if err != nil {
		return e.reportError(err, fileText(filename, src))
	}
	file := ""
	if !strings.HasPrefix(filename, "<") {
		file = filename
	}
	return eval.RunMain(eval.Program{
		Code:     code,
		Filename: file,
		Argv:     e.argv,
		Path:     []string{eval.ScriptPath(file)},
		Stdin:    e.stdin,
		Stdout:   e.stdout,
		Stderr:   e.stderr,
	})
}

// fileText returns a program's text for showing the line of a compiler
// error, which CPython reads back from the program's file: a program
// without one ("<string>", "<stdin>") shows no line.
func fileText(filename string, src []byte) string {
	if strings.HasPrefix(filename, "<") {
		return ""
	}
	text, err := syntax.DecodeSource(filename, src)
	if err != nil {
		return ""
	}
	return text
}

// scriptSourceError returns the errors that only CPython's file tokenizer
// reports: a NUL byte, and bytes that are not UTF-8 in a file that
// declares no encoding and has no byte order mark.
func scriptSourceError(filename string, src []byte) error {
	if i := bytes.IndexByte(src, 0); i >= 0 {
		start := bytes.LastIndexAny(src[:i], "\r\n") + 1
		return &syntax.SyntaxError{
			Msg:      "source code cannot contain null bytes",
			Filename: filename,
			Lineno:   lineOf(src, i),
			Text:     string(src[start:i]),
		}
	}
	if syntax.DeclaredEncoding(src) != "" || bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) || utf8.Valid(src) {
		return nil
	}
	i := 0
	for i < len(src) {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		i += n
	}
	return &syntax.SyntaxError{Msg: fmt.Sprintf(
		"Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
		src[i], filename, lineOf(src, i))}
}

// lineOf returns the line number (from 1) of byte offset i.
func lineOf(src []byte, i int) int {
	head := src[:i]
	return 1 + bytes.Count(head, []byte("\n")) + bytes.Count(head, []byte("\r")) - bytes.Count(head, []byte("\r\n"))
}

// rewordEncodingError turns compile()'s encoding errors into the file
// tokenizer's "encoding problem: NAME", which has no location.
func rewordEncodingError(err error, src []byte) error {
	var se *syntax.SyntaxError
	if !errors.As(err, &se) || se.Lineno != 0 || se.Filename == "" {
		return err
	}
	msg := se.Msg
	if !strings.HasPrefix(msg, "encoding problem: ") {
		msg = "encoding problem: " + syntax.DeclaredEncoding(src)
	}
	return &syntax.SyntaxError{Kind: se.Kind, Msg: msg}
}
