package runtime

import "strings"

// Class creation: type.__new__ for a name, bases and namespace (newClass),
// the C3 linearization, and __build_class__, which runs a class
// statement's body.

// newClass creates a heap type, as CPython's type_new.
func (t *Thread) newClass(meta *Type, name string, bases []*Object, ns *Dict, kw *Dict) (*Object, error) {
	// The most derived metaclass wins; if it is not meta, it makes the
	// class.
	winner, err := t.calculateMeta(meta, bases)
	if err != nil {
		return nil, err
	}
	if winner != meta && winner.New != nil {
		return t.callMetaNew(winner, name, bases, ns, kw)
	}
	var baseTypes []*Type
	for _, b := range bases {
		if !IsType(b) {
			return nil, t.TypeError("bases must be types")
		}
		baseTypes = append(baseTypes, As[Type](b))
	}
	if len(baseTypes) == 0 {
		baseTypes = []*Type{ObjectType}
	}
	for i, b := range baseTypes {
		if b.Flags&FlagBaseType == 0 {
			return nil, t.TypeError("type '%s' is not an acceptable base type", b.Name)
		}
		for _, c := range baseTypes[:i] {
			if c == b {
				return nil, t.TypeError("duplicate base class %s", b.Name)
			}
		}
	}
	base, err := t.bestBase(baseTypes)
	if err != nil {
		return nil, err
	}

	var typ *Type
	if meta == TypeType {
		typ = new(Type)
	} else {
		typ = As[Type](meta.layout.alloc())
	}
	t.initObject(&typ.Object, meta)
	typ.MakeDeferred()
	typ.Name = name
	typ.QualName = name
	typ.Base = base
	typ.Bases = baseTypes
	typ.Flags = FlagHeapType | FlagBaseType
	for _, b := range baseTypes {
		typ.Flags |= b.Flags & inheritedFlags
	}
	typ.solid = base.solid
	typ.layout = base.solid.layout
	typ.extraOff = base.solid.layout.extraOffset
	typ.nslots = base.nslots
	typ.dictOff = base.dictOff
	typ.Dealloc = heapDealloc
	typ.dict = t.DictCopy(ns)
	typ.Dict().MakeDeferred()

	if q := typ.Dict().GetStr(dnQualName); q != nil {
		s, ok := AsStr(q)
		if !ok {
			return nil, t.TypeError("type __qualname__ must be a str, not %s", TypeOf(q).Name)
		}
		typ.QualName = s
		t.DictDelStr(typ.Dict(), dnQualName)
	}
	if typ.Dict().GetStr(dnModuleAttr) == nil {
		if f := t.Frame; f != nil && f.Globals != nil {
			if m := f.Globals.GetStr(dnName); m != nil {
				t.DictSetStr(typ.Dict(), dnModuleAttr, m)
			}
		}
	}
	if typ.Dict().GetStr(dnDoc) == nil {
		t.DictSetStr(typ.Dict(), dnDoc, None)
	}

	hasDict := base.dictOff != 0
	if slots := typ.Dict().GetStr(dnSlots); slots != nil {
		add, err := t.setupSlots(typ, slots)
		if err != nil {
			return nil, err
		}
		hasDict = hasDict || add
	} else {
		hasDict = true
	}
	if hasDict && typ.dictOff == 0 {
		typ.dictOff = typ.extraOff
	}
	// A metaclass's instances are classes, whose __dict__ is type's
	// mappingproxy getter; an instance-dict descriptor would hide it.
	if hasDict && base.dictOff == 0 && !base.IsSubtype(TypeType) && typ.Dict().GetStr(dnDict) == nil {
		g := &GetSetDescr{Name: "__dict__", Get: instanceGetDict, Set: instanceSetDict, Owner: typ}
		t.initObject(&g.Object, GetSetDescrType)
		t.DictSetStr(typ.Dict(), dnDict, &g.Object)
		t.Decref(&g.Object)
	}

	// Special methods that are implicitly class or static methods.
	for _, n := range []*Str{dnInitSubclass, dnClassGetItem} {
		if f := typ.Dict().GetStr(n); f != nil && TypeOf(f) == FunctionType {
			cm := t.newClassMethod(f)
			t.DictSetStr(typ.Dict(), n, cm)
			t.Decref(cm)
		}
	}
	if f := typ.Dict().GetStr(dnNew); f != nil && TypeOf(f) == FunctionType {
		sm := t.newStaticMethod(f)
		t.DictSetStr(typ.Dict(), dnNew, sm)
		t.Decref(sm)
	}
	if typ.Dict().GetStr(cmpNames[CmpEq]) != nil && typ.Dict().GetStr(dnHash) == nil {
		t.DictSetStr(typ.Dict(), dnHash, None)
	}

	mro, err := t.c3(typ, baseTypes)
	if err != nil {
		return nil, err
	}
	typ.MRO = mro
	t.fixupSlots(typ)
	for _, b := range baseTypes {
		b.addSubclass(typ)
	}

	if cell := typ.Dict().GetStr(dnClassCell); cell != nil {
		if TypeOf(cell) != CellType {
			return nil, t.TypeError("__classcell__ must be a nonlocal cell, not %s", TypeOf(cell).Name)
		}
		t.CellSet(As[Cell](cell), &typ.Object)
		t.DictDelStr(typ.Dict(), dnClassCell)
	}

	if err := t.setNames(typ); err != nil {
		return nil, err
	}
	if err := t.initSubclass(typ, kw); err != nil {
		return nil, err
	}
	return &typ.Object, nil
}

