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
	ix, decided := setFind(As[Set](s), key, intHash(key))
	if !decided {
		return false, false
	}
	return ix >= 0, true
}
