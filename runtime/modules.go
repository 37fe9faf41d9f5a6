package runtime

import (
	"io"
	"math"
	"os"
	"runtime"
	"sort"
	"time"

	"gilfree/runtime/lib"
)

// The builtins, sys and time modules, and the registry of modules that
// are built into the runtime for import to find.

// BuiltinModules maps a module name to the function that builds it. It is
// filled at package initialization and read-only afterwards.
var BuiltinModules = map[string]func(t *Thread) *Module{}

// RegisterModule registers build as the builder of each of names, running
// ready (which must be safe to call more than once, such as a
// sync.OnceFunc) before every build. A library module readies its types
// in ready at its first import rather than in an init function: most
// programs import few of the library's modules, and readying every type
// when gilfree starts was a large part of the time `gilfree -c pass`
// takes.
func RegisterModule(ready func(), build func(t *Thread) *Module, names ...string) {
	for _, name := range names {
		BuiltinModules[name] = func(t *Thread) *Module {
			ready()
			return build(t)
		}
	}
}

// Streams are the standard streams a program runs with.
type Streams struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Unbuffered makes sys.stdout and sys.stderr write through (-u); so
	// does a non-empty PYTHONUNBUFFERED.
	Unbuffered bool
}

// Setup builds the interpreter's builtins and sys modules. argv is
// sys.argv, path the initial sys.path.
func (t *Thread) Setup(argv, path []string, std Streams) {
	in := t.Interp
	// The embedded library comes last, where CPython's library directory
	// is, so that a program's own modules shadow it.
	in.Argv, in.Path = argv, append(append([]string(nil), path...), lib.Dir)
	if std.Stdin == nil {
		std = Streams{os.Stdin, os.Stdout, os.Stderr, std.Unbuffered}
	}
	in.stdin = NewStdStream(std.Stdin, nil, "<stdin>")
	in.Stdout = NewStdStream(nil, std.Stdout, "<stdout>")
	in.Stderr = NewStdStream(nil, std.Stderr, "<stderr>")
	if std.Unbuffered || os.Getenv("PYTHONUNBUFFERED") != "" {
		in.Stdout.writeThrough = true
		in.Stderr.writeThrough = true
	}
	b := t.newBuiltinsModule()
	in.BuiltinsMod = b.Obj()
	in.Builtins = b.Dict
	in.Modules = t.NewDict()
	in.Modules.MakeDeferred()
	t.DictSetStr(in.Modules, Intern("builtins"), b.Obj())
	sys := t.newSysModule()
	in.Sys = sys.Obj()
	t.DictSetStr(in.Modules, Intern("sys"), sys.Obj())
}

// AddBuiltin adds (or replaces) a name in the builtins module: the eval
// loop adds the functions that need the compiler (__import__, exec,
// eval, compile).
func (t *Thread) AddBuiltin(name string, v *Object) {
	t.DictSetStr(t.Interp.Builtins, Intern(name), v)
}

