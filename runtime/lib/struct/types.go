package structmod

import (
	"fmt"

	"gilfree/runtime"
)

var sprintf = fmt.Sprintf

// Struct is a struct.Struct: a compiled format.
type Struct struct {
	runtime.Object
	l *layout
}

// StructType is struct.Struct.
var StructType = &runtime.Type{Name: "Struct", Module: "_struct",
	Doc: "Struct(fmt) --> compiled struct object"}

// unpackIter is the iterator iter_unpack returns.
type unpackIter struct {
	runtime.Object
	l   *layout
	buf []byte
	pos int
}

var unpackIterType = &runtime.Type{Name: "unpack_iterator", Module: "_struct"}

func readyStructTypes() {
	StructType.New = structNew
	StructType.Init = func(t *runtime.Thread, o *runtime.Object, args []*runtime.Object, kw *runtime.Tuple) error {
		return nil
	}
	StructType.AddMethods(
		runtime.MethodDef{Name: "pack", Fn: structPack, Doc: "S.pack(v1, v2, ...) -> bytes"},
		runtime.MethodDef{Name: "unpack", Fn: structUnpack, Doc: "Return a tuple containing values unpacked according to the format string."},
		runtime.MethodDef{Name: "unpack_from", Fn: structUnpackFrom, Doc: "Return a tuple containing unpacked values."},
		runtime.MethodDef{Name: "pack_into", Fn: structPackInto, Doc: "S.pack_into(buffer, offset, v1, v2, ...)"},
		runtime.MethodDef{Name: "iter_unpack", Fn: structIterUnpack, Doc: "Return an iterator yielding tuples."},
	)
	StructType.AddGetSets(
		runtime.GetSetDef{Name: "format", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewStr(runtime.As[Struct](o).l.format), nil
		}, Doc: "struct format string"},
		runtime.GetSetDef{Name: "size", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewInt(int64(runtime.As[Struct](o).l.size)), nil
		}, Doc: "struct size in bytes"},
	)
	runtime.ReadyType[Struct](StructType, runtime.ObjectType, runtime.FlagBaseType)

	unpackIterType.Iter = func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) { return t.NewRef(o), nil }
	unpackIterType.Next = unpackIterNext
	unpackIterType.AddMethods(runtime.MethodDef{Name: "__length_hint__", Fn: unpackIterLen, Doc: ""})
	runtime.ReadyType[unpackIter](unpackIterType, runtime.ObjectType, 0)

	// CPython's struct is a Python module over _struct; here both names
	// give the same functions, Struct and error.
}

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("struct")
	if errorClass.Load() == nil {
		ns := t.NewDict()
		mod := t.NewStr("struct")
		t.DictSetStr(ns, runtime.Intern("__module__"), mod)
		t.Decref(mod)
		name := t.NewStr("error")
		bases := t.NewTuple(runtime.ExceptionType.Obj())
		cls, err := t.Call(runtime.TypeType.Obj(), []*runtime.Object{name, bases.Obj(), ns.Obj()}, nil)
		t.Decref(name)
		t.Decref(bases.Obj())
		t.Decref(ns.Obj())
		if err == nil {
			errorClass.CompareAndSwap(nil, cls)
		}
	}
	t.ModuleSet(m, "error", errorClass.Load())
	t.ModuleSet(m, "Struct", StructType.Obj())
	t.AddFunctions(m,
		runtime.MethodDef{Name: "pack", Fn: modPack, Doc: "pack(format, v1, v2, ...) -> bytes"},
		runtime.MethodDef{Name: "unpack", Fn: modUnpack, Doc: "Return a tuple containing values unpacked according to the format string."},
		runtime.MethodDef{Name: "unpack_from", Fn: modUnpackFrom, Doc: "Return a tuple containing values unpacked according to the format string."},
		runtime.MethodDef{Name: "pack_into", Fn: modPackInto, Doc: "pack_into(format, buffer, offset, v1, v2, ...)"},
		runtime.MethodDef{Name: "iter_unpack", Fn: modIterUnpack, Doc: "Return an iterator yielding tuples."},
		runtime.MethodDef{Name: "calcsize", Fn: modCalcsize, Doc: "Return size in bytes of the struct described by the format string."},
		runtime.MethodDef{Name: "_clearcache", Fn: modClearCache, Doc: "Clear the internal cache."},
	)
	return m
}

func structNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var format [1]*runtime.Object
	if err := t.ParseArgs("Struct", args, kw, []string{"format"}, 1, format[:]); err != nil {
		return nil, err
	}
	l, err := layoutOf(t, format[0])
	if err != nil {
		return nil, err
	}
	var o *runtime.Object
	if typ == StructType {
		s := new(Struct)
		t.InitObject(&s.Object, typ)
		o = &s.Object
	} else {
		o = t.NewInstance(typ)
	}
	runtime.As[Struct](o).l = l
	return o, nil
}

