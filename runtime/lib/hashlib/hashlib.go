// Package hashlib is the hashlib module: message digests over Go's crypto
// packages (MD5, SHA-1, the SHA-2 family, SHA-3 and SHAKE), each a HASH
// object with update, digest, hexdigest and copy.
//
// A HASH object may be updated from several threads at once: its Go hash
// state sits behind a mutex that is never held while Python code runs,
// so each update is applied whole, in some order.
package hashlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"fmt"
	"hash"
	"sort"
	"strings"
	"sync"

	"gilfree/runtime"
)

// algorithm describes one digest: how to start its state, its sizes, and
// whether it is an extendable-output function (SHAKE), whose digest takes
// a length.
type algorithm struct {
	name      string
	new       func() state
	size      int
	blockSize int
	shake     bool
}

// state is the Go side of a hash: a running digest that can be copied
// through its binary marshalling, and read out without being finished.
type state interface {
	Write(p []byte) (int, error)
	encoding.BinaryMarshaler
	encoding.BinaryUnmarshaler
}

// shakeState adapts a SHAKE function: its output is read, which moves
// it, so a digest reads from a copy.
type shakeState struct{ *sha3.SHAKE }

func sumOf(h hash.Hash) []byte { return h.Sum(nil) }

var algorithms = map[string]*algorithm{
	"md5":       {"md5", func() state { return md5.New().(state) }, md5.Size, md5.BlockSize, false},
	"sha1":      {"sha1", func() state { return sha1.New().(state) }, sha1.Size, sha1.BlockSize, false},
	"sha224":    {"sha224", func() state { return sha256.New224().(state) }, sha256.Size224, sha256.BlockSize, false},
	"sha256":    {"sha256", func() state { return sha256.New().(state) }, sha256.Size, sha256.BlockSize, false},
	"sha384":    {"sha384", func() state { return sha512.New384().(state) }, sha512.Size384, sha512.BlockSize, false},
	"sha512":    {"sha512", func() state { return sha512.New().(state) }, sha512.Size, sha512.BlockSize, false},
	"sha3_224":  {"sha3_224", func() state { return sha3.New224() }, 28, 144, false},
	"sha3_256":  {"sha3_256", func() state { return sha3.New256() }, 32, 136, false},
	"sha3_384":  {"sha3_384", func() state { return sha3.New384() }, 48, 104, false},
	"sha3_512":  {"sha3_512", func() state { return sha3.New512() }, 64, 72, false},
	"shake_128": {"shake_128", func() state { return shakeState{sha3.NewSHAKE128()} }, 0, 168, true},
	"shake_256": {"shake_256", func() state { return shakeState{sha3.NewSHAKE256()} }, 0, 136, true},
}

// maxShakeLength bounds a SHAKE digest's length: a longer one is a
// MemoryError rather than an allocation that would end the process.
const maxShakeLength = 1 << 30

// Hash is a hashlib HASH object.
type Hash struct {
	runtime.Object
	alg *algorithm
	mu  sync.Mutex
	st  state
}

// HashType is _hashlib.HASH; the SHAKE functions use the same type.
var HashType = &runtime.Type{Name: "HASH", Module: "_hashlib",
	Doc: "A hash is an object used to calculate a checksum of a string of information."}

var readyTypes = sync.OnceFunc(func() {
	HashType.Repr = hashRepr
	HashType.AddMethods(
		runtime.MethodDef{Name: "update", Fn: hashUpdate, Doc: "Update this hash object's state with the provided string."},
		runtime.MethodDef{Name: "digest", Fn: hashDigest, Doc: "Return the digest value as a bytes object."},
		runtime.MethodDef{Name: "hexdigest", Fn: hashHexdigest, Doc: "Return the digest value as a string of hexadecimal digits."},
		runtime.MethodDef{Name: "copy", Fn: hashCopy, Doc: "Return a copy of the hash object."},
	)
	HashType.AddGetSets(
		runtime.GetSetDef{Name: "name", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewStr(runtime.As[Hash](o).alg.name), nil
		}},
		runtime.GetSetDef{Name: "digest_size", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewInt(int64(runtime.As[Hash](o).alg.size)), nil
		}},
		runtime.GetSetDef{Name: "block_size", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewInt(int64(runtime.As[Hash](o).alg.blockSize)), nil
		}},
	)
	runtime.ReadyType[Hash](HashType, runtime.ObjectType, 0)
})

func init() { runtime.RegisterModule(readyTypes, newModule, "hashlib") }

