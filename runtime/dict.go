package runtime

import (
	"sync/atomic"
	"unsafe"

	"gilfree/locks"
)

// Dict is a Python dict: CPython's compact, insertion-ordered table. The
// entries are appended in insertion order (a deleted entry keeps its place
// with a nil key until the next resize), and a hash index of int32 slots
// maps hashes to entry positions: -1 empty, -2 deleted. The probe sequence
// is CPython's (i = 5*i + 1 + perturb, perturb >>= 5).
//
// Every change to a dict runs in a critical section on it (critical.go),
// from its lookup to its last store; so do reads of several entries as one
// (repr, comparison, copy, merge). A lookup whose key is not an exact str
// may call __eq__ inside the section, and restarts when the table changed
// meanwhile. Single-entry reads through the thread (DictGetItem, dict
// iteration steps) lock only once a second thread exists (lockRead). The
// borrowed-reference accessors without a thread (GetStr, EntryValue,
// EntryIfKey, Next, Items) read without a lock: they load the table once
// and bound every index by it, and a new entry is written before its
// index slot, so a concurrent change can make them miss or return a value
// being replaced, never read out of bounds; the eval loop takes counts on
// what they return with a try-increment.
type Dict struct {
	Object
	keys *dictKeys // nil for a dict that never held anything
	used int       // live entries

	// keysVersion is a version tag of the set of keys, for the eval
	// loop's global caches: 0 until a cache asks for one (KeysVersion),
	// cleared whenever a key is added or the entries are rebuilt or cut.
	// Replacing a value keeps it, and so does deleting a key: its entry
	// stays in place, empty, until a rebuild, and a cache that finds an
	// empty entry looks again. While it is unchanged, no key was added
	// and every entry index stays valid.
	keysVersion atomic.Uint32
	// n counts the entries of the table in use: keys.all[:n]. It lives
	// here, on the cache line of the dict's lock and item count, rather
	// than in the table, because every insertion writes it: threads taking
	// turns at inserting then move one cache line between their cores per
	// insertion, not two (see docs/locks.md).
	n int32
	// bloom has bit (hash & 63) set for the hash of every str key ever
	// inserted since the last clear: a zero bit proves a name absent
	// without a lookup (method caches check instance dicts with it).
	bloom atomic.Uint64
}

type dictKeys struct {
	indices []int32
	all     []dictEntry // every entry slot: len(all) is the usable size
}

// ents returns the entries in use. Writers (holding the dict's lock) use
// it; lock-free readers index all, whose header never changes (see
// dict_atomic.go).
func (d *Dict) ents() []dictEntry { return d.keys.all[:d.n] }

type dictEntry struct {
	hash  int64
	key   *Object // nil: deleted
	value *Object
}

const (
	ixEmpty      = -1
	ixDeleted    = -2
	minDict      = 8
	perturbShift = 5
)

// DictType is dict.
var DictType = builtinType(&Type{Name: "dict", Doc: "dict() -> new empty dictionary"})

// lastKeysVersion hands out keys version tags.
var lastKeysVersion atomic.Uint32

// NewDict returns a new empty dict.
func (t *Thread) NewDict() *Dict {
	d := As[Dict](t.free.dicts.pop(t.State))
	if d == nil {
		d = new(Dict)
	} else if d.keys != nil {
		d.keys.reset()
	}
	t.initObject(&d.Object, DictType)
	return d
}

// NewDictSize returns a new dict with room for n items.
func (t *Thread) NewDictSize(n int) *Dict {
	d := t.NewDict()
	if n > 5 {
		d.keys = newDictKeys(sizeFor(n))
	}
	return d
}

// newStaticDict returns an immortal dict for the builtin types' namespaces.
func newStaticDict() *Dict {
	d := new(Dict)
	initStatic(&d.Object, DictType)
	return d
}

// Obj returns the dict as an object reference.
func (d *Dict) Obj() *Object { return &d.Object }

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

