package runtime

import "gilfree/locks"

// ContainsFast is `key in s` for an exact set or frozenset s and an exact
// int key while one thread runs: the eval loop's CONTAINS_OP finds the
// member with setFind directly, without the containment slot's three
// calls and the generic hash (a search keeping sets of used columns and
// diagonals tests membership tens of millions of times). ok is false when
// the caller must take the general path (Thread.Contains): another type,
// threads, or a member that needs __eq__.
func (t *Thread) ContainsFast(s, key *Object) (found, ok bool) {
	if typ := TypeOf(s); (typ != SetType && typ != FrozenSetType) || TypeOf(key) != IntType || locks.Threaded() {
		return false, false
	}
	st, h := As[Set](s), intHash(key)
	// Most tests end at once: no member in the hash's count bucket (a
	// miss), an empty home slot (a miss), or the key's value in its
	// home slot (a hit; ints outside the small-int cache are other
	// objects of the same value).
	if st.absent(h) {
		return false, true
	}
	switch e := &st.table[uint64(h)&uint64(len(st.table)-1)]; {
	case e.key == key:
		return true, true
	case e.key == nil:
		return false, true
	case e.hash == h && TypeOf(e.key) == IntType:
		a, ok1 := IntSmall(e.key)
		b, ok2 := IntSmall(key)
		if ok1 && ok2 && a == b {
			return true, true
		}
	}
	ix, decided := setFind(st, key, h)
	if !decided {
		return false, false
	}
	return ix >= 0, true
}
