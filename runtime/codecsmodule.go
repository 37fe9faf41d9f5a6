package runtime

import "gilfree/internal/codecs"

// The _codecs module: the registry of error handlers and the lookup of
// codec names that the codecs module (runtime/lib/py/codecs.py) builds
// on.

func init() { BuiltinModules["_codecs"] = newCodecsModule }

func newCodecsModule(t *Thread) *Module {
	m := t.NewModule("_codecs")
	t.AddFunctions(m,
		MethodDef{Name: "register_error", Fn: codecsRegisterError, Doc: "Register the specified error handler under the name errors."},
		MethodDef{Name: "lookup_error", Fn: codecsLookupError, Doc: "Return the error handler registered under the name errors."},
		MethodDef{Name: "_lookup", Fn: codecsLookup, Doc: "_lookup(encoding) -> (module name, text codec?); LookupError if unknown."},
	)
	return m
}

func codecsRegisterError(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("register_error", args, kw, 2, 2); err != nil {
		return nil, err
	}
	name, ok := AsStr(args[0])
	if !ok {
		return nil, t.TypeError("register_error() argument 1 must be str, not %s", TypeOf(args[0]).Name)
	}
	if TypeOf(args[1]).Call == nil {
		return nil, t.TypeError("handler must be callable")
	}
	t.RegisterErrorHandler(name, args[1])
	return None, nil
}

func codecsLookupError(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("lookup_error", args, kw, 1, 1); err != nil {
		return nil, err
	}
	name, ok := AsStr(args[0])
	if !ok {
		return nil, t.TypeError("lookup_error() argument must be str, not %s", TypeOf(args[0]).Name)
	}
	return t.LookupErrorHandler(name)
}

func codecsLookup(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("_lookup", args, kw, 1, 1); err != nil {
		return nil, err
	}
	name, ok := AsStr(args[0])
	if !ok {
		return nil, t.TypeError("lookup() argument must be str, not %s", TypeOf(args[0]).Name)
	}
	module := codecs.Module(name)
	c, found := codecs.Lookup(name)
	if !found && !binaryCodecs[module] {
		return nil, t.unknownEncoding(name)
	}
	mod := t.NewStr(module)
	text := NewBool(found && !c.Binary())
	tup := t.NewTuple(mod, text)
	t.Decref(mod)
	return tup.Obj(), nil
}

// binaryCodecs are the codecs that are not text encodings, which
// codecs.py provides in Python.
var binaryCodecs = map[string]bool{"base64_codec": true, "hex_codec": true, "zlib_codec": true, "rot_13": true}
