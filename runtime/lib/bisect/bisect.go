// Package bisect is the _bisect module: bisect_left, bisect_right,
// insort_left and insort_right in Go. bisect.py imports them over its
// Python versions, which stay as the reference: a Python loop of
// subscripts and comparisons made a binary search several times slower
// than CPython's C module.
//
// Like CPython's, the search reads items one at a time through the
// sequence protocol (a list's items directly) and compares them with <,
// so the sequence may be any indexable object, items may run Python
// comparison code, and a list another thread changes meanwhile gives
// whatever items the search sees at each step, never a crash.
package bisect

import "gilfree/runtime"

func init() {
	runtime.BuiltinModules["_bisect"] = newModule
}

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("_bisect")
	t.AddFunctions(m,
		runtime.MethodDef{Name: "bisect_right", Fn: bisectRight, Doc: "Return the index where to insert item x in list a, assuming a is sorted; after any equal items."},
		runtime.MethodDef{Name: "bisect_left", Fn: bisectLeft, Doc: "Return the index where to insert item x in list a, assuming a is sorted; before any equal items."},
		runtime.MethodDef{Name: "insort_right", Fn: insortRight, Doc: "Insert item x in list a, and keep it sorted assuming a is sorted; after any equal items."},
		runtime.MethodDef{Name: "insort_left", Fn: insortLeft, Doc: "Insert item x in list a, and keep it sorted assuming a is sorted; before any equal items."},
	)
	return m
}

// params are the parameters every function of the module takes.
var params = []string{"a", "x", "lo", "hi", "$key"}

// search is a parsed call: the sequence, the value to place, the bounds
// and the key function (nil for none).
type search struct {
	a, x   *runtime.Object
	lo, hi int
	key    *runtime.Object
}

// parse binds a call's arguments and resolves lo and hi as CPython does:
// a negative lo is a ValueError, and hi None (or -1) is len(a).
func parse(t *runtime.Thread, fname string, args []*runtime.Object, kw *runtime.Tuple) (search, error) {
	var out [5]*runtime.Object
	if err := t.ParseArgs(fname, args, kw, params, 2, out[:]); err != nil {
		return search{}, err
	}
	s := search{a: out[0], x: out[1], hi: -1}
	if out[2] != nil {
		lo, err := t.IndexInt(out[2])
		if err != nil {
			return search{}, err
		}
		if lo < 0 {
			return search{}, t.ValueError("lo must be non-negative")
		}
		s.lo = lo
	}
	if out[3] != nil && out[3] != runtime.None {
		hi, err := t.IndexInt(out[3])
		if err != nil {
			return search{}, err
		}
		s.hi = hi
	}
	if s.hi == -1 {
		n, err := t.Len(s.a)
		if err != nil {
			return search{}, err
		}
		s.hi = n
	}
	if out[4] != nil && out[4] != runtime.None {
		s.key = out[4]
	}
	return s, nil
}

// item returns a new reference to a[i], keyed when the search has a key.
func (s *search) item(t *runtime.Thread, i int) (*runtime.Object, error) {
	var v *runtime.Object
	if runtime.TypeOf(s.a) == runtime.ListType {
		v = t.ListItemAt(s.a, i)
	}
	if v == nil {
		idx := t.NewInt(int64(i))
		var err error
		v, err = t.GetItem(s.a, idx)
		t.Decref(idx)
		if err != nil {
			return nil, err
		}
	}
	if s.key == nil {
		return v, nil
	}
	k, err := t.Call(s.key, []*runtime.Object{v}, nil)
	t.Decref(v)
	return k, err
}

// index is the binary search for x: the first position whose item is
// > x (right) or >= x (left) within [lo, hi).
func (s *search) index(t *runtime.Thread, x *runtime.Object, right bool) (int, error) {
	lo, hi := s.lo, s.hi
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		v, err := s.item(t, mid)
		if err != nil {
			return 0, err
		}
		var below bool
		if right {
			// x < a[mid]: the insertion point is at or before mid.
			below, err = t.CompareBool(x, v, runtime.CmpLt)
		} else {
			// a[mid] < x: the insertion point is after mid.
			var after bool
			after, err = t.CompareBool(v, x, runtime.CmpLt)
			below = !after
		}
		t.Decref(v)
		if err != nil {
			return 0, err
		}
		if below {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

// numbers returns the position of x in a sorted exact list a of exact
// floats with x a float, or of exact ints of int64 size with x one,
// within [0, len(a)), compared in Go: no comparison there can run Python
// code or fail. ok is false for anything else (a key, bounds, other
// types), which the general search then takes. A weighted choice by
// bisect_right(cumulative, random() * total) per step (chaos) spent most
// of its call in argument parsing and generic comparisons.
func numbers(t *runtime.Thread, a, x *runtime.Object, right bool) (int, bool) {
	xt := runtime.TypeOf(x)
	if runtime.TypeOf(a) != runtime.ListType || (xt != runtime.FloatType && xt != runtime.IntType) {
		return 0, false
	}
	var xf float64
	var xi int64
	if xt == runtime.FloatType {
		xf = runtime.FloatValue(x)
	} else if v, ok := runtime.Int64Of(x); ok {
		xi = v
	} else {
		return 0, false
	}
	t.Lock(a)
	defer t.Unlock(a)
	items := runtime.ListItems(a)
	lo, hi := 0, len(items)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		v := items[mid]
		if runtime.TypeOf(v) != xt {
			return 0, false
		}
		var below bool
		if xt == runtime.FloatType {
			f := runtime.FloatValue(v)
			if right {
				below = xf < f
			} else {
				below = !(f < xf)
			}
		} else {
			i, ok := runtime.Int64Of(v)
			if !ok {
				return 0, false
			}
			if right {
				below = xi < i
			} else {
				below = !(i < xi)
			}
		}
		if below {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, true
}

func bisect(t *runtime.Thread, fname string, args []*runtime.Object, kw *runtime.Tuple, right bool) (*runtime.Object, error) {
	if len(args) == 2 && kw.Len() == 0 {
		if i, ok := numbers(t, args[0], args[1], right); ok {
			return t.NewInt(int64(i)), nil
		}
	}
	s, err := parse(t, fname, args, kw)
	if err != nil {
		return nil, err
	}
	i, err := s.index(t, s.x, right)
	if err != nil {
		return nil, err
	}
	return t.NewInt(int64(i)), nil
}

func insort(t *runtime.Thread, fname string, args []*runtime.Object, kw *runtime.Tuple, right bool) (*runtime.Object, error) {
	s, err := parse(t, fname, args, kw)
	if err != nil {
		return nil, err
	}
	x := t.NewRef(s.x)
	if s.key != nil {
		k, err := t.Call(s.key, []*runtime.Object{s.x}, nil)
		if err != nil {
			t.Decref(x)
			return nil, err
		}
		t.Decref(x)
		x = k
	}
	i, err := s.index(t, x, right)
	t.Decref(x)
	if err != nil {
		return nil, err
	}
	idx := t.NewInt(int64(i))
	r, err := t.CallMethod(s.a, "insert", idx, s.x)
	t.Decref(idx)
	if err != nil {
		return nil, err
	}
	t.Decref(r)
	return runtime.None, nil
}

func bisectRight(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return bisect(t, "bisect_right", args, kw, true)
}

func bisectLeft(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return bisect(t, "bisect_left", args, kw, false)
}

func insortRight(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return insort(t, "insort_right", args, kw, true)
}

func insortLeft(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return insort(t, "insort_left", args, kw, false)
}
