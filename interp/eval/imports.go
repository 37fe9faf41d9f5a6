package eval

import (
	"os"
	"path/filepath"
	"strings"

	"gilfree/interp/compile"
	"gilfree/interp/syntax"
	"gilfree/refcount"
	rt "gilfree/runtime"
	"gilfree/runtime/lib"
)

// The import system: __import__, finding .py modules and packages on
// sys.path, and the import instructions of the eval loop.

// importOp runs IMPORT_NAME, IMPORT_FROM, IMPORT_STAR,
// SETUP_ANNOTATIONS and PRINT_EXPR.
func importOp(t *rt.Thread, f *rt.Frame, op compile.Opcode, arg uint32, slots []refcount.StackRef, sp int) (int, error) {
	switch op {
	case compile.IMPORT_NAME:
		// level fromlist IMPORT_NAME(name) module
		name := f.Code.Names[arg]
		fromlist, level := slots[sp-1].Header(), slots[sp-2].Header()
		var m *rt.Object
		var err error
		imp := f.Builtins.GetStr(rt.Intern("__import__"))
		if imp == nil {
			err = t.ImportError("__import__ not found")
		} else if rt.TypeOf(imp) == rt.BuiltinFunctionType && rt.As[rt.BuiltinFunction](imp).Name == "__import__" && rt.As[rt.BuiltinFunction](imp).Module == "builtins" {
			lv, _ := rt.IntSmall(level)
			m, err = importModule(t, name.String(), f.Globals, fromlist, int(lv))
		} else {
			locals := f.Locals
			if locals == nil {
				locals = rt.None
			}
			m, err = t.Call(imp, []*rt.Object{name.Obj(), f.Globals.Obj(), locals, fromlist, level}, nil)
		}
		sp = closeTop(t, slots, sp, 2)
		if err != nil {
			return sp, err
		}
		slots[sp] = rt.StackNew(m)
		return sp + 1, nil

	case compile.IMPORT_FROM:
		// module IMPORT_FROM(name) module module.name
		v, err := importFrom(t, slots[sp-1].Header(), f.Code.Names[arg])
		if err != nil {
			return sp, err
		}
		slots[sp] = rt.StackNew(v)
		return sp + 1, nil

	case compile.IMPORT_STAR:
		// module IMPORT_STAR -
		err := importStar(t, f, slots[sp-1].Header())
		return closeTop(t, slots, sp, 1), err

	case compile.SETUP_ANNOTATIONS:
		// - SETUP_ANNOTATIONS -
		if f.Locals == nil {
			return sp, t.SystemError("no locals found when setting up annotations")
		}
		v, err := mappingGet(t, f.Locals, rt.Intern("__annotations__"))
		if err != nil {
			return sp, err
		}
		if v != nil {
			t.Decref(v)
			return sp, nil
		}
		d := t.NewDict()
		err = storeName(t, f, rt.Intern("__annotations__"), d.Obj())
		t.Decref(d.Obj())
		return sp, err

	case compile.PRINT_EXPR:
		// x PRINT_EXPR -
		err := printExpr(t, slots[sp-1].Header())
		return closeTop(t, slots, sp, 1), err
	}
	return sp, t.SystemError("bad import opcode")
}

func importFrom(t *rt.Thread, m *rt.Object, name *rt.Str) (*rt.Object, error) {
	v, err := t.LookupAttr(m, name)
	if err != nil || v != nil {
		return v, err
	}
	modName := "<unknown module name>"
	if n, err := t.LookupAttr(m, rt.Intern("__name__")); err == nil && n != nil {
		if s, ok := rt.AsStr(n); ok {
			modName = s
			if sub := t.Interp.Modules.GetStr(rt.Intern(s + "." + name.String())); sub != nil {
				t.Decref(n)
				return t.NewRef(sub), nil
			}
		}
		t.Decref(n)
	} else if err != nil {
		t.DropError(err)
	}
	where := "unknown location"
	if fn, err := t.LookupAttr(m, rt.Intern("__file__")); err == nil && fn != nil {
		if s, ok := rt.AsStr(fn); ok {
			where = s
		}
		t.Decref(fn)
	} else if err != nil {
		t.DropError(err)
	}
	if where == "unknown location" && rt.TypeOf(m) == rt.ModuleType {
		return nil, importErr(t, rt.ImportErrorType, "cannot import name '"+name.String()+"' from '"+modName+"' (unknown location)", modName)
	}
	return nil, importErr(t, rt.ImportErrorType, "cannot import name '"+name.String()+"' from '"+modName+"' ("+where+")", modName)
}

