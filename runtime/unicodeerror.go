package runtime

// UnicodeDecodeError, UnicodeEncodeError and UnicodeTranslateError keep
// their parts (encoding, object, start, end, reason) as attributes a
// handler may read and change, as CPython's do; their str() is built from
// the attributes, so a changed reason shows.

// unicodeErrorKind says which of the three an __init__ is for.
type unicodeErrorKind int

const (
	unicodeDecode unicodeErrorKind = iota
	unicodeEncode
	unicodeTranslate
)

// unicodeErrorInit is the __init__ of the Unicode errors: it checks the
// arguments as CPython does and stores them as attributes.
func unicodeErrorInit(kind unicodeErrorKind) InitFunc {
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
		e := As[BaseException](self)
		tu := t.NewTuple(args[:len(args)-kwnames.Len()]...)
		if e.args != nil {
			t.Decref(e.args.Obj())
		}
		e.args = tu
		if kwnames.Len() > 0 {
			return t.TypeError("%s() takes no keyword arguments", TypeOf(self).Name)
		}
		names := []string{"encoding", "object", "start", "end", "reason"}
		if kind == unicodeTranslate {
			names = names[1:]
		}
		if len(args) != len(names) {
			return t.TypeError("function takes exactly %d arguments (%d given)", len(names), len(args))
		}
		values := make([]*Object, len(names))
		for i, name := range names {
			a := args[i]
			switch name {
			case "encoding", "reason":
				if !IsStr(a) {
					return t.TypeError("argument %d must be str, not %s", i+1, TypeOf(a).Name)
				}
				values[i] = t.NewRef(a)
			case "object":
				switch {
				case kind != unicodeDecode && !IsStr(a):
					return t.TypeError("argument %d must be str, not %s", i+1, TypeOf(a).Name)
				case kind == unicodeDecode && IsBytes(a):
					values[i] = t.NewRef(a)
				case kind == unicodeDecode:
					b, err := t.BytesOf(a)
					if err != nil {
						return err
					}
					values[i] = t.NewBytes(b)
				default:
					values[i] = t.NewRef(a)
				}
			default:
				n, err := t.Index(a)
				if err != nil {
					t.releaseItems(values[:i])
					return err
				}
				values[i] = n
			}
		}
		if e.dict == nil {
			e.dict = t.NewDict()
		}
		for i, name := range names {
			t.DictSetStr(e.dict, Intern(name), values[i])
			t.Decref(values[i])
		}
		return nil
	}
}

// unicodeErrorParts reads the attributes str() shows; ok is false when
// one is missing or of the wrong type.
func unicodeErrorParts(e *BaseException) (enc string, obj *Object, start, end int64, reason string, ok bool) {
	o, r := excDictStr(e, "object"), excDictStr(e, "reason")
	s, en := excDictStr(e, "start"), excDictStr(e, "end")
	if o == nil || r == nil || s == nil || en == nil || !IsStr(r) || !IsInt(s) || !IsInt(en) {
		return "", nil, 0, 0, "", false
	}
	if TypeOf(&e.Object).IsSubtype(UnicodeTranslateErrorType) {
		enc = ""
	} else if ev := excDictStr(e, "encoding"); ev != nil && IsStr(ev) {
		enc = As[Str](ev).s
	} else {
		return "", nil, 0, 0, "", false
	}
	start, _ = IntSmall(s)
	end, _ = IntSmall(en)
	return enc, o, start, end, As[Str](r).s, true
}
