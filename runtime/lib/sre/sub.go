package sre

import (
	"math"
	"sync"

	"gilfree/runtime"
)

// findall, finditer and the scanner, sub and subn, split: the operations
// that walk a string match by match (Prog.Scan's rules).

// appendText appends characters [a, b) of the subject to a result being
// built: bytes for a bytes pattern, WTF-8 for a str.
func appendText(out []byte, subj *Subject, a, b int) []byte {
	if subj.wide {
		return encodeWTF8(out, subj.r[a:b])
	}
	return append(out, subj.s[a:b]...)
}

// expand appends a parsed template filled in from a match's registers.
func expand(out []byte, pieces []Piece, subj *Subject, regs []int, isBytes bool) []byte {
	for _, pc := range pieces {
		if pc.Group < 0 {
			if isBytes {
				for _, r := range pc.Lit {
					out = append(out, byte(r))
				}
			} else {
				out = encodeWTF8(out, pc.Lit)
			}
			continue
		}
		if a, b := regs[2*pc.Group], regs[2*pc.Group+1]; a >= 0 && b >= 0 {
			out = appendText(out, subj, a, b)
		}
	}
	return out
}

// templateKey names a cached template: its text and whether it is bytes.
type templateKey struct {
	text    string
	isBytes bool
}

// template parses (or finds in the pattern's cache) a replacement
// template given as a str or bytes.
func (p *Pattern) template(t *runtime.Thread, repl *runtime.Object) ([]Piece, error) {
	var key templateKey
	switch {
	case runtime.IsStr(repl) && !p.isBytes:
		key = templateKey{text: runtime.StrValue(repl)}
	case runtime.IsBytesLike(repl) && p.isBytes:
		b, err := t.BytesOf(repl)
		if err != nil {
			return nil, err
		}
		key = templateKey{text: string(b), isBytes: true}
	case p.isBytes:
		return nil, t.TypeError("expected a bytes-like object, %s found", runtime.TypeOf(repl).Name)
	default:
		return nil, t.TypeError("expected str instance, %s found", runtime.TypeOf(repl).Name)
	}
	if v, ok := p.templates.Load(key); ok {
		return v.([]Piece), nil
	}
	var src []rune
	if key.isBytes {
		src = make([]rune, len(key.text))
		for i := 0; i < len(key.text); i++ {
			src[i] = rune(key.text[i])
		}
	} else {
		src = decodeWTF8(key.text)
	}
	pieces, perr := ParseTemplate(src, key.isBytes, p.prog.Groups-1, p.prog.GroupIndex)
	if perr != nil {
		return nil, raise(t, perr, repl)
	}
	p.templates.Store(key, pieces)
	return pieces, nil
}

func (p *Pattern) result(t *runtime.Thread, out []byte) *runtime.Object {
	if p.isBytes {
		return t.NewBytes(out)
	}
	return t.NewStr(string(out))
}

func patternFindall(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	p, s, pos, endpos, err := stringArgs(t, "findall", args, kw)
	if err != nil {
		return nil, err
	}
	subj, err := subjectOf(t, p, s)
	if err != nil {
		return nil, err
	}
	list := t.NewList(0)
	ngroups := p.prog.Groups - 1
	empty := p.result(t, nil)
	defer t.Decref(empty)
	p.prog.Scan(&subj, pos, endpos, func(regs []int) bool {
		var item *runtime.Object
		switch ngroups {
		case 0:
			item = slice(t, &subj, regs[0], regs[1], p.isBytes)
		case 1:
			item = groupOr(t, &subj, s, regs, 1, empty, p.isBytes)
		default:
			items := make([]*runtime.Object, ngroups)
			for g := range items {
				items[g] = groupOr(t, &subj, s, regs, g+1, empty, p.isBytes)
			}
			item = t.NewTupleSteal(items).Obj()
		}
		runtime.ListAppendSteal(list.Obj(), item)
		return true
	})
	return list.Obj(), nil
}

func groupOr(t *runtime.Thread, subj *Subject, s *runtime.Object, regs []int, g int, def *runtime.Object, isBytes bool) *runtime.Object {
	a, b := regs[2*g], regs[2*g+1]
	if a < 0 || b < 0 {
		return t.NewRef(def)
	}
	return slice(t, subj, a, b, isBytes)
}