func (t *Thread) newBuiltinsModule() *Module {
	m := t.NewModule("builtins")
	t.ModuleSet(m, "__doc__", t.NewStr("Built-in functions, exceptions, and other objects."))
	t.AddFunctions(m,
		MethodDef{"print", builtinPrint, "Prints the values to a stream, or to sys.stdout by default."},
		MethodDef{"len", builtinLen, "Return the number of items in a container."},
		MethodDef{"min", minmax("min", CmpLt), "With a single iterable argument, return its smallest item."},
		MethodDef{"max", minmax("max", CmpGt), "With a single iterable argument, return its biggest item."},
		MethodDef{"sum", builtinSum, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers."},
		MethodDef{"any", anyAll("any", true), "Return True if bool(x) is True for any x in the iterable."},
		MethodDef{"all", anyAll("all", false), "Return True if bool(x) is True for all values x in the iterable."},
		MethodDef{"abs", builtinAbs, "Return the absolute value of the argument."},
		MethodDef{"round", builtinRound, "Round a number to a given precision in decimal digits."},
		MethodDef{"divmod", builtinDivmod, "Return the tuple (x//y, x%y)."},
		MethodDef{"pow", builtinPow, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
		MethodDef{"hash", builtinHash, "Return the hash value for the given object."},
		MethodDef{"id", builtinID, "Return the identity of an object."},
		MethodDef{"isinstance", builtinIsInstance, "Return whether an object is an instance of a class or of a subclass thereof."},
		MethodDef{"issubclass", builtinIsSubclass, "Return whether 'cls' is derived from another class or is the same class."},
		MethodDef{"getattr", builtinGetAttr, "Get a named attribute from an object."},
		MethodDef{"setattr", builtinSetAttr, "Sets the named attribute on the given object to the specified value."},
		MethodDef{"hasattr", builtinHasAttr, "Return whether the object has an attribute with the given name."},
		MethodDef{"delattr", builtinDelAttr, "Deletes the named attribute from the given object."},
		MethodDef{"iter", builtinIter, "Get an iterator from an object."},
		MethodDef{"next", builtinNext, "Return the next item from the iterator."},
		MethodDef{"repr", builtinRepr, "Return the canonical string representation of the object."},
		MethodDef{"ascii", builtinASCII, "Return an ASCII-only representation of an object."},
		MethodDef{"chr", builtinChr, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
		MethodDef{"ord", builtinOrd, "Return the Unicode code point for a one-character string."},
		MethodDef{"hex", intBase("hex", "0x", 16), "Return the hexadecimal representation of an integer."},
		MethodDef{"oct", intBase("oct", "0o", 8), "Return the octal representation of an integer."},
		MethodDef{"bin", intBase("bin", "0b", 2), "Return the binary representation of an integer."},
		MethodDef{"format", builtinFormat, "Return value.__format__(format_spec)"},
		MethodDef{"callable", builtinCallable, "Return whether the object is callable."},
		MethodDef{"sorted", builtinSorted, "Return a new list containing all items from the iterable in ascending order."},
		MethodDef{"globals", builtinGlobals, "Return the dictionary containing the current scope's global variables."},
		MethodDef{"locals", builtinLocals, "Return a dictionary containing the current scope's local variables."},
		MethodDef{"vars", builtinVars, "Show vars."},
		MethodDef{"dir", builtinDir, "Show attributes of an object."},
		MethodDef{"input", builtinInput, "Read a string from standard input."},
		MethodDef{"open", builtinOpen, "Open file and return a stream."},
		MethodDef{"__build_class__", BuildClass, "Internal helper function used by the class statement."},
		MethodDef{"exit", builtinExit, "Exit the interpreter by raising SystemExit(status)."},
		MethodDef{"quit", builtinExit, "Exit the interpreter by raising SystemExit(status)."},
		MethodDef{"help", builtinHelp, "Define the builtin 'help'."},
		MethodDef{"breakpoint", builtinBreakpoint, "Call sys.breakpointhook(*args, **kws)."},
	)
	for _, typ := range []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType, ByteArrayType, MemoryViewType,
		TupleType, ListType, DictType, SetType, FrozenSetType, RangeType, SliceType, PropertyType,
		StaticMethodType, ClassMethodType, SuperType, EnumerateType, ZipType, MapType, FilterType, ReversedType} {
		t.ModuleSet(m, typ.Name, &typ.Object)
	}
	for _, typ := range ExceptionTypes {
		t.ModuleSet(m, typ.Name, &typ.Object)
	}
	t.ModuleSet(m, "EnvironmentError", &OSErrorType.Object)
	t.ModuleSet(m, "IOError", &OSErrorType.Object)
	t.ModuleSet(m, "None", None)
	t.ModuleSet(m, "True", True)
	t.ModuleSet(m, "False", False)
	t.ModuleSet(m, "Ellipsis", Ellipsis)
	t.ModuleSet(m, "NotImplemented", NotImplemented)
	t.ModuleSet(m, "__debug__", True)
	return m
}

// Struct sequences are tuples with named fields (sys.version_info,
// sys.float_info): a builtin subtype of tuple whose getsets read items.
var (
	VersionInfoType    = newStructSeqType("version_info", "major", "minor", "micro", "releaselevel", "serial")
	FloatInfoType      = newStructSeqType("float_info", "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds")
	ImplementationType = newStructSeqType("implementation", "name", "cache_tag", "version", "hexversion", "_multiarch")
	IntInfoType        = newStructSeqType("int_info", "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold")
	FlagsType          = newStructSeqType("flags", "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits")
	structSeqFields    = map[*Type][]string{}
)

// libraryAttr imports module through builtins.__import__ (so a library
// module in Python loads on first use, as CPython's C code imports its
// Python helpers) and returns its attribute name, a new reference.
func (t *Thread) libraryAttr(module, name string) (*Object, error) {
	imp := t.DictGetStrRef(t.Interp.Builtins, Intern("__import__"))
	if imp == nil {
		return nil, t.ImportError("__import__ not found")
	}
	mod, err := t.Call1(imp, &Intern(module).Object)
	t.Decref(imp)
	if err != nil {
		return nil, err
	}
	defer t.Decref(mod)
	return t.GetAttrString(mod, name)
}

// libraryCall calls module's function name with args (libraryAttr).
func (t *Thread) libraryCall(module, name string, args ...*Object) (*Object, error) {
	fn, err := t.libraryAttr(module, name)
	if err != nil {
		return nil, err
	}
	defer t.Decref(fn)
	return t.Call(fn, args, nil)
}

func newStructSeqType(name string, fields ...string) *Type {
	return newStructSeqTypeIn("sys", name, fields...)
}

// newStructSeqTypeIn makes a struct sequence type of the named module.
func newStructSeqTypeIn(module, name string, fields ...string) *Type {
	typ := &Type{Name: name, Module: module}
	structSeqFieldsInit = append(structSeqFieldsInit, structSeqInit{typ, fields})
	return typ
}

type structSeqInit struct {
	typ    *Type
	fields []string
}

var structSeqFieldsInit []structSeqInit

// newStructSeq returns an instance of a struct sequence type; it takes
// over the items' references.
func (t *Thread) newStructSeq(typ *Type, items ...*Object) *Object {
	tu := &Tuple{items: items}
	t.initObject(&tu.Object, typ)
	return tu.Obj()
}

func (t *Thread) newSysModule() *Module {
	in := t.Interp
	m := t.NewModule("sys")
	argv := t.NewList(len(in.Argv))
	for _, a := range in.Argv {
		argv.appendSteal(t.NewStr(a))
	}
	t.ModuleSet(m, "argv", argv.Obj())
	path := t.NewList(len(in.Path))
	for _, p := range in.Path {
		path.appendSteal(t.NewStr(p))
	}
	t.ModuleSet(m, "path", path.Obj())
	t.ModuleSet(m, "modules", in.Modules.Obj())
	t.ModuleSet(m, "stdout", in.Stdout.Obj())
	t.ModuleSet(m, "stderr", in.Stderr.Obj())
	stdin := in.stdin
	t.ModuleSet(m, "stdin", stdin.Obj())
	t.ModuleSet(m, "__stdout__", in.Stdout.Obj())
	t.ModuleSet(m, "__stderr__", in.Stderr.Obj())
	t.ModuleSet(m, "__stdin__", stdin.Obj())
	t.ModuleSet(m, "version", t.NewStr("3.12.0 (gilfree) [Go "+runtime.Version()+"]"))
	t.ModuleSet(m, "version_info", t.newStructSeq(VersionInfoType, SmallInt(3), SmallInt(12), SmallInt(0), t.NewStr("final"), SmallInt(0)))
	t.ModuleSet(m, "float_info", t.newStructSeq(FloatInfoType, t.NewFloat(math.MaxFloat64), t.NewInt(1024), t.NewInt(308),
		t.NewFloat(2.2250738585072014e-308), t.NewInt(-1021), t.NewInt(-307), SmallInt(15), SmallInt(53),
		t.NewFloat(2.220446049250313e-16), SmallInt(2), SmallInt(1)))
	// Ints are math/big numbers: 64-bit words.
	t.ModuleSet(m, "int_info", t.newStructSeq(IntInfoType, SmallInt(64), SmallInt(8), t.NewInt(DefaultIntMaxStrDigits), t.NewInt(intMaxStrDigitsThreshold)))
	limit, fromEnv := intMaxStrDigitsFromEnv()
	in.intMaxStrDigits.Store(limit)
	flagLimit := int64(-1)
	if fromEnv {
		flagLimit = limit
	}
	// The command line sets none of the flags: every one is CPython's
	// default, dont_write_bytecode aside (gilfree writes no bytecode).
	flags := make([]*Object, 0, 18)
	for range 4 {
		flags = append(flags, SmallInt(0)) // debug, inspect, interactive, optimize
	}
	flags = append(flags, SmallInt(1)) // dont_write_bytecode
	for range 6 {
		flags = append(flags, SmallInt(0)) // no_user_site ... quiet
	}
	flags = append(flags, SmallInt(1), SmallInt(0), False, SmallInt(0), SmallInt(0), False, t.NewInt(flagLimit))
	t.ModuleSet(m, "flags", t.newStructSeq(FlagsType, flags...))
	t.ModuleSet(m, "hexversion", t.NewInt(0x030c00f0))
	t.ModuleSet(m, "maxsize", t.NewInt(1<<63-1))
	t.ModuleSet(m, "maxunicode", t.NewInt(0x10ffff))
	t.ModuleSet(m, "platform", t.NewStr(runtime.GOOS))
	t.ModuleSet(m, "byteorder", t.NewStr("little"))
	exe, _ := os.Executable()
	t.ModuleSet(m, "executable", t.NewStr(exe))
	// CPython's is a types.SimpleNamespace; ours is a struct sequence with
	// the same attributes. cache_tag None: gilfree writes no bytecode.
	impl := t.newStructSeq(ImplementationType, t.NewStr("gilfree"), None,
		t.NewRef(m.Dict.GetStr(Intern("version_info"))), t.NewInt(0x030c00f0), t.NewStr(multiarch()))
	t.ModuleSet(m, "implementation", impl)
	t.ModuleSet(m, "warnoptions", t.NewList(0).Obj())
	t.ModuleSet(m, "dont_write_bytecode", True)
	t.ModuleSet(m, "builtin_module_names", t.builtinModuleNames())
	t.AddFunctions(m,
		MethodDef{"exit", builtinExit, "Exit the interpreter by raising SystemExit(status)."},
		MethodDef{"getrecursionlimit", sysGetRecursionLimit, "Return the current value of the recursion limit."},
		MethodDef{"setrecursionlimit", sysSetRecursionLimit, "Set the maximum depth of the Python interpreter stack to n."},
		MethodDef{"getrefcount", sysGetRefCount, "Return the reference count of object."},
		MethodDef{"getsizeof", sysGetSizeof, "Return the size of object in bytes."},
		MethodDef{"intern", sysIntern, "``Intern'' the given string."},
		MethodDef{"_getframe", sysGetFrame, "Return a frame object from the call stack."},
		MethodDef{"exc_info", sysExcInfo, "Return current exception information: (type, value, traceback)."},
		MethodDef{"exception", sysException, "Return the current exception."},
		MethodDef{"getdefaultencoding", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) { return t.NewStr("utf-8"), nil }, ""},
		MethodDef{"getfilesystemencoding", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) { return t.NewStr("utf-8"), nil }, ""},
		MethodDef{"set_int_max_str_digits", sysSetIntMaxStrDigits, "Set the maximum string digits limit for non-binary int<->str conversions."},
		MethodDef{"get_int_max_str_digits", sysGetIntMaxStrDigits, "Return the maximum string digits limit for non-binary int<->str conversions."},
	)
	t.addThreadSys(m)
	t.addSysMore(m)
	excepthookOnce.Do(func() {
		f := new(BuiltinFunction)
		f.init("sys", "excepthook", sysExcepthook, "Handle an exception by displaying it with a traceback on sys.stderr.")
		defaultExcepthook = &f.Object
	})
	t.ModuleSet(m, "excepthook", defaultExcepthook)
	t.ModuleSet(m, "__excepthook__", defaultExcepthook)
	return m
}

