package runtime

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"gilfree/runtime/lib"
)

// The rest of sys that everyday tools read: the installation prefixes,
// hash_info, thread_info, stdlib_module_names, unraisablehook, audit
// hooks, the tracing and profiling hooks, and small constants.
//
// sys is built at every start, so what costs more than a few dict
// entries is built on first use: sys.__getattr__ makes
// stdlib_module_names (a frozenset of some 330 names) in Go, and fetches
// hash_info, thread_info and UnraisableHookArgs from the library module
// _sysextra, then stores each in sys's dict, where later reads find it.

func (t *Thread) addSysMore(m *Module) {
	t.AddFunctions(m,
		MethodDef{"__getattr__", sysLazyAttr, "Build an attribute of sys on first use."},
		MethodDef{"__dir__", sysDir, "The names in sys, with those built on first use."},
	)
}

// sysLazyNames are the attributes sysLazyAttr builds.
var sysLazyNames = []string{
	"__breakpointhook__", "__unraisablehook__", "_base_executable", "breakpointhook", "_clear_type_cache", "_framework", "_git", "_xoptions",
	"abiflags", "addaudithook", "api_version", "audit", "base_exec_prefix", "base_prefix", "call_tracing",
	"copyright", "exec_prefix", "float_repr_style", "get_coroutine_origin_tracking_depth",
	"getallocatedblocks", "getdlopenflags", "getfilesystemencodeerrors", "getprofile", "gettrace",
	"hash_info", "is_finalizing", "orig_argv", "platlibdir", "prefix", "pycache_prefix",
	"set_coroutine_origin_tracking_depth", "setdlopenflags", "setprofile", "settrace",
	"stdlib_module_names", "thread_info", "unraisablehook",
}

// sysFunction returns a new builtin function of sys.
func sysFunction(name string, fn NativeFunc, doc string) *Object {
	f := new(BuiltinFunction)
	f.init("sys", name, fn, doc)
	return &f.Object
}

// sysLazyValue builds the lazy attribute name; ok is false for a name
// that is not one of them.
func (t *Thread) sysLazyValue(name string) (v *Object, ok bool, err error) {
	// A CPython outside a virtual environment: the prefix is the
	// directory above the one holding the binary.
	prefix := func() *Object {
		exe, _ := os.Executable()
		return t.NewStr(filepath.Dir(filepath.Dir(exe)))
	}
	switch name {
	case "stdlib_module_names":
		v, err = t.stdlibModuleNames()
	case "hash_info", "thread_info":
		v, err = t.sysExtra(name)
	case "breakpointhook", "__breakpointhook__":
		v, err = t.sysExtra("breakpointhook")
	case "unraisablehook", "__unraisablehook__":
		v = defaultUnraisablehook()
	case "prefix", "exec_prefix", "base_prefix", "base_exec_prefix":
		v = prefix()
	case "_base_executable":
		exe, _ := os.Executable()
		v = t.NewStr(exe)
	case "platlibdir":
		v = t.NewStr("lib")
	case "float_repr_style":
		v = t.NewStr("short")
	case "abiflags", "_framework":
		v = t.NewStr("")
	case "api_version":
		v = t.NewInt(1013)
	case "pycache_prefix":
		v = None
	case "_xoptions":
		v = t.NewDict().Obj()
	case "_git":
		v = t.NewTuple(t.NewStr("gilfree"), t.NewStr(""), t.NewStr("")).Obj()
	case "copyright":
		v = t.NewStr(sysCopyright)
	case "orig_argv":
		orig := t.NewList(len(os.Args))
		for _, a := range os.Args {
			orig.appendSteal(t.NewStr(a))
		}
		v = orig.Obj()
	case "settrace":
		v = sysFunction(name, sysSetHook("settrace", false), "Set the global debug tracing function.")
	case "setprofile":
		v = sysFunction(name, sysSetHook("setprofile", true), "Set the profiling function.")
	case "gettrace":
		v = sysFunction(name, sysGetHook("gettrace", false), "Return the global debug tracing function set with sys.settrace.")
	case "getprofile":
		v = sysFunction(name, sysGetHook("getprofile", true), "Return the profiling function set with sys.setprofile.")
	case "audit":
		v = sysFunction(name, sysAudit, "Passes the event to any audit hooks that are attached.")
	case "addaudithook":
		v = sysFunction(name, sysAddAuditHook, "Adds a new audit hook callback.")
	case "is_finalizing":
		v = sysFunction(name, sysIsFinalizing, "Return True if Python is exiting.")
	case "getfilesystemencodeerrors":
		v = sysFunction(name, func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if err := t.CheckArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return t.NewStr("surrogateescape"), nil
		}, "Return the error mode used Unicode to OS filename conversion.")
	case "call_tracing":
		v = sysFunction(name, sysCallTracing, "Call func(*args), while tracing is enabled.")
	case "getallocatedblocks":
		v = sysFunction(name, func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			return SmallInt(0), nil
		}, "Return the number of memory blocks currently allocated.")
	case "_clear_type_cache":
		v = sysFunction(name, func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			return None, nil
		}, "Clear the internal type lookup cache.")
	case "getdlopenflags":
		v = sysFunction(name, func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if err := t.CheckArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return t.NewInt(dlopenFlags.Load()), nil
		}, "Return the current value of the flags that are used for dlopen calls.")
	case "setdlopenflags":
		v = sysFunction(name, func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			return storeIntArg(t, name, args, kw, &dlopenFlags)
		}, "Set the flags used by the interpreter for dlopen calls.")
	case "get_coroutine_origin_tracking_depth":
		v = sysFunction(name, func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if err := t.CheckArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return t.NewInt(coroOriginDepth.Load()), nil
		}, "Check status of origin tracking for coroutine objects in this thread.")
	case "set_coroutine_origin_tracking_depth":
		v = sysFunction(name, sysSetCoroDepth, "Enable or disable origin tracking for coroutine objects in this thread.")
	default:
		return nil, false, nil
	}
	return v, true, err
}

