package random

import (
	"crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"math/big"
	"math/bits"
	"time"

	"gilfree/runtime"
)

// Random is an instance of _random.Random: one generator, guarded by a
// critical section on the instance. Subclass instances (random.Random and
// the user's) start with it.
type Random struct {
	runtime.Object
	gen mt
}

// RandomType is _random.Random, the base class of random.Random.
var RandomType = &runtime.Type{Name: "Random", Module: "_random",
	Doc: "Random() -> create a random number generator with its own internal state."}

func readyModule() {
	RandomType.New = randomNew
	RandomType.Init = randomInit
	RandomType.AddMethods(
		runtime.MethodDef{Name: "seed", Fn: randomSeed, Doc: "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
		runtime.MethodDef{Name: "random", Fn: randomRandom, Doc: "random() -> x in the interval [0, 1)."},
		runtime.MethodDef{Name: "getrandbits", Fn: randomGetrandbits, Doc: "getrandbits(k) -> x.  Generates an int with k random bits."},
		runtime.MethodDef{Name: "getstate", Fn: randomGetstate, Doc: "getstate() -> tuple containing the current state."},
		runtime.MethodDef{Name: "setstate", Fn: randomSetstate, Doc: "setstate(state) -> None.  Restores generator state."},
		runtime.MethodDef{Name: "_randbelow", Fn: randomRandbelow, Doc: "Return a random int in the range [0,n).  Defined for n > 0."},
	)
	runtime.ReadyType[Random](RandomType, runtime.ObjectType, runtime.FlagBaseType)
}

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("_random")
	t.ModuleSet(m, "Random", RandomType.Obj())
	t.AddFunctions(m,
		runtime.MethodDef{Name: "_sha512", Fn: sha512Digest, Doc: "Return the SHA-512 digest of a bytes-like object (for seeding)."},
		runtime.MethodDef{Name: "_urandom", Fn: urandom, Doc: "Return n bytes from the operating system's random source."},
		runtime.MethodDef{Name: "_choose", Fn: choose, Doc: "random.choices' loop without weights, or None."},
		runtime.MethodDef{Name: "_choose_weighted", Fn: chooseWeighted, Doc: "random.choices' loop with cumulative weights, or None."},
		runtime.MethodDef{Name: "_running_sums", Fn: runningSums, Doc: "list(itertools.accumulate(values)) for a list or tuple of floats, or None."},
	)
	return m
}

// self returns the generator of a method's receiver, checking its type
// (a method taken from the class can be called on anything).
func self(t *runtime.Thread, name string, args []*runtime.Object) (*Random, error) {
	if len(args) == 0 || !runtime.IsInstance(args[0], RandomType) {
		return nil, t.TypeError("descriptor '%s' for '_random.Random' objects doesn't apply to this object", name)
	}
	return runtime.As[Random](args[0]), nil
}

func randomNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var o *runtime.Object
	if typ == RandomType {
		r := new(Random)
		t.InitObject(&r.Object, typ)
		o = &r.Object
	} else {
		o = t.NewInstance(typ)
	}
	// An instance is usable before __init__ seeds it: a subclass whose
	// __init__ never seeds still draws fresh numbers.
	seedFromOS(&runtime.As[Random](o).gen)
	return o, nil
}

func randomInit(t *runtime.Thread, o *runtime.Object, args []*runtime.Object, kw *runtime.Tuple) error {
	if runtime.TypeOf(o) == RandomType && kw.Len() > 0 {
		return t.TypeError("Random() takes no keyword arguments")
	}
	if len(args) > 1 {
		return t.TypeError("Random() requires 0 or 1 argument")
	}
	var a *runtime.Object
	if len(args) == 1 {
		a = args[0]
	}
	return seed(t, runtime.As[Random](o), a)
}

