package runtime

// Exported wrappers for the standard-library modules in runtime/lib
// (collections, itertools, operator) that need runtime internals.

// ReprEnter marks o as being repr'd by this thread; it reports false when
// o already is, so a container that contains itself prints as [...].
// Every true result must be paired with ReprLeave.
func (t *Thread) ReprEnter(o *Object) bool { return t.reprEnter(o) }

// ReprLeave ends what ReprEnter began.
func (t *Thread) ReprLeave(o *Object) { t.reprLeave(o) }