func sysSetCoroDepth(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var out [1]*Object
	if err := t.ParseArgs("set_coroutine_origin_tracking_depth", args, kw, []string{"depth"}, 1, out[:]); err != nil {
		return nil, err
	}
	if !IsInt(out[0]) {
		return nil, t.TypeError("'%s' object cannot be interpreted as an integer", TypeOf(out[0]).Name)
	}
	n, err := t.IndexInt(out[0])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, t.ValueError("depth must be >= 0")
	}
	coroOriginDepth.Store(int64(n))
	return None, nil
}

// sysDir is sys.__dir__: the dict's names and the lazy ones not yet
// built.
func sysDir(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("__dir__", args, kw, 0, 0); err != nil {
		return nil, err
	}
	d := As[Module](t.Interp.Sys).Dict
	keys, _ := d.Items()
	l := t.NewListOf(keys...)
	for _, n := range sysLazyNames {
		if _, done := t.Interp.sysLazyBuilt.Load(n); !done && d.GetStr(Intern(n)) == nil {
			l.appendSteal(t.NewStr(n))
		}
	}
	return l.Obj(), nil
}

// sysCopyright is CPython's notice: gilfree runs the Python language and
// its library's interfaces as CPython defines them.
const sysCopyright = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n" +
	"Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n" +
	"Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n" +
	"Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."

// dlopenFlags and coroOriginDepth are kept for the programs that set
// and read them: gilfree loads no shared libraries and records no
// coroutine origins. (CPython keeps the depth per thread.)
var dlopenFlags, coroOriginDepth atomic.Int64

func init() { dlopenFlags.Store(2) } // RTLD_NOW

