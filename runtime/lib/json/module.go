// Package json is the _json module: the hot paths of the json package
// (runtime/lib/py/json), the scanner that turns a document into Python
// values and the encoder that turns values into a document, in Go.
//
// The Python side keeps the API (dumps, loads, JSONEncoder, JSONDecoder,
// JSONDecodeError) and passes everything the Go side needs as arguments:
// the hooks, the options, and the JSONDecodeError class to raise. So the
// Go side holds no state between calls and is safe from many threads at
// once; each call's state lives in its own decoder or encoder value.
//
// The scanner follows CPython's: the same grammar (NaN, Infinity and
// -Infinity included), the same error messages and positions, strings
// decoded with surrogate pairs joined and lone surrogates kept. The
// encoder writes what CPython's writes for the same options, byte for
// byte: float repr, ensure_ascii escapes, indent and separators,
// sort_keys through list.sort of the items, default() for other types,
// and the circular-reference check.
package json

import (
	"gilfree/runtime"
)

func init() {
	runtime.BuiltinModules["_json"] = newModule
}

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("_json")
	t.AddFunctions(m,
		runtime.MethodDef{Name: "scan_once", Fn: scanOnce,
			Doc: "scan_once(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, error_class) -> (value, end)\n\nDecode the JSON value at s[idx:]; raise StopIteration(idx) when none starts there."},
		runtime.MethodDef{Name: "scanstring", Fn: scanString,
			Doc: "scanstring(s, end, strict, error_class) -> (str, end)\n\nDecode the JSON string body that starts at s[end:], after its opening quote."},
		runtime.MethodDef{Name: "encode", Fn: encode,
			Doc: "encode(obj, check_circular, default, ensure_ascii, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan) -> str"},
		runtime.MethodDef{Name: "encode_basestring_ascii", Fn: encodeBasestringASCII,
			Doc: "Return a JSON representation of a Python string, with only ASCII characters."},
		runtime.MethodDef{Name: "encode_basestring", Fn: encodeBasestring,
			Doc: "Return a JSON representation of a Python string."},
	)
	return m
}

// hook returns o, or nil for None (and for the default given as def).
func hook(o, def *runtime.Object) *runtime.Object {
	if o == runtime.None || o == def {
		return nil
	}
	return o
}

func newDecoder(t *runtime.Thread, doc *runtime.Object, strict bool, errorClass *runtime.Object) *decoder {
	return &decoder{t: t, s: runtime.StrValue(doc), doc: doc, strict: strict, errorClass: errorClass,
		ascii: runtime.As[runtime.Str](doc).IsASCII()}
}

func scanOnce(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("scan_once", args, kw, 9, 9); err != nil {
		return nil, err
	}
	if !runtime.IsStr(args[0]) {
		return nil, t.TypeError("first argument must be a string, not %s", runtime.TypeOf(args[0]).Name)
	}
	idx, ok := runtime.IntSmall(args[1])
	if !runtime.IsInt(args[1]) || !ok {
		return nil, t.TypeError("idx must be an int")
	}
	strict, err := t.Truth(args[2])
	if err != nil {
		return nil, err
	}
	d := newDecoder(t, args[0], strict, args[8])
	defer d.release()
	d.objectHook = hook(args[3], nil)
	d.pairsHook = hook(args[4], nil)
	d.parseFloat = hook(args[5], runtime.FloatType.Obj())
	d.parseInt = hook(args[6], runtime.IntType.Obj())
	d.parseConstant = hook(args[7], nil)
	if idx < 0 {
		return nil, t.StopIteration(args[1])
	}
	v, end, err := d.value(d.byteOffset(int(idx)))
	if stop, ok := err.(*stopError); ok {
		pos := t.NewInt(int64(d.charPos(stop.pos)))
		defer t.Decref(pos)
		return nil, t.StopIteration(pos)
	}
	if err != nil {
		return nil, err
	}
	return t.NewTupleSteal([]*runtime.Object{v, t.NewInt(int64(d.charPos(end)))}).Obj(), nil
}

func scanString(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("scanstring", args, kw, 4, 4); err != nil {
		return nil, err
	}
	if !runtime.IsStr(args[0]) {
		return nil, t.TypeError("first argument must be a string, not %s", runtime.TypeOf(args[0]).Name)
	}
	end, ok := runtime.IntSmall(args[1])
	if !runtime.IsInt(args[1]) || !ok {
		return nil, t.TypeError("end must be an int")
	}
	strict, err := t.Truth(args[2])
	if err != nil {
		return nil, err
	}
	d := newDecoder(t, args[0], strict, args[3])
	if end < 0 || int(end) > runtime.As[runtime.Str](args[0]).Len() {
		return nil, t.ValueError("end is out of bounds")
	}
	text, stop, err := d.scanString(d.byteOffset(int(end)))
	if err != nil {
		return nil, err
	}
	return t.NewTupleSteal([]*runtime.Object{t.NewStr(text), t.NewInt(int64(d.charPos(stop)))}).Obj(), nil
}

func encode(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("encode", args, kw, 10, 10); err != nil {
		return nil, err
	}
	e := &encoder{t: t, def: args[2]}
	flags := []*bool{nil, nil, nil, &e.ensureASCII, nil, nil, nil, &e.sortKeys, &e.skipKeys, &e.allowNaN}
	for i, p := range flags {
		if p == nil {
			continue
		}
		v, err := t.Truth(args[i])
		if err != nil {
			return nil, err
		}
		*p = v
	}
	circular, err := t.Truth(args[1])
	if err != nil {
		return nil, err
	}
	if circular {
		e.markers = make(map[*runtime.Object]bool)
	}
	if args[4] != runtime.None {
		if !runtime.IsStr(args[4]) {
			return nil, t.TypeError("indent must be a str or None")
		}
		e.indent, e.hasIndent = runtime.StrValue(args[4]), true
	}
	for i, dst := range []*string{&e.keySep, &e.itemSep} {
		o := args[5+i]
		if !runtime.IsStr(o) {
			return nil, t.TypeError("make_encoder() argument %d must be str, not %s", 6+i, runtime.TypeOf(o).Name)
		}
		*dst = runtime.StrValue(o)
	}
	s, err := e.encodeTop(args[0])
	if err != nil {
		return nil, err
	}
	return t.NewStr(s), nil
}

func basestring(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple, name string, ascii bool) (*runtime.Object, error) {
	if err := t.CheckArgs(name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	if !runtime.IsStr(args[0]) {
		return nil, t.TypeError("first argument must be a string, not %s", runtime.TypeOf(args[0]).Name)
	}
	return t.NewStr(string(appendString(nil, runtime.StrValue(args[0]), ascii))), nil
}

func encodeBasestringASCII(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return basestring(t, args, kw, "encode_basestring_ascii", true)
}

func encodeBasestring(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return basestring(t, args, kw, "encode_basestring", false)
}