// multiarch is sys.implementation._multiarch: the platform triplet.
func multiarch() string {
	arch := map[string]string{"amd64": "x86_64", "arm64": "aarch64", "386": "i386"}[runtime.GOARCH]
	if arch == "" {
		arch = runtime.GOARCH
	}
	return arch + "-" + runtime.GOOS + "-gnu"
}

func (t *Thread) builtinModuleNames() *Object {
	names := []string{"builtins", "sys"}
	for n := range BuiltinModules {
		names = append(names, n)
	}
	sort.Strings(names)
	items := make([]*Object, len(names))
	for i, n := range names {
		items[i] = &Intern(n).Object
	}
	return t.NewTuple(items...).Obj()
}

func sysGetRecursionLimit(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return t.NewInt(int64(t.Interp.RecursionLimit())), nil
}

func sysSetRecursionLimit(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("setrecursionlimit", args, kw, 1, 1); err != nil {
		return nil, err
	}
	if !IsInt(args[0]) {
		return nil, t.TypeError("'%s' object cannot be interpreted as an integer", TypeOf(args[0]).Name)
	}
	n, err := t.IndexInt(args[0])
	if err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, t.ValueError("recursion limit must be greater or equal than 1")
	}
	if n <= t.Depth {
		return nil, t.RecursionError("cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, t.Depth)
	}
	t.Interp.SetRecursionLimit(min(n, maxGoDepth))
	return None, nil
}