// callMetaNew hands class creation to a more derived metaclass.
func (t *Thread) callMetaNew(meta *Type, name string, bases []*Object, ns, kw *Dict) (*Object, error) {
	nameObj := t.NewStr(name)
	basesT := t.NewTuple(bases...)
	args := []*Object{nameObj, basesT.Obj(), ns.Obj()}
	keys, values := kw.Items()
	args = append(args, values...)
	kwn := t.NewTuple(keys...)
	defer func() {
		t.Decref(nameObj)
		t.Decref(basesT.Obj())
		t.Decref(kwn.Obj())
	}()
	return t.Call(&meta.Object, args, kwn)
}

// calculateMeta returns the most derived of meta and the bases'
// metaclasses.
func (t *Thread) calculateMeta(meta *Type, bases []*Object) (*Type, error) {
	winner := meta
	for _, b := range bases {
		bt := TypeOf(b)
		switch {
		case winner.IsSubtype(bt):
		case bt.IsSubtype(winner):
			winner = bt
		default:
			return nil, t.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	return winner, nil
}

// bestBase picks the base whose layout the new class extends; all other
// bases' layouts must be ancestors of it.
func (t *Thread) bestBase(bases []*Type) (*Type, error) {
	var base *Type
	var winner *Type
	for _, b := range bases {
		s := b.solid
		switch {
		case winner == nil:
			winner, base = s, b
		case winner.IsSubtype(s):
		case s.IsSubtype(winner):
			winner, base = s, b
		default:
			return nil, t.TypeError("multiple bases have instance lay-out conflict")
		}
	}
	return base, nil
}

// setupSlots reads __slots__, adds a member descriptor for each name, and
// reports whether '__dict__' was among them.
func (t *Thread) setupSlots(typ *Type, slots *Object) (bool, error) {
	var names []*Object
	if IsStr(slots) {
		names = []*Object{slots}
	} else {
		it, err := t.Iter(slots)
		if err != nil {
			return false, err
		}
		for {
			x, err := t.Next(it)
			if err != nil {
				t.Decref(it)
				return false, err
			}
			if x == nil {
				break
			}
			names = append(names, x)
			defer t.Decref(x)
		}
		t.Decref(it)
	}
	if len(names) > 0 && typ.solid != ObjectType && typ.solid.layout.baseSize > 0 && typ.solid.Flags&(FlagIntSubclass|FlagTupleSubclass|FlagBytesSubclass) != 0 {
		return false, t.TypeError("nonempty __slots__ not supported for subtype of '%s'", typ.solid.Name)
	}
	addDict := false
	for _, n := range names {
		s, ok := AsStr(n)
		if !ok {
			return false, t.TypeError("__slots__ items must be strings, not '%s'", TypeOf(n).Name)
		}
		if !isIdentifier(s) {
			return false, t.TypeError("__slots__ must be identifiers")
		}
		if s == "__dict__" {
			if addDict || typ.Base.dictOff != 0 {
				return false, t.TypeError("__dict__ slot disallowed: we already got one")
			}
			addDict = true
			continue
		}
		if s == "__weakref__" {
			continue
		}
		s = mangle(typ.Name, s)
		key := Intern(s)
		if typ.Dict().GetStr(key) != nil {
			return false, t.ValueError("'%s' in __slots__ conflicts with class variable", s)
		}
		m := &MemberDescr{Name: s, index: typ.nslots, Owner: typ}
		t.initObject(&m.Object, MemberDescrType)
		t.DictSetStr(typ.Dict(), key, &m.Object)
		t.Decref(&m.Object)
		typ.nslots++
	}
	return addDict, nil
}

// mangle applies private name mangling: __x in class C is _C__x.
func mangle(class, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	c := strings.TrimLeft(class, "_")
	if c == "" {
		return name
	}
	return "_" + c + name
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 || i > 0 && r >= '0' && r <= '9' {
			continue
		}
		return false
	}
	return true
}

// setNames calls __set_name__ on the namespace's values that have one.
func (t *Thread) setNames(typ *Type) error {
	keys, values := typ.Dict().Items()
	for i, v := range values {
		f := TypeOf(v).Lookup(dnSetName)
		if f == nil {
			continue
		}
		t.Incref(v)
		buf := []*Object{&typ.Object, keys[i]}
		r, err := t.callBound(f, v, buf, nil)
		t.Decref(v)
		if err != nil {
			return err
		}
		t.Decref(r)
	}
	return nil
}

// initSubclass calls super(typ, typ).__init_subclass__(**kw).
func (t *Thread) initSubclass(typ *Type, kw *Dict) error {
	var f *Object
	for _, m := range typ.MRO[1:] {
		if f = m.Dict().GetStr(dnInitSubclass); f != nil {
			break
		}
	}
	if f == nil {
		return nil
	}
	var bound *Object
	if get := TypeOf(f).DescrGet; get != nil {
		var err error
		if bound, err = get(t, f, nil, typ); err != nil {
			return err
		}
	} else {
		bound = t.NewRef(f)
	}
	defer t.Decref(bound)
	keys, values := kw.Items()
	kwn := t.NewTuple(keys...)
	r, err := t.Call(bound, values, kwn)
	t.Decref(kwn.Obj())
	if err != nil {
		return err
	}
	t.Decref(r)
	return nil
}

// c3 computes the C3 linearization of a class with the given bases.
func (t *Thread) c3(typ *Type, bases []*Type) ([]*Type, error) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	result := []*Type{typ}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return result, nil
		}
		var cand *Type
	search:
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			for _, o := range seqs {
				for _, x := range o[min(1, len(o)):] {
					if x == c {
						continue search
					}
				}
			}
			cand = c
			break
		}
		if cand == nil {
			// CPython names the heads of the lists left to merge.
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, t.TypeError("Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		result = append(result, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// BuildClass is builtins.__build_class__(func, name, *bases,
// metaclass=None, **kwds).
func BuildClass(t *Thread, args []*Object, kwnames *Tuple) (*Object, error) {
	nkw := kwnames.Len()
	npos := len(args) - nkw
	if npos < 2 {
		return nil, t.TypeError("__build_class__: not enough arguments")
	}
	fn, nameObj := args[0], args[1]
	if TypeOf(fn) != FunctionType {
		return nil, t.TypeError("__build_class__: func must be a function")
	}
	if !IsStr(nameObj) {
		return nil, t.TypeError("__build_class__: name is not a string")
	}
	origBases := args[2:npos]
	bases, err := t.resolveMroEntries(origBases)
	if err != nil {
		return nil, err
	}
	defer t.releaseItems(bases)

	var meta *Object
	kw := t.NewDict()
	defer t.Decref(kw.Obj())
	for i := 0; i < nkw; i++ {
		k := As[Str](kwnames.items[i])
		if k.s == "metaclass" {
			meta = args[npos+i]
			continue
		}
		t.DictSetStr(kw, k, args[npos+i])
	}
	if meta == nil {
		if len(bases) > 0 {
			meta = &TypeOf(bases[0]).Object
		} else {
			meta = &TypeType.Object
		}
	}
	if IsType(meta) {
		winner, err := t.calculateMeta(As[Type](meta), bases)
		if err != nil {
			return nil, err
		}
		meta = &winner.Object
	}
	basesT := t.NewTuple(bases...)
	defer t.Decref(basesT.Obj())

	var ns *Object
	prep, err := t.LookupAttr(meta, dnPrepare)
	if err != nil {
		return nil, err
	}
	kwKeys, kwValues := kw.Items()
	kwn := t.NewTuple(kwKeys...)
	defer t.Decref(kwn.Obj())
	if prep != nil {
		callArgs := append([]*Object{nameObj, basesT.Obj()}, kwValues...)
		ns, err = t.Call(prep, callArgs, kwn)
		t.Decref(prep)
		if err != nil {
			return nil, err
		}
		if TypeOf(ns).GetItem == nil {
			mname := "<metaclass>"
			if IsType(meta) {
				mname = As[Type](meta).Name
			}
			t.Decref(ns)
			return nil, t.TypeError("%s.__prepare__() must return a mapping, not %s", mname, TypeOf(ns).Name)
		}
	} else {
		ns = t.NewDict().Obj()
	}
	defer t.Decref(ns)

	cell, err := t.Interp.Eval.RunBody(t, As[Function](fn), ns)
	if err != nil {
		return nil, err
	}
	defer t.Decref(cell)
	if len(bases) != len(origBases) || !sameItems(bases, origBases) {
		ob := t.NewTuple(origBases...)
		err := t.SetItem(ns, &Intern("__orig_bases__").Object, ob.Obj())
		t.Decref(ob.Obj())
		if err != nil {
			return nil, err
		}
	}
	callArgs := append([]*Object{nameObj, basesT.Obj(), ns}, kwValues...)
	cls, err := t.Call(meta, callArgs, kwn)
	if err != nil {
		return nil, err
	}
	if TypeOf(cell) == CellType && IsType(cls) {
		if v := As[Cell](cell).Get(); v != cls {
			if v == nil {
				t.Decref(cls)
				return nil, t.RuntimeError("__class__ not set defining '%s' as %s. Was __classcell__ propagated to type.__new__?", As[Str](nameObj).s, As[Type](cls).FullName())
			}
		}
	}
	return cls, nil
}

// resolveMroEntries replaces bases that are not classes by what their
// __mro_entries__ returns (PEP 560).
func (t *Thread) resolveMroEntries(bases []*Object) ([]*Object, error) {
	out := make([]*Object, 0, len(bases))
	for _, b := range bases {
		if IsType(b) {
			out = append(out, t.NewRef(b))
			continue
		}
		// The attribute is looked up on the base itself, as CPython's
		// __build_class__ does: an instance's own __mro_entries__ counts.
		f, err := t.LookupAttr(b, dnMroEntries)
		if err != nil {
			t.releaseItems(out)
			return nil, err
		}
		if f == nil {
			out = append(out, t.NewRef(b))
			continue
		}
		bt := t.NewTuple(bases...)
		r, err := t.Call1(f, bt.Obj())
		t.Decref(bt.Obj())
		t.Decref(f)
		if err != nil {
			t.releaseItems(out)
			return nil, err
		}
		if TypeOf(r).Flags&FlagTupleSubclass == 0 {
			t.Decref(r)
			t.releaseItems(out)
			return nil, t.TypeError("__mro_entries__ must return a tuple")
		}
		for _, x := range TupleItems(r) {
			out = append(out, t.NewRef(x))
		}
		t.Decref(r)
	}
	return out, nil
}

// TypeAttrCacheable returns the attribute name of class cls, borrowed, when
// reading cls.name gives that very object for as long as cls and its
// metaclass keep their versions: the metaclass reads attributes as type
// does (no __getattribute__ or __getattr__ of its own) and has no
// attribute of that name, and the class's attribute is not a descriptor
// (an Enum member, a constant) and lies in cls's own dict, at entry ix.
// Otherwise v is nil: the eval loop takes the generic path, and may
// remember that too while the versions hold. The versions are returned
// either way (0 when there are none to rely on).
//
// The entry is what a reader checks after taking its count on v (a
// try-increment: another thread may rebind the attribute and free v at
// any moment): cls's version changes only after the dict's entry does,
// so a reader that checked the version alone could count a freed object
// between the two (tests/threads_containers.py's Rebound class).
func TypeAttrCacheable(cls *Type, name *Str) (v *Object, ix int, ver, metaVer uint32) {
	meta := TypeOf(&cls.Object)
	metaVer, ver = meta.Version(), cls.Version()
	if metaVer == 0 || ver == 0 {
		return nil, -1, 0, 0
	}
	if meta.wrapped&(1<<slotGetAttr) != 0 || meta.Lookup(dnGetAttribute) != TypeType.Lookup(dnGetAttribute) || meta.Lookup(name) != nil {
		return nil, -1, ver, metaVer
	}
	v = cls.Lookup(name)
	if v == nil || TypeOf(v).DescrGet != nil {
		return nil, -1, ver, metaVer
	}
	d := cls.Dict()
	ix = d.LookupStr(name)
	if ix < 0 || d.EntryIfKey(ix, name) != v {
		return nil, -1, ver, metaVer // inherited: not cached
	}
	return v, ix, ver, metaVer
}
