package runtime

import (
	"unsafe"
)

// This file holds every unsafe conversion of the runtime. The rule they
// rest on: every object is a Go struct whose first field is the embedded
// Object header, so a *Object and a pointer to the whole struct are the
// same address. Converting an *Object to its concrete struct (As) is valid
// only when the object's type says the memory was allocated as that struct
// or as a struct that starts with it: a builtin type's instances are its
// own struct, and an instance of a class derived from a builtin type is a
// sub[T] (below), whose first field is the base's T. Nothing else in the
// runtime or the eval loop imports unsafe.

// As returns o as its concrete layout T. The caller must know, from o's
// type, that o was allocated as a T or as a struct that starts with a T.
func As[T any](o *Object) *T { return (*T)(unsafe.Pointer(o)) }

// TypeOf returns the type of o. The header's type pointer is set before
// an object is published and never changes, so any thread may read it.
func TypeOf(o *Object) *Type { return (*Type)(o.Type()) }

// typePtr is the type pointer stored in headers.
func typePtr(t *Type) unsafe.Pointer { return unsafe.Pointer(t) }

// Addr returns the address of o, which is its identity: Go's collector
// does not move heap objects, and statically allocated objects never move.
func Addr(o *Object) uintptr { return uintptr(unsafe.Pointer(o)) }

// sub is the layout of an instance of a class derived from a builtin type
// T: T first, so that T's methods work on it unchanged, then the instance
// extras a class adds (its __dict__ and __slots__ storage).
type sub[T any] struct {
	base  T
	extra InstExtra
}

// layoutOf describes how to allocate instances of classes derived from a
// builtin type whose Go struct is T, and where their extras live.
func layoutOf[T any]() Layout {
	var s sub[T]
	return Layout{
		alloc: func() *Object {
			return (*Object)(unsafe.Pointer(new(sub[T])))
		},
		extraOffset: unsafe.Offsetof(s.extra),
		size:        unsafe.Sizeof(s),
		baseSize:    unsafe.Sizeof(s.base),
	}
}

// extraOf returns the instance extras of o, which lie off bytes into it.
func extraOf(o *Object, off uintptr) *InstExtra {
	return (*InstExtra)(unsafe.Add(unsafe.Pointer(o), off))
}

// fieldOffset returns the offset of field f within the struct s points to.
func fieldOffset[S, F any](s *S, f *F) uintptr {
	return uintptr(unsafe.Pointer(f)) - uintptr(unsafe.Pointer(s))
}

// stringBytes returns the bytes of s without copying; the caller must not
// write them.
func stringBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// writableBytes returns the n bytes starting at s's first byte, which
// extend past s into memory the caller allocated as a []byte and owns
// (Str.spare): only such memory may be written.
func writableBytes(s string, n int) []byte { return unsafe.Slice(unsafe.StringData(s), n) }

// bytesString returns b as a string without copying; nothing may write
// b's first len(b) bytes afterwards.
func bytesString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// dictPtrAt returns the __dict__ pointer field that lies off bytes into o.
func dictPtrAt(o *Object, off uintptr) **Dict {
	return (**Dict)(unsafe.Add(unsafe.Pointer(o), off))
}

// isCounted reports whether a stack reference holds a count: neither null
// nor tagged. refcount.StackRef is one pointer whose low bit is the tag;
// reading it as a word makes the test one comparison and one bit test,
// cheap enough for Close to inline into the eval loop.
func isCounted(r StackRef) bool {
	u := *(*uintptr)(unsafe.Pointer(&r))
	return u != 0 && u&1 == 0
}

// headerFlagsOffset is the offset of refcount.Header's flags byte, whose
// lowest bit marks an immortal object (TestHeaderFlagsOffset checks both
// against refcount).
const headerFlagsOffset = 20

// StackNew wraps a new reference for a stack slot: tagged (no count) when
// the object is immortal, so that closing it costs nothing. The tag is the
// header's immortal bit added to the pointer: word arithmetic without a
// branch or a call, so that StackNew inlines into the eval loop.
func StackNew(o *Object) StackRef {
	p := unsafe.Add(unsafe.Pointer(o), *(*uint8)(unsafe.Add(unsafe.Pointer(o), headerFlagsOffset))&1)
	return *(*StackRef)(unsafe.Pointer(&p))
}

// withItems is an object of layout H followed, in the same Go block, by
// the array A ([n]*Object) that its items slice points into: a tuple, an
// instance of a tuple subclass, or an instance whose class has a few
// __slots__, whose items (slots) lie inline rather than in a second
// block. The items slice is an interior pointer into the block,
// which keeps it alive for Go's collector, and A's elements are typed
// pointers, which the collector scans.
type withItems[H, A any] struct {
	head H
	arr  A
}

// allocWithItems returns a new zeroed H with room for n items after it,
// and the slice of those n items. The caller guarantees n <= len(A), so
// that the slice stays inside the block.
func allocWithItems[H, A any](n int) (*Object, []*Object) {
	b := new(withItems[H, A])
	return (*Object)(unsafe.Pointer(b)), unsafe.Slice((**Object)(unsafe.Pointer(&b.arr)), n)
}