func sysGetRefCount(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("getrefcount", args, kw, 1, 1); err != nil {
		return nil, err
	}
	o := args[0]
	if o.IsImmortal() {
		return t.NewInt(1<<32 - 1), nil
	}
	return t.NewInt(int64(o.LocalCount()) + o.SharedCount() + 1), nil
}

func sysGetSizeof(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("getsizeof", args, kw, 1, 2); err != nil {
		return nil, err
	}
	r, found, err := t.CallDunder(args[0], Intern("__sizeof__"), nil)
	if !found {
		if len(args) == 2 {
			return t.NewRef(args[1]), nil
		}
		return nil, t.TypeError("Type %s doesn't define __sizeof__", TypeOf(args[0]).Name)
	}
	return r, err
}

func sysIntern(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("intern", args, kw, 1, 1); err != nil {
		return nil, err
	}
	if TypeOf(args[0]) != StrType {
		return nil, t.TypeError("intern() argument must be str, not %s", TypeOf(args[0]).Name)
	}
	return &InternObj(args[0]).Object, nil
}

func sysGetFrame(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("_getframe", args, kw, 0, 1); err != nil {
		return nil, err
	}
	depth := 0
	if len(args) == 1 {
		var err error
		if depth, err = t.IndexInt(args[0]); err != nil {
			return nil, err
		}
	}
	f := t.Frame
	for ; depth > 0 && f != nil; depth-- {
		f = f.Back
	}
	if f == nil {
		return nil, t.ValueError("call stack is not deep enough")
	}
	return t.FrameObjectOf(f), nil
}

