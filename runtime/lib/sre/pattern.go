package sre

import (
	"fmt"
	"math"
	"strings"
	"sync"

	"gilfree/runtime"
)

// Pattern is a compiled regular expression (re.Pattern). Everything in it
// is fixed at creation, so threads share it freely.
type Pattern struct {
	runtime.Object
	prog    *Prog
	pattern *runtime.Object // the str or bytes it was compiled from
	isBytes bool
	// groupindex is the dict of named groups, behind a mappingproxy.
	groupindex *runtime.Object
	// templates caches parsed replacement templates by their text.
	templates sync.Map
}

// PatternType is re.Pattern.
var PatternType = &runtime.Type{Name: "Pattern", Module: "re",
	Doc: "Compiled regular expression object."}

func newPattern(t *runtime.Thread, prog *Prog, pattern *runtime.Object, isBytes bool) *runtime.Object {
	p := &Pattern{prog: prog, pattern: t.NewRef(pattern), isBytes: isBytes}
	d := t.NewDict()
	for g, name := range prog.Names {
		if name != "" {
			k := t.NewStr(name)
			v := t.NewInt(int64(g))
			_ = t.DictSetItem(d, k, v)
			t.Decref(k)
			t.Decref(v)
		}
	}
	p.groupindex = t.NewMappingProxy(d.Obj())
	t.Decref(d.Obj())
	t.InitObject(&p.Object, PatternType)
	return &p.Object
}

func initPatternType() {
	pt := PatternType
	pt.Repr = patternRepr
	pt.Hash = patternHash
	pt.RichCmp = patternRichCmp
	pt.AddMethods(
		runtime.MethodDef{Name: "match", Fn: patternMatcher("match", ModeMatch), Doc: "Matches zero or more characters at the beginning of the string."},
		runtime.MethodDef{Name: "fullmatch", Fn: patternMatcher("fullmatch", ModeFull), Doc: "Matches against all of the string."},
		runtime.MethodDef{Name: "search", Fn: patternMatcher("search", ModeSearch), Doc: "Scan through string looking for a match, and return a corresponding match object instance."},
		runtime.MethodDef{Name: "findall", Fn: patternFindall, Doc: "Return a list of all non-overlapping matches of pattern in string."},
		runtime.MethodDef{Name: "finditer", Fn: patternFinditer, Doc: "Return an iterator over all non-overlapping matches for the RE pattern in string."},
		runtime.MethodDef{Name: "scanner", Fn: patternScanner, Doc: "Return a scanner over string from pos to endpos."},
		runtime.MethodDef{Name: "sub", Fn: patternSub, Doc: "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."},
		runtime.MethodDef{Name: "subn", Fn: patternSubn, Doc: "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."},
		runtime.MethodDef{Name: "split", Fn: patternSplit, Doc: "Split string by the occurrences of pattern."},
		runtime.MethodDef{Name: "__copy__", Fn: returnSelf, Doc: ""},
		runtime.MethodDef{Name: "__deepcopy__", Fn: returnSelf, Doc: ""},
	)
	pt.AddClassMethods(runtime.MethodDef{Name: "__class_getitem__", Fn: classGetItem, Doc: "See PEP 585"})
	pt.AddGetSets(
		runtime.GetSetDef{Name: "pattern", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewRef(asPattern(o).pattern), nil
		}, Doc: "The pattern string from which the RE object was compiled."},
		runtime.GetSetDef{Name: "flags", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewInt(int64(asPattern(o).prog.Flags)), nil
		}, Doc: "The regex matching flags."},
		runtime.GetSetDef{Name: "groups", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewInt(int64(asPattern(o).prog.Groups - 1)), nil
		}, Doc: "The number of capturing groups in the pattern."},
		runtime.GetSetDef{Name: "groupindex", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewRef(asPattern(o).groupindex), nil
		}, Doc: "A dictionary mapping group names to group numbers."},
	)
	pt.SetClear(func(t *runtime.Thread, o *runtime.Object) {
		p := asPattern(o)
		t.Clearref(&p.pattern)
		t.Clearref(&p.groupindex)
	})
	runtime.ReadyType[Pattern](pt, runtime.ObjectType, 0)
}