// KeysVersion returns the dict's keys version tag, assigning one if it
// has none. While it is unchanged, no key was added and the entries were
// not rebuilt (a deleted key leaves an empty entry).
func (d *Dict) KeysVersion() uint32 {
	if v := d.keysVersion.Load(); v != 0 {
		return v
	}
	v := lastKeysVersion.Add(1)
	if v == 0 {
		return 0
	}
	d.keysVersion.CompareAndSwap(0, v)
	return d.keysVersion.Load()
}

// KeysVersionNow returns the tag without assigning one (0: none).
func (d *Dict) KeysVersionNow() uint32 { return d.keysVersion.Load() }

// EntryValue returns the value of entry ix, which a cache found earlier
// under the current keys version; nil if the entry was deleted (or, with
// threads, if the table changed since).
func (d *Dict) EntryValue(ix int) *Object {
	if k := d.table(); k != nil && ix < len(k.all) {
		return k.all[ix].loadValue()
	}
	return nil
}

// EntryIfKey returns the value of entry ix if its key is the str key
// (compared by identity: a cache's hint), else nil. The value is loaded
// before the key is compared, so that an entry emptied and filled again
// for another key meanwhile (popitem gives entries back) cannot pass
// that key's value off as this one's.
func (d *Dict) EntryIfKey(ix int, key *Str) *Object {
	if k := d.table(); k != nil && ix < len(k.all) {
		e := &k.all[ix]
		v := e.loadValue()
		if e.loadKey() == &key.Object {
			return v
		}
	}
	return nil
}

// SetEntryIfKey replaces the value of entry ix if its key is the str key
// (by identity), and reports whether it did; v is borrowed.
func (d *Dict) SetEntryIfKey(t *Thread, ix int, key *Str, v *Object) bool {
	locked := t.lockRead(&d.Object)
	k := d.keys
	if k == nil || ix >= int(d.n) || k.all[ix].key != &key.Object {
		if locked {
			t.Unlock(&d.Object)
		}
		return false
	}
	t.Incref(v)
	old := k.all[ix].value
	k.all[ix].setValue(v)
	if locked {
		t.Unlock(&d.Object)
	}
	t.Decref(old)
	return true
}

// MayHaveStr reports whether the dict may hold the str key: false proves
// it absent.
func (d *Dict) MayHaveStr(key *Str) bool {
	return d.bloom.Load()&(1<<(uint64(strHash(key))&63)) != 0
}

func sizeFor(n int) int {
	size := minDict
	for size*2/3 < n {
		size <<= 1
	}
	return size
}

// smallKeys is a keys table of the minimum size in one allocation: most
// dicts (instance dicts, keyword arguments, small literals) stay this
// small.
type smallKeys struct {
	dictKeys
	idx [minDict]int32
	ent [minDict * 2 / 3]dictEntry
}

// lineKeys is the header of a keys table above the minimum size, padded
// from 48 to 64 bytes so that Go allocates it in a size class whose
// objects each fill one cache line. Every lock-free lookup reads the
// header (the two slices' pointers and lengths); in the 48-byte class it
// shared lines with the ints and floats that threads allocate and write
// at every operation. Go's allocator fills a span per P, so a thread's
// first ints can land right after the last table header the main thread
// allocated on the same P; when one landed beside a shared dict's header
// (stress/scale/shared_reads.py's TABLE, 1 run in about 30 there) every
// lookup of the other thread missed: lookupIdentIn went from 34 to 597
// perf samples in that run, the run's CPU time +30%.
type lineKeys struct {
	dictKeys
	_ [64 - unsafe.Sizeof(dictKeys{})]byte
}

func newDictKeys(size int) *dictKeys {
	var k *dictKeys
	if size == minDict {
		sk := &smallKeys{}
		sk.indices, sk.all = sk.idx[:], sk.ent[:]
		k = &sk.dictKeys
	} else {
		lk := &lineKeys{dictKeys: dictKeys{indices: make([]int32, size), all: make([]dictEntry, size*2/3)}}
		k = &lk.dictKeys
		populate(k.indices)
		populate(k.all)
	}
	for i := range k.indices {
		k.indices[i] = ixEmpty
	}
	return k
}

