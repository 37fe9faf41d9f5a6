package functools

import (
	"strings"

	"gilfree/runtime"
)

// partialObj is functools.partial's instance layout: the function, the
// stored positional arguments (a tuple) and keywords (a dict). The
// functools module subclasses this type in Python, which gives instances
// their __dict__; calls go straight to partialCall.
type partialObj struct {
	runtime.Object
	fn, args, kw *runtime.Object
}

var partialType = &runtime.Type{Name: "_partial", Module: "_functools",
	Doc: "partial(func, *args, **keywords) - new function with partial application\nof the given arguments and keywords."}

var callName = runtime.Intern("__call__")

func readyPartial() {
	partialType.New = partialNew
	partialType.Call = partialCall
	partialType.Repr = partialRepr
	readonly := func(name string) func(t *runtime.Thread, o, v *runtime.Object) error {
		return func(t *runtime.Thread, o, v *runtime.Object) error {
			return t.AttributeError("readonly attribute")
		}
	}
	partialType.AddGetSets(
		runtime.GetSetDef{Name: "func", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewRef(runtime.As[partialObj](o).fn), nil
		}, Set: readonly("func"), Doc: "function object to use in future partial calls"},
		runtime.GetSetDef{Name: "args", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewRef(runtime.As[partialObj](o).args), nil
		}, Set: readonly("args"), Doc: "tuple of arguments to future partial calls"},
		runtime.GetSetDef{Name: "keywords", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewRef(runtime.As[partialObj](o).kw), nil
		}, Set: readonly("keywords"), Doc: "dictionary of keyword arguments to future partial calls"},
	)
	partialType.AddMethods(runtime.MethodDef{Name: "__setstate__", Fn: partialSetState, Doc: "Restore the state of a partial from __reduce__."})
	partialType.SetClear(func(t *runtime.Thread, o *runtime.Object) {
		p := runtime.As[partialObj](o)
		for _, f := range []**runtime.Object{&p.fn, &p.args, &p.kw} {
			if *f != nil {
				t.Clearref(f)
			}
		}
	})
	runtime.ReadyType[partialObj](partialType, runtime.ObjectType, runtime.FlagBaseType)
}

// flattens reports whether a partial given as the function of a new one
// can be merged into it: a partial whose class keeps the base __call__
// and whose instance has nothing in its __dict__.
func flattens(o *runtime.Object) bool {
	typ := runtime.TypeOf(o)
	if !typ.IsSubtype(partialType) || typ.Lookup(callName) != partialType.Dict().GetStr(callName) {
		return false
	}
	d := runtime.InstanceDict(o)
	return d == nil || d.Len() == 0
}

func partialNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	npos := len(args) - kw.Len()
	if npos < 1 {
		return nil, t.TypeError("type 'partial' takes at least one argument")
	}
	fn := args[0]
	if !runtime.Callable(fn) {
		return nil, t.TypeError("the first argument must be callable")
	}
	var pos []*runtime.Object
	dict := t.NewDict()
	if flattens(fn) {
		inner := runtime.As[partialObj](fn)
		for _, a := range runtime.TupleItems(inner.args) {
			pos = append(pos, t.NewRef(a))
		}
		if err := t.DictUpdateFrom(dict, inner.kw); err != nil {
			t.Decref(dict.Obj())
			return nil, err
		}
		fn = inner.fn
	}
	for _, a := range args[1:npos] {
		pos = append(pos, t.NewRef(a))
	}
	names := kw.Items()
	for i, name := range names {
		if err := t.DictSetItem(dict, name, args[npos+i]); err != nil {
			runtimeRelease(t, pos)
			t.Decref(dict.Obj())
			return nil, err
		}
	}
	var o *runtime.Object
	if typ == partialType {
		p := new(partialObj)
		t.InitObject(&p.Object, typ)
		o = &p.Object
	} else {
		o = t.NewInstance(typ)
	}
	p := runtime.As[partialObj](o)
	p.fn, p.args, p.kw = t.NewRef(fn), t.NewTupleSteal(pos).Obj(), dict.Obj()
	return o, nil
}

func runtimeRelease(t *runtime.Thread, items []*runtime.Object) {
	for _, v := range items {
		t.XDecref(v)
	}
}