// seedFromOS seeds with 624 words from the operating system, or from the
// clock if it has none.
func seedFromOS(g *mt) {
	var buf [mtN * 4]byte
	if _, err := rand.Read(buf[:]); err != nil {
		now := uint64(time.Now().UnixNano())
		g.initByArray([]uint32{uint32(now), uint32(now >> 32)})
		return
	}
	key := make([]uint32, mtN)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(buf[4*i:])
	}
	g.initByArray(key)
}

// seed seeds r from a: None seeds from the OS, an int from the words of
// its absolute value, anything else from its hash (as an unsigned word).
func seed(t *runtime.Thread, r *Random, a *runtime.Object) error {
	if a == nil || a == runtime.None {
		t.Lock(&r.Object)
		seedFromOS(&r.gen)
		t.Unlock(&r.Object)
		return nil
	}
	var key []uint32
	if runtime.IsInt(a) {
		key = keyOf(new(big.Int).Abs(runtime.BigOf(a)))
	} else {
		h, err := t.Hash(a)
		if err != nil {
			return err
		}
		key = keyOf(new(big.Int).SetUint64(uint64(h)))
	}
	t.Lock(&r.Object)
	r.gen.initByArray(key)
	t.Unlock(&r.Object)
	return nil
}

// keyOf splits a non-negative int into 32-bit words, least significant
// first; zero is one zero word.
func keyOf(n *big.Int) []uint32 {
	b := n.Bytes() // big-endian
	if len(b) == 0 {
		return []uint32{0}
	}
	key := make([]uint32, (len(b)+3)/4)
	for i := range b {
		pos := len(b) - 1 - i // byte position from the least significant end
		key[pos/4] |= uint32(b[i]) << (8 * uint(pos%4))
	}
	return key
}

