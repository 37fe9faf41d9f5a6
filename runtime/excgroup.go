package runtime

// Exception groups (BaseExceptionGroup, ExceptionGroup; PEP 654) and what
// except* needs of them: matching a handler's types against a raised
// exception (ExceptionGroupMatch), and the exception to re-raise after
// the handlers ran (PrepReraiseStar).
//
// A group's exceptions are kept, as a tuple, in the BaseException value
// field (StopIteration's value and SystemExit's code elsewhere); its
// message is args[0]. split and subgroup build the parts by calling the
// group's derive (which a subclass may override) and copying the
// original's traceback, cause, context and notes onto each part. That
// copy is how except* recognizes a part re-raised by a handler (a bare
// raise): it carries the same traceback, cause and context objects as
// the group it came from.

func initExceptionGroupType() {
	g := BaseExceptionGroupType
	g.New = excGroupNew
	g.Init = excGroupInit
	g.Str = excGroupStr
	g.addGetSets(
		GetSetDef{Name: "message", Get: excGroupMessage, Doc: "exception message"},
		GetSetDef{Name: "exceptions", Get: excGroupExceptions, Doc: "nested exceptions"},
	)
	g.addMethods(
		MethodDef{"split", excGroupSplit, ""},
		MethodDef{"subgroup", excGroupSubgroup, ""},
		MethodDef{"derive", excGroupDerive, ""},
	)
	g.addClassMethods(MethodDef{"__class_getitem__", classGetItemAlias, "See PEP 585"})
}

// IsExceptionGroup reports whether o is an exception group.
func IsExceptionGroup(o *Object) bool { return TypeOf(o).IsSubtype(BaseExceptionGroupType) }

// groupExceptions returns a group's exceptions, borrowed.
func groupExceptions(o *Object) []*Object {
	if v := As[BaseException](o).value; v != nil && TypeOf(v) == TupleType {
		return As[Tuple](v).items
	}
	return nil
}

// excGroupNew is BaseExceptionGroup(message, exceptions), with CPython's
// checks; BaseExceptionGroup of Exceptions only makes an ExceptionGroup.
func excGroupNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	n := len(args) - kwnames.Len()
	if kwnames.Len() > 0 {
		return nil, t.TypeError("%s() takes no keyword arguments", typ.Name)
	}
	if n != 2 {
		return nil, t.TypeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", n)
	}
	if !IsStr(args[0]) {
		return nil, t.TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", TypeOf(args[0]).Name)
	}
	seq := args[1]
	if st := TypeOf(seq); st.GetItem == nil || st.IsSubtype(DictType) || IsType(seq) {
		return nil, t.TypeError("second argument (exceptions) must be a sequence")
	}
	items, err := t.SequenceItems(seq)
	if err != nil {
		return nil, err
	}
	excs := t.NewTupleSteal(items)
	defer t.Decref(excs.Obj())
	if excs.Len() == 0 {
		return nil, t.ValueError("second argument (exceptions) must be a non-empty sequence")
	}
	nestedBase := false
	for i, e := range excs.items {
		if !TypeOf(e).IsSubtype(BaseExceptionType) {
			return nil, t.ValueError("Item %d of second argument (exceptions) is not an exception", i)
		}
		if !TypeOf(e).IsSubtype(ExceptionType) {
			nestedBase = true
		}
	}
	switch {
	case typ == BaseExceptionGroupType:
		if !nestedBase {
			typ = ExceptionGroupType
		}
	case typ == ExceptionGroupType:
		if nestedBase {
			return nil, t.TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
		}
	default:
		if nestedBase && typ.IsSubtype(ExceptionType) {
			return nil, t.TypeError("Cannot nest BaseExceptions in '%s'", typ.Name)
		}
	}
	a := t.NewTuple(args[:n]...)
	e := t.newException(typ, a)
	t.Decref(a.Obj())
	e.value = t.NewRef(excs.Obj())
	return &e.Object, nil
}

