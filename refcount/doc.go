// Package refcount keeps gilfree's objects alive with biased reference
// counting: the object headers, the owner's and the other threads' counts,
// the merge queues that reconcile them, immortal and deferred objects, and
// the tagged stack references that frames hold.
//
// # Headers and counts
//
// Every heap object starts with a Header; a reference to an object is a
// *Header. The header holds two counts. The local count belongs to the
// object's owner, the thread that created it: the owner changes it with
// plain loads and stores, and no other thread reads or writes it while the
// owner may run. The shared count is changed by every other thread with
// atomic operations. The object's true count is the sum of the two, and it is
// never read in one step: the protocol below decides who may conclude that
// it reached zero.
//
// The shared word holds the shared count shifted left by two, with a two-bit
// state below it (the encoding CPython's free-threaded build uses):
//
//	default  0  owned; non-owners' increments and decrements go here
//	weakrefs 1  reserved (see below)
//	queued   2  on its owner's merge queue, which holds one reference
//	merged   3  unowned: the shared count is the whole count
//
// A thread increments an object it owns by adding to the local count and
// any other object by adding one to the shared count. Decrements follow the
// same split, with three slow paths:
//
//   - When the owner's local count reaches zero, the owner merges: if the
//     shared word is zero the object is dead; otherwise the owner gives up
//     ownership (owner id 0, state merged) and the shared count carries the
//     whole count from then on.
//   - When a non-owner's decrement would take a default-state shared count
//     below zero, it does not decrement: it marks the object queued and
//     pushes it on the owner's merge queue, and the queue entry holds the
//     reference it was about to drop. Later decrements of a queued object
//     may take the shared count below zero; the sum with the local count
//     stays right. The owner drains its queue at a safepoint (MergeQueued):
//     for each object it adds the local count to the shared count, drops the
//     queue's reference, and gives up ownership; the object is dead if the
//     sum is zero.
//   - When a decrement takes a merged object's shared count to zero, the
//     object is dead.
//
// Merging gives up ownership, as CPython does, rather than folding the
// shared count back into the local one: an object that crossed threads
// once tends to keep crossing, and leaving it owned would send it through
// the queue again on every crossing.
//
// # Who may declare an object dead
//
// Exactly one decrement reports an object dead, and it does so with an
// atomic compare-and-swap that leaves the shared word at "merged, count
// zero" and the owner id at zero. A try-increment (TryIncref), used by
// lock-free readers of containers, fails on exactly that word. Because the
// death transition is a compare-and-swap, a try-increment that lands first
// keeps the object alive, and one that comes second fails: a try-increment
// never succeeds after death was reported, and death is never reported while
// a try-increment's reference is held. CPython's build skips this
// compare-and-swap when the owner's local count reaches zero and the shared
// word is zero, and marks objects that lock-free readers may find with the
// weakrefs state instead; we always take it, because it is one uncontended
// atomic on a path that is about to free the object, and it makes every
// object safe for try-increment without a mark. The weakrefs state is
// therefore never set; its value stays reserved so that the encoding
// matches CPython's.
//
// The runtime then frees most objects without that compare-and-swap after
// all (an owner dropping the only reference, its local count of one, with a
// zero shared word), and reuses freed memory at once, without waiting for
// other threads. Both are safe under one rule for lock-free readers: after
// a successful try-increment, check that the slot still holds the pointer,
// and Decref and retry if not (CPython's _Py_TryIncrefCompare). A reader
// that passes the check counts the slot's current content, whatever the
// memory held in between; InitHeader writes a reused header so that a
// reader's header reads in between do not race, and keeps a count that
// landed on freed memory (see InitHeader and TryIncref).
//
// Invariants:
//
//   - An owned object (owner id not zero) has a local count of at least one.
//     The owner's decrement that would leave it at zero merges instead.
//   - The owner id only ever changes from a thread's id to zero (until the
//     memory is reused), and the thread that clears it does so before its
//     compare-and-swap on the shared word, which is its last write to the
//     object: once another thread can see the object merged, it may free
//     it.
//   - At most one merge-queue entry exists for an object: only a
//     default-state word is queued, and queueing changes the state.
//   - A queue entry holds a reference, so an object on a queue cannot die.
//   - A dead object has owner id zero, so every later operation on it, by
//     any thread, goes through the shared word and can see that it is dead.
//
// # Threads, ids, and queues to dead owners
//
// A Thread is the reference-counting half of a thread state. Its id comes
// from a counter and is never reused, so an owner id in a header names one
// thread forever. A registry maps ids to live threads; only the queueing
// slow path consults it. When a thread exits it drains its queue and leaves
// the registry; its objects stay owned by its id. A non-owner that must
// queue such an object finds no live owner and merges the object itself, as
// the owner would have: the owner will never again touch its local counts,
// and its exit happened-before the lookup that found it gone.
//
// Queueing sets RequestMerge in the owner's request word, the word its eval
// loop polls (package thread owns the other bits), and the owner calls
// MergeQueued when it sees the bit. A detached owner does not poll: whoever
// holds its thread state may call MergeQueued on its behalf.
//
// # Immortal and deferred objects
//
// Immortal objects (small ints, None, True, False, interned strings, builtin
// types) carry a flag, set before the object is published, and every
// operation on them does nothing. Deferred objects (functions, code,
// classes, modules) are referenced from frame stacks without a count;
// their heap references count normally. MakeDeferred adds a large bias to
// the shared count, so counting never reaches zero and Decref never reports
// them dead; only the collector frees them, after it has accounted for the
// stack references it finds. SharedCount reports the count without the
// bias.
//
// # Stack references
//
// A StackRef is the one-word reference a frame slot holds: a pointer to a
// header, with the low bit set when the slot holds no count (a borrowed
// reference, or a deferred or immortal object). See the rule beside the
// type.
//
// # Debug mode
//
// A refcount bug can recycle an object early but cannot corrupt memory: the
// pointers are Go pointers. To make such bugs fail loudly, debug mode
// (GILFREE_DEBUG=1 in the environment, read once at start, or SetDebug)
// tells the runtime to poison every object it frees (Poison) and not to
// reuse it. Any later Incref or Decref on it panics with a *FreedError
// ("gilfree: use of freed object at 0x... (owner N, count C)"), naming the
// object's type through the describe function the runtime passed to
// Thread.Start. TryIncref fails on a poisoned object instead of panicking:
// a lock-free reader that loaded the pointer before the object left its
// container legitimately tries it, and must be told to retry. Increments
// and decrements of dead objects panic even outside debug mode when they
// reach the shared word in its dead state; poisoning catches the rest.
//
// The poison lives in the shared word rather than in the header's flags:
// the flags are plain memory that any thread reads without a lock, so they
// may only be written before the object is published, and a lock-free
// reader may still be reading them when the object is freed.
//
// # Cost
//
// ns per increment-decrement pair, one goroutine unless marked, on the
// project's 2-core amd64 machine with go1.26 (bench_test.go; an empty loop
// iteration costs 0.3 ns; docs/refcount.md has the full table):
//
//	owner                              1.4
//	immortal                           2.0  (Decref's check is out of line)
//	non-owner, uncontended            14    (a bare atomic add pair costs 12)
//	non-owner, 2 goroutines, 1 object 33
//	owner, 2 goroutines, own objects   1.4  (per pair, both cores busy)
//	borrowed StackRef, close           0.6
//	counted StackRef (owner), close    3.4
//	InitHeader + last Decref          15    (the death compare-and-swap)
package refcount
