// Package eval runs bytecode: the eval loop over the instructions of
// interp/compile, on the object model of package runtime.
//
// # Frames and the loop
//
// A call from Python to Python does not recurse on the Go stack. The
// caller's CALL pushes the callee's frame, a window of slots on the
// thread's linear stack (thread.State.PushFrame) sized for the callee's
// variables and evaluation stack, moves the arguments into its first slots
// as stack references (no count changes: the caller's slots are cleared),
// and the loop continues with the callee's code in the same Go function
// (run). RETURN_VALUE pops the window and continues in the caller. Only a
// call that starts in Go (a slot wrapper calling __eq__, sorted calling its
// key, __build_class__ running a class body, next() resuming a generator)
// enters a new invocation of run, through the runtime.Evaluator this
// package installs; such a frame is marked Entry, and its return leaves
// run. A generator keeps its frame in an array of its own and runs it in
// place when resumed.
//
// The loop keeps the running frame's code, instruction index (pc), slots
// and stack pointer (sp) in Go locals, and writes them back to the Frame
// only when it switches frames or calls out. Each case of the dispatch
// switch carries its stack picture. An instruction that fails sets err and
// breaks out of the dispatch loop; the outer loop then unwinds: it adds a
// traceback entry, looks the failing instruction up in the exception
// table, and either jumps to the handler with the stack cut to the
// handler's depth, or pops the frame and continues unwinding in its
// caller.
//
// # Stack references
//
// Slots hold refcount.StackRefs. LOAD_FAST_BORROW, LOAD_CONST and loads of
// immortal or deferred objects push tagged references that own no count;
// the compiler guarantees that a borrowed local outlives its stack slot.
// Everything that stores a value popped from the stack anywhere but
// another slot (a container, an attribute, a cell, a return value, a
// generator's frame) takes a counted reference first
// (refcount.Thread.StealStackRef), and popping a slot closes it
// (runtime.Thread.Close). Slots above the stack pointer are kept zero, so
// that a collector scanning thread stacks sees only live references.
//
// # Keeping the loop fast
//
// Go inlines only the tiniest functions (cost 20) into a function as big
// as run, so the loop spells the hottest reference operations out: a
// close is runtime.IsCounted (a word test that inlines) guarding a call to
// CloseCounted, and a borrowed or constant slot costs no call at all. The
// loader also rewrites frequent runs of two or three instructions into
// superinstructions (superops.go), which saves dispatches, the loop's
// costliest step. Int and float operations on exact types are computed in
// the loop, and a result may reuse the memory of an operand that the stack
// held the only reference to.
//
// # The eval breaker
//
// The loop polls the thread's request word at JUMP_BACKWARD, at calls and
// at function entry (runtime.Thread.Poll handles merges, collector
// handshakes and interrupts), and passes a QSBR quiescent point there;
// every loop ends with a JUMP_BACKWARD, so a thread never runs long
// without polling.
package eval
