package operator

import (
	"strings"
	"sync/atomic"

	"gilfree/runtime"
)

// itemGetter is operator.itemgetter(*items).
type itemGetter struct {
	runtime.Object
	items []*runtime.Object
}

// attrGetter is operator.attrgetter(*names): each name split at its dots
// into interned parts.
type attrGetter struct {
	runtime.Object
	names [][]*runtime.Str
	// cache is, for a getter of one undotted name, the first class it
	// met whose attribute is a data descriptor of a builtin descriptor
	// type (a namedtuple field, a __slots__ member, a property): the
	// descriptor is called directly while the class keeps its version
	// tag, as LOAD_ATTR's cache does. It is set once and holds a
	// counted reference to the descriptor until the getter dies, so a
	// thread reading it needs no count of its own; version tags are never
	// reused, so a class at a freed class's address cannot match.
	cache atomic.Pointer[attrCache]
}

// attrCache is one attrGetter's cached attribute lookup.
type attrCache struct {
	typ   *runtime.Type
	ver   uint32
	descr *runtime.Object
}

// methodCaller is operator.methodcaller(name, *args, **kwargs).
type methodCaller struct {
	runtime.Object
	name    *runtime.Str
	args    []*runtime.Object // positional values, then keyword values
	kwnames *runtime.Tuple
}

var (
	itemGetterType = &runtime.Type{Name: "itemgetter", Module: "operator",
		Doc: "Return a callable object that fetches the given item(s) from its operand."}
	attrGetterType = &runtime.Type{Name: "attrgetter", Module: "operator",
		Doc: "Return a callable object that fetches the given attribute(s) from its operand."}
	methodCallerType = &runtime.Type{Name: "methodcaller", Module: "operator",
		Doc: "Return a callable object that calls the given method on its operand."}
)

func readyGetters() {
	itemGetterType.New = itemGetterNew
	itemGetterType.Call = itemGetterCall
	itemGetterType.Repr = itemGetterRepr
	itemGetterType.SetClear(func(t *runtime.Thread, o *runtime.Object) {
		g := runtime.As[itemGetter](o)
		release(t, g.items)
		g.items = nil
	})
	itemGetterType.AddMethods(runtime.MethodDef{Name: "__reduce__", Fn: itemGetterReduce, Doc: "Return state information for pickling"})
	runtime.ReadyType[itemGetter](itemGetterType, runtime.ObjectType, 0)

	attrGetterType.New = attrGetterNew
	attrGetterType.Call = attrGetterCall
	attrGetterType.Repr = attrGetterRepr
	attrGetterType.SetClear(func(t *runtime.Thread, o *runtime.Object) {
		if c := runtime.As[attrGetter](o).cache.Swap(nil); c != nil {
			t.Decref(c.descr)
		}
	})
	runtime.ReadyType[attrGetter](attrGetterType, runtime.ObjectType, 0)

	methodCallerType.New = methodCallerNew
	methodCallerType.Call = methodCallerCall
	methodCallerType.Repr = methodCallerRepr
	methodCallerType.SetClear(func(t *runtime.Thread, o *runtime.Object) {
		m := runtime.As[methodCaller](o)
		release(t, m.args)
		m.args = nil
		if m.kwnames != nil {
			t.Decref(m.kwnames.Obj())
			m.kwnames = nil
		}
	})
	runtime.ReadyType[methodCaller](methodCallerType, runtime.ObjectType, 0)
}

func release(t *runtime.Thread, items []*runtime.Object) {
	for _, v := range items {
		t.XDecref(v)
	}
}

func itemGetterNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.NoKwargs("itemgetter", kw); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, t.TypeError("itemgetter expected 1 argument, got 0")
	}
	g := new(itemGetter)
	t.InitObject(&g.Object, itemGetterType)
	g.items = make([]*runtime.Object, len(args))
	for i, a := range args {
		g.items[i] = t.NewRef(a)
	}
	return &g.Object, nil
}

func itemGetterCall(t *runtime.Thread, o *runtime.Object, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.NoKwargs("itemgetter", kw); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, t.TypeError("itemgetter expected 1 argument, got %d", len(args))
	}
	g := runtime.As[itemGetter](o)
	if len(g.items) == 1 {
		return t.GetItem(args[0], g.items[0])
	}
	out := make([]*runtime.Object, len(g.items))
	for i, k := range g.items {
		v, err := t.GetItem(args[0], k)
		if err != nil {
			release(t, out[:i])
			return nil, err
		}
		out[i] = v
	}
	return t.NewTupleSteal(out).Obj(), nil
}

// reprCall formats name(a, b, ...) from the reprs of parts, guarding
// against an object that contains itself.
func reprCall(t *runtime.Thread, o *runtime.Object, name string, parts []*runtime.Object, extra []string) (*runtime.Object, error) {
	if !t.ReprEnter(o) {
		return t.NewStr(name + "(...)"), nil
	}
	defer t.ReprLeave(o)
	strs := make([]string, 0, len(parts)+len(extra))
	for _, p := range parts {
		s, err := t.ReprString(p)
		if err != nil {
			return nil, err
		}
		strs = append(strs, s)
	}
	strs = append(strs, extra...)
	return t.NewStr(name + "(" + strings.Join(strs, ", ") + ")"), nil
}

func qualifiedName(o *runtime.Object) string {
	typ := runtime.TypeOf(o)
	return "operator." + typ.Name
}

func itemGetterRepr(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	return reprCall(t, o, qualifiedName(o), runtime.As[itemGetter](o).items, nil)
}

