package runtime

import "sync/atomic"

// Fast __hash__ for the methods enum and dataclasses generate.
//
// Enum members hash as hash(self._name_) and a frozen (or eq=True,
// unsafe_hash) dataclass as hash((self.a, self.b, ...)): Python
// functions that dict and set code would call through the generic slot
// wrapper, one Python frame per lookup (13% of bench/textreport.py).
// The library marks such a function with _gilfree_types.fast_hash(fn,
// names, as_tuple) right after making it; the hash slot then computes
// what the body computes, in Go: the attributes read with GetAttr, as
// the body's LOAD_ATTR reads them (descriptors, __getattribute__ and
// __getattr__ included), and their hashes combined as tuple's hash
// combines its items'. The function stays an ordinary Python function:
// calling it, or reading it off the class, runs its code.
//
// The body calls the name hash, which a module global or a replaced
// builtins.hash could shadow; the fast path is taken only while the
// function's globals have no hash and its builtins still hold the hash
// seen when it was marked. A function whose __code__ is replaced loses
// the mark with its old code object.

// fastHashSpec is what a marked code object's body computes.
type fastHashSpec struct {
	names   []*Str
	asTuple bool    // hash((self.n1, ...)) rather than hash(self.n1)
	hashFn  *Object // builtins.hash when marked (borrowed: it is immortal)
	// plain is the first class seen whose instances hold the names as
	// plain __dict__ entries: it uses the generic getattr and no class
	// on its MRO has an attribute of those names, as of its version tag.
	// Its instances' values are read from their dict without GetAttr's
	// walk of the MRO (a third of the fast path's time).
	plain atomic.Pointer[plainClass]
}

type plainClass struct {
	typ     *Type
	version uint32
}

// isPlain reports whether typ is the spec's plain class, recording typ
// as such when it qualifies and the spec has none that is still valid.
func (s *fastHashSpec) isPlain(typ *Type) bool {
	c := s.plain.Load()
	if c != nil && c.typ == typ && c.version == typ.VersionNow() {
		return true
	}
	if c != nil && c.version == c.typ.VersionNow() {
		return false // another class holds the entry
	}
	if !typ.plainGetAttr || typ.dictOff == 0 {
		return false
	}
	v := typ.Version()
	if v == 0 {
		return false
	}
	for _, n := range s.names {
		if typ.Lookup(n) != nil {
			return false
		}
	}
	if typ.VersionNow() != v {
		return false
	}
	s.plain.CompareAndSwap(c, &plainClass{typ: typ, version: v})
	return true
}

// value reads self.name: from the instance dict when self's class is
// plain and the dict has the name, else through GetAttr (which also
// raises the AttributeError, or calls __getattr__, for a missing one).
func (s *fastHashSpec) value(t *Thread, self *Object, name *Str, plain bool) (*Object, error) {
	if plain {
		if d := InstanceDict(self); d != nil {
			if v := t.DictGetStrRef(d, name); v != nil {
				return v, nil
			}
		}
	}
	return t.GetAttr(self, name)
}

// fastHashOf returns the spec of f when f is a marked function whose
// hash name still means the builtin, or nil.
func fastHashOf(f *Object) *fastHashSpec {
	if TypeOf(f) != FunctionType {
		return nil
	}
	fn := As[Function](f)
	spec := fn.Code.fastHash.Load()
	if spec == nil || fn.Globals.GetStr(dnHashName) != nil || fn.Builtins.GetStr(dnHashName) != spec.hashFn {
		return nil
	}
	return spec
}

var dnHashName = Intern("hash")

// hash computes the marked body's result for self.
func (s *fastHashSpec) hash(t *Thread, self *Object) (int64, error) {
	plain := s.isPlain(TypeOf(self))
	if !s.asTuple {
		v, err := s.value(t, self, s.names[0], plain)
		if err != nil {
			return 0, err
		}
		h, err := t.Hash(v)
		t.Decref(v)
		return h, err
	}
	acc := tupleHashStart
	for _, n := range s.names {
		v, err := s.value(t, self, n, plain)
		if err != nil {
			return 0, err
		}
		h, err := t.Hash(v)
		t.Decref(v)
		if err != nil {
			return 0, err
		}
		acc = tupleHashStep(acc, h)
	}
	return tupleHashEnd(acc, len(s.names)), nil
}

// gilfreeFastHash is _gilfree_types.fast_hash(fn, names, as_tuple): mark
// fn, whose body is `return hash(self.NAME)` (as_tuple false, one name)
// or `return hash((self.N1, self.N2, ...))` (as_tuple true), so that the
// hash slot of classes that have it as __hash__ computes that in Go. It
// returns fn.
func gilfreeFastHash(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("fast_hash", args, kw, 3, 3); err != nil {
		return nil, err
	}
	if TypeOf(args[0]) != FunctionType {
		return nil, t.TypeError("fast_hash() needs a function")
	}
	names, err := t.SequenceItems(args[1])
	if err != nil {
		return nil, err
	}
	spec := &fastHashSpec{asTuple: args[2] == True}
	for _, n := range names {
		if TypeOf(n) == StrType {
			spec.names = append(spec.names, InternObj(n))
		}
		t.Decref(n)
	}
	if len(spec.names) != len(names) {
		return nil, t.TypeError("fast_hash() names must be strs")
	}
	if !spec.asTuple && len(spec.names) != 1 {
		return nil, t.ValueError("fast_hash() of one value needs one name")
	}
	fn := As[Function](args[0])
	spec.hashFn = fn.Builtins.GetStr(dnHashName)
	if spec.hashFn == nil || !spec.hashFn.IsImmortal() {
		return t.NewRef(args[0]), nil
	}
	fn.Code.fastHash.Store(spec)
	return t.NewRef(args[0]), nil
}
