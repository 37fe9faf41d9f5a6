package runtime

import (
	"strings"
)

// BaseException is the layout of every exception; it implements Go's
// error, so that a Python exception travels through Go code as the error
// value itself.
type BaseException struct {
	Object
	args            *Tuple
	dict            *Dict
	traceback       *Object // a TracebackObj, or nil
	context         *Object // an exception, or nil
	cause           *Object // an exception, or nil
	suppressContext bool
	// value is StopIteration.value and SystemExit.code.
	value *Object
}

// Error returns the exception's one-line form, "TypeError: message",
// without running Python code.
func (e *BaseException) Error() string {
	name := TypeOf(&e.Object).Name
	if e.args == nil || e.args.Len() == 0 {
		return name
	}
	if e.args.Len() == 1 {
		if s, ok := AsStr(e.args.items[0]); ok {
			return name + ": " + s
		}
	}
	parts := make([]string, e.args.Len())
	for i, a := range e.args.items {
		parts[i] = debugString(a)
	}
	return name + ": " + strings.Join(parts, ", ")
}

// debugString is a best-effort text of an object, for Go-side messages.
func debugString(o *Object) string {
	switch {
	case IsStr(o):
		return As[Str](o).s
	case IsInt(o):
		return intString(o)
	}
	return "<" + TypeOf(o).Name + ">"
}

// AsExc returns an exception object as its layout; o must be an
// exception.
func AsExc(o *Object) *BaseException { return As[BaseException](o) }

// Obj returns the exception as an object reference.
func (e *BaseException) Obj() *Object { return &e.Object }

// Args returns the exception's args tuple.
func (e *BaseException) Args() *Tuple { return e.args }

// Traceback returns the traceback (borrowed), nil when none.
func (e *BaseException) Traceback() *Object { return e.traceback }

// SetTraceback replaces the traceback; tb is borrowed.
func (t *Thread) SetTraceback(e *BaseException, tb *Object) {
	if tb != nil {
		t.Incref(tb)
	}
	old := e.traceback
	e.traceback = tb
	if old != nil {
		t.Decref(old)
	}
}

// Context and Cause return the chained exceptions, borrowed.
func (e *BaseException) Context() *Object { return e.context }
func (e *BaseException) Cause() *Object   { return e.cause }

// SuppressContext reports __suppress_context__.
func (e *BaseException) SuppressContext() bool { return e.suppressContext }

// SetContext sets __context__ (borrowed ctx, nil clears).
func (t *Thread) SetContext(e *BaseException, ctx *Object) {
	if ctx != nil {
		t.Incref(ctx)
	}
	old := e.context
	e.context = ctx
	if old != nil {
		t.Decref(old)
	}
}

// SetCause sets __cause__ (borrowed, nil for None) and
// __suppress_context__, as raise ... from does.
func (t *Thread) SetCause(e *BaseException, cause *Object) {
	if cause != nil {
		t.Incref(cause)
	}
	old := e.cause
	e.cause = cause
	e.suppressContext = true
	if old != nil {
		t.Decref(old)
	}
}

// Value returns StopIteration.value (borrowed), None when unset.
func (e *BaseException) Value() *Object {
	if e.value == nil {
		return None
	}
	return e.value
}

// newException allocates an exception of typ with args (borrowed),
// running no Python code.
func (t *Thread) newException(typ *Type, args *Tuple) *BaseException {
	var o *Object
	if typ.IsHeap() {
		o = t.allocInstance(typ)
	} else {
		e := As[BaseException](t.free.exceptions.pop(t.State))
		if e == nil {
			e = new(BaseException)
		} else {
			*e = BaseException{}
		}
		t.initObject(&e.Object, typ)
		o = &e.Object
	}
	e := As[BaseException](o)
	t.Incref(args.Obj())
	e.args = args
	if typ.IsSubtype(StopIterationType) || typ.IsSubtype(SystemExitType) {
		if args.Len() > 0 {
			e.value = t.NewRef(args.items[0])
		}
	}
	return e
}

// excDealloc frees an instance of a builtin exception type: a raise and
// catch in a loop makes one per iteration, so it goes back to the
// thread's free list.
func excDealloc(t *Thread, o *Object) {
	excClear(t, o)
	if recycle(o) {
		t.free.exceptions.push(o)
	}
}

func excClear(t *Thread, o *Object) {
	e := As[BaseException](o)
	if e.args != nil {
		t.Decref(e.args.Obj())
		e.args = nil
	}
	if e.dict != nil {
		t.Decref(e.dict.Obj())
		e.dict = nil
	}
	t.Clearref(&e.traceback)
	t.Clearref(&e.context)
	t.Clearref(&e.cause)
	t.Clearref(&e.value)
}

func excNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	n := len(args) - kwnames.Len()
	if typ == OSErrorType && n >= 2 && IsInt(args[0]) {
		// OSError(errno, ...) makes the subclass the errno selects.
		if v, ok := IntSmall(args[0]); ok {
			if sub, ok := errnoTypes[int(v)]; ok {
				typ = sub
			}
		}
	}
	a := t.NewTuple(args[:n]...)
	e := t.newException(typ, a)
	t.Decref(a.Obj())
	return &e.Object, nil
}

func excInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	typ := TypeOf(self)
	if kwnames.Len() > 0 && typ.initIsBase() {
		return t.TypeError("%s() takes no keyword arguments", typ.Name)
	}
	e := As[BaseException](self)
	n := len(args) - kwnames.Len()
	if e.args != nil && sameItems(e.args.items, args[:n]) {
		// __new__ stored these very arguments: the usual case of
		// ValueError(x), which would otherwise build the tuple twice.
		return nil
	}
	a := t.NewTuple(args[:n]...)
	if e.args != nil {
		t.Decref(e.args.Obj())
	}
	e.args = a
	return nil
}

// sameItems reports whether a and b hold the same objects in the same
// order.
func sameItems(a, b []*Object) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// initIsBase reports whether the class has no __init__ of its own
// between it and its builtin exception base.
func (typ *Type) initIsBase() bool { return typ.wrapped&(1<<slotInit) == 0 }

func excStr(t *Thread, o *Object) (*Object, error) {
	e := As[BaseException](o)
	switch e.args.Len() {
	case 0:
		return EmptyStr(), nil
	case 1:
		return t.StrOf(e.args.items[0])
	}
	return t.StrOf(e.args.Obj())
}

func excRepr(t *Thread, o *Object) (*Object, error) {
	e := As[BaseException](o)
	name := TypeOf(o).Name
	if e.args.Len() == 1 {
		r, err := t.ReprString(e.args.items[0])
		if err != nil {
			return nil, err
		}
		return t.NewStr(name + "(" + r + ")"), nil
	}
	r, err := t.ReprString(e.args.Obj())
	if err != nil {
		return nil, err
	}
	return t.NewStr(name + r), nil
}

func keyErrorStr(t *Thread, o *Object) (*Object, error) {
	e := As[BaseException](o)
	if e.args.Len() == 1 {
		return t.Repr(e.args.items[0])
	}
	return excStr(t, o)
}

func excGetArgs(t *Thread, o *Object) (*Object, error) {
	return t.NewRef(As[BaseException](o).args.Obj()), nil
}

func excSetArgs(t *Thread, o, v *Object) error {
	if v == nil {
		return t.TypeError("args may not be deleted")
	}
	items, err := t.SequenceItems(v)
	if err != nil {
		return err
	}
	a := t.NewTupleSteal(items)
	e := As[BaseException](o)
	old := e.args
	e.args = a
	t.Decref(old.Obj())
	return nil
}

func excGetTraceback(t *Thread, o *Object) (*Object, error) {
	if tb := As[BaseException](o).traceback; tb != nil {
		return t.NewRef(tb), nil
	}
	return None, nil
}

func excSetTraceback(t *Thread, o, v *Object) error {
	if v == nil {
		return t.TypeError("__traceback__ may not be deleted")
	}
	if v != None && TypeOf(v) != TracebackType {
		return t.TypeError("__traceback__ must be a traceback or None")
	}
	if v == None {
		v = nil
	}
	t.SetTraceback(As[BaseException](o), v)
	return nil
}

func excChainGetter(field func(e *BaseException) **Object) func(t *Thread, o *Object) (*Object, error) {
	return func(t *Thread, o *Object) (*Object, error) {
		if v := *field(As[BaseException](o)); v != nil {
			return t.NewRef(v), nil
		}
		return None, nil
	}
}

func excChainSetter(field func(e *BaseException) **Object, what string, isCause bool) func(t *Thread, o, v *Object) error {
	return func(t *Thread, o, v *Object) error {
		if v == nil {
			return t.TypeError("%s may not be deleted", what)
		}
		e := As[BaseException](o)
		if v == None {
			t.Clearref(field(e))
		} else {
			if TypeOf(v).Flags&FlagExcSubclass == 0 {
				return t.TypeError("exception %s must be None or derive from BaseException", strings.TrimSuffix(strings.TrimPrefix(what, "__"), "__"))
			}
			t.Incref(v)
			t.Setref(field(e), v)
		}
		if isCause {
			e.suppressContext = true
		}
		return nil
	}
}