// Scanner walks a string match by match (re.Pattern.scanner, and what
// finditer iterates). Its position is the only thing in this package that
// changes after creation, so it has a mutex.
type Scanner struct {
	runtime.Object
	pat         *runtime.Object
	str         *runtime.Object
	subj        Subject
	mu          sync.Mutex
	pos, endpos int
	mustAdvance bool
	done        bool
}

// ScannerType is the type of Pattern.scanner's result.
var ScannerType = &runtime.Type{Name: "SRE_Scanner", Module: "_sre"}

func initScannerType() {
	ScannerType.AddMethods(
		runtime.MethodDef{Name: "match", Fn: scannerNext("match", ModeMatch), Doc: ""},
		runtime.MethodDef{Name: "search", Fn: scannerNext("search", ModeSearch), Doc: ""},
	)
	ScannerType.AddGetSets(runtime.GetSetDef{Name: "pattern", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
		return t.NewRef(runtime.As[Scanner](o).pat), nil
	}})
	ScannerType.SetClear(func(t *runtime.Thread, o *runtime.Object) {
		sc := runtime.As[Scanner](o)
		t.Clearref(&sc.pat)
		t.Clearref(&sc.str)
	})
	runtime.ReadyType[Scanner](ScannerType, runtime.ObjectType, 0)
}

func newScanner(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple, name string) (*runtime.Object, error) {
	p, s, pos, endpos, err := stringArgs(t, name, args, kw)
	if err != nil {
		return nil, err
	}
	subj, err := subjectOf(t, p, s)
	if err != nil {
		return nil, err
	}
	sc := &Scanner{pat: t.NewRef(&p.Object), str: t.NewRef(s), subj: subj,
		pos: clamp(pos, subj.n), endpos: clamp(endpos, subj.n)}
	t.InitObject(&sc.Object, ScannerType)
	return &sc.Object, nil
}

func patternScanner(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return newScanner(t, args, kw, "scanner")
}

func patternFinditer(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	sc, err := newScanner(t, args, kw, "finditer")
	if err != nil {
		return nil, err
	}
	defer t.Decref(sc)
	search, err := t.GetAttrString(sc, "search")
	if err != nil {
		return nil, err
	}
	defer t.Decref(search)
	return t.NewCallableIter(search, runtime.None), nil
}

func scannerNext(name string, mode Mode) runtime.NativeFunc {
	return func(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
		if len(args) == 0 || !runtime.IsInstance(args[0], ScannerType) {
			return nil, t.TypeError("descriptor '%s' requires a '_sre.SRE_Scanner' object", name)
		}
		if err := t.CheckArgs(name, args[1:], kw, 0, 0); err != nil {
			return nil, err
		}
		sc := runtime.As[Scanner](args[0])
		p := asPattern(sc.pat)
		sc.mu.Lock()
		if sc.done || sc.pos > sc.endpos {
			sc.mu.Unlock()
			return runtime.None, nil
		}
		regs := p.prog.Exec(&sc.subj, sc.pos, sc.endpos, mode, sc.mustAdvance)
		if regs == nil {
			sc.done = true
			sc.mu.Unlock()
			return runtime.None, nil
		}
		sc.mustAdvance = regs[0] == regs[1]
		sc.pos = regs[1]
		sc.mu.Unlock()
		return newMatch(t, p, sc.str, &sc.subj, regs, 0, sc.endpos), nil
	}
}

var subNames = []string{"repl", "string", "count"}

func patternSub(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return subx(t, "sub", args, kw, false)
}

func patternSubn(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return subx(t, "subn", args, kw, true)
}

