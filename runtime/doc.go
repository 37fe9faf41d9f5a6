// Package runtime is gilfree's object model: Python values, their types
// and the slot protocol, the builtin types and exceptions, the builtins,
// sys, time and math modules, and the per-thread and per-interpreter
// state. Package interp/eval runs bytecode on it.
//
// # Values
//
// A Python reference is an *Object, an alias of refcount.Header: one
// machine word pointing at the header every object starts with. The
// object itself is a Go struct whose first field is that header:
//
//	type Int   struct { Object; v int64; b *big.Int }      // int (and bool)
//	type Float struct { Object; v float64 }                // float
//	type Str   struct { Object; s string; n int; ... }     // str, WTF-8 text
//	type Tuple struct { Object; items []*Object }          // tuple
//	type List  struct { Object; items []*Object }          // list
//	type Dict  struct { Object; keys *dictKeys; ... }      // dict
//	type Type  struct { Object; Name string; MRO []*Type; Dict *Dict; slots... }
//
// Converting an *Object to its struct is an unsafe cast (As[T], in
// cast.go, the package's only unsafe file), valid only when the object's
// type says the memory was allocated as T or as a struct starting with T.
// An instance of a class derived from a builtin type is a sub[T]: the
// builtin's struct first, so that every builtin method works on it, then
// an InstExtra with the instance __dict__ and __slots__ storage; the class
// records the offsets (Type.extraOff, Type.dictOff). An instance of a class
// derived from object is a sub[Object], the Instance.
//
// Go's garbage collector keeps all memory safe whatever the counts say: a
// reference counting bug can recycle an object early, never corrupt
// memory, and GILFREE_DEBUG=1 poisons freed objects so that such a bug
// fails loudly.
//
// # References
//
// Functions that return an *Object return a new reference, which the
// caller must Decref; arguments are borrowed, and a callee that keeps one
// increments it. Containers own their items. Thread.Decref frees an object
// when its count reaches zero: the type's Dealloc releases what it holds,
// runs __del__ for a class that has one, and puts the memory on the
// thread's free list for the type (int, float, small tuples, lists, dicts,
// sequence iterators), from which it is reused only after every thread
// passed a quiescent point (QSBR, freelist.go).
//
// None, True, False, Ellipsis, NotImplemented, the small ints -5..1024,
// interned strings, the empty str, bytes and tuple, one-character Latin-1
// strings, builtin types, builtin functions and code constants are
// immortal: counting them does nothing. Functions, code objects, classes,
// modules and their dicts are deferred (refcount.MakeDeferred): frame
// slots hold them without counts, and only a collector frees them.
//
// # Errors
//
// Operations return (*Object, error). A Python exception travels through
// Go as the exception object itself: *BaseException implements error, so
// `return nil, t.TypeError(...)` raises. The error owns a reference to the
// exception; code that handles an error without raising it drops it
// (Thread.DropError). Helpers that build exceptions to raise (NewError,
// TypeError, ...) set __context__ to the exception being handled, as
// raising does in CPython. Go panics are bugs, never Python semantics.
//
// # Types and the slot protocol
//
// A Type holds its behaviour as Go functions in slot fields: Repr, Str,
// Hash, RichCmp, GetAttr, SetAttr, DescrGet, DescrSet, Call, New, Init,
// Iter, Next, Len, GetItem, SetItem, Contains, Bool, the binary operators
// Num[op] and their in-place forms INum[op], DivMod, Pow3, the unary
// operators, Index, Int and Float. The generic operations (abstract.go,
// ops.go, attr.go) dispatch through them as CPython's abstract object
// layer does: BinaryOp tries the left operand's slot and then the right's
// (the right first when its type derives from the left's), with
// NotImplemented meaning "try the other"; RichCompare tries the reflected
// comparison; Truth falls back from Bool to Len; Iter falls back to the
// __getitem__ protocol; Next returns (nil, nil) at the end, so that for
// loops build no StopIteration.
//
// A builtin type fills its slots with Go functions, and readyBuiltin
// exposes each as a dunder method (int.__add__ is a slot wrapper calling
// int's Num[OpAdd]). A class made by a class statement or type() starts
// from nothing and, slot by slot (slots.go), looks up the dunders that
// drive the slot along its MRO: only slot wrappers of one builtin type
// for that slot copy the builtin's Go function (a list subclass indexes at
// list speed); a Python function or any other object installs the generic
// wrapper that looks the dunder up and calls it (slotwrap.go); None (as in
// __hash__ = None) refuses the operation. Assigning or deleting a dunder
// on a class re-runs this for the class and every class derived from it,
// and bumps their version tags.
//
// Attribute lookup is CPython's generic getattr: data descriptors on the
// type, then the instance __dict__, then non-data descriptors and class
// attributes, then __getattr__. Type.Lookup walks the MRO's dicts; the
// eval loop caches its results per instruction, keyed by the type's
// version tag (Type.Version), which any change to a class or its bases
// invalidates.
//
// # Calls
//
// Everything callable has one Go shape, vectorcall: Call(t, callable,
// args, kwnames), positional arguments then the values of the keyword
// arguments named by kwnames. Builtin functions and methods are
// NativeFuncs of that shape (a method gets self as args[0]). Calling a
// Python function from Go goes through the Evaluator that the eval loop
// installs in the Interp at start-up: the runtime never imports the
// interpreter.
//
// # Threads and the interpreter
//
// Every function that can allocate, raise, call Python code or change a
// count takes the *Thread first. A Thread embeds the thread package's
// State (counts, the request word, the frame stack, QSBR) and adds the
// running frame, the exception being handled, the recursion depth, the
// free lists and scratch argument arrays. The Interp holds what all threads
// share: builtins, sys, sys.modules, the Evaluator. The main Interp and
// Thread are package variables.
//
// Concurrency plan (threads come with the next issue). Package state that
// changes after start-up is limited to: the interned-string table and the
// traceback source cache, both behind locks and grow-only; type and dict
// version counters, which are atomics; type subclass lists, behind the
// type's mutex. Builtin types are complete before main runs and never
// change. Heap types change only through typeSetAttr (dict, slots,
// version), which will take the type's lock. Lists, dicts, sets and
// bytearrays change only through the few functions named in their files
// (list.go, dict.go, set.go, bytearray.go): that is where their per-object
// locks will be taken, and where storage arrays will be published
// atomically for the lock-free single-item reads (which will use
// TryIncref and re-check the slot). Inline caches are immutable structs
// published with atomic pointer stores. Str hashes and indexes are cached
// through atomics.
package runtime