func excWithTraceback(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("with_traceback", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	if err := excSetTraceback(t, args[0], args[1]); err != nil {
		return nil, err
	}
	return t.NewRef(args[0]), nil
}

func excAddNote(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("add_note", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	if !IsStr(args[1]) {
		return nil, t.TypeError("note must be a str, not '%s'", TypeOf(args[1]).Name)
	}
	notesName := Intern("__notes__")
	notes, err := t.LookupAttr(args[0], notesName)
	if err != nil {
		return nil, err
	}
	if notes == nil {
		l := t.NewList(1)
		notes = l.Obj()
		if err := t.SetAttr(args[0], notesName, notes); err != nil {
			t.Decref(notes)
			return nil, err
		}
	}
	defer t.Decref(notes)
	if TypeOf(notes).Flags&FlagListSubclass == 0 {
		return nil, t.TypeError("Cannot add note: __notes__ is not a list")
	}
	t.ListAppend(As[List](notes), args[1])
	return None, nil
}

func stopIterationInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	if err := excInit(t, self, args, kwnames); err != nil {
		return err
	}
	e := As[BaseException](self)
	var v *Object
	if e.args.Len() > 0 {
		v = t.NewRef(e.args.items[0])
	}
	t.Setref(&e.value, v)
	return nil
}

func excValueGetter(t *Thread, o *Object) (*Object, error) {
	return t.NewRef(As[BaseException](o).Value()), nil
}

func excValueSetter(t *Thread, o, v *Object) error {
	if v != nil {
		t.Incref(v)
	}
	t.Setref(&As[BaseException](o).value, v)
	return nil
}

// excAttrInit makes an __init__ that stores the arguments under the
// given attribute names in the instance dict (OSError's errno and
// strerror, ImportError's name and path, ...), after setting args.
func excAttrInit(names []string, kwOnly bool) InitFunc {
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
		npos := len(args) - kwnames.Len()
		a := t.NewTuple(args[:npos]...)
		e := As[BaseException](self)
		if e.args != nil {
			t.Decref(e.args.Obj())
		}
		e.args = a
		if e.dict == nil {
			e.dict = t.NewDict()
		}
		for _, n := range names {
			if t.Interp != nil && e.dict.GetStr(Intern(n)) == nil {
				t.DictSetStr(e.dict, Intern(n), None)
			}
		}
		if !kwOnly {
			for i, n := range names {
				if i < npos && npos > 1 {
					t.DictSetStr(e.dict, Intern(n), args[i])
				}
			}
			if npos == 1 && len(names) > 0 && names[0] == "msg" {
				t.DictSetStr(e.dict, Intern("msg"), args[0])
			}
		}
		for i := 0; i < kwnames.Len(); i++ {
			k := As[Str](kwnames.items[i])
			found := false
			for _, n := range names {
				if n == k.s {
					found = true
				}
			}
			if !found {
				return t.TypeError("%s() got an unexpected keyword argument '%s'", TypeOf(self).Name, k.s)
			}
			t.DictSetStr(e.dict, k, args[npos+i])
		}
		return nil
	}
}

// excDictStr reads an attribute an excAttrInit stored.
func excDictStr(e *BaseException, name string) *Object {
	if e.dict == nil {
		return nil
	}
	return e.dict.GetStr(Intern(name))
}

func osErrorStr(t *Thread, o *Object) (*Object, error) {
	e := As[BaseException](o)
	errno, strerror := excDictStr(e, "errno"), excDictStr(e, "strerror")
	filename, filename2 := excDictStr(e, "filename"), excDictStr(e, "filename2")
	if errno != nil && errno != None && strerror != nil && strerror != None {
		es, err := t.StrString(errno)
		if err != nil {
			return nil, err
		}
		ss, err := t.StrString(strerror)
		if err != nil {
			return nil, err
		}
		s := "[Errno " + es + "] " + ss
		if filename != nil && filename != None {
			fr, err := t.ReprString(filename)
			if err != nil {
				return nil, err
			}
			s += ": " + fr
			if filename2 != nil && filename2 != None {
				fr2, err := t.ReprString(filename2)
				if err != nil {
					return nil, err
				}
				s += " -> " + fr2
			}
		}
		return t.NewStr(s), nil
	}
	return excStr(t, o)
}

func osErrorInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	if err := excAttrInit([]string{"errno", "strerror", "filename", "winerror", "filename2"}, false)(t, self, args, kwnames); err != nil {
		return err
	}
	e := As[BaseException](self)
	npos := len(args) - kwnames.Len()
	if npos >= 2 && npos <= 5 {
		t.DictSetStr(e.dict, Intern("errno"), args[0])
		t.DictSetStr(e.dict, Intern("strerror"), args[1])
		if npos >= 3 {
			t.DictSetStr(e.dict, Intern("filename"), args[2])
		}
		if npos == 5 {
			t.DictSetStr(e.dict, Intern("filename2"), args[4])
		}
		if npos > 2 {
			a := t.NewTuple(args[0], args[1])
			t.Decref(e.args.Obj())
			e.args = a
		}
	}
	return nil
}