func storeIntArg(t *Thread, name string, args []*Object, kw *Tuple, dst *atomic.Int64) (*Object, error) {
	if err := t.CheckArgs(name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	if !IsInt(args[0]) {
		return nil, t.TypeError("'%s' object cannot be interpreted as an integer", TypeOf(args[0]).Name)
	}
	v, err := t.IndexInt(args[0])
	if err != nil {
		return nil, err
	}
	dst.Store(int64(v))
	return None, nil
}

// sysLazyAttr is sys.__getattr__: the attributes built on first use.
func sysLazyAttr(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("__getattr__", args, kw, 1, 1); err != nil {
		return nil, err
	}
	name, _ := AsStr(args[0])
	if _, done := t.Interp.sysLazyBuilt.Load(name); done {
		// Built once and since deleted: gone, as in CPython.
		return nil, t.AttributeError("module 'sys' has no attribute '%s'", name)
	}
	v, ok, err := t.sysLazyValue(name)
	if !ok {
		return nil, t.AttributeError("module 'sys' has no attribute '%s'", name)
	}
	if err != nil {
		return nil, err
	}
	// Two threads may build it at once; either result is right, and the
	// dict keeps one.
	t.DictSetStr(As[Module](t.Interp.Sys).Dict, Intern(name), t.NewRef(v))
	t.Interp.sysLazyBuilt.Store(name, struct{}{})
	return v, nil
}

// sysExtra returns an attribute of the library module _sysextra.
func (t *Thread) sysExtra(name string) (*Object, error) {
	return t.libraryAttr("_sysextra", name)
}

// builtinBreakpoint is breakpoint(): it calls sys.breakpointhook.
func builtinBreakpoint(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	hook, err := t.GetAttrString(t.Interp.Sys, "breakpointhook")
	if err != nil {
		if Matches(err, AttributeErrorType) {
			t.DropError(err)
			return nil, t.NewErrorMsg(RuntimeErrorType, "lost sys.breakpointhook")
		}
		return nil, err
	}
	defer t.Decref(hook)
	return t.Call(hook, args, kw)
}

// builtinHelp is help(): pydoc's help, imported at the first call.
func builtinHelp(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	h, err := t.libraryAttr("pydoc", "help")
	if err != nil {
		return nil, err
	}
	defer t.Decref(h)
	return t.Call(h, args, kw)
}

// stdlibModuleNames is CPython's names and gilfree's own library's.
func (t *Thread) stdlibModuleNames() (*Object, error) {
	s := t.NewSet()
	add := func(n string) error {
		if strings.HasPrefix(n, "_gilfree") {
			return nil
		}
		return t.SetAddSteal(s, t.NewStr(n))
	}
	for _, n := range strings.Fields(cpythonStdlibNames) {
		if err := add(n); err != nil {
			return nil, err
		}
	}
	for _, n := range lib.Names() {
		if err := add(n); err != nil {
			return nil, err
		}
	}
	for n := range BuiltinModules {
		if err := add(n); err != nil {
			return nil, err
		}
	}
	defer t.Decref(s.Obj())
	return t.NewFrozenSetFrom(s.Obj())
}

// Tracing and profiling: gilfree's eval loop has no tracer, so the
// functions settrace and setprofile install are kept (per thread, as
// CPython keeps them) and returned by gettrace and getprofile, and no
// events are delivered to them.

func sysSetHook(name string, profile bool) func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		f := args[0]
		if f == None {
			f = nil
		} else {
			f = t.NewRef(f)
		}
		slot := &t.traceFunc
		if profile {
			slot = &t.profileFunc
		}
		old := *slot
		*slot = f
		if old != nil {
			t.Decref(old)
		}
		return None, nil
	}
}

func sysGetHook(name string, profile bool) func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs(name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		f := t.traceFunc
		if profile {
			f = t.profileFunc
		}
		if f == nil {
			return None, nil
		}
		return t.NewRef(f), nil
	}
}

func sysCallTracing(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("call_tracing", args, kw, 2, 2); err != nil {
		return nil, err
	}
	if TypeOf(args[1]).Flags&FlagTupleSubclass == 0 {
		return nil, t.TypeError("call_tracing() argument 2 must be tuple, not %s", TypeOf(args[1]).Name)
	}
	return t.Call(args[0], TupleItems(args[1]), nil)
}

// Audit hooks: the functions addaudithook adds, for the whole process,
// never removed (as in CPython). gilfree raises no audit events of its
// own: the hooks see the events programs raise with sys.audit.
var auditHooks struct {
	mu    sync.Mutex
	hooks []*Object
}

func sysAddAuditHook(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var out [1]*Object
	if err := t.ParseArgs("addaudithook", args, kw, []string{"hook"}, 1, out[:]); err != nil {
		return nil, err
	}
	// CPython first raises the event "sys.addaudithook" through the
	// hooks already there; one that raises RuntimeError vetoes the new
	// hook silently, any other exception propagates.
	if _, err := t.runAuditHooks("sys.addaudithook", nil); err != nil {
		if Matches(err, RuntimeErrorType) {
			t.DropError(err)
			return None, nil
		}
		return nil, err
	}
	auditHooks.mu.Lock()
	auditHooks.hooks = append(auditHooks.hooks, t.NewRef(out[0]))
	auditHooks.mu.Unlock()
	return None, nil
}

