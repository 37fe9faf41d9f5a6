package sre

import (
	"fmt"

	"gilfree/runtime"
)

// Match is the result of a successful match (re.Match): the pattern, the
// string, and the registers the machine left. It never changes.
type Match struct {
	runtime.Object
	pat    *runtime.Object // the Pattern
	str    *runtime.Object // the string matched
	subj   Subject
	regs   []int
	pos    int
	endpos int
	// buf holds the registers of a pattern with few groups.
	buf [10]int
}

// MatchType is re.Match.
var MatchType = &runtime.Type{Name: "Match", Module: "re",
	Doc: "The result of re.match() and re.search()."}

// newMatch makes a match object, with a copy of regs.
func newMatch(t *runtime.Thread, p *Pattern, s *runtime.Object, subj *Subject, regs []int, pos, endpos int) *runtime.Object {
	m := &Match{subj: *subj}
	return m.init(t, p, s, append(m.buf[:0], regs...), pos, endpos)
}

// init completes a match object whose subject is set.
func (m *Match) init(t *runtime.Thread, p *Pattern, s *runtime.Object, regs []int, pos, endpos int) *runtime.Object {
	m.pat, m.str, m.regs = t.NewRef(&p.Object), t.NewRef(s), regs
	m.pos, m.endpos = clamp(pos, m.subj.n), clamp(endpos, m.subj.n)
	t.InitObject(&m.Object, MatchType)
	return &m.Object
}

func asMatch(o *runtime.Object) *Match { return runtime.As[Match](o) }

func (m *Match) pattern() *Pattern { return asPattern(m.pat) }

func initMatchType() {
	mt := MatchType
	mt.Repr = matchRepr
	mt.GetItem = func(t *runtime.Thread, o, key *runtime.Object) (*runtime.Object, error) {
		m := asMatch(o)
		g, err := m.index(t, key)
		if err != nil {
			return nil, err
		}
		return m.group(t, g, runtime.None), nil
	}
	mt.AddMethods(
		runtime.MethodDef{Name: "group", Fn: matchGroup, Doc: "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match."},
		runtime.MethodDef{Name: "groups", Fn: matchGroups, Doc: "Return a tuple containing all the subgroups of the match, from 1."},
		runtime.MethodDef{Name: "groupdict", Fn: matchGroupdict, Doc: "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name."},
		runtime.MethodDef{Name: "start", Fn: matchPosition("start", 0), Doc: "Return index of the start of the substring matched by group."},
		runtime.MethodDef{Name: "end", Fn: matchPosition("end", 1), Doc: "Return index of the end of the substring matched by group."},
		runtime.MethodDef{Name: "span", Fn: matchPosition("span", 2), Doc: "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
		runtime.MethodDef{Name: "expand", Fn: matchExpand, Doc: "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."},
		runtime.MethodDef{Name: "__copy__", Fn: returnSelf, Doc: ""},
		runtime.MethodDef{Name: "__deepcopy__", Fn: returnSelf, Doc: ""},
	)
	mt.AddClassMethods(runtime.MethodDef{Name: "__class_getitem__", Fn: classGetItem, Doc: "See PEP 585"})
	get := func(name string, f func(t *runtime.Thread, m *Match) *runtime.Object, doc string) runtime.GetSetDef {
		return runtime.GetSetDef{Name: name, Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return f(t, asMatch(o)), nil
		}, Doc: doc}
	}
	mt.AddGetSets(
		get("pos", func(t *runtime.Thread, m *Match) *runtime.Object { return t.NewInt(int64(m.pos)) },
			"The index into the string at which the RE engine started looking for a match."),
		get("endpos", func(t *runtime.Thread, m *Match) *runtime.Object { return t.NewInt(int64(m.endpos)) },
			"The index into the string beyond which the RE engine will not go."),
		get("lastindex", func(t *runtime.Thread, m *Match) *runtime.Object {
			if li := m.lastIndex(); li >= 0 {
				return t.NewInt(int64(li))
			}
			return runtime.None
		}, "The integer index of the last matched capturing group."),
		get("lastgroup", func(t *runtime.Thread, m *Match) *runtime.Object {
			if li := m.lastIndex(); li >= 0 {
				if name := m.pattern().prog.Names[li]; name != "" {
					return t.NewStr(name)
				}
			}
			return runtime.None
		}, "The name of the last matched capturing group."),
		get("re", func(t *runtime.Thread, m *Match) *runtime.Object { return t.NewRef(m.pat) },
			"The regular expression object."),
		get("string", func(t *runtime.Thread, m *Match) *runtime.Object { return t.NewRef(m.str) },
			"The string passed to match() or search()."),
		get("regs", func(t *runtime.Thread, m *Match) *runtime.Object {
			n := m.groups()
			items := make([]*runtime.Object, n)
			for g := 0; g < n; g++ {
				items[g] = m.span(t, g)
			}
			return t.NewTupleSteal(items).Obj()
		}, ""),
	)
	mt.SetClear(func(t *runtime.Thread, o *runtime.Object) {
		m := asMatch(o)
		t.Clearref(&m.pat)
		t.Clearref(&m.str)
	})
	runtime.ReadyType[Match](mt, runtime.ObjectType, 0)
}

func (m *Match) groups() int { return len(m.regs) / 2 }

func (m *Match) lastIndex() int { return m.regs[len(m.regs)-1] }