// OSErrorFrom builds an OSError (or the subclass the errno selects) for a
// Go error from the os package.
func (t *Thread) OSErrorFrom(errno int, strerror string, filename *Object) error {
	typ := OSErrorType
	if sub, ok := errnoTypes[errno]; ok {
		typ = sub
	}
	args := []*Object{t.NewInt(int64(errno)), t.NewStr(strerror)}
	if filename != nil {
		args = append(args, filename)
	}
	e, err := typ.New(t, typ, args, nil)
	if err == nil {
		err = osErrorInit(t, e, args, nil)
	}
	t.Decref(args[0])
	t.Decref(args[1])
	if err != nil {
		return err
	}
	return As[BaseException](e)
}

func importErrorStr(t *Thread, o *Object) (*Object, error) {
	e := As[BaseException](o)
	if msg := excDictStr(e, "msg"); msg != nil && msg != None {
		return t.StrOf(msg)
	}
	return excStr(t, o)
}

func syntaxErrorStr(t *Thread, o *Object) (*Object, error) {
	e := As[BaseException](o)
	msg := excDictStr(e, "msg")
	if msg == nil || msg == None {
		return excStr(t, o)
	}
	ms, err := t.StrString(msg)
	if err != nil {
		return nil, err
	}
	fn, ln := excDictStr(e, "filename"), excDictStr(e, "lineno")
	file := ""
	if fn != nil && IsStr(fn) {
		file = As[Str](fn).s
		if i := strings.LastIndexAny(file, "/\\"); i >= 0 {
			file = file[i+1:]
		}
	}
	line := ""
	if ln != nil && IsInt(ln) {
		line = intString(ln)
	}
	switch {
	case file != "" && line != "":
		return t.NewStr(ms + " (" + file + ", line " + line + ")"), nil
	case file != "":
		return t.NewStr(ms + " (" + file + ")"), nil
	case line != "":
		return t.NewStr(ms + " (line " + line + ")"), nil
	}
	return t.NewStr(ms), nil
}

func syntaxErrorInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	names := []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"}
	if err := excAttrInit(names, true)(t, self, args, kwnames); err != nil {
		return err
	}
	e := As[BaseException](self)
	npos := len(args) - kwnames.Len()
	if npos >= 1 {
		t.DictSetStr(e.dict, Intern("msg"), args[0])
	}
	if npos == 2 {
		info, err := t.SequenceItems(args[1])
		if err != nil {
			return err
		}
		defer t.releaseItems(info)
		if len(info) < 4 || len(info) > 6 {
			return t.IndexError("tuple index out of range")
		}
		for i, v := range info {
			t.DictSetStr(e.dict, Intern(names[1+i]), v)
		}
	}
	return nil
}

func unicodeDecodeErrorStr(t *Thread, o *Object) (*Object, error) {
	e := As[BaseException](o)
	enc, obj, start, end, reason, ok := unicodeErrorParts(e)
	if !ok {
		return excStr(t, o)
	}
	if IsBytes(obj) {
		b := BytesValue(obj)
		if end == start+1 && start >= 0 && int(start) < len(b) {
			return t.NewStr("'" + enc + "' codec can't decode byte 0x" + hex2(b[start]) + " in position " + itoa(int(start)) + ": " + reason), nil
		}
	}
	return t.NewStr("'" + enc + "' codec can't decode bytes in position " + itoa(int(start)) + "-" + itoa(int(end)-1) + ": " + reason), nil
}

func unicodeEncodeErrorStr(t *Thread, o *Object) (*Object, error) {
	e := As[BaseException](o)
	enc, obj, start, end, reason, ok := unicodeErrorParts(e)
	if !ok {
		return excStr(t, o)
	}
	if s, ok := AsStr(obj); ok && end == start+1 && start >= 0 {
		rs := runes(s)
		if int(start) < len(rs) {
			r := rs[start]
			var esc string
			switch {
			case r < 0x100:
				esc = "\\x" + hex2(byte(r))
			case r < 0x10000:
				esc = "\\u" + hexN(uint64(r), 4)
			default:
				esc = "\\U" + hexN(uint64(r), 8)
			}
			return t.NewStr("'" + enc + "' codec can't encode character '" + esc + "' in position " + itoa(int(start)) + ": " + reason), nil
		}
	}
	return t.NewStr("'" + enc + "' codec can't encode characters in position " + itoa(int(start)) + "-" + itoa(int(end)-1) + ": " + reason), nil
}

func hex2(b byte) string { return hexN(uint64(b), 2) }

func hexN(v uint64, n int) string {
	const digits = "0123456789abcdef"
	buf := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		buf[i] = digits[v&15]
		v >>= 4
	}
	return string(buf)
}
