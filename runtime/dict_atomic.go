package runtime

import (
	"sync/atomic"

	"gilfree/locks"
)

// Lock-free dict reads. The eval loop's global and attribute caches
// (EntryValue, EntryIfKey) and GetStr read a dict without its lock, even
// while another thread changes it in a critical section. What they read
// is published atomically once a second thread exists (before that, no
// reader can run concurrently with a writer, and plain stores are
// cheaper):
//
//   - the table pointer (Dict.keys), replaced by a resize or a clear;
//   - the index slots, each an int32;
//   - an entry's hash, key and value. A new entry's hash and value are
//     stored before its key, and the key before the index slot that
//     points at it, so a reader that finds the slot finds the entry
//     whole; a deleted entry's key and value become nil.
//
// Readers bound every entry index by the length of dictKeys.all, the
// table's whole entry array, whose slice header never changes, and never
// read the writers' count of entries in use (dictKeys.n). A reader may thus miss a
// key being added, or return a value being replaced (which the eval loop
// counts with a try-increment and then checks again); it never reads out
// of bounds or a torn entry. Tables are reused only through the dict free
// list, after QSBR says no reader can still be probing them.

// table loads the dict's table for a lock-free reader.
func (d *Dict) table() *dictKeys { return locks.LoadPointer(&d.keys) }

// setTable replaces the dict's table; the caller holds the dict's lock
// (or no other thread exists).
func (d *Dict) setTable(k *dictKeys) {
	if locks.Threaded() {
		locks.StorePointer(&d.keys, k)
	} else {
		d.keys = k
	}
}

// loadIndex reads index slot i for a lock-free reader.
func (k *dictKeys) loadIndex(i uint64) int32 { return atomic.LoadInt32(&k.indices[i]) }

// setIndex writes index slot i.
func (k *dictKeys) setIndex(i uint64, ix int32) {
	if locks.Threaded() {
		locks.PublishInt32(&k.indices[i], ix)
	} else {
		k.indices[i] = ix
	}
}

func (e *dictEntry) loadKey() *Object   { return locks.LoadPointer(&e.key) }
func (e *dictEntry) loadValue() *Object { return locks.LoadPointer(&e.value) }
func (e *dictEntry) loadHash() int64    { return atomic.LoadInt64(&e.hash) }

// setValue replaces the entry's value.
func (e *dictEntry) setValue(v *Object) {
	if locks.Threaded() {
		locks.PublishPointer(&e.value, v)
	} else {
		e.value = v
	}
}

// publish fills an entry: hash and value first, then the key, which
// publishes them; the index slot that points at the entry is published
// after it (setIndex). Each is a release store (locks.PublishPointer):
// a plain store on x86, where the CPU keeps stores in order, so that
// the stores of an insertion inside the dict's lock wait for no fence.
// An entry that popitem gave back may still be read by a reader that
// loaded its old key; it checks the entry again after the read.
func (e *dictEntry) publish(hash int64, key, value *Object) {
	if locks.Threaded() {
		locks.PublishInt64(&e.hash, hash)
		locks.PublishPointer(&e.value, value)
		locks.PublishPointer(&e.key, key)
	} else {
		*e = dictEntry{hash: hash, key: key, value: value}
	}
}

// clearEntry empties a deleted entry. The hash is left: readers compare it
// only for an entry whose key they loaded before the delete, and then
// check the entry again.
func (e *dictEntry) clearEntry() {
	if locks.Threaded() {
		locks.PublishPointer(&e.key, nil)
		locks.PublishPointer(&e.value, nil)
	} else {
		*e = dictEntry{}
	}
}

// DictGetStrShared returns a new reference to d[key] for a str key, or nil
// when it is missing, without the dict's lock: for reads of dicts other
// threads may change, where DictGetStrRef's lock would cost more than the
// read. The count is taken as the eval loop's cached reads take it: at
// once for an immortal or deferred value or one the thread owns (no other
// thread can free those under it), otherwise with a try-increment, after
// which the entry must still hold the key and the value in the dict's
// current table. Without that check a try-increment that lands after the
// value was freed (the runtime frees an object its own stack held last
// without the death compare-and-swap, and reuses the memory at once)
// would count an unrelated object.
func (t *Thread) DictGetStrShared(d *Dict, key *Str) *Object {
	return t.StealStackRef(t.dictGetStrRef(d, key))
}