// names lists the supported algorithms in sorted order.
func names() []string {
	out := make([]string, 0, len(algorithms))
	for n := range algorithms {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("hashlib")
	t.AddFunctions(m, runtime.MethodDef{Name: "new", Fn: hashNew,
		Doc: "new(name, data=b'') - Return a new hashing object using the named algorithm."})
	for _, n := range names() {
		alg := algorithms[n]
		t.AddFunctions(m, runtime.MethodDef{Name: n, Fn: func(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
			return construct(t, alg, alg.name, args, kw)
		}, Doc: "Returns a " + n + " hash object; optionally initialized with a string"})
	}
	set := func(name string) {
		items := make([]*runtime.Object, 0, len(algorithms))
		for _, n := range names() {
			items = append(items, t.NewStr(n))
		}
		tu := t.NewTupleSteal(items)
		s, err := t.Call(runtime.FrozenSetType.Obj(), []*runtime.Object{tu.Obj()}, nil)
		t.Decref(tu.Obj())
		if err == nil {
			t.ModuleSet(m, name, s)
		}
	}
	set("algorithms_guaranteed")
	set("algorithms_available")
	return m
}

var ctorParams = []string{"data", "$usedforsecurity", "$string"}

// construct makes a hash of alg, fed with the optional initial data.
func construct(t *runtime.Thread, alg *algorithm, fname string, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var out [3]*runtime.Object
	if err := t.ParseArgs(fname, args, kw, ctorParams, 0, out[:]); err != nil {
		return nil, err
	}
	data := out[0]
	if out[2] != nil {
		if data != nil {
			return nil, t.TypeError("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.")
		}
		data = out[2]
	}
	h := new(Hash)
	h.alg = alg
	h.st = alg.new()
	if data != nil {
		if err := h.feed(t, data); err != nil {
			return nil, err
		}
	}
	t.InitObject(&h.Object, HashType)
	return &h.Object, nil
}

func hashNew(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if len(args) == 0 {
		return nil, t.TypeError("new() missing required argument 'name' (pos 1)")
	}
	if !runtime.IsStr(args[0]) {
		return nil, t.TypeError("new() argument 'name' must be str, not %s", runtime.TypeOf(args[0]).Name)
	}
	name := runtime.StrValue(args[0])
	// Like OpenSSL's, the MD5, SHA-1 and SHA-2 names are found in any case.
	alg := algorithms[name]
	if lower := strings.ToLower(name); alg == nil && !strings.HasPrefix(lower, "sha3") && !strings.HasPrefix(lower, "shake") {
		alg = algorithms[lower]
	}
	if alg == nil {
		return nil, t.ValueError("unsupported hash type %s", name)
	}
	return construct(t, alg, "new", args[1:], kw)
}

// feed adds the bytes of a bytes-like object to the hash.
func (h *Hash) feed(t *runtime.Thread, data *runtime.Object) error {
	if runtime.IsStr(data) {
		return t.TypeError("Strings must be encoded before hashing")
	}
	if runtime.IsBytes(data) {
		h.mu.Lock()
		_, _ = h.st.Write(runtime.BytesValue(data))
		h.mu.Unlock()
		return nil
	}
	if !runtime.IsBuffer(data) {
		return t.TypeError("object supporting the buffer API required")
	}
	t.Lock(data)
	b, err := t.BytesOf(data)
	if err == nil {
		h.mu.Lock()
		_, _ = h.st.Write(b)
		h.mu.Unlock()
	}
	t.Unlock(data)
	return err
}

func self(t *runtime.Thread, name string, args []*runtime.Object, kw *runtime.Tuple, min, max int) (*Hash, error) {
	if len(args) == 0 || !runtime.TypeOf(args[0]).IsSubtype(HashType) {
		return nil, t.TypeError("descriptor '%s' requires a '_hashlib.HASH' object", name)
	}
	if err := t.CheckArgs(name, args[1:], kw, min, max); err != nil {
		return nil, err
	}
	return runtime.As[Hash](args[0]), nil
}

func hashUpdate(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	h, err := self(t, "update", args, kw, 1, 1)
	if err != nil {
		return nil, err
	}
	if err := h.feed(t, args[1]); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

// sum returns the digest so far, leaving the state as it was; a SHAKE
// digest is n bytes long.
func (h *Hash) sum(t *runtime.Thread, fname string, args []*runtime.Object) ([]byte, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.alg.shake {
		return sumOf(h.st.(hash.Hash)), nil
	}
	if len(args) < 2 {
		return nil, t.TypeError("%s() missing required argument 'length' (pos 1)", fname)
	}
	n, err := t.IndexInt(args[1])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, t.ValueError("negative digest length")
	}
	if n > maxShakeLength {
		return nil, t.NewError(runtime.MemoryErrorType)
	}
	saved, _ := h.st.MarshalBinary()
	dup := h.alg.new()
	if err := dup.UnmarshalBinary(saved); err != nil {
		return nil, t.ValueError("%s", err.Error())
	}
	out := make([]byte, n)
	_, _ = dup.(shakeState).Read(out)
	return out, nil
}

func hashDigest(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	h, err := self(t, "digest", args, kw, 0, 1)
	if err != nil {
		return nil, err
	}
	b, err := h.sum(t, "digest", args)
	if err != nil {
		return nil, err
	}
	return t.NewBytes(b), nil
}

func hashHexdigest(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	h, err := self(t, "hexdigest", args, kw, 0, 1)
	if err != nil {
		return nil, err
	}
	b, err := h.sum(t, "hexdigest", args)
	if err != nil {
		return nil, err
	}
	return t.NewStr(hex.EncodeToString(b)), nil
}

func hashCopy(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	h, err := self(t, "copy", args, kw, 0, 0)
	if err != nil {
		return nil, err
	}
	h.mu.Lock()
	saved, merr := h.st.MarshalBinary()
	h.mu.Unlock()
	if merr != nil {
		return nil, t.ValueError("%s", merr.Error())
	}
	c := new(Hash)
	c.alg = h.alg
	c.st = h.alg.new()
	if err := c.st.UnmarshalBinary(saved); err != nil {
		return nil, t.ValueError("%s", err.Error())
	}
	t.InitObject(&c.Object, HashType)
	return &c.Object, nil
}

func hashRepr(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	h := runtime.As[Hash](o)
	return t.NewStr(fmt.Sprintf("<%s _hashlib.HASH object @ %#x>", h.alg.name, runtime.Addr(o))), nil
}