func randomSeed(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	r, err := self(t, "seed", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("seed", args[1:], kw, 0, 1); err != nil {
		return nil, err
	}
	var a *runtime.Object
	if len(args) == 2 {
		a = args[1]
	}
	if err := seed(t, r, a); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func randomRandom(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	r, err := self(t, "random", args)
	if err != nil {
		return nil, err
	}
	if len(args) != 1 || kw.Len() > 0 {
		return nil, t.CheckArgs("random", args[1:], kw, 0, 0)
	}
	t.Lock(&r.Object)
	f := r.gen.float53()
	t.Unlock(&r.Object)
	return t.NewFloat(f), nil
}

// intArg converts an argument that must be an int (not merely have
// __index__), as CPython's C int parsing does.
func intArg(t *runtime.Thread, o *runtime.Object) (int, error) {
	if runtime.IsFloat(o) {
		return 0, t.TypeError("'float' object cannot be interpreted as an integer")
	}
	return t.IndexInt(o)
}

func randomGetrandbits(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	r, err := self(t, "getrandbits", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("getrandbits", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	k, err := intArg(t, args[1])
	if err != nil {
		return nil, err
	}
	switch {
	case k < 0:
		return nil, t.ValueError("number of bits must be non-negative")
	case k == 0:
		return runtime.SmallInt(0), nil
	case k <= 32:
		t.Lock(&r.Object)
		v := r.gen.uint32() >> uint(32-k)
		t.Unlock(&r.Object)
		return t.NewInt(int64(v)), nil
	}
	t.Lock(&r.Object)
	words := r.gen.bits(k)
	t.Unlock(&r.Object)
	return t.NewBigInt(wordsInt(words)), nil
}

// wordsInt builds the int whose little-endian 32-bit words are w.
func wordsInt(w []uint32) *big.Int {
	b := make([]byte, 4*len(w))
	for i, v := range w {
		binary.BigEndian.PutUint32(b[4*(len(w)-1-i):], v)
	}
	return new(big.Int).SetBytes(b)
}

// randomRandbelow is random.Random._randbelow_with_getrandbits done in
// one step under the lock: draws of n.bit_length() bits until one is
// below n. random.py uses it only where getrandbits is this type's own.
func randomRandbelow(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	r, err := self(t, "_randbelow", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("_randbelow", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	n := args[1]
	if !runtime.IsInt(n) {
		return nil, t.TypeError("'%s' object cannot be interpreted as an integer", runtime.TypeOf(n).Name)
	}
	if v, ok := runtime.Int64Of(n); ok && v > 0 && v <= 1<<32 {
		k := uint(bits.Len64(uint64(v)))
		t.Lock(&r.Object)
		var x uint64
		for {
			if k <= 32 {
				x = uint64(r.gen.uint32() >> (32 - k))
			} else {
				lo := r.gen.uint32()
				hi := r.gen.uint32() >> (64 - k)
				x = uint64(hi)<<32 | uint64(lo)
			}
			if x < uint64(v) {
				break
			}
		}
		t.Unlock(&r.Object)
		return t.NewInt(int64(x)), nil
	}
	bn := runtime.BigOf(n)
	if bn.Sign() <= 0 {
		return nil, t.ValueError("empty range for randrange()")
	}
	k := bn.BitLen()
	t.Lock(&r.Object)
	var x *big.Int
	for {
		x = wordsInt(r.gen.bits(k))
		if x.Cmp(bn) < 0 {
			break
		}
	}
	t.Unlock(&r.Object)
	return t.NewBigInt(x), nil
}

func randomGetstate(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	r, err := self(t, "getstate", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("getstate", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	items := make([]*runtime.Object, mtN+1)
	t.Lock(&r.Object)
	for i, w := range r.gen.state {
		items[i] = t.NewInt(int64(w))
	}
	items[mtN] = t.NewInt(int64(r.gen.index))
	t.Unlock(&r.Object)
	return t.NewTupleSteal(items).Obj(), nil
}

func randomSetstate(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	r, err := self(t, "setstate", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("setstate", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	st := args[1]
	if !runtime.IsInstance(st, runtime.TupleType) {
		return nil, t.TypeError("state vector must be a tuple")
	}
	items := runtime.TupleItems(st)
	if len(items) != mtN+1 {
		return nil, t.ValueError("state vector is the wrong size")
	}
	var next mt
	for i, it := range items[:mtN] {
		w, err := unsignedLong(t, it)
		if err != nil {
			return nil, err
		}
		next.state[i] = uint32(w)
	}
	if !runtime.IsInt(items[mtN]) {
		return nil, t.TypeError("'%s' object cannot be interpreted as an integer", runtime.TypeOf(items[mtN]).Name)
	}
	idx, ok := runtime.Int64Of(items[mtN])
	if !ok {
		return nil, t.OverflowError("Python int too large to convert to C long")
	}
	if idx < 0 || idx > mtN {
		return nil, t.ValueError("invalid state")
	}
	next.index = int(idx)
	t.Lock(&r.Object)
	r.gen = next
	t.Unlock(&r.Object)
	return runtime.None, nil
}

// unsignedLong converts a state word as C's PyLong_AsUnsignedLong does.
func unsignedLong(t *runtime.Thread, o *runtime.Object) (uint64, error) {
	if !runtime.IsInt(o) {
		return 0, t.TypeError("an integer is required")
	}
	b := runtime.BigOf(o)
	if b.Sign() < 0 {
		return 0, t.OverflowError("can't convert negative value to unsigned int")
	}
	if !b.IsUint64() {
		return 0, t.OverflowError("Python int too large to convert to C unsigned long")
	}
	return b.Uint64(), nil
}

func sha512Digest(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("_sha512", args, kw, 1, 1); err != nil {
		return nil, err
	}
	b, err := t.BytesOf(args[0])
	if err != nil {
		return nil, err
	}
	sum := sha512.Sum512(b)
	return t.NewBytes(sum[:]), nil
}

func urandom(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("_urandom", args, kw, 1, 1); err != nil {
		return nil, err
	}
	n, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, t.ValueError("negative argument not allowed")
	}
	buf := make([]byte, n)
	if _, err := rand.Read(buf); err != nil {
		return nil, t.OSErrorFrom(5, err.Error(), nil)
	}
	return t.NewBytes(buf), nil
}