func partialCall(t *runtime.Thread, o *runtime.Object, args []*runtime.Object, kwnames *runtime.Tuple) (*runtime.Object, error) {
	p := runtime.As[partialObj](o)
	stored := runtime.TupleItems(p.args)
	kw := runtime.As[runtime.Dict](p.kw)
	if kw.Len() == 0 {
		if len(stored) == 0 {
			return t.Call(p.fn, args, kwnames)
		}
		all := make([]*runtime.Object, 0, len(stored)+len(args))
		all = append(all, stored...)
		all = append(all, args...)
		return t.Call(p.fn, all, kwnames)
	}
	// Stored keywords, overridden by the call's.
	npos := len(args) - kwnames.Len()
	callNames := kwnames.Items()
	var names, values []*runtime.Object
	t.Lock(p.kw)
	for pos := 0; ; {
		k, v, ok := kw.Next(&pos)
		if !ok {
			break
		}
		names = append(names, t.NewRef(k))
		values = append(values, t.NewRef(v))
	}
	t.Unlock(p.kw)
	defer runtimeRelease(t, values)
	for i, name := range callNames {
		replaced := false
		for j, have := range names {
			if runtime.StrValue(have) == runtime.StrValue(name) {
				t.Decref(values[j])
				values[j] = t.NewRef(args[npos+i])
				replaced = true
				break
			}
		}
		if !replaced {
			names = append(names, t.NewRef(name))
			values = append(values, t.NewRef(args[npos+i]))
		}
	}
	all := make([]*runtime.Object, 0, len(stored)+npos+len(values))
	all = append(all, stored...)
	all = append(all, args[:npos]...)
	all = append(all, values...)
	nameTuple := t.NewTupleSteal(names)
	defer t.Decref(nameTuple.Obj())
	return t.Call(p.fn, all, nameTuple)
}

func partialRepr(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	typ := runtime.TypeOf(o)
	name := typ.QualName
	if mod, err := t.GetAttrString(typ.Obj(), "__module__"); err == nil {
		if s, ok := runtime.AsStr(mod); ok && s == "functools" {
			name = "functools." + name
		}
		t.Decref(mod)
	} else {
		t.DropError(err)
	}
	if !t.ReprEnter(o) {
		return t.NewStr("..."), nil
	}
	defer t.ReprLeave(o)
	p := runtime.As[partialObj](o)
	var parts []string
	s, err := t.ReprString(p.fn)
	if err != nil {
		return nil, err
	}
	parts = append(parts, s)
	for _, a := range runtime.TupleItems(p.args) {
		s, err := t.ReprString(a)
		if err != nil {
			return nil, err
		}
		parts = append(parts, s)
	}
	kw := runtime.As[runtime.Dict](p.kw)
	var keys, vals []*runtime.Object
	t.Lock(p.kw)
	for pos := 0; ; {
		k, v, ok := kw.Next(&pos)
		if !ok {
			break
		}
		keys = append(keys, t.NewRef(k))
		vals = append(vals, t.NewRef(v))
	}
	t.Unlock(p.kw)
	defer runtimeRelease(t, keys)
	defer runtimeRelease(t, vals)
	for i, k := range keys {
		ks, err := t.StrString(k)
		if err != nil {
			return nil, err
		}
		vs, err := t.ReprString(vals[i])
		if err != nil {
			return nil, err
		}
		parts = append(parts, ks+"="+vs)
	}
	return t.NewStr(name + "(" + strings.Join(parts, ", ") + ")"), nil
}

func partialSetState(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("__setstate__", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	o, state := args[0], args[1]
	if !runtime.IsInstance(state, runtime.TupleType) {
		return nil, t.TypeError("argument to __setstate__ must be a tuple")
	}
	items := runtime.TupleItems(state)
	if len(items) != 4 {
		return nil, t.TypeError("invalid partial state")
	}
	fn, fargs, fkw, ns := items[0], items[1], items[2], items[3]
	if !runtime.Callable(fn) || !runtime.IsInstance(fargs, runtime.TupleType) ||
		(fkw != runtime.None && !runtime.IsInstance(fkw, runtime.DictType)) {
		return nil, t.TypeError("invalid partial state")
	}
	dict := t.NewDict()
	if fkw != runtime.None {
		if err := t.DictUpdateFrom(dict, fkw); err != nil {
			t.Decref(dict.Obj())
			return nil, err
		}
	}
	argsCopy := t.NewTupleSteal(append([]*runtime.Object(nil), refs(t, runtime.TupleItems(fargs))...)).Obj()
	p := runtime.As[partialObj](o)
	t.Setref(&p.fn, t.NewRef(fn))
	t.Setref(&p.args, argsCopy)
	t.Setref(&p.kw, dict.Obj())
	if ns != runtime.None {
		if !runtime.IsInstance(ns, runtime.DictType) {
			return nil, t.TypeError("invalid partial state")
		}
		d, err := t.GetAttrString(o, "__dict__")
		if err != nil {
			return nil, err
		}
		defer t.Decref(d)
		if runtime.IsInstance(d, runtime.DictType) {
			if err := t.DictUpdateFrom(runtime.As[runtime.Dict](d), ns); err != nil {
				return nil, err
			}
		}
	}
	return runtime.None, nil
}

func refs(t *runtime.Thread, items []*runtime.Object) []*runtime.Object {
	out := make([]*runtime.Object, len(items))
	for i, v := range items {
		out[i] = t.NewRef(v)
	}
	return out
}
