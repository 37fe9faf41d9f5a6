package eval

import (
	rt "gilfree/runtime"
)

// instanceCall returns a new reference to the Python function that is
// the __call__ of callable's class, when callable is an instance of a
// class (not itself a class) whose __call__ is a plain function, or nil.
// CALL then runs obj(args) as __call__(obj, args) in a frame of the eval
// loop, as it does a bound method, instead of through the type's call
// slot and a nested run of the loop. The function is cached per call
// site by class and version; the cache holds it borrowed, so the count
// is taken and the version checked again, as for class attributes.
func instanceCall(t *rt.Thread, code *rt.Code, pc int, callable *rt.Object) *rt.Object {
	typ := rt.TypeOf(callable)
	if !typ.IsHeap() || rt.IsType(callable) {
		return nil
	}
	cache := &code.Caches[pc]
	if c := findTyped(cache.Load(), typ); c != nil && c.Kind == cacheCall {
		if ok, check := takeRef(t, c.Value); ok {
			if !check || typ.VersionNow() == c.Version {
				return c.Value
			}
			t.Decref(c.Value)
		}
		return nil
	}
	ver := typ.Version()
	fn := typ.Lookup(rt.Intern("__call__"))
	if fn == nil || rt.TypeOf(fn) != rt.FunctionType || ver == 0 {
		return nil
	}
	storeTyped(cache, rt.Cache{Kind: cacheCall, Type: typ, Version: ver, Value: fn})
	if ok, check := takeRef(t, fn); ok {
		if !check || typ.VersionNow() == ver {
			return fn
		}
		t.Decref(fn)
	}
	return nil
}

// Continuations (rt.Frame.Cont): what RETURN_VALUE does with the value
// of a dunder's frame in the caller. The low byte is the kind, the rest
// its argument.
const (
	// contBinary: the frame ran x's __op__ for BINARY_OP(op), the
	// argument; x and y are on the caller's stack. A NotImplemented
	// result goes on to y's reflected method and the TypeError.
	contBinary = 1
	contShift  = 8
)

// binaryCall returns a new reference to the Python function that x <op> y
// calls first, when the eval loop may run it as a frame of its own: x's
// class drives the operator with a plain function of (self, other) (see
// runtime.BinaryDunder), and y's class is x's or does not derive from it
// (a subclass's reflected method may have to come first). Otherwise nil.
// The answer is cached per instruction by x's class and version, a "no"
// too (Value nil), so that operators on other heap types (an IntEnum, a
// list subclass) pay one lookup.
func binaryCall(t *rt.Thread, code *rt.Code, pc int, x, y *rt.Object, op rt.BinaryOp) *rt.Function {
	tx, ty := rt.TypeOf(x), rt.TypeOf(y)
	if ty != tx && ty.IsSubtype(tx) {
		return nil
	}
	cache := &code.Caches[pc]
	if c := findTyped(cache.Load(), tx); c != nil && c.Kind == cacheBinary {
		if c.Value == nil {
			return nil
		}
		if ok, check := takeRef(t, c.Value); ok {
			if !check || tx.VersionNow() == c.Version {
				return rt.As[rt.Function](c.Value)
			}
			t.Decref(c.Value)
		}
		return nil
	}
	fn, ver := rt.BinaryDunder(tx, op)
	if ver == 0 {
		return nil
	}
	if fn == nil {
		storeTyped(cache, rt.Cache{Kind: cacheBinary, Type: tx, Version: ver})
		return nil
	}
	storeTyped(cache, rt.Cache{Kind: cacheBinary, Type: tx, Version: ver, Value: fn.Obj()})
	if ok, check := takeRef(t, fn.Obj()); ok {
		if !check || tx.VersionNow() == ver {
			return fn
		}
		t.Decref(fn.Obj())
	}
	return nil
}