// slice returns the text of characters [a, b) of the subject: str for a
// str, bytes for any bytes-like subject (a bytearray's or memoryview's
// matches are bytes too, as CPython's).
func slice(t *runtime.Thread, subj *Subject, a, b int, isBytes bool) *runtime.Object {
	if subj.wide {
		return t.NewStr(string(encodeWTF8(nil, subj.r[a:b])))
	}
	s := subj.s[a:b]
	if !isBytes {
		return t.NewStr(s)
	}
	return t.NewBytesString(s)
}

// group returns group g's text, or def when it did not take part.
func (m *Match) group(t *runtime.Thread, g int, def *runtime.Object) *runtime.Object {
	a, b := m.regs[2*g], m.regs[2*g+1]
	if a < 0 || b < 0 {
		return t.NewRef(def)
	}
	return slice(t, &m.subj, a, b, m.pattern().isBytes)
}

// index resolves a group given by number or name.
func (m *Match) index(t *runtime.Thread, key *runtime.Object) (int, error) {
	if runtime.IsInt(key) {
		g, err := t.IndexInt(key)
		if err != nil || g < 0 || g >= m.groups() {
			if err != nil {
				t.DropError(err)
			}
			return 0, t.IndexError("no such group")
		}
		return g, nil
	}
	if runtime.IsStr(key) {
		if g, ok := m.pattern().prog.GroupIndex[runtime.StrValue(key)]; ok {
			return g, nil
		}
	}
	return 0, t.IndexError("no such group")
}

func matchSelf(t *runtime.Thread, name string, args []*runtime.Object) (*Match, error) {
	if len(args) == 0 || !runtime.IsInstance(args[0], MatchType) {
		return nil, t.TypeError("descriptor '%s' for 're.Match' objects doesn't apply to this object", name)
	}
	return asMatch(args[0]), nil
}

func matchGroup(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	m, err := matchSelf(t, "group", args)
	if err != nil {
		return nil, err
	}
	if err := t.NoKwargs("group", kw); err != nil {
		return nil, err
	}
	keys := args[1:]
	if len(keys) == 0 {
		return m.group(t, 0, runtime.None), nil
	}
	if len(keys) == 1 {
		g, err := m.index(t, keys[0])
		if err != nil {
			return nil, err
		}
		return m.group(t, g, runtime.None), nil
	}
	items := make([]*runtime.Object, len(keys))
	for i, k := range keys {
		g, err := m.index(t, k)
		if err != nil {
			for _, it := range items[:i] {
				t.Decref(it)
			}
			return nil, err
		}
		items[i] = m.group(t, g, runtime.None)
	}
	return t.NewTupleSteal(items).Obj(), nil
}

var defaultNames = []string{"default"}

func defaultArg(t *runtime.Thread, name string, args []*runtime.Object, kw *runtime.Tuple) (*Match, *runtime.Object, error) {
	m, err := matchSelf(t, name, args)
	if err != nil {
		return nil, nil, err
	}
	var a [1]*runtime.Object
	if err := t.ParseArgs(name, args[1:], kw, defaultNames, 0, a[:]); err != nil {
		return nil, nil, err
	}
	if a[0] == nil {
		a[0] = runtime.None
	}
	return m, a[0], nil
}

func matchGroups(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	m, def, err := defaultArg(t, "groups", args, kw)
	if err != nil {
		return nil, err
	}
	items := make([]*runtime.Object, m.groups()-1)
	for g := range items {
		items[g] = m.group(t, g+1, def)
	}
	return t.NewTupleSteal(items).Obj(), nil
}

func matchGroupdict(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	m, def, err := defaultArg(t, "groupdict", args, kw)
	if err != nil {
		return nil, err
	}
	d := t.NewDict()
	for g, name := range m.pattern().prog.Names {
		if name == "" {
			continue
		}
		k := t.NewStr(name)
		v := m.group(t, g, def)
		err := t.DictSetItem(d, k, v)
		t.Decref(k)
		t.Decref(v)
		if err != nil {
			t.Decref(d.Obj())
			return nil, err
		}
	}
	return d.Obj(), nil
}

func (m *Match) span(t *runtime.Thread, g int) *runtime.Object {
	return t.NewTupleSteal([]*runtime.Object{t.NewInt(int64(m.regs[2*g])), t.NewInt(int64(m.regs[2*g+1]))}).Obj()
}

// matchPosition makes start (which 0), end (1) and span (2).
func matchPosition(name string, which int) runtime.NativeFunc {
	return func(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
		m, err := matchSelf(t, name, args)
		if err != nil {
			return nil, err
		}
		if err := t.NoKwargs(name, kw); err != nil {
			return nil, err
		}
		if len(args) > 2 {
			return nil, t.TypeError("%s expected at most 1 argument, got %d", name, len(args)-1)
		}
		g := 0
		if len(args) == 2 {
			if g, err = m.index(t, args[1]); err != nil {
				return nil, err
			}
		}
		if which == 2 {
			return m.span(t, g), nil
		}
		return t.NewInt(int64(m.regs[2*g+which])), nil
	}
}

func matchExpand(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	m, err := matchSelf(t, "expand", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("expand", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	p := m.pattern()
	pieces, err := p.template(t, args[1])
	if err != nil {
		return nil, err
	}
	out := expand(nil, pieces, &m.subj, m.regs, p.isBytes)
	if p.isBytes {
		return t.NewBytes(out), nil
	}
	return t.NewStr(string(out)), nil
}

func matchRepr(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	m := asMatch(o)
	g0 := m.group(t, 0, runtime.None)
	r, err := t.ReprString(g0)
	t.Decref(g0)
	if err != nil {
		return nil, err
	}
	if rs := []rune(r); len(rs) > 50 {
		r = string(rs[:50])
	}
	return t.NewStr(fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", m.regs[0], m.regs[1], r)), nil
}
