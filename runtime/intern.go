package runtime

import (
	"sync"
	"sync/atomic"
)

// Interned strs live in two tables. The start-up's, a plain map, holds
// every name interned before the program's first instruction: the
// builtin types' and modules' names, and those of the program's own code.
// It is written under a mutex (the goroutine that registers the SIGINT
// handler interns too, while the main one sets up) until FreezeInterned,
// and never after, so from then on any thread reads it without a lock.
// The second, a sync.Map, takes what is interned later, when Python
// threads may intern at once: lookups of names already interned are
// nearly all of its use, and its reads take no lock and write no shared
// memory, where a read lock's counter would bounce between the cores of
// threads that intern at once.
//
// A sync.Map costs its new entries dearly: each hashes through an
// interface and allocates nodes of its trie. Filled at start-up, with the
// few hundred names every run interns, that was a fifth of the whole
// start's instructions (callgrind, `-c pass`).
var (
	internStart struct {
		mu     sync.Mutex
		m      map[string]*Str
		frozen atomic.Bool
	}
	interned sync.Map // string -> *Str, after FreezeInterned
)

// internStartSize is the start-up table's initial capacity: `-c pass`
// interns about 340 names; the table grows as a program's own code
// needs.
const internStartSize = 512

// Intern returns the interned str for s: the same immortal object for
// every caller, so that attribute and global lookups compare names by
// pointer first.
func Intern(s string) *Str {
	if len(s) == 1 {
		return &charStrs[s[0]]
	}
	if !internStart.frozen.Load() {
		return internStarting(s)
	}
	if o, ok := internStart.m[s]; ok {
		return o
	}
	if o, ok := interned.Load(s); ok {
		return o.(*Str)
	}
	return internNew(s)
}

// internStarting interns s before FreezeInterned, in the start-up table.
func internStarting(s string) *Str {
	internStart.mu.Lock()
	if internStart.frozen.Load() {
		// Frozen since Intern looked: the table is read-only now.
		internStart.mu.Unlock()
		return Intern(s)
	}
	o, ok := internStart.m[s]
	if !ok {
		if internStart.m == nil {
			internStart.m = make(map[string]*Str, internStartSize)
		}
		o = newInternedStr(s)
		internStart.m[s] = o
	}
	internStart.mu.Unlock()
	return o
}

// FreezeInterned ends the start-up table's growth: what is interned from
// now on goes into the sync.Map. RunMain calls it before the program's
// first instruction, the last moment at which only the interpreter's own
// goroutines can intern; calling it again does nothing. Until it is
// called interning takes a mutex, which is correct but serializes
// threads that intern at once.
func FreezeInterned() {
	internStart.mu.Lock()
	internStart.frozen.Store(true)
	internStart.mu.Unlock()
}

// internNew adds s to the sync.Map, after FreezeInterned, when the
// start-up table does not hold it. Two threads interning the same new
// string may both build a Str; LoadOrStore keeps the first one stored,
// and the other is dropped before anyone saw it.
func internNew(s string) *Str {
	v, _ := interned.LoadOrStore(s, newInternedStr(s))
	return v.(*Str)
}

// newInternedStr returns a new immortal str of s (” is the one empty
// str).
func newInternedStr(s string) *Str {
	if s == "" {
		return &emptyStr
	}
	o := &Str{s: s, n: countRunes(s)}
	o.hash.Store(hashUnset)
	initStatic(&o.Object, StrType)
	return o
}