// dictGetStrRef is DictGetStrShared for a frame slot: a null reference
// when the key is missing, a tagged one without a count for an immortal
// or deferred value or a shared-deferred one (see sharedRead).
func (t *Thread) dictGetStrRef(d *Dict, key *Str) StackRef {
	hash := strHash(key)
	for {
		k := d.table()
		ix := lookupStrIn(k, key, hash)
		if ix < 0 {
			return StackRef{}
		}
		e := &k.all[ix]
		// The value first, then the key it must belong to: an entry that
		// popitem gave back may have been filled again for another key
		// since the lookup, and a key loaded before the value would not
		// show that the value is the new key's.
		v := e.loadValue()
		ek := e.loadKey()
		if v == nil || ek == nil || !strKeyIs(e, ek, key, hash) {
			continue // deleted or reused since the lookup: look again
		}
		if r, ok := t.TryIncrefStackRef(v); ok {
			return r
		}
		r, ok := t.sharedRead(v)
		if !ok {
			continue
		}
		if e.loadValue() == v && e.loadKey() == ek && d.table() == k {
			if !r.IsTagged() {
				t.shareRead(&d.Object, v)
			}
			return r
		}
		t.Close(r)
	}
}

// strKeyIs reports whether ek, the key loaded from entry e, is the str
// key (the same object, or an equal str of the same hash), by the test
// lookupStrIn makes.
func strKeyIs(e *dictEntry, ek *Object, key *Str, hash int64) bool {
	if ek == &key.Object {
		return true
	}
	return e.loadHash() == hash && TypeOf(ek).Flags&FlagStrSubclass != 0 && As[Str](ek).s == key.s
}

// lookupIdentIn probes table k for key by identity and hash alone, reading
// only the entries' published fields, never a key object's contents: it
// returns the entry index when an entry holds key itself, -1 when the
// probe ends at an empty slot without meeting an entry of the same hash
// (no equal key can be there: equal keys hash alike), and undecided when
// it meets a different key of the same hash, which only == can judge.
func lookupIdentIn(k *dictKeys, key *Object, hash int64) (ix int, undecided bool) {
	if k == nil {
		return -1, false
	}
	entries := k.all
	mask := uint64(len(k.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		slot := k.loadIndex(i)
		if slot == ixEmpty {
			return -1, false
		}
		if slot >= 0 && int(slot) < len(entries) {
			e := &entries[slot]
			ek := e.loadKey()
			if ek == key {
				return int(slot), false
			}
			if ek != nil && e.loadHash() == hash {
				return -1, true
			}
		}
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

// dictGetIdentShared is d[key] without the dict's lock for a key found by
// identity (the small ints and interned strs programs index with are
// shared objects): a reference to the value for a frame slot (tagged as
// dictGetStrRef's are), or a null one with found true when the key is
// missing. It reports found false when identity cannot
// decide, and the caller then looks up under the lock. The value is
// counted as DictGetStrShared counts it: a try-increment, then a check
// that the entry still holds the key and the value in the current table.
func (t *Thread) dictGetIdentShared(d *Dict, key *Object, hash int64) (r StackRef, found bool) {
	for {
		k := d.table()
		ix, undecided := lookupIdentIn(k, key, hash)
		if undecided {
			return StackRef{}, false
		}
		if ix < 0 {
			return StackRef{}, true
		}
		e := &k.all[ix]
		v := e.loadValue()
		if v == nil || e.loadKey() != key {
			return StackRef{}, false // changing under us: let the lock decide
		}
		if r, ok := t.TryIncrefStackRef(v); ok {
			return r, true
		}
		r, ok := t.sharedRead(v)
		if !ok {
			continue
		}
		if e.loadValue() == v && e.loadKey() == key && d.table() == k {
			if !r.IsTagged() {
				t.shareRead(&d.Object, v)
			}
			return r, true
		}
		t.Close(r)
	}
}
