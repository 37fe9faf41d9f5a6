package runtime

// The _gilfree_types module gives the Python-source standard library
// (types, enum) what it cannot build itself: read-only views of
// mappings, the objects CPython's types.MappingProxyType makes; and the
// mark of generated __hash__ methods (fasthash.go).

func init() { BuiltinModules["_gilfree_types"] = newGilfreeTypesModule }

func newGilfreeTypesModule(t *Thread) *Module {
	m := t.NewModule("_gilfree_types")
	t.AddFunctions(m,
		MethodDef{"mappingproxy", typesMappingProxy, "Return a read-only proxy of a mapping."},
		MethodDef{"fast_hash", gilfreeFastHash, "Mark a generated __hash__ whose body the hash slot may compute itself."},
	)
	return m
}

// typesMappingProxy is mappingproxy(mapping): the mapping must support
// item access and must not be a list or tuple, as CPython requires.
func typesMappingProxy(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [1]*Object
	if err := t.ParseArgs("mappingproxy", args, kw, []string{"mapping"}, 1, a[:]); err != nil {
		return nil, err
	}
	typ := TypeOf(a[0])
	if typ.GetItem == nil || typ.IsSubtype(ListType) || typ.IsSubtype(TupleType) {
		return nil, t.TypeError("mappingproxy() argument must be a mapping, not %s", typ.Name)
	}
	return t.NewMappingProxy(a[0]), nil
}

// typeSetDoc is the setter of a class's __doc__: a class defined in
// Python takes a new docstring (dataclass writes its signature there);
// builtin types refuse, with CPython's message.
func typeSetDoc(t *Thread, o, v *Object) error {
	typ := As[Type](o)
	if !typ.IsHeap() {
		return t.TypeError("cannot set '__doc__' attribute of immutable type '%s'", typ.Name)
	}
	if v == nil {
		return t.TypeError("cannot delete '__doc__' attribute of immutable type '%s'", typ.Name)
	}
	t.DictSetStr(typ.Dict(), dnDoc, v)
	typ.modified()
	return nil
}

// methodNew is method(function, instance), types.MethodType's
// constructor: a bound method made by hand, with CPython's checks.
func methodNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if kwnames != nil && kwnames.Len() > 0 {
		return nil, t.TypeError("method() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, t.TypeError("method expected 2 arguments, got %d", len(args))
	}
	if TypeOf(args[0]).Call == nil {
		return nil, t.TypeError("first argument must be callable")
	}
	if args[1] == None {
		return nil, t.TypeError("instance must not be None")
	}
	return t.NewMethod(args[0], args[1]), nil
}

// mappingProxyNew is mappingproxy(mapping), types.MappingProxyType's
// constructor.
func mappingProxyNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	return typesMappingProxy(t, args, kwnames)
}

// mappingProxyRichCmp compares a proxy as its mapping compares (so a
// proxy equals a dict with the same items), as CPython's does.
func mappingProxyRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	return t.RichCompare(mpMapping(a), b, op)
}
