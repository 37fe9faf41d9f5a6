// Package pyfmt writes values the way Python writes them: the text of
// repr() for float, complex, str and bytes, exactly as CPython 3.11 prints
// it, and the encoding rules of Python strings in Go strings (wtf8.go).
//
// Both the front end (ast dumps, constant folding, error messages) and the
// runtime (repr, str, formatting) use it, so it imports nothing from
// interp or runtime: it deals in plain Go values (float64, complex128,
// string, []byte).
//
// Where Python's answer depends on the Unicode database (whether a
// character is printable), pyfmt answers as CPython 3.11 does, from
// Unicode 14.0, although Go's unicode package may be newer (unicode.go).
package pyfmt