// runAuditHooks calls each hook with the event and its arguments.
func (t *Thread) runAuditHooks(event string, eventArgs []*Object) (bool, error) {
	auditHooks.mu.Lock()
	hooks := append([]*Object(nil), auditHooks.hooks...)
	auditHooks.mu.Unlock()
	if len(hooks) == 0 {
		return false, nil
	}
	ev := t.NewStr(event)
	defer t.Decref(ev)
	tu := t.NewTuple(eventArgs...)
	defer t.Decref(tu.Obj())
	for _, h := range hooks {
		r, err := t.Call(h, []*Object{ev, tu.Obj()}, nil)
		if err != nil {
			return true, err
		}
		t.Decref(r)
	}
	return true, nil
}

func sysAudit(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if kw.Len() > 0 {
		return nil, t.TypeError("audit() takes no keyword arguments")
	}
	if len(args) == 0 {
		return nil, t.TypeError("audit() missing 1 required positional argument: 'event'")
	}
	event, ok := AsStr(args[0])
	if !ok {
		return nil, t.TypeError("expected str for argument 'event', not %s", TypeOf(args[0]).Name)
	}
	if _, err := t.runAuditHooks(event, args[1:]); err != nil {
		return nil, err
	}
	return None, nil
}

func sysIsFinalizing(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("is_finalizing", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return NewBool(t.Interp.Finalizing.Load()), nil
}

// The default sys.unraisablehook (also sys.__unraisablehook__) prints
// as WriteUnraisable does; a program may install its own, which
// WriteUnraisable then calls with an UnraisableHookArgs.
var defaultUnraisablehook = sync.OnceValue(func() *Object {
	return sysFunction("unraisablehook", sysUnraisablehook, "Handle an unraisable exception.")
})

func sysUnraisablehook(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("unraisablehook", args, kw, 1, 1); err != nil {
		return nil, err
	}
	get := func(name string) (*Object, error) { return t.GetAttrString(args[0], name) }
	val, err := get("exc_value")
	if err != nil {
		return nil, err
	}
	defer t.Decref(val)
	obj, err := get("object")
	if err != nil {
		return nil, err
	}
	defer t.Decref(obj)
	msg, err := get("err_msg")
	if err != nil {
		return nil, err
	}
	defer t.Decref(msg)
	header := "Exception ignored in"
	if s, ok := AsStr(msg); ok && msg != None {
		header = s
	}
	var exc *BaseException
	if TypeOf(val).Flags&FlagExcSubclass != 0 {
		exc = As[BaseException](val)
	}
	t.writeUnraisableText(header, obj, exc)
	return None, nil
}

// callUnraisableHook hands an unraisable exception to a sys.unraisablehook
// the program installed. It reports false when the hook is the default
// (or missing), which the caller then does itself.
func (t *Thread) callUnraisableHook(exc *BaseException, obj *Object) bool {
	hook := As[Module](t.Interp.Sys).Dict.GetStr(Intern("unraisablehook"))
	if hook == nil || hook == defaultUnraisablehook() || hook == None {
		return false
	}
	t.Incref(hook)
	defer t.Decref(hook)
	typ, err := t.sysExtra("UnraisableHookArgs")
	if err != nil {
		t.DropError(err)
		return false
	}
	defer t.Decref(typ)
	tb := exc.traceback
	if tb == nil {
		tb = None
	}
	if obj == nil {
		obj = None
	}
	items := t.NewTuple(&TypeOf(&exc.Object).Object, &exc.Object, tb, None, obj)
	hookArgs, err := t.Call1(typ, items.Obj())
	t.Decref(items.Obj())
	if err == nil {
		var r *Object
		r, err = t.Call1(hook, hookArgs)
		t.Decref(hookArgs)
		if err == nil {
			t.Decref(r)
			return true
		}
	}
	// As CPython does: report the hook's own failure with the default
	// printer.
	herr := t.ExcOf(err)
	t.writeUnraisableText("Exception ignored in sys.unraisablehook", hook, herr)
	t.Decref(&herr.Object)
	return true
}