// classGetItem makes re.Pattern[str] and re.Match[bytes] generic aliases.
func classGetItem(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("__class_getitem__", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	return t.NewGenericAlias(args[0], args[1]), nil
}

func asPattern(o *runtime.Object) *Pattern { return runtime.As[Pattern](o) }

func returnSelf(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return t.NewRef(args[0]), nil
}

// self checks a method's receiver.
func patternSelf(t *runtime.Thread, name string, args []*runtime.Object) (*Pattern, error) {
	if len(args) == 0 || !runtime.IsInstance(args[0], PatternType) {
		return nil, t.TypeError("descriptor '%s' for 're.Pattern' objects doesn't apply to this object", name)
	}
	return asPattern(args[0]), nil
}

// flagNames are the flags in the order Pattern's repr lists them.
var flagNames = []struct {
	name string
	bit  int
}{
	{"re.TEMPLATE", FlagTemplate}, {"re.IGNORECASE", FlagIgnoreCase}, {"re.LOCALE", FlagLocale},
	{"re.MULTILINE", FlagMultiline}, {"re.DOTALL", FlagDotAll}, {"re.UNICODE", FlagUnicode},
	{"re.VERBOSE", FlagVerbose}, {"re.DEBUG", FlagDebug}, {"re.ASCII", FlagASCII},
}

func patternRepr(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	p := asPattern(o)
	r, err := t.ReprString(p.pattern)
	if err != nil {
		return nil, err
	}
	if rs := []rune(r); len(rs) > 200 {
		r = string(rs[:200])
	}
	flags := p.prog.Flags
	if !p.isBytes {
		flags &^= FlagUnicode
	}
	if flags == 0 {
		return t.NewStr("re.compile(" + r + ")"), nil
	}
	var names []string
	for _, f := range flagNames {
		if flags&f.bit != 0 {
			names = append(names, f.name)
			flags &^= f.bit
		}
	}
	if flags != 0 {
		names = append(names, fmt.Sprintf("0x%x", flags))
	}
	return t.NewStr("re.compile(" + r + ", " + strings.Join(names, "|") + ")"), nil
}

func patternHash(t *runtime.Thread, o *runtime.Object) (int64, error) {
	p := asPattern(o)
	h, err := t.Hash(p.pattern)
	if err != nil {
		return 0, err
	}
	h ^= int64(p.prog.Flags) * 1000003
	if h == -1 {
		h = -2
	}
	return h, nil
}

func patternRichCmp(t *runtime.Thread, a, b *runtime.Object, op runtime.CompareOp) (*runtime.Object, error) {
	if (op != runtime.CmpEq && op != runtime.CmpNe) || !runtime.IsInstance(b, PatternType) {
		return t.NewRef(runtime.NotImplemented), nil
	}
	pa, pb := asPattern(a), asPattern(b)
	eq := a == b
	if !eq && pa.prog.Flags == pb.prog.Flags && pa.isBytes == pb.isBytes {
		same, err := t.CompareBool(pa.pattern, pb.pattern, runtime.CmpEq)
		if err != nil {
			return nil, err
		}
		eq = same
	}
	return runtime.NewBool(eq == (op == runtime.CmpEq)), nil
}

var posNames = []string{"string", "pos", "endpos"}

// stringArgs parses (string, pos=0, endpos=sys.maxsize).
func stringArgs(t *runtime.Thread, name string, args []*runtime.Object, kw *runtime.Tuple) (*Pattern, *runtime.Object, int, int, error) {
	p, err := patternSelf(t, name, args)
	if err != nil {
		return nil, nil, 0, 0, err
	}
	if len(args) == 2 && kw.Len() == 0 {
		return p, args[1], 0, math.MaxInt, nil // the common call, p.match(s)
	}
	var a [3]*runtime.Object
	if err := t.ParseArgs(name, args[1:], kw, posNames, 1, a[:]); err != nil {
		return nil, nil, 0, 0, err
	}
	pos, endpos := 0, math.MaxInt
	if a[1] != nil {
		if pos, err = t.IndexInt(a[1]); err != nil {
			return nil, nil, 0, 0, err
		}
	}
	if a[2] != nil {
		if endpos, err = t.IndexInt(a[2]); err != nil {
			return nil, nil, 0, 0, err
		}
	}
	return p, a[0], pos, endpos, nil
}

// subjectOf prepares a str or bytes-like object for matching with p.
func subjectOf(t *runtime.Thread, p *Pattern, o *runtime.Object) (Subject, error) {
	switch {
	case runtime.IsStr(o):
		if p.isBytes {
			return Subject{}, t.TypeError("cannot use a bytes pattern on a string-like object")
		}
		s := runtime.StrValue(o)
		if runtime.As[runtime.Str](o).IsASCII() {
			return Subject{s: s, n: len(s)}, nil
		}
		r := wideRunes(t, o, s)
		return Subject{r: r, wide: true, n: len(r)}, nil
	case runtime.IsBytes(o):
		if !p.isBytes {
			return Subject{}, t.TypeError("cannot use a string pattern on a bytes-like object")
		}
		s := runtime.BytesString(o)
		return Subject{s: s, n: len(s)}, nil
	case runtime.IsBuffer(o):
		if !p.isBytes {
			return Subject{}, t.TypeError("cannot use a string pattern on a bytes-like object")
		}
		b, err := t.BytesOf(o)
		if err != nil {
			return Subject{}, err
		}
		return Subject{s: string(b), n: len(b)}, nil
	}
	return Subject{}, t.TypeError("expected string or bytes-like object, got '%s'", runtime.TypeOf(o).Name)
}

// lastWide remembers the code points of the last long non-ASCII str
// matched, holding a reference to it so that its memory cannot be reused
// for another str while it is remembered. A tokenizer that calls
// p.match(text, pos) in a loop over such a text then decodes it once, not
// once a call. The slice is only ever read, so threads share it.
var lastWide struct {
	sync.Mutex
	str   *runtime.Object
	runes []rune
}

// wideMin is the length from which a str's code points are remembered.
const wideMin = 256

func wideRunes(t *runtime.Thread, o *runtime.Object, s string) []rune {
	if len(s) < wideMin {
		return decodeWTF8(s)
	}
	lastWide.Lock()
	if lastWide.str == o {
		r := lastWide.runes
		lastWide.Unlock()
		return r
	}
	lastWide.Unlock()
	r := decodeWTF8(s)
	lastWide.Lock()
	old := lastWide.str
	lastWide.str, lastWide.runes = t.NewRef(o), r
	lastWide.Unlock()
	if old != nil {
		t.Decref(old)
	}
	return r
}

func patternMatcher(name string, mode Mode) runtime.NativeFunc {
	return func(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
		p, s, pos, endpos, err := stringArgs(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		subj, err := subjectOf(t, p, s)
		if err != nil {
			return nil, err
		}
		m := &Match{subj: subj}
		regs := p.prog.ExecTo(m.buf[:0], &m.subj, pos, endpos, mode, false)
		if regs == nil {
			return runtime.None, nil
		}
		return m.init(t, p, s, regs, pos, endpos), nil
	}
}
