package runtime

import "gilfree/locks"

// Set is a set or frozenset: CPython's open-addressing table with linear
// probes of nine slots before each perturbed jump, so that the iteration
// order (table order) is CPython's, and printing a set of small ints gives
// the same text. Changes go through add, discard, clear and resize, in a
// critical section on the set (critical.go), which lookups also hold: a
// lookup may call __eq__, and restarts when the table changed meanwhile.
// Loops over another set's members work on a snapshot of new references
// (setSnapshot, setEntries), since __eq__ may run and other threads may
// change that set meanwhile. Single-member reads (len, an iteration step)
// lock only once a second thread exists (lockRead).
type Set struct {
	Object
	table []setEntry // len is a power of two
	fill  int        // active and dummy entries
	used  int        // active entries
	hash  int64      // frozenset hash cache; hashUnset until computed
	// counts[h&31] is the number of members whose hash has those low
	// bits, saturating at 255 (a saturated count stays until the table
	// is rebuilt). A lookup whose count is zero is a miss without a
	// probe: the table must stay CPython's, for its iteration order,
	// and a set that members pass through (a search's used columns)
	// fills with dummies, over which a miss probes a dozen slots.
	counts [setCountBuckets]uint8
	// finger is where set.pop starts looking (CPython's so->finger):
	// one past the slot it last emptied, so that pops walk the table.
	finger int
}

const setCountBuckets = 32

// countAdd and countDrop follow a member with hash h in and out.
func (s *Set) countAdd(h int64) {
	if c := &s.counts[uint64(h)%setCountBuckets]; *c != 255 {
		*c++
	}
}

func (s *Set) countDrop(h int64) {
	if c := &s.counts[uint64(h)%setCountBuckets]; *c != 255 {
		*c--
	}
}

// recount computes the counts from the table, after it was rebuilt.
func (s *Set) recount() {
	s.counts = [setCountBuckets]uint8{}
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			s.countAdd(e.hash)
		}
	}
}

// absent reports whether no member can have hash h.
func (s *Set) absent(h int64) bool { return s.counts[uint64(h)%setCountBuckets] == 0 }

type setEntry struct {
	key  *Object // nil: empty; setDummy: deleted
	hash int64
}

const (
	setMinSize   = 8
	linearProbes = 9
)

// setDummy marks deleted entries.
var setDummy = &Object{}

var (
	SetType       = builtinType(&Type{Name: "set", Doc: "set() -> new empty set object\nset(iterable) -> new set object"})
	FrozenSetType = builtinType(&Type{Name: "frozenset", Doc: "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object"})
	SetIterType   = builtinType(&Type{Name: "set_iterator"})
)

func (t *Thread) newSetOf(typ *Type) *Set {
	var s *Set
	if typ.IsHeap() {
		s = As[Set](t.allocInstance(typ))
		s.table = make([]setEntry, setMinSize)
	} else {
		s = As[Set](t.free.sets.pop(t.State))
		if s == nil {
			s = new(Set)
		}
		if s.table == nil {
			s.table = t.free.setTables.take(setMinSize)
		}
		t.initObject(&s.Object, typ)
	}
	s.hash = hashUnset
	return s
}

// setDealloc drops an exact set's or frozenset's members and keeps the
// object, with its table when that has the starting size, for the next
// new set: a set comprehension in a loop otherwise costs Go's allocator
// three blocks per set (the object, its table, the empty table clear put
// back), which was a fifth of a program filtering permutations by sets.
// A reused table is all empty slots, as a new one, so iteration order
// stays CPython's.
func setDealloc(t *Thread, o *Object) {
	if o.IsWeakMarked() && t.weakDeath(o) {
		return
	}
	s := As[Set](o)
	table := s.table
	s.table = nil
	s.fill, s.used = 0, 0
	s.counts = [setCountBuckets]uint8{}
	s.finger = 0
	for i, e := range table {
		if e.key != nil {
			table[i] = setEntry{}
			if e.key != setDummy {
				t.Decref(e.key)
			}
		}
	}
	if !recycle(o) {
		return
	}
	if len(table) == setMinSize {
		s.table = table
	} else {
		t.free.setTables.give(table)
	}
	t.free.sets.push(o)
}

// NewSet returns a new empty set.
func (t *Thread) NewSet() *Set { return t.newSetOf(SetType) }

// Obj returns the set as an object reference.
func (s *Set) Obj() *Object { return &s.Object }

// Len returns the number of members.
func (s *Set) Len() int { return s.used }

