package sre

import (
	"sync"
	"sync/atomic"

	"gilfree/runtime"
	"gilfree/runtime/pyfmt"
)

// The _sre module: compile (with the cache every re function goes
// through), the Pattern, Match and Scanner types, and the hook by which
// re.py hands over its error class.

func readyModule() {
	initPatternType()
	initMatchType()
	initScannerType()
}

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("_sre")
	t.ModuleSet(m, "Pattern", PatternType.Obj())
	t.ModuleSet(m, "Match", MatchType.Obj())
	t.ModuleSet(m, "MAXREPEAT", t.NewInt(MaxRepeat))
	t.ModuleSet(m, "MAXGROUPS", t.NewInt(maxGroups))
	t.AddFunctions(m,
		runtime.MethodDef{Name: "compile", Fn: moduleCompile, Doc: "compile(pattern, flags) -> Pattern, through the cache."},
		runtime.MethodDef{Name: "purge", Fn: modulePurge, Doc: "Clear the cache of compiled patterns."},
		runtime.MethodDef{Name: "set_error", Fn: moduleSetError, Doc: "Set the exception class raised for bad patterns (re.error)."},
	)
	return m
}

// errorClass is re.error, set once by re.py when it is first imported.
var errorClass atomic.Pointer[runtime.Object]

func moduleSetError(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("set_error", args, kw, 1, 1); err != nil {
		return nil, err
	}
	if !runtime.IsType(args[0]) {
		return nil, t.TypeError("set_error() argument must be a class")
	}
	errorClass.Store(t.NewRef(args[0]))
	return runtime.None, nil
}

// raise turns an engine error into the Python exception CPython raises:
// re.error(msg, pattern, pos), or OverflowError, ValueError, IndexError.
func raise(t *runtime.Thread, e *Error, pattern *runtime.Object) error {
	switch {
	case e.Overflow:
		return t.OverflowError("%s", e.Msg)
	case e.Index:
		return t.IndexError("%s", e.Msg)
	case e.Recursion:
		return t.RecursionError("%s", e.Msg)
	case e.Pos == -2:
		return t.ValueError("%s", e.Msg)
	}
	cls := errorClass.Load()
	if cls == nil {
		return t.ValueError("%s", e.Error())
	}
	msg := t.NewStr(e.Msg)
	defer t.Decref(msg)
	args := []*runtime.Object{msg}
	if e.Pos >= 0 {
		pos := t.NewInt(int64(e.Pos))
		defer t.Decref(pos)
		args = append(args, pattern, pos)
	}
	exc, err := t.Call(cls, args, nil)
	if err != nil {
		return err
	}
	be := runtime.As[runtime.BaseException](exc)
	t.Raising(be)
	return be
}

// cacheKey names a compiled pattern: its text, its type and its flags.
type cacheKey struct {
	text    string
	isBytes bool
	flags   int
}

// maxCache is how many compiled patterns the cache keeps, as CPython's.
const maxCache = 512

// cache holds compiled patterns by key, dropping the oldest when full.
// Its mutex is held only for map operations, never while compiling or
// calling Python.
var cache struct {
	sync.Mutex
	m     map[cacheKey]*runtime.Object
	order []cacheKey
}

// cacheGet returns a new reference to the cached pattern for k, or nil.
// The reference is taken under the lock: once it is released, another
// thread's purge may drop the cache's own.
func cacheGet(t *runtime.Thread, k cacheKey) *runtime.Object {
	cache.Lock()
	defer cache.Unlock()
	if p := cache.m[k]; p != nil {
		return t.NewRef(p)
	}
	return nil
}

// cachePut stores p (the cache takes its own reference) unless another
// thread got there first; it returns a new reference to the pattern to
// use, and consumes the caller's reference to p.
func cachePut(t *runtime.Thread, k cacheKey, p *runtime.Object) *runtime.Object {
	cache.Lock()
	if old, ok := cache.m[k]; ok {
		kept := t.NewRef(old)
		cache.Unlock()
		t.Decref(p)
		return kept
	}
	if cache.m == nil {
		cache.m = map[cacheKey]*runtime.Object{}
	}
	var dropped *runtime.Object
	if len(cache.order) >= maxCache {
		oldest := cache.order[0]
		cache.order = cache.order[1:]
		dropped = cache.m[oldest]
		delete(cache.m, oldest)
	}
	cache.m[k] = t.NewRef(p)
	cache.order = append(cache.order, k)
	cache.Unlock()
	if dropped != nil {
		t.Decref(dropped)
	}
	return p
}

func modulePurge(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("purge", args, kw, 0, 0); err != nil {
		return nil, err
	}
	cache.Lock()
	old := cache.m
	cache.m, cache.order = nil, nil
	cache.Unlock()
	for _, p := range old {
		t.Decref(p)
	}
	return runtime.None, nil
}

var compileNames = []string{"pattern", "flags"}

func moduleCompile(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [2]*runtime.Object
	if err := t.ParseArgs("compile", args, kw, compileNames, 1, a[:]); err != nil {
		return nil, err
	}
	flags := 0
	if a[1] != nil {
		f, err := t.IndexInt(a[1])
		if err != nil {
			return nil, err
		}
		flags = f
	}
	return compilePattern(t, a[0], flags)
}

// compilePattern is re._compile: a compiled pattern passes through (with
// no flags), a str or bytes is looked up in the cache or compiled.
func compilePattern(t *runtime.Thread, pattern *runtime.Object, flags int) (*runtime.Object, error) {
	if runtime.IsInstance(pattern, PatternType) {
		if flags != 0 {
			return nil, t.ValueError("cannot process flags argument with a compiled pattern")
		}
		return t.NewRef(pattern), nil
	}
	var key cacheKey
	var src []rune
	switch {
	case runtime.IsStr(pattern):
		key = cacheKey{text: runtime.StrValue(pattern), flags: flags}
	case runtime.IsBytes(pattern):
		key = cacheKey{text: runtime.BytesString(pattern), isBytes: true, flags: flags}
	default:
		return nil, t.TypeError("first argument must be string or compiled pattern")
	}
	exact := runtime.TypeOf(pattern) == runtime.StrType || runtime.TypeOf(pattern) == runtime.BytesType
	if exact {
		if p := cacheGet(t, key); p != nil {
			return p, nil
		}
	}
	if key.isBytes {
		src = make([]rune, len(key.text))
		for i := 0; i < len(key.text); i++ {
			src[i] = rune(key.text[i])
		}
	} else {
		src = decodeWTF8(key.text)
	}
	prog, perr := Compile(src, key.isBytes, flags)
	if perr != nil {
		return nil, raise(t, perr, pattern)
	}
	p := newPattern(t, prog, pattern, key.isBytes)
	if exact && flags&FlagDebug == 0 {
		return cachePut(t, key, p), nil
	}
	return p, nil
}

// decodeWTF8 returns the code points of a str's text.
func decodeWTF8(s string) []rune {
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		if c := s[i]; c < 0x80 {
			rs = append(rs, rune(c))
			i++
			continue
		}
		r, w := pyfmt.DecodeRune(s[i:])
		rs = append(rs, r)
		i += w
	}
	return rs
}

// encodeWTF8 appends code points to a str's text.
func encodeWTF8(b []byte, rs []rune) []byte {
	for _, r := range rs {
		if r < 0x80 {
			b = append(b, byte(r))
		} else {
			b = pyfmt.AppendRune(b, r)
		}
	}
	return b
}
