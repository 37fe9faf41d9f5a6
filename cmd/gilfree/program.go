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
	rt "gilfree/runtime"
	"gilfree/runtime/lib"
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
			Argv:        e.argv,
			Path:        []string{""},
			Stdin:       e.stdin,
			Stdout:      e.stdout,
			Stderr:      e.stderr,
			Unbuffered:  e.unbuffered,
			WarnOptions: e.warnoptions,
			Banner:      bannerText,
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

// runModule runs a module as __main__, as python3 -m does (runpy): the
// module is looked for along sys.path, the current directory first, then
// PYTHONPATH, then the standard library; a package runs its __main__
// submodule. The package a module belongs to is imported first, and
// sys.argv[0] is the module's full path.
func (e env) runModule(name string) int {
	cwd, err := os.Getwd()
	if err != nil {
		cwd = "."
	}
	m, msg := findModule(name, modulePath(cwd))
	if msg != "" {
		fmt.Fprintf(e.stderr, "gilfree: %s\n", msg)
		return 1
	}
	e.argv[0] = m.path
	e.notifySignals()
	root, err := syntax.Parse(m.path, m.src, syntax.ModeExec, 0)
	if err != nil {
		return e.reportError(err, fileText(m.path, m.src))
	}
	code, err := compile.Compile(m.path, root)
	if err != nil {
		return e.reportError(err, fileText(m.path, m.src))
	}
	return eval.RunMain(eval.Program{
		Code:         code,
		Filename:     m.path,
		Argv:         e.argv,
		Path:         []string{cwd},
		Module:       true,
		Package:      m.pkg,
		Stdin:        e.stdin,
		Stdout:       e.stdout,
		Stderr:       e.stderr,
		Unbuffered:   e.unbuffered,
		WarnOptions:  e.warnoptions,
		ProcessExits: processExits,
	})
}

// modulePath is where -m looks: the current directory, the PYTHONPATH
// entries, the embedded standard library.
func modulePath(cwd string) []string {
	dirs := []string{cwd}
	for _, d := range filepath.SplitList(os.Getenv("PYTHONPATH")) {
		if d != "" {
			dirs = append(dirs, d)
		}
	}
	return append(dirs, lib.Dir)
}

// foundModule is a module -m will run: its file, source and package.
type foundModule struct {
	path, pkg string
	src       []byte
}

// findModule looks for the module name (dotted) in the directories of
// path: a .py file, or a package's __main__.py. msg is python3's
// complaint when there is none.
func findModule(name string, path []string) (foundModule, string) {
	parts := strings.Split(name, ".")
	for _, p := range parts {
		if !isIdentifier(p) {
			return foundModule{}, "No module named " + name
		}
	}
	parent := strings.Join(parts[:len(parts)-1], ".")
	for _, dir := range path {
		base := strings.Join(append([]string{dir}, parts...), "/")
		if dir != lib.Dir {
			base = filepath.Join(append([]string{dir}, parts...)...)
		}
		if len(parts) > 1 && !isPackageDir(filepath.Dir(base)) {
			continue
		}
		if src, ok := readModuleFile(base + ".py"); ok {
			return foundModule{path: base + ".py", pkg: parent, src: src}, ""
		}
		if isPackageDir(base) {
			main := base + "/__main__.py"
			if dir != lib.Dir {
				main = filepath.Join(base, "__main__.py")
			}
			if src, ok := readModuleFile(main); ok {
				return foundModule{path: main, pkg: name, src: src}, ""
			}
			return foundModule{}, fmt.Sprintf("No module named %s.__main__; '%s' is a package and cannot be directly executed", name, name)
		}
	}
	return foundModule{}, "No module named " + name
}

// isPackageDir reports whether dir is a directory, on disk or in the
// embedded library.
func isPackageDir(dir string) bool {
	if strings.HasPrefix(dir, lib.Dir+"/") {
		return lib.IsDir(dir)
	}
	info, err := os.Stat(dir)
	return err == nil && info.IsDir()
}

// readModuleFile reads a module's source, on disk or in the embedded
// library.
func readModuleFile(path string) ([]byte, bool) {
	if strings.HasPrefix(path, lib.Dir+"/") {
		return lib.Source(path)
	}
	if info, err := os.Stat(path); err != nil || info.IsDir() {
		return nil, false
	}
	src, err := os.ReadFile(path)
	return src, err == nil
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
	e.notifySignals()
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
		Code:         code,
		Filename:     file,
		Argv:         e.argv,
		Path:         []string{eval.ScriptPath(file)},
		Stdin:        e.stdin,
		Stdout:       e.stdout,
		Stderr:       e.stderr,
		Unbuffered:   e.unbuffered,
		WarnOptions:  e.warnoptions,
		ProcessExits: processExits,
	})
}

// notifySignals starts, on a goroutine of its own, the registration of
// SIGINT that RunMain would otherwise start only once the program is
// compiled (runtime.NotifySignals says why), when the process exits after
// the run: a run in the tests' process registers nothing before RunMain,
// which undoes what it registers. It is called once the program's source
// is read: a SIGINT while reading (standard input may block) still ends
// the process.
func (e env) notifySignals() {
	if processExits {
		go rt.NotifySignals()
	}
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
