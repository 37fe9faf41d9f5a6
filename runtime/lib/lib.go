// Package lib holds the parts of gilfree's standard library that are
// written in Python, embedded in the binary, and the place where the
// modules written in Go are gathered.
//
// # Modules in Python
//
// The files below py/ are ordinary Python modules and packages (a package
// is a directory with an __init__.py). They are compiled on first import,
// like a script's own modules. The import system finds them through one
// entry of sys.path, Dir, which names no real directory: it is the last
// entry, where CPython's own library directory sits, so a program's module
// of the same name shadows a library module exactly as it would under
// CPython. Their __file__ is Dir joined with the file's path below py/, and
// the traceback printer reads their source lines back through Source.
//
// # Modules in Go
//
// A module written in Go lives in its own package below runtime/lib (one
// package per module or per small family of modules) and registers its
// builder in runtime.BuiltinModules from an init function. Package
// runtime/lib/all imports every one of them, and the eval loop imports
// all, so every binary that can run Python has the whole library.
package lib

import (
	"embed"
	"io/fs"
	"strings"
)

// Dir is the sys.path entry under which the embedded modules are found.
const Dir = "<gilfree>/lib"

//go:embed all:py
var files embed.FS

// Source returns the text of an embedded file named by its path, which
// starts with Dir ("<gilfree>/lib/json/__init__.py"). ok is false when
// the path is not below Dir or names no embedded file.
func Source(path string) (src []byte, ok bool) {
	rel, found := strings.CutPrefix(path, Dir+"/")
	if !found {
		return nil, false
	}
	data, err := fs.ReadFile(files, "py/"+rel)
	if err != nil {
		return nil, false
	}
	return data, true
}

// IsDir reports whether path, below Dir, names an embedded directory (a
// package).
func IsDir(path string) bool {
	rel, found := strings.CutPrefix(path, Dir+"/")
	if !found {
		return false
	}
	info, err := fs.Stat(files, "py/"+rel)
	return err == nil && info.IsDir()
}

// Names lists the top-level modules and packages written in Python, for
// sys.stdlib_module_names and help texts.
func Names() []string {
	entries, err := fs.ReadDir(files, "py")
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() {
			out = append(out, name)
		} else if mod, ok := strings.CutSuffix(name, ".py"); ok {
			out = append(out, mod)
		}
	}
	return out
}
