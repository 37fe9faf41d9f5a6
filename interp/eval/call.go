package eval

import (
	"strings"

	"gilfree/refcount"
	rt "gilfree/runtime"
)

// Calls: entering a Python function (binding its arguments into the new
// frame's slots), calls of other callables from the loop, and leaving a
// frame.

// enterFunction prepares a call of fn with the arguments in args (their
// references are consumed: moved into the frame or closed). It returns the
// new frame, ready to run, or for a generator function a frame whose Gen
// is the new generator.
func enterFunction(t *rt.Thread, fn *rt.Function, args []refcount.StackRef, kwnames *rt.Tuple) (*rt.Frame, error) {
	code := fn.Code
	if code.Flags&rt.CoGenerator != 0 {
		g := t.NewGenerator(fn)
		if err := bindArgs(t, fn, g.Frame.Slots, args, kwnames, true); err != nil {
			t.Decref(g.Obj())
			return nil, err
		}
		return &g.Frame, nil
	}
	nf, err := t.PushCall(fn, nil)
	if err != nil {
		closeAll(t, args)
		return nil, err
	}
	if err := bindArgs(t, fn, nf.Slots, args, kwnames, false); err != nil {
		exitFrame(t, nf)
		return nil, err
	}
	return nf, nil
}

// pollAtEntry polls the thread's requests as the loop enters a frame it
// has just pushed for a call (or an operator's dunder) and made t.Frame,
// when its request word is set: function entry is a safepoint, as a
// backward jump is, so that recursion without loops still reaches one.
// An error from the poll is raised in the new frame at its first
// instruction (the caller assigns it to the loop's err; pc 1 makes the
// failing instruction 0). Out of line, as requests are rare; the loop
// tests the word itself, since a call of a helper that did would not
// inline.
//
//go:noinline
func pollAtEntry(t *rt.Thread) error {
	if e := t.SafePoll(); e != nil {
		t.Frame.PC = 1
		return e
	}
	return nil
}

// exitFrame releases a finished frame: its slots are closed, its window
// popped (or, for a generator, its generator closed), its recursion level
// left.
func exitFrame(t *rt.Thread, f *rt.Frame) {
	if f.Gen == nil && f.OnStack {
		t.ExitCall(f)
		return
	}
	// Slots at and above the stack pointer are already empty.
	slots := f.Slots
	for i := 0; i < f.SP; i++ {
		if r := slots[i]; !r.IsNull() {
			slots[i] = refcount.StackRef{}
			t.Close(r)
		}
	}
	if f.Gen != nil {
		f.Gen.SetState(rt.GenClosed)
		t.DetachFrame(f)
		return
	}
	if f.OnStack {
		t.PopFrame(slots)
	}
	t.Leave()
	t.FreeFrame(f)
}

func closeAll(t *rt.Thread, refs []refcount.StackRef) {
	for i, r := range refs {
		refs[i] = refcount.StackRef{}
		t.Close(r)
	}
}