func sysExcInfo(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	e := t.ExcInfo
	if e == nil || e == None {
		return t.NewTuple(None, None, None).Obj(), nil
	}
	tb := As[BaseException](e).traceback
	if tb == nil {
		tb = None
	}
	return t.NewTuple(&TypeOf(e).Object, e, tb).Obj(), nil
}

func sysException(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if t.ExcInfo == nil {
		return None, nil
	}
	return t.NewRef(t.ExcInfo), nil
}

// The time module.

var processStart = time.Now()

func newTimeModule(t *Thread) *Module {
	m := t.NewModule("time")
	t.AddFunctions(m,
		MethodDef{"time", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			return t.NewFloat(float64(time.Now().UnixNano()) / 1e9), nil
		}, "Return the current time in seconds since the Epoch."},
		MethodDef{"time_ns", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			return t.NewInt(time.Now().UnixNano()), nil
		}, "Return the current time in nanoseconds since the Epoch."},
		MethodDef{"perf_counter", monotonicSeconds, "Performance counter for benchmarking."},
		MethodDef{"monotonic", monotonicSeconds, "Monotonic clock, cannot go backward."},
		MethodDef{"perf_counter_ns", monotonicNanos, "Performance counter for benchmarking as nanoseconds."},
		MethodDef{"monotonic_ns", monotonicNanos, "Monotonic clock, cannot go backward, as nanoseconds."},
		MethodDef{"process_time", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			return t.NewFloat(float64(processCPUTime()) / 1e9), nil
		}, "Process time for profiling: sum of the kernel and user-space CPU time."},
		MethodDef{"process_time_ns", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			return t.NewInt(processCPUTime()), nil
		}, "Process time for profiling as nanoseconds."},
		MethodDef{"sleep", timeSleep, "Delay execution for a given number of seconds."},
	)
	addTimeCalendar(t, m)
	addTimeMore(t, m)
	return m
}

func monotonicSeconds(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return t.NewFloat(time.Since(processStart).Seconds()), nil
}

func monotonicNanos(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return t.NewInt(int64(time.Since(processStart))), nil
}

func timeSleep(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("sleep", args, kw, 1, 1); err != nil {
		return nil, err
	}
	d, err := t.SecondsArg(args[0])
	if err != nil {
		return nil, err
	}
	if d < 0 {
		return nil, t.ValueError("sleep length must be non-negative")
	}
	// A sleeping thread holds nothing: it detaches, so that collectors
	// and merges can act for it meanwhile, and Ctrl-C ends the sleep.
	if err := t.Sleep(d); err != nil {
		return nil, err
	}
	return None, nil
}

func init() {
	BuiltinModules["time"] = newTimeModule
}

func initStructSeqTypes() {
	for _, si := range structSeqFieldsInit {
		typ, names := si.typ, si.fields
		structSeqFields[typ] = names
		for i, n := range names {
			i := i
			typ.addGetSets(GetSetDef{Name: n, Get: func(t *Thread, o *Object) (*Object, error) {
				return t.NewRef(TupleItems(o)[i]), nil
			}})
		}
		typ.Repr = func(t *Thread, o *Object) (*Object, error) {
			items := TupleItems(o)
			names := structSeqFields[TypeOf(o)]
			s := TypeOf(o).Module + "." + TypeOf(o).Name + "("
			for i, n := range names {
				if i > 0 {
					s += ", "
				}
				r, err := t.ReprString(items[i])
				if err != nil {
					return nil, err
				}
				s += n + "=" + r
			}
			return t.NewStr(s + ")"), nil
		}
		readyBuiltin(typ, TupleType, 0, Layout{}, 0)
	}
}
