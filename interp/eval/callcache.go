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
