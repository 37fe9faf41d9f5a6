package runtime

// Exported helpers for the standard-library modules of helper S2
// (runtime/lib/json, runtime/lib/struct, runtime/lib/array).

// IntRepr is int.__repr__ of an int or of an instance of a subclass (the
// plain decimal digits, whatever the subclass's own __repr__ says), with
// CPython's limit on the number of digits.
func (t *Thread) IntRepr(o *Object) (*Object, error) { return intRepr(t, o) }

// IntDecimal is the decimal text of an int, without the digit limit.
func IntDecimal(o *Object) string { return intString(o) }

// ByteArrayBuffer returns a bytearray's live storage, for writing into it
// in place (struct.pack_into); its length must not change.
func ByteArrayBuffer(o *Object) []byte { return As[ByteArray](o).b }