// IsSet reports whether o is a set or frozenset.
func IsSet(o *Object) bool { return TypeOf(o).Flags&FlagSetSubclass != 0 }

func (s *Set) mask() int { return len(s.table) - 1 }

// lookup finds key: the index of its entry, or -1. The caller holds the
// set's lock.
func (t *Thread) setLookup(s *Set, key *Object, hash int64) (int, error) {
restart:
	if s.absent(hash) {
		return -1, nil
	}
	table := s.table
	mask := len(table) - 1
	perturb := uint64(hash)
	i := int(uint64(hash) & uint64(mask))
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &table[j]
			if e.key == nil {
				return -1, nil
			}
			if e.hash == hash && e.key != setDummy {
				k := e.key
				if k == key {
					return j, nil
				}
				if TypeOf(k) == StrType && TypeOf(key) == StrType {
					if As[Str](k).s == As[Str](key).s {
						return j, nil
					}
					continue
				}
				t.Incref(k)
				eq, err := t.EqualFast(k, key)
				t.Decref(k)
				if err != nil {
					return -1, err
				}
				if len(s.table) != len(table) || &s.table[0] != &table[0] || e.key != k {
					goto restart
				}
				if eq {
					return j, nil
				}
			}
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// setFind is setLookup for the cases that need no __eq__: the key is the
// member itself, or both are exact strs or exact ints of int64 size and
// are compared by value. decided is false when some member with the same
// hash needs the general comparison. It takes no lock: its callers use
// it only while one thread runs (locks.Threaded), when nothing else can
// change the set, and since it runs no Python code no second thread can
// start meanwhile. Set-heavy loops (a search keeping sets of used
// squares) spent a tenth of their time entering and leaving the critical
// section of every lookup.
func setFind(s *Set, key *Object, hash int64) (ix int, decided bool) {
	// The probes walk a window of the table (ten slots, or one near the
	// end) so that the loop carries no bounds checks, and test the hash
	// first: most probed slots hold another hash, and an empty slot
	// (hash 0) or a dummy (hash -1, never a hash) only match a key whose
	// hash is 0. A miss in a set whose removals left dummies behind
	// probes a dozen slots (a search's sets of used columns); this loop
	// is about a third shorter per slot than setLookup's.
	if s.absent(hash) {
		return -1, true
	}
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		var win []setEntry
		if i+linearProbes <= mask {
			win = table[i : i+linearProbes+1]
		} else {
			win = table[i : i+1]
		}
		for j := range win {
			e := &win[j]
			if e.hash != hash {
				if e.key == nil {
					return -1, true
				}
				continue
			}
			k := e.key
			if k == key {
				return int(i) + j, true
			}
			if k == nil {
				return -1, true
			}
			if eq, ok := setFindEqual(k, key); !ok {
				return -1, false
			} else if eq {
				return int(i) + j, true
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// setFindEqual compares a member k with the same hash as key, which is
// not k itself, when the answer needs no __eq__: both exact strs, or both
// exact ints of int64 size. ok is false otherwise.
func setFindEqual(k, key *Object) (eq, ok bool) {
	keyType := TypeOf(key)
	if TypeOf(k) != keyType {
		return false, false
	}
	switch keyType {
	case StrType:
		return As[Str](k).s == As[Str](key).s, true
	case IntType:
		a, ok1 := IntSmall(k)
		b, ok2 := IntSmall(key)
		if !ok1 || !ok2 {
			return false, false
		}
		return a == b, true
	}
	return false, false
}

// setAdd adds key (borrowed) with its hash.
func (t *Thread) setAddHash(s *Set, key *Object, hash int64) error {
	if !locks.Threaded() {
		if ix, ok := setFind(s, key, hash); ok {
			if ix < 0 {
				t.Incref(key)
				s.insertNew(t, key, hash)
			}
			return nil
		}
	}
	t.Lock(&s.Object)
	defer t.Unlock(&s.Object)
	ix, err := t.setLookup(s, key, hash)
	if err != nil || ix >= 0 {
		return err
	}
	t.Incref(key)
	s.insertNew(t, key, hash)
	return nil
}

// setHas reports whether key, with its hash, is in s.
func (t *Thread) setHas(s *Set, key *Object, hash int64) (bool, error) {
	if !locks.Threaded() {
		if ix, ok := setFind(s, key, hash); ok {
			return ix >= 0, nil
		}
	}
	t.Lock(&s.Object)
	ix, err := t.setLookup(s, key, hash)
	t.Unlock(&s.Object)
	return ix >= 0, err
}

// setLen0 is len(s), locked when another thread may change it.
func setLen0(t *Thread, s *Set) int {
	if !t.lockRead(&s.Object) {
		return s.used
	}
	n := s.used
	t.Unlock(&s.Object)
	return n
}

// setSnapshot returns the members of s as new references, in table
// order, read in one critical section.
func (t *Thread) setSnapshot(s *Set) []*Object {
	t.Lock(&s.Object)
	out := s.Members()
	for _, m := range out {
		t.Incref(m)
	}
	t.Unlock(&s.Object)
	return out
}

// setEntries returns the active entries of s (members with their
// hashes), each member a new reference, read in one critical section.
func (t *Thread) setEntries(s *Set) []setEntry {
	t.Lock(&s.Object)
	out := make([]setEntry, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			t.Incref(e.key)
			out = append(out, e)
		}
	}
	t.Unlock(&s.Object)
	return out
}

// releaseEntries drops the references of setEntries.
func (t *Thread) releaseEntries(es []setEntry) {
	for i := range es {
		t.Decref(es[i].key)
		es[i].key = nil
	}
}

// insertNew puts a key known to be absent into the first empty slot of
// its probe sequence, or into the last deleted slot before that one, and
// resizes past 60% fill.
func (s *Set) insertNew(t *Thread, key *Object, hash int64) {
	mask := s.mask()
	perturb := uint64(hash)
	i := int(uint64(hash) & uint64(mask))
	free := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+probes; j++ {
			switch s.table[j].key {
			case nil:
				s.countAdd(hash)
				if free >= 0 {
					s.table[free] = setEntry{key: key, hash: hash}
					s.used++
					return
				}
				s.table[j] = setEntry{key: key, hash: hash}
				s.fill++
				s.used++
				if s.fill*5 >= mask*3 {
					if s.used > 50000 {
						s.resize(t, s.used*2)
					} else {
						s.resize(t, s.used*4)
					}
				}
				return
			case setDummy:
				// The last deleted slot before the empty one takes
				// the key, as in CPython (its iteration order).
				free = j
			}
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// insertClean inserts into a table without dummies or equal keys.
func insertClean(table []setEntry, key *Object, hash int64) {
	mask := len(table) - 1
	perturb := uint64(hash)
	i := int(uint64(hash) & uint64(mask))
	for {
		if table[i].key == nil {
			table[i] = setEntry{key: key, hash: hash}
			return
		}
		if i+linearProbes <= mask {
			for j := i + 1; j <= i+linearProbes; j++ {
				if table[j].key == nil {
					table[j] = setEntry{key: key, hash: hash}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// resize rebuilds the table for at least minUsed entries.
func (s *Set) resize(t *Thread, minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	if size == setMinSize && len(old) == setMinSize {
		// Only deleted entries to purge, in a table of the starting
		// size (a set that members pass through, added and removed):
		// rebuild it where it is, as CPython does in its inline small
		// table, instead of allocating a table per purge.
		var live [setMinSize]setEntry
		copy(live[:], old)
		clear(old)
		for _, e := range live {
			if e.key != nil && e.key != setDummy {
				insertClean(old, e.key, e.hash)
			}
		}
		s.fill = s.used
		s.recount()
		return
	}
	s.table = t.free.setTables.take(size)
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			insertClean(s.table, e.key, e.hash)
		}
	}
	s.fill = s.used
	s.recount()
	clear(old)
	t.free.setTables.give(old)
}

// setTableStash keeps a few emptied set tables of each size from 8 to
// 1024 entries for the thread's next resize to that size: a set built
// from a handful of members (a comprehension, set(row)) outgrows its
// first table at the fifth, and allocating the next one was most of the
// cost of making it. The starting tables such a set leaves behind at
// that resize serve the next new sets whose recycled object came without
// one (setDealloc keeps a table only of the starting size with the set). A table given here is no longer any set's; code
// that may still hold it (a lookup whose __eq__ changed the set) checks
// that the set's table is the one it started with, as CPython does.
type setTableStash struct {
	tables [setStashSizes][setStashDepth][]setEntry
	n      [setStashSizes]int
}

const (
	setStashSizes = 8 // 8, 16, ..., 1024 entries (the union of two sets of 40 members takes 256)
	setStashDepth = 4
)

// stashClass is the stash's index for tables of size entries, or -1.
func stashClass(size int) int {
	for c, n := 0, setMinSize; c < setStashSizes; c, n = c+1, 2*n {
		if size == n {
			return c
		}
	}
	return -1
}

// take returns an empty table of size entries.
func (st *setTableStash) take(size int) []setEntry {
	if c := stashClass(size); c >= 0 && st.n[c] > 0 {
		st.n[c]--
		table := st.tables[c][st.n[c]]
		st.tables[c][st.n[c]] = nil
		return table
	}
	return make([]setEntry, size)
}

// give keeps an emptied table if there is room for it.
func (st *setTableStash) give(table []setEntry) {
	if c := stashClass(len(table)); c >= 0 && st.n[c] < setStashDepth {
		st.tables[c][st.n[c]] = table
		st.n[c]++
	}
}

// setDiscard removes key; found reports whether it was there.
func (t *Thread) setDiscardHash(s *Set, key *Object, hash int64) (bool, error) {
	if !locks.Threaded() {
		if ix, ok := setFind(s, key, hash); ok {
			if ix < 0 {
				return false, nil
			}
			k := s.table[ix].key
			s.countDrop(hash)
			s.table[ix] = setEntry{key: setDummy, hash: -1}
			s.used--
			t.Decref(k)
			return true, nil
		}
	}
	t.Lock(&s.Object)
	ix, err := t.setLookup(s, key, hash)
	if err != nil || ix < 0 {
		t.Unlock(&s.Object)
		return false, err
	}
	k := s.table[ix].key
	s.countDrop(hash)
	s.table[ix] = setEntry{key: setDummy, hash: -1}
	s.used--
	t.Unlock(&s.Object)
	t.Decref(k)
	return true, nil
}

// SetAdd adds key to s.
func (t *Thread) SetAdd(s *Set, key *Object) error {
	h, err := t.Hash(key)
	if err != nil {
		return err
	}
	return t.setAddHash(s, key, h)
}

// SetAddSteal adds key to s, taking over the caller's reference to it
// (dropped when an equal member is already there or on error): the eval
// loop's SET_ADD of a set comprehension, which otherwise counted each
// value up for the set and down again for the stack. An exact int's hash
// is computed here, without the type's hash slot.
func (t *Thread) SetAddSteal(s *Set, key *Object) error {
	var h int64
	switch TypeOf(key) {
	case IntType:
		h = intHash(key)
	case StrType:
		h = strHash(As[Str](key))
	default:
		var err error
		if h, err = t.Hash(key); err != nil {
			t.Decref(key)
			return err
		}
	}
	if !locks.Threaded() {
		if ix, ok := setFind(s, key, h); ok {
			if ix < 0 {
				s.insertNew(t, key, h)
			} else {
				t.Decref(key)
			}
			return nil
		}
	}
	t.Lock(&s.Object)
	ix, err := t.setLookup(s, key, h)
	if err == nil && ix < 0 {
		s.insertNew(t, key, h)
		t.Unlock(&s.Object)
		return nil
	}
	t.Unlock(&s.Object)
	t.Decref(key)
	return err
}

// SetContains reports whether key is in s; an unhashable set key is
// looked up as a frozenset, as CPython does.
func (t *Thread) SetContains(s *Set, key *Object) (bool, error) {
	h, err := t.Hash(key)
	if err != nil {
		if TypeOf(key) == SetType || TypeOf(key).IsSubtype(SetType) {
			t.DropError(err)
			fs, err := t.frozenCopy(As[Set](key))
			if err != nil {
				return false, err
			}
			defer t.Decref(fs.Obj())
			return t.SetContains(s, fs.Obj())
		}
		return false, err
	}
	return t.setHas(s, key, h)
}

func (t *Thread) frozenCopy(s *Set) (*Set, error) {
	fs := t.newSetOf(FrozenSetType)
	err := t.setMerge(fs, s)
	return fs, err
}

// setClear empties the set.
func (t *Thread) setClear(s *Set) {
	t.Lock(&s.Object)
	old := s.table
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used = 0, 0
	s.counts = [setCountBuckets]uint8{}
	t.Unlock(&s.Object)
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			t.Decref(e.key)
		}
	}
}

// setMerge adds every member of other to s, as CPython's set_merge: into
// an empty set of the same size the table is copied slot for slot, so
// that copies iterate in the same order.
func (t *Thread) setMerge(s, other *Set) error {
	if other == s {
		return nil
	}
	t.Lock2(&s.Object, &other.Object)
	defer t.Unlock2(&s.Object, &other.Object)
	if other.used == 0 {
		return nil
	}
	if (s.fill+other.used)*5 >= s.mask()*3 {
		s.resize(t, (s.used+other.used)*2)
	}
	if s.fill == 0 && s.mask() == other.mask() && other.fill == other.used {
		for i, e := range other.table {
			if e.key != nil {
				t.Incref(e.key)
				s.table[i] = e
			}
		}
		s.fill, s.used = other.used, other.used
		s.counts = other.counts
		return nil
	}
	if s.fill == 0 {
		for _, e := range other.table {
			if e.key != nil && e.key != setDummy {
				t.Incref(e.key)
				insertClean(s.table, e.key, e.hash)
				s.countAdd(e.hash)
				s.fill++
				s.used++
			}
		}
		return nil
	}
	for _, e := range append([]setEntry(nil), other.table...) {
		if e.key != nil && e.key != setDummy {
			if err := t.setAddHash(s, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// SetUpdate adds every item of an iterable.
func (t *Thread) SetUpdate(s *Set, iterable *Object) error {
	if IsSet(iterable) {
		return t.setMerge(s, As[Set](iterable))
	}
	if TypeOf(iterable) == DictType {
		d := As[Dict](iterable)
		t.Lock2(&s.Object, iterable)
		defer t.Unlock2(&s.Object, iterable)
		if (s.fill+d.used)*5 >= s.mask()*3 {
			s.resize(t, (s.used+d.used)*2)
		}
		for pos := 0; d.keys != nil && pos < int(d.n); pos++ {
			e := d.ents()[pos]
			if e.key != nil {
				if err := t.setAddHash(s, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return t.ForEach(iterable, func(v *Object) (bool, error) {
		err := t.SetAdd(s, v)
		return err == nil, err
	})
}

// NewSetFrom returns set(iterable).
func (t *Thread) NewSetFrom(iterable *Object) (*Object, error) {
	s := t.NewSet()
	if err := t.SetUpdate(s, iterable); err != nil {
		t.Decref(s.Obj())
		return nil, err
	}
	return s.Obj(), nil
}

// NewFrozenSetFrom returns frozenset(iterable).
func (t *Thread) NewFrozenSetFrom(iterable *Object) (*Object, error) {
	s := t.newSetOf(FrozenSetType)
	if err := t.SetUpdate(s, iterable); err != nil {
		t.Decref(s.Obj())
		return nil, err
	}
	return s.Obj(), nil
}

// Members returns the active keys in table order, borrowed. The caller
// holds the set's lock or knows no other thread changes the set.
func (s *Set) Members() []*Object {
	out := make([]*Object, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e.key)
		}
	}
	return out
}

func setClearSlot(t *Thread, o *Object) { t.setClear(As[Set](o)) }

// setIter iterates a set in table order.
type setIterObj struct {
	Object
	set  *Set
	pos  int
	used int
}

func setIter(t *Thread, o *Object) (*Object, error) {
	s := As[Set](o)
	it := &setIterObj{set: s, used: setLen0(t, s)}
	t.Incref(o)
	t.initObject(&it.Object, SetIterType)
	return &it.Object, nil
}

func setIterNext(t *Thread, o *Object) (*Object, error) {
	it := As[setIterObj](o)
	s := it.set
	if s == nil {
		return nil, nil
	}
	locked := t.lockRead(&s.Object)
	if s.used != it.used {
		if locked {
			t.Unlock(&s.Object)
		}
		it.used = -1
		return nil, t.RuntimeError("Set changed size during iteration")
	}
	for it.pos < len(s.table) {
		e := s.table[it.pos]
		it.pos++
		if e.key != nil && e.key != setDummy {
			t.Incref(e.key)
			if locked {
				t.Unlock(&s.Object)
			}
			return e.key, nil
		}
	}
	if locked {
		t.Unlock(&s.Object)
	}
	it.set = nil
	t.Decref(s.Obj())
	return nil, nil
}

// shuffleBits spreads a member's hash for the frozenset hash.
func shuffleBits(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }

func frozenSetHash(t *Thread, o *Object) (int64, error) {
	s := As[Set](o)
	if s.hash != hashUnset {
		return s.hash, nil
	}
	var h uint64
	for _, e := range s.table {
		h ^= shuffleBits(uint64(e.hash))
	}
	if (s.mask()+1-s.fill)&1 != 0 {
		h ^= shuffleBits(0)
	}
	if (s.fill-s.used)&1 != 0 {
		h ^= shuffleBits(^uint64(0))
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	s.hash = int64(h)
	return s.hash, nil
}