// selfLayout checks a method's receiver.
func selfLayout(t *runtime.Thread, name string, args []*runtime.Object) (*layout, error) {
	if len(args) == 0 || !runtime.IsInstance(args[0], StructType) {
		return nil, t.TypeError("descriptor '%s' for '_struct.Struct' objects doesn't apply to this object", name)
	}
	return runtime.As[Struct](args[0]).l, nil
}

func structPack(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	l, err := selfLayout(t, "pack", args)
	if err != nil {
		return nil, err
	}
	if err := t.NoKwargs("pack", kw); err != nil {
		return nil, err
	}
	return l.packBytes(t, args[1:])
}

func structUnpack(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	l, err := selfLayout(t, "unpack", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("unpack", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	return l.unpackBuffer(t, args[1])
}

func structUnpackFrom(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	l, err := selfLayout(t, "unpack_from", args)
	if err != nil {
		return nil, err
	}
	var a [2]*runtime.Object
	if err := t.ParseArgs("unpack_from", args[1:], kw, []string{"buffer", "offset"}, 1, a[:]); err != nil {
		return nil, err
	}
	return l.unpackFrom(t, a[0], a[1])
}

func structPackInto(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	l, err := selfLayout(t, "pack_into", args)
	if err != nil {
		return nil, err
	}
	if err := t.NoKwargs("pack_into", kw); err != nil {
		return nil, err
	}
	if err := l.packInto(t, args[1:]); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func structIterUnpack(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	l, err := selfLayout(t, "iter_unpack", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("iter_unpack", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	return newUnpackIter(t, l, args[1])
}

func newUnpackIter(t *runtime.Thread, l *layout, buf *runtime.Object) (*runtime.Object, error) {
	if l.size == 0 {
		return nil, newError(t, "cannot iteratively unpack with a struct of length 0")
	}
	b, err := readable(t, buf)
	if err != nil {
		return nil, err
	}
	if len(b)%l.size != 0 {
		return nil, newError(t, sprintf("iterative unpacking requires a buffer of a multiple of %d bytes", l.size))
	}
	it := new(unpackIter)
	t.InitObject(&it.Object, unpackIterType)
	it.l, it.buf = l, b
	return &it.Object, nil
}

// unpackIterNext returns the next tuple; the position advances under no
// lock, as the iterator is not meant to be shared between threads, but
// a race can only repeat or skip a record, never read out of bounds.
func unpackIterNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	it := runtime.As[unpackIter](o)
	pos := it.pos
	if pos+it.l.size > len(it.buf) {
		return nil, nil
	}
	it.pos = pos + it.l.size
	return it.l.unpack(t, it.buf[pos:pos+it.l.size])
}

func unpackIterLen(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	it := runtime.As[unpackIter](args[0])
	return t.NewInt(int64((len(it.buf) - it.pos) / it.l.size)), nil
}

// formatArg compiles a module function's first argument.
func formatArg(t *runtime.Thread, name string, args []*runtime.Object, min int) (*layout, error) {
	if len(args) < min {
		return nil, t.TypeError("%s expected at least %d arguments, got %d", name, min, len(args))
	}
	return layoutOf(t, args[0])
}

func modPack(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.NoKwargs("pack", kw); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, t.TypeError("pack expected at least 1 argument, got 0")
	}
	l, err := layoutOf(t, args[0])
	if err != nil {
		return nil, err
	}
	return l.packBytes(t, args[1:])
}

func modUnpack(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("unpack", args, kw, 2, 2); err != nil {
		return nil, err
	}
	l, err := layoutOf(t, args[0])
	if err != nil {
		return nil, err
	}
	return l.unpackBuffer(t, args[1])
}

func modUnpackFrom(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [3]*runtime.Object
	if err := t.ParseArgs("unpack_from", args, kw, []string{"", "buffer", "offset"}, 2, a[:]); err != nil {
		return nil, err
	}
	l, err := layoutOf(t, a[0])
	if err != nil {
		return nil, err
	}
	return l.unpackFrom(t, a[1], a[2])
}

func modPackInto(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.NoKwargs("pack_into", kw); err != nil {
		return nil, err
	}
	l, err := formatArg(t, "pack_into", args, 1)
	if err != nil {
		return nil, err
	}
	if err := l.packInto(t, args[1:]); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func modIterUnpack(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("iter_unpack", args, kw, 2, 2); err != nil {
		return nil, err
	}
	l, err := layoutOf(t, args[0])
	if err != nil {
		return nil, err
	}
	return newUnpackIter(t, l, args[1])
}

func modCalcsize(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("calcsize", args, kw, 1, 1); err != nil {
		return nil, err
	}
	l, err := layoutOf(t, args[0])
	if err != nil {
		return nil, err
	}
	return t.NewInt(int64(l.size)), nil
}

func modClearCache(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	cache.Lock()
	cache.m = nil
	cache.Unlock()
	return runtime.None, nil
}