// excGroupInit accepts the constructor's arguments (BaseException's
// __init__ would set args again, to the same values).
func excGroupInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	if kwnames.Len() > 0 {
		return t.TypeError("%s() takes no keyword arguments", TypeOf(self).Name)
	}
	return nil
}

// excGroupStr is "message (N sub-exceptions)".
func excGroupStr(t *Thread, o *Object) (*Object, error) {
	msg, _ := AsStr(groupMessage(o))
	n := len(groupExceptions(o))
	plural := "s"
	if n == 1 {
		plural = ""
	}
	return t.NewStr(msg + " (" + itoa(n) + " sub-exception" + plural + ")"), nil
}

func excGroupMessage(t *Thread, o *Object) (*Object, error) {
	return t.NewRef(groupMessage(o)), nil
}

func excGroupExceptions(t *Thread, o *Object) (*Object, error) {
	if v := As[BaseException](o).value; v != nil {
		return t.NewRef(v), nil
	}
	return t.NewTuple().Obj(), nil
}

// excGroupDerive is derive(excs): a group of excs with self's message.
func excGroupDerive(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("derive", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	return excGroupNew(t, BaseExceptionGroupType, []*Object{groupMessage(args[0]), args[1]}, nil)
}

// groupMessage returns a group's message, borrowed.
func groupMessage(o *Object) *Object {
	if a := As[BaseException](o).args; a != nil && a.Len() > 0 {
		return a.items[0]
	}
	return &emptyStr.Object
}

// egMatcher decides which leaves (or whole subgroups) a split takes.
type egMatcher func(e *Object) (bool, error)

// matcherOf makes the matcher of split's and subgroup's condition: an
// exception type, a tuple of them, or a predicate.
func (t *Thread) matcherOf(cond *Object) (egMatcher, error) {
	isExcClass := func(o *Object) bool { return IsType(o) && As[Type](o).IsSubtype(BaseExceptionType) }
	switch {
	case isExcClass(cond):
		typ := As[Type](cond)
		return func(e *Object) (bool, error) { return TypeOf(e).IsSubtype(typ), nil }, nil
	case TypeOf(cond) == TupleType:
		types := As[Tuple](cond).items
		for _, c := range types {
			if !isExcClass(c) {
				return nil, t.TypeError("expected a function, exception type or tuple of exception types")
			}
		}
		return func(e *Object) (bool, error) {
			for _, c := range types {
				if TypeOf(e).IsSubtype(As[Type](c)) {
					return true, nil
				}
			}
			return false, nil
		}, nil
	case TypeOf(cond).Call != nil && !IsType(cond):
		return func(e *Object) (bool, error) {
			r, err := t.Call1(cond, e)
			if err != nil {
				return false, err
			}
			defer t.Decref(r)
			return t.Truth(r)
		}, nil
	}
	return nil, t.TypeError("expected a function, exception type or tuple of exception types")
}

// splitGroup splits exc by m: match holds what m takes (exc itself when
// it takes all of it), rest the others (built only when wantRest). Each
// is a new reference or nil.
func (t *Thread) splitGroup(exc *Object, m egMatcher, wantRest bool) (match, rest *Object, err error) {
	ok, err := m(exc)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return t.NewRef(exc), nil, nil
	}
	if !IsExceptionGroup(exc) {
		if wantRest {
			return nil, t.NewRef(exc), nil
		}
		return nil, nil, nil
	}
	var matches, rests []*Object
	release := func() {
		for _, o := range matches {
			t.Decref(o)
		}
		for _, o := range rests {
			t.Decref(o)
		}
	}
	for _, e := range groupExceptions(exc) {
		mm, rr, err := t.splitGroup(e, m, wantRest)
		if err != nil {
			release()
			return nil, nil, err
		}
		if mm != nil {
			matches = append(matches, mm)
		}
		if rr != nil {
			rests = append(rests, rr)
		}
	}
	defer release()
	if match, err = t.groupSubset(exc, matches); err != nil {
		return nil, nil, err
	}
	if wantRest {
		if rest, err = t.groupSubset(exc, rests); err != nil {
			t.XDecref(match)
			return nil, nil, err
		}
	}
	return match, rest, nil
}