// importErr builds an ImportError (or ModuleNotFoundError) with its name.
func importErr(t *rt.Thread, typ *rt.Type, msg, name string) error {
	m := t.NewStr(msg)
	n := t.NewStr(name)
	kw := t.NewTuple(rt.Intern("name").Obj())
	e, err := t.Call(typ.Obj(), []*rt.Object{m, n}, kw)
	t.Decref(m)
	t.Decref(n)
	t.Decref(kw.Obj())
	if err != nil {
		return err
	}
	exc := rt.AsExc(e)
	t.Raising(exc)
	return exc
}

func importStar(t *rt.Thread, f *rt.Frame, m *rt.Object) error {
	if f.Locals == nil {
		return t.SystemError("no locals found during 'import *'")
	}
	var names []*rt.Object
	all, err := t.LookupAttr(m, rt.Intern("__all__"))
	if err != nil {
		return err
	}
	if all != nil {
		items, err := t.SequenceItems(all)
		t.Decref(all)
		if err != nil {
			return err
		}
		names = items
	} else {
		d, err := t.GetAttr(m, rt.Intern("__dict__"))
		if err != nil {
			return err
		}
		items, err := t.SequenceItems(d)
		t.Decref(d)
		if err != nil {
			return err
		}
		for _, n := range items {
			if s, ok := rt.AsStr(n); ok && strings.HasPrefix(s, "_") {
				t.Decref(n)
				continue
			}
			names = append(names, n)
		}
	}
	defer releaseAll(t, names)
	for _, n := range names {
		if !rt.IsStr(n) {
			return t.TypeError("attribute name must be string, not '%s'", rt.TypeOf(n).Name)
		}
		v, err := t.GetAttr(m, rt.As[rt.Str](n))
		if err != nil {
			return err
		}
		err = storeName(t, f, rt.InternObj(n), v)
		t.Decref(v)
		if err != nil {
			return err
		}
	}
	return nil
}

// builtinImport is builtins.__import__(name, globals=None, locals=None,
// fromlist=(), level=0).
func builtinImport(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var a [5]*rt.Object
	if err := t.ParseArgs("__import__", args, kw, []string{"name", "globals", "locals", "fromlist", "level"}, 1, a[:]); err != nil {
		return nil, err
	}
	name, ok := rt.AsStr(a[0])
	if !ok {
		return nil, t.TypeError("module name must be str, not %s", rt.TypeOf(a[0]).Name)
	}
	var globals *rt.Dict
	if a[1] != nil && rt.TypeOf(a[1]).Flags&rt.FlagDictSubclass != 0 {
		globals = rt.As[rt.Dict](a[1])
	}
	fromlist := a[3]
	if fromlist == nil {
		fromlist = rt.None
	}
	level := 0
	if a[4] != nil {
		var err error
		if level, err = t.IndexInt(a[4]); err != nil {
			return nil, err
		}
		if level < 0 {
			return nil, t.ValueError("level must be >= 0")
		}
	}
	if name == "" && level == 0 {
		return nil, t.ValueError("Empty module name")
	}
	return importModule(t, name, globals, fromlist, level)
}

