package thread

import "gilfree/refcount"

// Bits of the request word. RequestMerge is refcount's; the rest are this
// package's, and the runtime adds meaning to them.
const (
	RequestMerge            = refcount.RequestMerge // drain the merge queue (MergeQueued)
	RequestHandshake uint32 = 1 << 1                // answer the collector at this safepoint
	RequestAsyncExc  uint32 = 1 << 2                // raise the pending asynchronous exception
	RequestInterrupt uint32 = 1 << 3                // raise KeyboardInterrupt (main thread)
)

// Request sets bits in the state's request word, from any goroutine. The
// thread sees them at its next poll, or when it next attaches.
func (s *State) Request(bits uint32) { s.Requests().Or(bits) }

// Pending returns the request word: one atomic load, for the eval loop to
// poll at backward jumps and calls.
func (s *State) Pending() uint32 { return s.Requests().Load() }

// Take clears bits in the request word and returns those of them that were
// set. MergeQueued clears RequestMerge itself.
func (s *State) Take(bits uint32) uint32 { return s.Requests().And(^bits) & bits }

// Count returns the number of started, not exited states as of the call.
// A caller that is itself attached and sees 1 knows no other thread runs
// and none can start until it lets one: starting a thread takes a running
// thread, and the new state is registered before its goroutine attaches.
func Count() int { return len(states()) }