// groupSubset is orig.derive(excs) with orig's traceback, cause, context
// and notes, or nil when excs is empty. excs are borrowed.
func (t *Thread) groupSubset(orig *Object, excs []*Object) (*Object, error) {
	if len(excs) == 0 {
		return nil, nil
	}
	l := t.NewList(len(excs))
	for _, e := range excs {
		t.ListAppend(l, e)
	}
	defer t.Decref(l.Obj())
	eg, err := t.CallMethod(orig, "derive", l.Obj())
	if err != nil {
		return nil, err
	}
	if !IsExceptionGroup(eg) {
		t.Decref(eg)
		return nil, t.TypeError("derive must return an instance of BaseExceptionGroup")
	}
	src, dst := As[BaseException](orig), As[BaseException](eg)
	for _, f := range []struct{ from, to **Object }{{&src.traceback, &dst.traceback}, {&src.context, &dst.context}, {&src.cause, &dst.cause}} {
		if *f.from != nil {
			t.Setref(f.to, t.NewRef(*f.from))
		} else {
			t.Clearref(f.to)
		}
	}
	dst.suppressContext = src.suppressContext
	notes, err := t.LookupAttr(orig, Intern("__notes__"))
	if err != nil {
		t.Decref(eg)
		return nil, err
	}
	if notes != nil {
		defer t.Decref(notes)
		if items, err := t.SequenceItems(notes); err == nil {
			// The parts get their own lists of the notes, as CPython's.
			copied := t.NewList(len(items))
			for _, it := range items {
				t.ListAppend(copied, it)
				t.Decref(it)
			}
			err = t.SetAttr(eg, Intern("__notes__"), copied.Obj())
			t.Decref(copied.Obj())
			if err != nil {
				t.Decref(eg)
				return nil, err
			}
		} else {
			t.DropError(err)
		}
	}
	return eg, nil
}