// resolveName turns a relative module name into an absolute one.
func resolveName(t *rt.Thread, name string, globals *rt.Dict, level int) (string, error) {
	if level == 0 {
		return name, nil
	}
	var pkg string
	if globals != nil {
		if p := globals.GetStr(rt.Intern("__package__")); p != nil && rt.IsStr(p) {
			pkg = rt.StrValue(p)
		} else if n := globals.GetStr(rt.Intern("__name__")); n != nil && rt.IsStr(n) {
			pkg = rt.StrValue(n)
			if globals.GetStr(rt.Intern("__path__")) == nil {
				if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
					pkg = pkg[:i]
				} else {
					pkg = ""
				}
			}
		}
	}
	if pkg == "" {
		return "", t.ImportError("attempted relative import with no known parent package")
	}
	parts := strings.Split(pkg, ".")
	if level-1 >= len(parts) {
		return "", t.ImportError("attempted relative import beyond top-level package")
	}
	base := strings.Join(parts[:len(parts)-(level-1)], ".")
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// importModule is the body of __import__.
func importModule(t *rt.Thread, name string, globals *rt.Dict, fromlist *rt.Object, level int) (*rt.Object, error) {
	full, err := resolveName(t, name, globals, level)
	if err != nil {
		return nil, err
	}
	m, err := loadModuleChain(t, full)
	if err != nil {
		return nil, err
	}
	hasFrom := fromlist != rt.None && fromlist != nil
	if hasFrom {
		if n, err := t.Len(fromlist); err == nil && n == 0 {
			hasFrom = false
		} else if err != nil {
			t.DropError(err)
		}
	}
	if !hasFrom {
		if level == 0 && strings.Contains(full, ".") {
			t.Decref(m)
			top := full[:strings.IndexByte(full, '.')]
			if v := t.Interp.Modules.GetStr(rt.Intern(top)); v != nil {
				return t.NewRef(v), nil
			}
		}
		if level > 0 && name != "" {
			// from-less relative imports return the top of what was named.
			return m, nil
		}
		return m, nil
	}
	// A package's submodules named in the fromlist are imported.
	if path, err := t.LookupAttr(m, rt.Intern("__path__")); err == nil && path != nil {
		t.Decref(path)
		err := t.ForEach(fromlist, func(x *rt.Object) (bool, error) {
			s, ok := rt.AsStr(x)
			if !ok || s == "*" {
				return true, nil
			}
			if v, err := t.LookupAttr(m, rt.Intern(s)); err != nil || v != nil {
				if v != nil {
					t.Decref(v)
				}
				return err == nil, err
			}
			sub, err := loadModuleChain(t, full+"."+s)
			if err != nil {
				if rt.Matches(err, rt.ModuleNotFoundErrorType) {
					t.DropError(err)
					return true, nil
				}
				return false, err
			}
			t.Decref(sub)
			return true, nil
		})
		if err != nil {
			t.Decref(m)
			return nil, err
		}
	} else if err != nil {
		t.DropError(err)
	}
	return m, nil
}

// loadModuleChain imports a dotted name: each parent package first.
//
// A module that another thread is importing is waited for (importlock.go):
// its body runs once, and this thread sees it whole.
func loadModuleChain(t *rt.Thread, full string) (*rt.Object, error) {
	for {
		m := t.Interp.Modules.GetStr(rt.Intern(full))
		if m == nil {
			break
		}
		if m == rt.None {
			return nil, importErr(t, rt.ModuleNotFoundErrorType, "import of "+full+" halted; None in sys.modules", full)
		}
		if !waitImport(t, full) {
			return t.NewRef(m), nil
		}
	}
	var parent *rt.Object
	var searchPath []string
	if i := strings.LastIndexByte(full, '.'); i >= 0 {
		p, err := loadModuleChain(t, full[:i])
		if err != nil {
			return nil, err
		}
		parent = p
		defer t.Decref(parent)
		pathObj, err := t.LookupAttr(parent, rt.Intern("__path__"))
		if err != nil {
			return nil, err
		}
		if pathObj == nil {
			return nil, importErr(t, rt.ModuleNotFoundErrorType, "No module named '"+full+"'; '"+full[:i]+"' is not a package", full)
		}
		searchPath = stringList(t, pathObj)
		t.Decref(pathObj)
	}
	if lockImport(t, full) {
		defer unlockImport(full)
	}
	// Importing the parent may have imported this module, and another
	// thread may have imported it while this one waited for the lock.
	if m := t.Interp.Modules.GetStr(rt.Intern(full)); m != nil {
		if m == rt.None {
			return nil, importErr(t, rt.ModuleNotFoundErrorType, "import of "+full+" halted; None in sys.modules", full)
		}
		return t.NewRef(m), nil
	}
	if parent == nil {
		if build, ok := rt.BuiltinModules[full]; ok {
			m := build(t)
			t.DictSetStr(t.Interp.Modules, rt.Intern(full), m.Obj())
			return t.NewRef(m.Obj()), nil
		}
		if p := t.Interp.Modules.GetStr(rt.Intern("sys")); p != nil {
			if sp, err := t.GetAttr(p, rt.Intern("path")); err == nil {
				searchPath = stringList(t, sp)
				t.Decref(sp)
			} else {
				t.DropError(err)
			}
		}
	}
	m, err := findAndLoad(t, full, searchPath)
	if err != nil {
		return nil, err
	}
	if parent != nil {
		short := full[strings.LastIndexByte(full, '.')+1:]
		if err := t.SetAttr(parent, rt.Intern(short), m); err != nil {
			t.DropError(err)
		}
	}
	return m, nil
}

