// Package thread holds gilfree's thread states: one State per Python
// thread, bound to one goroutine and passed explicitly to every runtime
// function. A State carries the thread's reference-counting half
// (refcount.Thread, embedded), its status word, its request word, its
// linear frame stack, and its QSBR read sequence.
//
// # Status: attached, detached, held
//
// A state is attached while its goroutine runs bytecode or touches objects,
// and detached around anything that blocks: lock waits, sleeps, joins, queue
// gets, I/O. Only the bound goroutine attaches and detaches its state.
//
// While a state is detached its goroutine promises not to touch its frame
// stack, the local counts of the objects it owns, or any Python object,
// until it attaches again. That promise is what lets another goroutine act
// on its behalf: the collector reading its stack and local counts, or a
// thread draining its merge queue. Such a goroutine first moves the status
// from detached to held (TryHold), does its work as if it were that thread
// (calling the state's refcount methods, walking its stack), and moves it
// back (Release). A thread that attaches while its state is held waits: it
// spins briefly, then parks until Release wakes it. The compare-and-swaps
// on the status word order the holder's work after everything the thread
// did before detaching, and everything it does after attaching after the
// holder's work, so the holder may use the thread's plain, non-atomic
// fields. Attached is not held: an attached thread is asked instead, through
// its request word.
//
//	detached --Attach--> attached --Detach--> detached
//	detached --TryHold--> held --Release--> detached
//	attached --Exit--> exited
//
// # The request word and the eval breaker
//
// Other threads ask a thread to act by setting bits in its request word
// (Request): merge its reference-count queue (set by refcount when it
// queues an object), answer a collector handshake, raise an asynchronous
// exception, raise KeyboardInterrupt. The eval loop polls the word
// (Pending, one atomic load) at every backward jump and every call, the
// points where a thread can loop without bound, and handles what it finds
// with Take, which clears the bits it takes. Those polls are also the
// thread's QSBR quiescent points. A detached thread does not poll; it finds
// its requests when it attaches, and the eval loop polls right after
// Attach. A requester that cannot wait holds a detached thread instead.
//
// # The frame stack
//
// Each thread has one linear stack of refcount.StackRef slots, and a frame
// is a window on it: PushFrame(n) returns n zeroed slots above the current
// top, PopFrame releases the topmost window (frames are strictly LIFO). The
// stack is a list of chunks. A frame never spans two chunks: when the next
// frame does not fit in the current chunk, the stack moves to a new one
// (the cached spare chunk if it is big enough, or a new chunk twice the
// size of the current one, up to a cap, or exactly the frame's size if that
// is larger), and returns to the previous chunk when the frame that opened
// the new one is popped. Chunks never move or grow in place, so a frame's
// window stays valid for as long as the frame lives, and generators and
// Python-visible frame objects may keep pointers into it; that is why the
// stack is not one Go slice grown by copying. One spare chunk is kept when
// popping back, so a call that crosses a chunk boundary in a loop does not
// allocate. Slots above the top are always zero: PopFrame clears the
// window, so PushFrame need not, and the collector scans exactly the slots
// in use (WalkStack).
//
// The main thread's state, with its first chunk, is a package-level
// variable: starting the interpreter allocates neither.
//
// # QSBR: when freed memory may be reused
//
// Lock-free readers (a list item read, a dict lookup) load pointers from
// shared structures and try-increment them. Memory that a writer removed
// and freed must not be reused while such a reader may still hold a
// pointer into it. Quiescent-state-based reclamation tells when that is
// over. A global write sequence is advanced when something is retired
// (Advance returns the new value, the goal to wait for). Each attached
// thread records the write sequence it has seen at its quiescent points
// (Quiescent), where it holds no pointer loaded from a shared structure.
// Detached threads hold none either and count as quiescent: Detach takes
// the thread offline and Attach brings it back online at the current write
// sequence. Safe(goal) reports whether every online thread has recorded a
// sequence at least goal; then no thread can still hold a pointer it loaded
// before the retirement, and the memory may be reused. Safe first compares
// with a cached minimum, so the common answer costs one atomic load; only
// when that fails does it walk the thread states.
package thread