// reset empties a keys table for reuse by a recycled dict.
func (k *dictKeys) reset() {
	clear(k.all)
	for i := range k.indices {
		k.indices[i] = ixEmpty
	}
}

// lookupStr finds a str key by identity or by string equality: the fast
// path of attribute and global lookups. Keys that are not strs never
// equal a str here (a key object whose __eq__ claims equality with a str
// of the same hash is not consulted).
func (d *Dict) lookupStr(key *Str, hash int64) int {
	return lookupStrIn(d.table(), key, hash)
}

// lookupStrIn is lookupStr in the table k, which the caller loaded once:
// an entry index it returns is valid in k.
func lookupStrIn(k *dictKeys, key *Str, hash int64) int {
	if k == nil {
		return -1
	}
	entries := k.all
	mask := uint64(len(k.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		ix := k.loadIndex(i)
		if ix == ixEmpty {
			return -1
		}
		if ix >= 0 && int(ix) < len(entries) {
			e := &entries[ix]
			ek := e.loadKey()
			if ek == &key.Object {
				return int(ix)
			}
			if ek != nil && e.loadHash() == hash && TypeOf(ek).Flags&FlagStrSubclass != 0 && As[Str](ek).s == key.s {
				return int(ix)
			}
		}
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

// GetStr returns the value for a str key, borrowed, or nil.
func (d *Dict) GetStr(key *Str) *Object {
	k := d.table()
	if ix := lookupStrIn(k, key, strHash(key)); ix >= 0 {
		return k.all[ix].loadValue()
	}
	return nil
}

// LookupStr returns the entry index of a str key, or -1, for caches.
func (d *Dict) LookupStr(key *Str) int { return d.lookupStr(key, strHash(key)) }

// lookup finds key, comparing with == where identity does not decide.
// It returns the entry index or -1. A comparison may run Python code
// that changes the dict; the lookup then starts again, as CPython's does.
func (t *Thread) dictLookup(d *Dict, key *Object, hash int64) (int, error) {
	if TypeOf(key) == StrType {
		return d.lookupStr(As[Str](key), hash), nil
	}
restart:
	k := d.keys
	if k == nil {
		return -1, nil
	}
	mask := uint64(len(k.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		ix := k.indices[i]
		if ix == ixEmpty {
			return -1, nil
		}
		if ix >= 0 {
			e := &k.all[ix]
			if e.key == key {
				return int(ix), nil
			}
			if e.hash == hash && e.key != nil {
				ek := e.key
				t.Incref(ek)
				eq, err := t.EqualFast(ek, key)
				t.Decref(ek)
				if err != nil {
					return -1, err
				}
				if d.keys != k || k.all[ix].key != ek {
					goto restart
				}
				if eq {
					return int(ix), nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

// findSlot returns the index slot where a new entry for hash goes.
func (k *dictKeys) findSlot(hash int64) uint64 {
	mask := uint64(len(k.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for k.indices[i] >= 0 {
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
	return i
}

// insert adds a new entry; key and value are new references the dict
// takes over. The key must not be present.
func (d *Dict) insert(key, value *Object, hash int64) {
	k := d.keys
	if k == nil || int(d.n) == len(k.all) {
		d.rebuild(newDictKeys(sizeFor(d.used*3 + 1)))
		k = d.keys
	}
	slot := k.findSlot(hash)
	n := d.n
	k.all[n].publish(hash, key, value)
	d.n++
	k.setIndex(slot, int32(n))
	d.used++
	d.keysVersion.Store(0)
	if TypeOf(key) == StrType {
		d.bloom.Store(d.bloom.Load() | 1<<(uint64(hash)&63))
	}
}

// rebuild moves the live entries into nk, an empty table with room for
// them, dropping deleted entries, and makes it the dict's table.
func (d *Dict) rebuild(nk *dictKeys) {
	n := int32(0)
	if d.keys != nil {
		for _, e := range d.ents() {
			if e.key != nil {
				nk.indices[nk.findSlot(e.hash)] = n
				nk.all[n] = e
				n++
			}
		}
	}
	d.setTable(nk)
	d.n = n
	d.keysVersion.Store(0)
}

// deleteEntry removes entry ix (found by a lookup with hash) and returns
// its key and value, whose references pass to the caller.
func (d *Dict) deleteEntry(ix int, hash int64) (key, value *Object) {
	k := d.keys
	mask := uint64(len(k.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for int(k.indices[i]) != ix {
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
	k.setIndex(i, ixDeleted)
	e := &k.all[ix]
	key, value = e.key, e.value
	e.clearEntry()
	d.used--
	return key, value
}

// clearDict empties the dict and returns the old table, whose references
// the caller releases.
func (d *Dict) clearDict() *dictKeys {
	k := d.keys
	d.setTable(nil)
	d.used = 0
	d.n = 0
	d.keysVersion.Store(0)
	d.bloom.Store(0)
	return k
}

// releaseKeys drops the references of a table taken out of a dict.
func (t *Thread) releaseKeys(k *dictKeys) {
	if k == nil {
		return
	}
	for i := range k.all {
		e := &k.all[i]
		if e.key != nil {
			t.Decref(e.key)
			t.Decref(e.value)
		}
	}
}

// SetItem sets d[key] = value. key and value are borrowed.
func (t *Thread) DictSetItem(d *Dict, key, value *Object) error {
	h, err := t.Hash(key)
	if err != nil {
		return err
	}
	return t.dictSetItemHash(d, key, value, h)
}

func (t *Thread) dictSetItemHash(d *Dict, key, value *Object, h int64) error {
	if TypeOf(key) == StrType {
		t.dictSetStrHash(d, As[Str](key), value, h)
		return nil
	}
	t.Lock(&d.Object)
	ix, err := t.dictLookup(d, key, h)
	if err != nil {
		t.Unlock(&d.Object)
		return err
	}
	t.Incref(value)
	var old *Object
	if ix >= 0 {
		e := &d.ents()[ix]
		old = e.value
		e.setValue(value)
	} else {
		t.Incref(key)
		d.insert(key, value, h)
	}
	t.Unlock(&d.Object)
	if old != nil {
		t.Decref(old)
	}
	return nil
}

// SetStr sets d[key] = value for a str key; value is borrowed.
func (t *Thread) DictSetStr(d *Dict, key *Str, value *Object) {
	t.dictSetStrHash(d, key, value, strHash(key))
}

// dictSetStrHash is DictSetStr with the key's hash. It runs no Python
// code while locked, so it takes the lock only with threads (lockRead).
func (t *Thread) dictSetStrHash(d *Dict, key *Str, value *Object, h int64) {
	t.Incref(value)
	locked := t.lockRead(&d.Object)
	if ix := d.lookupStr(key, h); ix >= 0 {
		e := &d.ents()[ix]
		old := e.value
		e.setValue(value)
		if locked {
			t.Unlock(&d.Object)
		}
		t.Decref(old)
		return
	}
	t.Incref(&key.Object)
	d.insert(&key.Object, value, h)
	if locked {
		t.Unlock(&d.Object)
	}
}

// DictGetItem returns d[key], borrowed, or nil when missing. With
// threads, another thread may drop the value right after: callers that
// keep it use dictGetRef.
func (t *Thread) DictGetItem(d *Dict, key *Object) (*Object, error) {
	h, err := t.Hash(key)
	if err != nil {
		return nil, err
	}
	if TypeOf(key) == StrType {
		locked := t.lockRead(&d.Object)
		var v *Object
		if ix := d.lookupStr(As[Str](key), h); ix >= 0 {
			v = d.ents()[ix].value
		}
		if locked {
			t.Unlock(&d.Object)
		}
		return v, nil
	}
	t.Lock(&d.Object)
	defer t.Unlock(&d.Object)
	ix, err := t.dictLookup(d, key, h)
	if err != nil || ix < 0 {
		return nil, err
	}
	return d.ents()[ix].value, nil
}

// DictGetStrRef returns a new reference to d[key] for a str key, or nil
// when it is missing. Attribute reads through instance dicts use it. Once
// a second thread exists it reads without the dict's lock
// (DictGetStrShared: a try-increment and a re-check of the entry), so
// that threads reading the same instance's attributes do not all write
// the lock's cache line.
func (t *Thread) DictGetStrRef(d *Dict, key *Str) *Object {
	if locks.Threaded() {
		return t.DictGetStrShared(d, key)
	}
	v := d.GetStr(key)
	if v != nil {
		t.Incref(v)
	}
	return v
}

// dictGetRef returns a new reference to d[key], or nil when missing: the
// lookup and the count are taken in one critical section.
func (t *Thread) dictGetRef(d *Dict, key *Object) (*Object, error) {
	h, err := t.Hash(key)
	if err != nil {
		return nil, err
	}
	if TypeOf(key) == StrType {
		locked := t.lockRead(&d.Object)
		var v *Object
		if ix := d.lookupStr(As[Str](key), h); ix >= 0 {
			v = d.ents()[ix].value
			t.Incref(v)
		}
		if locked {
			t.Unlock(&d.Object)
		}
		return v, nil
	}
	if locks.Threaded() {
		// Threads reading the same dict would all write its lock's
		// cache line; a key found by identity needs no lock.
		if r, found := t.dictGetIdentShared(d, key, h); found {
			return t.StealStackRef(r), nil
		}
	}
	return t.dictGetLocked(d, key, h)
}

// DictSubscrRef is d[key] for the eval loop's BINARY_SUBSCR on an exact
// dict (no __missing__), as a reference for a frame slot: a value read
// without the lock may come tagged, without a count (dictGetStrRef,
// dictGetIdentShared). A missing key raises KeyError.
func (t *Thread) DictSubscrRef(d *Dict, key *Object) (StackRef, error) {
	if TypeOf(key) == StrType {
		if r := t.dictGetStrRef(d, As[Str](key)); !r.IsNull() {
			return r, nil
		}
		return StackRef{}, t.KeyError(key)
	}
	h, err := t.Hash(key)
	if err != nil {
		return StackRef{}, err
	}
	if locks.Threaded() {
		if r, found := t.dictGetIdentShared(d, key, h); found {
			if r.IsNull() {
				return r, t.KeyError(key)
			}
			return r, nil
		}
	}
	v, err := t.dictGetLocked(d, key, h)
	if err != nil {
		return StackRef{}, err
	}
	if v == nil {
		return StackRef{}, t.KeyError(key)
	}
	return StackNew(v), nil
}

// dictGetLocked is dictGetRef's lookup under the dict's lock, for a key
// of hash h that is not a str.
func (t *Thread) dictGetLocked(d *Dict, key *Object, h int64) (*Object, error) {
	t.Lock(&d.Object)
	defer t.Unlock(&d.Object)
	ix, err := t.dictLookup(d, key, h)
	if err != nil || ix < 0 {
		return nil, err
	}
	v := d.ents()[ix].value
	t.Incref(v)
	return v, nil
}

// DictDelItem deletes d[key]; found reports whether it was there.
func (t *Thread) DictDelItem(d *Dict, key *Object) (found bool, err error) {
	h, err := t.Hash(key)
	if err != nil {
		return false, err
	}
	t.Lock(&d.Object)
	ix, err := t.dictLookup(d, key, h)
	if err != nil || ix < 0 {
		t.Unlock(&d.Object)
		return false, err
	}
	k, v := d.deleteEntry(ix, h)
	t.Unlock(&d.Object)
	t.Decref(k)
	t.Decref(v)
	return true, nil
}

// DictDelStr deletes a str key; it reports whether it was there.
func (t *Thread) DictDelStr(d *Dict, key *Str) bool {
	h := strHash(key)
	locked := t.lockRead(&d.Object)
	ix := d.lookupStr(key, h)
	var k, v *Object
	if ix >= 0 {
		k, v = d.deleteEntry(ix, h)
	}
	if locked {
		t.Unlock(&d.Object)
	}
	if ix < 0 {
		return false
	}
	t.Decref(k)
	t.Decref(v)
	return true
}

// DictClear empties d.
func (t *Thread) DictClear(d *Dict) {
	t.Lock(&d.Object)
	k := d.clearDict()
	t.Unlock(&d.Object)
	t.releaseKeys(k)
}

// Next iterates: it returns the entry at or after position *pos and
// advances *pos past it; ok is false at the end. Key and value are
// borrowed. It takes no lock: the caller holds the dict's lock or knows
// no other thread changes the dict.
func (d *Dict) Next(pos *int) (key, value *Object, ok bool) {
	k := d.keys
	if k == nil {
		return nil, nil, false
	}
	for *pos < int(d.n) {
		e := &k.all[*pos]
		*pos++
		if e.key != nil {
			return e.key, e.value, true
		}
	}
	return nil, nil, false
}

// Items returns the live entries' keys and values, borrowed, in order.
func (d *Dict) Items() (keys, values []*Object) {
	keys = make([]*Object, 0, d.used)
	values = make([]*Object, 0, d.used)
	pos := 0
	for {
		k, v, ok := d.Next(&pos)
		if !ok {
			return keys, values
		}
		keys = append(keys, k)
		values = append(values, v)
	}
}

// dictClear is the clear slot: it releases every item.
func dictClear(t *Thread, o *Object) {
	t.DictClear(As[Dict](o))
}

func dictDealloc(t *Thread, o *Object) {
	d := As[Dict](o)
	k := d.clearDict()
	t.releaseKeys(k)
	if recycle(o) {
		// A small table goes with the dict for its next life; it is
		// emptied when the dict is reused, after QSBR says no lock-free
		// reader can still be probing it.
		if k != nil && len(k.indices) == minDict {
			d.keys = k
		}
		t.free.dicts.push(&d.Object)
	}
}

// DictCopy returns a shallow copy of d, as a plain dict.
func (t *Thread) DictCopy(d *Dict) *Dict {
	n := t.NewDict()
	t.Lock(&d.Object)
	defer t.Unlock(&d.Object)
	if d.used == 0 {
		return n
	}
	n.keys = newDictKeys(sizeFor(d.used))
	pos := 0
	for {
		k, v, ok := d.Next(&pos)
		if !ok {
			break
		}
		t.Incref(k)
		t.Incref(v)
		var h int64
		if TypeOf(k) == StrType {
			h = strHash(As[Str](k))
		} else {
			h = d.ents()[pos-1].hash
		}
		n.insert(k, v, h)
	}
	return n
}

// DictMerge copies every item of src into d (d.update(src) for dicts).
// With override false, keys already in d keep their values.
// Both dicts are locked throughout; __eq__ of the keys may run (and
// suspend the section), so src's table is re-read at every step.
func (t *Thread) DictMerge(d, src *Dict, override bool) error {
	t.Lock2(&d.Object, &src.Object)
	defer t.Unlock2(&d.Object, &src.Object)
	pos := 0
	for {
		if src.keys == nil || pos >= int(src.n) {
			return nil
		}
		e := src.ents()[pos]
		pos++
		if e.key == nil {
			continue
		}
		if !override {
			ix, err := t.dictLookup(d, e.key, e.hash)
			if err != nil {
				return err
			}
			if ix >= 0 {
				continue
			}
		}
		t.Incref(e.key)
		t.Incref(e.value)
		err := t.dictSetItemHash(d, e.key, e.value, e.hash)
		t.Decref(e.key)
		t.Decref(e.value)
		if err != nil {
			return err
		}
	}
}