func stringList(t *rt.Thread, o *rt.Object) []string {
	var out []string
	items, err := t.SequenceItems(o)
	if err != nil {
		t.DropError(err)
		return nil
	}
	for _, it := range items {
		if s, ok := rt.AsStr(it); ok {
			out = append(out, s)
		}
		t.Decref(it)
	}
	return out
}

// findAndLoad searches the path for a module or package and runs it.
func findAndLoad(t *rt.Thread, full string, path []string) (*rt.Object, error) {
	short := full[strings.LastIndexByte(full, '.')+1:]
	for _, dir := range path {
		if dir == "" {
			dir = "."
		}
		if dir == lib.Dir || strings.HasPrefix(dir, lib.Dir+"/") {
			if m, ok, err := loadEmbedded(t, full, dir, short); ok {
				return m, err
			}
			continue
		}
		dir = finderDir(dir)
		pkgInit := pathJoin(dir, short, "__init__.py")
		if fileExists(pkgInit) {
			return execModuleFile(t, full, pkgInit, pathJoin(dir, short))
		}
		file := pathJoin(dir, short+".py")
		if fileExists(file) {
			return execModuleFile(t, full, file, "")
		}
	}
	return nil, importErr(t, rt.ModuleNotFoundErrorType, "No module named '"+full+"'", full)
}

// finderDir is the directory a sys.path entry names, as CPython's path
// finder takes it: "." (and the empty entry) the current directory, any other relative
// entry joined to it, unnormalized, so that module paths are absolute and
// read as CPython's do ('/w/sub/../m.py').
func finderDir(dir string) string {
	if filepath.IsAbs(dir) {
		return dir
	}
	cwd, err := os.Getwd()
	if err != nil {
		return dir
	}
	if dir == "." {
		return cwd
	}
	return pathJoin(cwd, dir)
}

// pathJoin joins path parts with '/' as CPython's importlib does: without
// cleaning '..' or '.' out, only dropping doubled separators at the seams.
func pathJoin(parts ...string) string {
	out := parts[0]
	for _, p := range parts[1:] {
		out = strings.TrimRight(out, "/") + "/" + strings.TrimLeft(p, "/")
	}
	return out
}

func fileExists(p string) bool {
	info, err := os.Stat(p)
	return err == nil && !info.IsDir()
}

// loadEmbedded runs a module or package of the embedded library, found
// in dir, which is lib.Dir (the sys.path entry) or an embedded package's
// directory below it; ok is false when there is none of that name.
func loadEmbedded(t *rt.Thread, full, dir, short string) (m *rt.Object, ok bool, err error) {
	pkgDir := dir + "/" + short
	if lib.IsDir(pkgDir) {
		file := pkgDir + "/__init__.py"
		if src, found := lib.Source(file); found {
			m, err = execModuleSource(t, full, file, pkgDir, src)
			return m, true, err
		}
	}
	file := dir + "/" + short + ".py"
	if src, found := lib.Source(file); found {
		m, err = execModuleSource(t, full, file, "", src)
		return m, true, err
	}
	return nil, false, nil
}