// bindArgs moves the arguments into the parameter slots of fn's frame,
// with its defaults, *args and **kwargs, and CPython's errors. With own,
// borrowed references are made counted, for a frame that outlives the
// call (a generator's).
func bindArgs(t *rt.Thread, fn *rt.Function, dst, args []refcount.StackRef, kwnames *rt.Tuple, own bool) error {
	code := fn.Code
	take := func(r refcount.StackRef) refcount.StackRef {
		if own && r.IsTagged() {
			return t.IncrefStackRef(r.Header())
		}
		return r
	}
	nkw := kwnames.Len()
	npos := len(args) - nkw
	argcount := code.ArgCount
	if nkw == 0 && npos == argcount && code.KwOnlyArgCount == 0 && code.Flags&(rt.CoVarArgs|rt.CoVarKeywords) == 0 {
		for i, r := range args {
			dst[i] = take(r)
			args[i] = refcount.StackRef{}
		}
		return nil
	}
	defer closeAll(t, args)
	total := argcount + code.KwOnlyArgCount
	n := min(npos, argcount)
	for i := 0; i < n; i++ {
		dst[i] = take(args[i])
		args[i] = refcount.StackRef{}
	}
	varArgsSlot := total
	if code.Flags&rt.CoVarArgs != 0 {
		// The extra positional arguments go straight into a tuple from
		// the free list (no slice grown and copied on the way).
		tu, extra := t.NewTupleFill(max(npos-argcount, 0))
		for i := range extra {
			extra[i] = t.StealStackRef(args[argcount+i])
			args[argcount+i] = refcount.StackRef{}
		}
		dst[varArgsSlot] = rt.StackNew(tu.Obj())
	}
	var kwdict *rt.Dict
	if code.Flags&rt.CoVarKeywords != 0 {
		kwdict = t.NewDict()
		slot := total
		if code.Flags&rt.CoVarArgs != 0 {
			slot++
		}
		dst[slot] = rt.StackNew(kwdict.Obj())
	}
	var posOnlyAsKw []string
	for i := 0; i < nkw; i++ {
		name := rt.As[rt.Str](kwnames.Items()[i])
		v := args[npos+i]
		j := findParam(code.VarNames, code.PosOnlyArgCount, total, name)
		switch {
		case j >= 0:
			if !dst[j].IsNull() {
				return t.TypeError("%s() got multiple values for argument '%s'", qualName(fn), name.String())
			}
			dst[j] = take(v)
			args[npos+i] = refcount.StackRef{}
		case kwdict != nil:
			if err := t.DictSetItem(kwdict, name.Obj(), v.Header()); err != nil {
				return err
			}
		default:
			if findParam(code.VarNames, 0, code.PosOnlyArgCount, name) >= 0 {
				posOnlyAsKw = append(posOnlyAsKw, name.String())
				continue
			}
			return t.TypeError("%s() got an unexpected keyword argument '%s'", qualName(fn), name.String())
		}
	}
	if len(posOnlyAsKw) > 0 {
		return t.TypeError("%s() got some positional-only arguments passed as keyword arguments: '%s'", qualName(fn), strings.Join(posOnlyAsKw, ", "))
	}
	if npos > argcount && code.Flags&rt.CoVarArgs == 0 {
		return tooManyPositional(t, fn, npos, dst)
	}
	defaults := fn.Defaults.Items()
	firstDefault := argcount - len(defaults)
	var missing []string
	for i := npos; i < argcount; i++ {
		if !dst[i].IsNull() {
			continue
		}
		if i >= firstDefault {
			dst[i] = t.IncrefStackRef(defaults[i-firstDefault])
		} else {
			missing = append(missing, code.VarNames[i].String())
		}
	}
	if len(missing) > 0 {
		return t.TypeError("%s() missing %d required positional argument%s: %s", qualName(fn), len(missing), plural(len(missing)), nameList(missing))
	}
	for i := argcount; i < total; i++ {
		if !dst[i].IsNull() {
			continue
		}
		if fn.KwDefaults != nil {
			if v := fn.KwDefaults.GetStr(code.VarNames[i]); v != nil {
				dst[i] = t.IncrefStackRef(v)
				continue
			}
		}
		missing = append(missing, code.VarNames[i].String())
	}
	if len(missing) > 0 {
		return t.TypeError("%s() missing %d required keyword-only argument%s: %s", qualName(fn), len(missing), plural(len(missing)), nameList(missing))
	}
	return nil
}

// findParam finds a parameter name among VarNames[from:to].
func findParam(names []*rt.Str, from, to int, name *rt.Str) int {
	for j := from; j < to; j++ {
		if names[j] == name {
			return j
		}
	}
	for j := from; j < to; j++ {
		if names[j].String() == name.String() {
			return j
		}
	}
	return -1
}

func tooManyPositional(t *rt.Thread, fn *rt.Function, given int, dst []refcount.StackRef) error {
	code := fn.Code
	ndef := fn.Defaults.Len()
	var takes string
	if ndef > 0 {
		takes = "from " + itoa(code.ArgCount-ndef) + " to " + itoa(code.ArgCount) + " positional arguments"
	} else {
		takes = itoa(code.ArgCount) + " positional argument" + plural(code.ArgCount)
	}
	kwGiven := 0
	for i := code.ArgCount; i < code.ArgCount+code.KwOnlyArgCount; i++ {
		if !dst[i].IsNull() {
			kwGiven++
		}
	}
	was := "were"
	if given == 1 && kwGiven == 0 {
		was = "was"
	}
	if kwGiven > 0 {
		return t.TypeError("%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
			qualName(fn), takes, given, plural(given), kwGiven, plural(kwGiven))
	}
	return t.TypeError("%s() takes %s but %d %s given", qualName(fn), takes, given, was)
}

func qualName(fn *rt.Function) string { return rt.StrValue(fn.QualName) }

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// nameList writes names as CPython's messages do: 'a', 'a' and 'b',
// 'a', 'b', and 'c'.
func nameList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// callObject calls a callable that is not a Python function, with the
// arguments on the stack (which the caller closes afterwards).
func callObject(t *rt.Thread, callable *rt.Object, args []refcount.StackRef, kwnames *rt.Tuple) (*rt.Object, error) {
	buf := t.PushArgs(len(args))
	for i, r := range args {
		buf[i] = r.Header()
	}
	var v *rt.Object
	var err error
	clean := t.BeginCleanCall()
	typ := rt.TypeOf(callable)
	switch {
	case typ == rt.BuiltinFunctionType && rt.As[rt.BuiltinFunction](callable).Self == nil:
		v, err = rt.As[rt.BuiltinFunction](callable).Fn(t, buf, kwnames)
	case typ == rt.MethodDescrType:
		if fn := rt.MethodDescrFast(callable, buf); fn != nil && kwnames == nil {
			v, err = fn(t, buf, kwnames)
		} else {
			v, err = typ.Call(t, callable, buf, kwnames)
		}
	case typ.Call == nil:
		err = t.TypeError("'%s' object is not callable", typ.Name)
	default:
		v, err = typ.Call(t, callable, buf, kwnames)
	}
	t.EndCleanCall(clean)
	t.PopArgs(buf)
	return v, err
}