func subx(t *runtime.Thread, name string, args []*runtime.Object, kw *runtime.Tuple, withCount bool) (*runtime.Object, error) {
	p, err := patternSelf(t, name, args)
	if err != nil {
		return nil, err
	}
	var a [3]*runtime.Object
	if err := t.ParseArgs(name, args[1:], kw, subNames, 2, a[:]); err != nil {
		return nil, err
	}
	repl, s := a[0], a[1]
	count := 0
	if a[2] != nil {
		if count, err = t.IndexInt(a[2]); err != nil {
			return nil, err
		}
	}
	subj, err := subjectOf(t, p, s)
	if err != nil {
		return nil, err
	}
	var pieces []Piece
	call := runtime.Callable(repl)
	if !call {
		if pieces, err = p.template(t, repl); err != nil {
			return nil, err
		}
	}
	var out []byte
	last, n := 0, 0
	var cbErr error
	parts := 0 // the pieces CPython would have joined so far, for its message
	step := func(regs []int) bool {
		if last < regs[0] {
			out = appendText(out, &subj, last, regs[0])
			parts++
		}
		if call {
			m := newMatch(t, p, s, &subj, regs, 0, subj.n)
			r, err := t.Call(repl, []*runtime.Object{m}, nil)
			t.Decref(m)
			if err != nil {
				cbErr = err
				return false
			}
			out, err = appendReplacement(t, out, r, p.isBytes, parts)
			if r != runtime.None {
				parts++
			}
			t.Decref(r)
			if err != nil {
				cbErr = err
				return false
			}
		} else {
			out = expand(out, pieces, &subj, regs, p.isBytes)
			parts++
		}
		last = regs[1]
		n++
		return count == 0 || n < count
	}
	if count >= 0 { // a negative count makes no replacement at all, as in CPython
		p.prog.Scan(&subj, 0, math.MaxInt, step)
	}
	if cbErr != nil {
		return nil, cbErr
	}
	var res *runtime.Object
	if n == 0 && (runtime.TypeOf(s) == runtime.StrType || runtime.TypeOf(s) == runtime.BytesType) {
		res = t.NewRef(s)
	} else {
		out = appendText(out, &subj, last, subj.n)
		res = p.result(t, out)
	}
	if !withCount {
		return res, nil
	}
	return t.NewTupleSteal([]*runtime.Object{res, t.NewInt(int64(n))}).Obj(), nil
}

// appendReplacement appends what a replacement function returned; item
// is its place among the pieces CPython joins, for the error message.
func appendReplacement(t *runtime.Thread, out []byte, r *runtime.Object, isBytes bool, item int) ([]byte, error) {
	switch {
	case r == runtime.None:
		return out, nil
	case !isBytes && runtime.IsStr(r):
		return append(out, runtime.StrValue(r)...), nil
	case isBytes && runtime.IsBytesLike(r):
		b, err := t.BytesOf(r)
		if err != nil {
			return out, err
		}
		return append(out, b...), nil
	case isBytes:
		return out, t.TypeError("sequence item %d: expected a bytes-like object, %s found", item, runtime.TypeOf(r).Name)
	}
	return out, t.TypeError("sequence item %d: expected str instance, %s found", item, runtime.TypeOf(r).Name)
}

var splitNames = []string{"string", "maxsplit"}

func patternSplit(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	p, err := patternSelf(t, "split", args)
	if err != nil {
		return nil, err
	}
	var a [2]*runtime.Object
	if err := t.ParseArgs("split", args[1:], kw, splitNames, 1, a[:]); err != nil {
		return nil, err
	}
	s := a[0]
	maxsplit := 0
	if a[1] != nil {
		if maxsplit, err = t.IndexInt(a[1]); err != nil {
			return nil, err
		}
	}
	subj, err := subjectOf(t, p, s)
	if err != nil {
		return nil, err
	}
	list := t.NewList(0)
	last, n := 0, 0
	if maxsplit >= 0 {
		p.prog.Scan(&subj, 0, math.MaxInt, func(regs []int) bool {
			runtime.ListAppendSteal(list.Obj(), slice(t, &subj, last, regs[0], p.isBytes))
			for g := 1; g < p.prog.Groups; g++ {
				runtime.ListAppendSteal(list.Obj(), groupOr(t, &subj, s, regs, g, runtime.None, p.isBytes))
			}
			last = regs[1]
			n++
			return maxsplit == 0 || n < maxsplit
		})
	}
	runtime.ListAppendSteal(list.Obj(), slice(t, &subj, last, subj.n, p.isBytes))
	return list.Obj(), nil
}