// excGroupSplit is split(condition): (match, rest), either None.
func excGroupSplit(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("split", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	m, err := t.matcherOf(args[1])
	if err != nil {
		return nil, err
	}
	match, rest, err := t.splitGroup(args[0], m, true)
	if err != nil {
		return nil, err
	}
	if match == nil {
		match = t.NewRef(None)
	}
	if rest == nil {
		rest = t.NewRef(None)
	}
	return t.NewTupleSteal([]*Object{match, rest}).Obj(), nil
}

// excGroupSubgroup is subgroup(condition): split's match.
func excGroupSubgroup(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("subgroup", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	m, err := t.matcherOf(args[1])
	if err != nil {
		return nil, err
	}
	match, _, err := t.splitGroup(args[0], m, false)
	if err != nil {
		return nil, err
	}
	if match == nil {
		return t.NewRef(None), nil
	}
	return match, nil
}

// CheckExceptTypes checks an except clause's type, a class or a tuple of
// them: exception classes, and for except* (star) not exception groups.
func (t *Thread) CheckExceptTypes(typ *Object, star bool) error {
	check := func(c *Object) error {
		if !IsType(c) || !As[Type](c).IsSubtype(BaseExceptionType) {
			return t.TypeError("catching classes that do not inherit from BaseException is not allowed")
		}
		if star && As[Type](c).IsSubtype(BaseExceptionGroupType) {
			return t.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if TypeOf(typ).Flags&FlagTupleSubclass != 0 {
		for _, c := range As[Tuple](typ).items {
			if err := check(c); err != nil {
				return err
			}
		}
		return nil
	}
	return check(typ)
}

// ExceptionGroupMatch is an except* clause's match of exc (or None, what
// the earlier clauses left) against typ: the part that matches (a naked
// exception wrapped in a group) and the rest, each a new reference to an
// exception or None.
func (t *Thread) ExceptionGroupMatch(exc, typ *Object) (match, rest *Object, err error) {
	if exc == None {
		return t.NewRef(None), t.NewRef(None), nil
	}
	m, err := t.matcherOf(typ)
	if err != nil {
		return nil, nil, err
	}
	if ok, _ := m(exc); ok {
		if IsExceptionGroup(exc) {
			return t.NewRef(exc), t.NewRef(None), nil
		}
		one := t.NewTuple(exc)
		wrapped, err := excGroupNew(t, BaseExceptionGroupType, []*Object{&emptyStr.Object, one.Obj()}, nil)
		t.Decref(one.Obj())
		if err != nil {
			return nil, nil, err
		}
		if tb := As[BaseException](exc).traceback; tb != nil {
			t.Setref(&As[BaseException](wrapped).traceback, t.NewRef(tb))
		}
		return wrapped, t.NewRef(None), nil
	}
	if IsExceptionGroup(exc) {
		match, rest, err := t.splitGroup(exc, m, true)
		if err != nil {
			return nil, nil, err
		}
		if match == nil {
			match = t.NewRef(None)
		}
		if rest == nil {
			rest = t.NewRef(None)
		}
		return match, rest, nil
	}
	return t.NewRef(None), t.NewRef(exc), nil
}

// sameExceptionMetadata reports whether a and b carry the same notes,
// traceback, cause and context objects: b is a part of a that a handler
// re-raised.
func sameExceptionMetadata(a, b *Object) bool {
	x, y := As[BaseException](a), As[BaseException](b)
	return x.traceback == y.traceback && x.cause == y.cause && x.context == y.context && notesOf(x) == notesOf(y)
}

func notesOf(e *BaseException) *Object {
	if e.dict == nil {
		return nil
	}
	return e.dict.GetStr(Intern("__notes__"))
}

// PrepReraiseStar is the exception to raise after an except* statement's
// handlers ran: orig is the exception caught, excs what each handler
// raised and, last, what no handler matched (None entries for nothing).
// The parts of orig that handlers re-raised, or that no handler took,
// are kept in orig's structure; exceptions raised anew join them in a
// new group. It returns None when there is nothing to raise.
func (t *Thread) PrepReraiseStar(orig *Object, excs []*Object) (*Object, error) {
	if len(excs) == 0 {
		return t.NewRef(None), nil
	}
	if !IsExceptionGroup(orig) {
		// A naked exception, wrapped for the handlers: at most one
		// clause ran.
		return t.NewRef(excs[0]), nil
	}
	var raised, reraised []*Object
	for _, e := range excs {
		if e == None {
			continue
		}
		if sameExceptionMetadata(e, orig) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	leaves := map[*Object]bool{}
	var collect func(e *Object)
	collect = func(e *Object) {
		if !IsExceptionGroup(e) {
			leaves[e] = true
			return
		}
		for _, x := range groupExceptions(e) {
			collect(x)
		}
	}
	for _, e := range reraised {
		collect(e)
	}
	keep, _, err := t.splitGroup(orig, func(e *Object) (bool, error) { return leaves[e], nil }, false)
	if err != nil {
		return nil, err
	}
	if len(raised) == 0 {
		if keep == nil {
			return t.NewRef(None), nil
		}
		return keep, nil
	}
	if keep != nil {
		defer t.Decref(keep)
		raised = append(raised, keep)
	}
	if len(raised) == 1 {
		return t.NewRef(raised[0]), nil
	}
	l := t.NewList(len(raised))
	for _, e := range raised {
		t.ListAppend(l, e)
	}
	defer t.Decref(l.Obj())
	return excGroupNew(t, BaseExceptionGroupType, []*Object{&emptyStr.Object, l.Obj()}, nil)
}