// funcDesc names a callable in argument errors: "f()" for functions,
// "print()" for builtins, "C()" for classes, else "X object".
func funcDesc(t *rt.Thread, callable *rt.Object) string {
	switch typ := rt.TypeOf(callable); {
	case typ == rt.FunctionType:
		return qualName(rt.As[rt.Function](callable)) + "()"
	case typ == rt.BuiltinFunctionType:
		return rt.As[rt.BuiltinFunction](callable).Name + "()"
	case typ == rt.MethodType:
		return funcDesc(t, rt.As[rt.Method](callable).Func)
	case rt.IsType(callable):
		return rt.AsType(callable).Name + "()"
	default:
		return typ.Name + " object"
	}
}

// callFunctionEx is f(*args, **kwargs): callable null args [kwargs].
func callFunctionEx(t *rt.Thread, slots []refcount.StackRef, sp int, hasKw bool) (*rt.Object, int, error) {
	n := 3
	if hasKw {
		n = 4
	}
	base := sp - n
	callable := slots[base].Header()
	argsObj := slots[base+2].Header()
	var pos []*rt.Object
	if rt.TypeOf(argsObj) == rt.TupleType {
		pos = append(pos, rt.TupleItems(argsObj)...)
		for _, p := range pos {
			t.Incref(p)
		}
	} else {
		items, err := t.SequenceItems(argsObj)
		if err != nil {
			sp = closeTop(t, slots, sp, n)
			if rt.Matches(err, rt.TypeErrorType) && rt.TypeOf(argsObj).Iter == nil && rt.TypeOf(argsObj).GetItem == nil {
				t.DropError(err)
				return nil, sp, t.TypeError("%s argument after * must be an iterable, not %s", funcDesc(t, callable), rt.TypeOf(argsObj).Name)
			}
			return nil, sp, err
		}
		pos = items
	}
	var kwnames *rt.Tuple
	if hasKw {
		kw := slots[base+3].Header()
		var keys, values []*rt.Object
		if rt.TypeOf(kw).Flags&rt.FlagDictSubclass != 0 {
			keys, values = rt.As[rt.Dict](kw).Items()
		} else {
			d := t.NewDict()
			if err := t.DictUpdateFrom(d, kw); err != nil {
				t.Decref(d.Obj())
				releaseAll(t, pos)
				sp = closeTop(t, slots, sp, n)
				return nil, sp, err
			}
			defer t.Decref(d.Obj())
			keys, values = d.Items()
		}
		for _, k := range keys {
			if !rt.IsStr(k) {
				releaseAll(t, pos)
				sp = closeTop(t, slots, sp, n)
				return nil, sp, t.TypeError("keywords must be strings")
			}
		}
		for _, v := range values {
			pos = append(pos, t.NewRef(v))
		}
		kwnames = t.NewTuple(keys...)
		defer t.Decref(kwnames.Obj())
	}
	clean := t.BeginCleanCall()
	v, err := t.Call(callable, pos, kwnames)
	t.EndCleanCall(clean)
	releaseAll(t, pos)
	sp = closeTop(t, slots, sp, n)
	return v, sp, err
}

func releaseAll(t *rt.Thread, items []*rt.Object) {
	for _, x := range items {
		t.Decref(x)
	}
}

// makeFunction builds a function from the stack: [defaults] [kwdefaults]
// [annotations] [closure] code.
func makeFunction(t *rt.Thread, f *rt.Frame, slots []refcount.StackRef, sp int, flags int) (*rt.Object, int) {
	pop := func() *rt.Object {
		sp--
		v := t.StealStackRef(slots[sp])
		slots[sp] = refcount.StackRef{}
		return v
	}
	code := rt.As[rt.Code](pop())
	fn := t.NewFunction(code, f.Globals)
	fn.Builtins = f.Builtins
	t.Decref(code.Obj())
	if flags&8 != 0 {
		fn.Closure = rt.As[rt.Tuple](pop())
	}
	if flags&4 != 0 {
		ann := pop()
		d := t.NewDict()
		items := rt.TupleItems(ann)
		for i := 0; i+1 < len(items); i += 2 {
			t.DictSetItem(d, items[i], items[i+1])
		}
		t.Decref(ann)
		fn.Annotations = d.Obj()
	}
	if flags&2 != 0 {
		fn.KwDefaults = rt.As[rt.Dict](pop())
	}
	if flags&1 != 0 {
		fn.Defaults = rt.As[rt.Tuple](pop())
	}
	return fn.Obj(), sp
}