func itemGetterReduce(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	g := runtime.As[itemGetter](args[0])
	items := make([]*runtime.Object, len(g.items))
	for i, v := range g.items {
		items[i] = t.NewRef(v)
	}
	return t.NewTuple(itemGetterType.Obj(), t.NewTupleSteal(items).Obj()).Obj(), nil
}

func attrGetterNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.NoKwargs("attrgetter", kw); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, t.TypeError("attrgetter expected 1 argument, got 0")
	}
	g := new(attrGetter)
	for _, a := range args {
		s, ok := runtime.AsStr(a)
		if !ok {
			return nil, t.TypeError("attribute name must be a string")
		}
		var parts []*runtime.Str
		for _, p := range strings.Split(s, ".") {
			parts = append(parts, runtime.Intern(p))
		}
		g.names = append(g.names, parts)
	}
	t.InitObject(&g.Object, attrGetterType)
	return &g.Object, nil
}

func getDotted(t *runtime.Thread, o *runtime.Object, parts []*runtime.Str) (*runtime.Object, error) {
	if len(parts) == 1 {
		return t.GetAttr(o, parts[0])
	}
	cur := t.NewRef(o)
	for _, p := range parts {
		next, err := t.GetAttr(cur, p)
		t.Decref(cur)
		if err != nil {
			return nil, err
		}
		cur = next
	}
	return cur, nil
}

func attrGetterCall(t *runtime.Thread, o *runtime.Object, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.NoKwargs("attrgetter", kw); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, t.TypeError("attrgetter expected 1 argument, got %d", len(args))
	}
	g := runtime.As[attrGetter](o)
	if len(g.names) == 1 {
		if len(g.names[0]) == 1 {
			return g.getOne(t, args[0], g.names[0][0])
		}
		return getDotted(t, args[0], g.names[0])
	}
	out := make([]*runtime.Object, len(g.names))
	for i, parts := range g.names {
		v, err := getDotted(t, args[0], parts)
		if err != nil {
			release(t, out[:i])
			return nil, err
		}
		out[i] = v
	}
	return t.NewTupleSteal(out).Obj(), nil
}

// getOne is o.name for a getter of one undotted name, through the
// getter's cache when o's class is the cached one and unchanged, filling
// the cache on the first class that qualifies.
func (g *attrGetter) getOne(t *runtime.Thread, o *runtime.Object, name *runtime.Str) (*runtime.Object, error) {
	typ := runtime.TypeOf(o)
	if c := g.cache.Load(); c != nil {
		if c.typ == typ && typ.VersionNow() == c.ver {
			return runtime.TypeOf(c.descr).DescrGet(t, c.descr, o, typ)
		}
	} else if typ.PlainGetAttr() {
		g.fill(t, typ, name)
	}
	return t.GetAttr(o, name)
}

// fill caches typ's attribute name if it is a data descriptor of a
// builtin type (whose methods never change, unlike a class's), which an
// instance dict cannot shadow.
func (g *attrGetter) fill(t *runtime.Thread, typ *runtime.Type, name *runtime.Str) {
	ver := typ.Version()
	if ver == 0 {
		return
	}
	descr := t.LookupRef(typ, name)
	if descr == nil {
		return
	}
	if dt := runtime.TypeOf(descr); dt.IsHeap() || !runtime.IsDataDescr(descr) ||
		typ.VersionNow() != ver || !g.cache.CompareAndSwap(nil, &attrCache{typ, ver, descr}) {
		t.Decref(descr)
	}
}

func attrGetterRepr(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	g := runtime.As[attrGetter](o)
	parts := make([]*runtime.Object, len(g.names))
	for i, p := range g.names {
		ss := make([]string, len(p))
		for j, s := range p {
			ss[j] = runtime.StrValue(s.Obj())
		}
		parts[i] = t.NewStr(strings.Join(ss, "."))
	}
	defer release(t, parts)
	return reprCall(t, o, qualifiedName(o), parts, nil)
}

func methodCallerNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	npos := len(args) - kw.Len()
	if npos < 1 {
		return nil, t.TypeError("methodcaller needs at least one argument, the method name")
	}
	name, ok := runtime.AsStr(args[0])
	if !ok {
		return nil, t.TypeError("method name must be a string")
	}
	m := new(methodCaller)
	t.InitObject(&m.Object, methodCallerType)
	m.name = runtime.Intern(name)
	m.args = make([]*runtime.Object, len(args)-1)
	for i, a := range args[1:] {
		m.args[i] = t.NewRef(a)
	}
	if kw.Len() > 0 {
		t.Incref(kw.Obj())
		m.kwnames = kw
	}
	return &m.Object, nil
}

func methodCallerCall(t *runtime.Thread, o *runtime.Object, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.NoKwargs("methodcaller", kw); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, t.TypeError("methodcaller expected 1 argument, got %d", len(args))
	}
	m := runtime.As[methodCaller](o)
	meth, err := t.GetAttr(args[0], m.name)
	if err != nil {
		return nil, err
	}
	defer t.Decref(meth)
	return t.Call(meth, m.args, m.kwnames)
}

func methodCallerRepr(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	m := runtime.As[methodCaller](o)
	npos := len(m.args) - m.kwnames.Len()
	parts := []*runtime.Object{m.name.Obj()}
	parts = append(parts, m.args[:npos]...)
	var extra []string
	for i := 0; i < m.kwnames.Len(); i++ {
		s, err := t.ReprString(m.args[npos+i])
		if err != nil {
			return nil, err
		}
		extra = append(extra, runtime.StrValue(runtime.TupleItems(m.kwnames.Obj())[i])+"="+s)
	}
	return reprCall(t, o, qualifiedName(o), parts, extra)
}