// execModuleFile creates the module, registers it in sys.modules, and
// runs its code; pkgDir is set for a package.
func execModuleFile(t *rt.Thread, full, file, pkgDir string) (*rt.Object, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, t.OSErrorFrom(2, "No such file or directory", t.NewStr(file))
	}
	return execModuleSource(t, full, file, pkgDir, src)
}

// execModuleSource is execModuleFile once the source is read.
func execModuleSource(t *rt.Thread, full, file, pkgDir string, src []byte) (*rt.Object, error) {
	code, err := CompileSource(t, file, src, syntax.ModeExec)
	if err != nil {
		return nil, err
	}
	m := t.NewModule(full)
	d := m.Dict
	t.DictSetStr(d, rt.Intern("__file__"), t.NewStr(file))
	if pkgDir != "" {
		p := t.NewListOf(t.NewStr(pkgDir))
		t.DictSetStr(d, rt.Intern("__path__"), p.Obj())
		t.Decref(p.Obj())
		t.DictSetStr(d, rt.Intern("__package__"), rt.Intern(full).Obj())
	} else if i := strings.LastIndexByte(full, '.'); i >= 0 {
		t.DictSetStr(d, rt.Intern("__package__"), t.NewStr(full[:i]))
	} else {
		t.DictSetStr(d, rt.Intern("__package__"), rt.EmptyStr())
	}
	t.DictSetStr(d, rt.Intern("__builtins__"), t.Interp.BuiltinsMod)
	t.DictSetStr(t.Interp.Modules, rt.Intern(full), m.Obj())
	r, err := evaluator{}.Exec(t, code, d, d.Obj())
	if err != nil {
		t.DictDelStr(t.Interp.Modules, rt.Intern(full))
		return nil, err
	}
	t.Decref(r)
	// The module may have replaced itself in sys.modules.
	if v := t.Interp.Modules.GetStr(rt.Intern(full)); v != nil {
		return t.NewRef(v), nil
	}
	return m.Obj(), nil
}

// CompileSource parses and compiles source into a runtime code object,
// turning syntax errors into Python SyntaxError exceptions.
func CompileSource(t *rt.Thread, filename string, src []byte, mode syntax.Mode) (*rt.Code, error) {
	root, err := syntax.Parse(filename, src, mode, 0)
	if err == nil {
		var c *compile.Code
		if c, err = compile.Compile(filename, root); err == nil {
			if err := warnCompile(t, filename, c.Warnings); err != nil {
				return nil, err
			}
			return Load(t, c), nil
		}
	}
	return nil, syntaxError(t, err, src)
}

// syntaxError converts an error of the front end into a Python exception.
func syntaxError(t *rt.Thread, err error, src []byte) error {
	se, ok := err.(*syntax.SyntaxError)
	if !ok {
		return t.SystemError("%v", err)
	}
	typ := rt.SyntaxErrorType
	switch se.Kind {
	case syntax.KindIndentationError:
		typ = rt.IndentationErrorType
	case syntax.KindTabError:
		typ = rt.TabErrorType
	}
	text := se.Text
	if text == "" && se.Lineno > 0 {
		lines := strings.Split(string(src), "\n")
		if se.Lineno <= len(lines) {
			text = lines[se.Lineno-1] + "\n"
		}
	}
	var textObj *rt.Object = rt.None
	if text != "" {
		textObj = t.NewStr(text)
	}
	info := t.NewTupleSteal([]*rt.Object{t.NewStr(se.Filename), t.NewInt(int64(se.Lineno)), t.NewInt(int64(se.Offset)), textObj,
		t.NewInt(int64(se.EndLineno)), t.NewInt(int64(se.EndOffset))})
	msg := t.NewStr(se.Msg)
	e, cerr := t.Call(typ.Obj(), []*rt.Object{msg, info.Obj()}, nil)
	t.Decref(msg)
	t.Decref(info.Obj())
	if cerr != nil {
		return cerr
	}
	exc := rt.AsExc(e)
	t.Raising(exc)
	return exc
}
