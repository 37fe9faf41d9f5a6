// Package zlib holds two modules that turn bytes into other bytes:
// zlib (one-shot compress and decompress over Go's compress/flate,
// compress/zlib and compress/gzip, crc32 and adler32) and binascii
// (hexlify, base64 lines, crc32, crc_hqx). This package is _zlib, the
// one-shot half; zlib.py puts the streaming objects (compressobj,
// decompressobj) in front. Only whole buffers are handled here, so no
// state outlives a call and the functions need no locks.
package zlib

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"hash/crc32"
	"io"
	"sync/atomic"

	"gilfree/runtime"
)

func init() {
	runtime.BuiltinModules["_zlib"] = newZlibModule
	runtime.BuiltinModules["binascii"] = newBinasciiModule
}

// errorClass makes, once, an exception class name in module, derived from
// base.
func errorClass(t *runtime.Thread, slot *atomic.Pointer[runtime.Object], module, name string, base *runtime.Object) *runtime.Object {
	if slot.Load() == nil {
		ns := t.NewDict()
		mod := t.NewStr(module)
		t.DictSetStr(ns, runtime.Intern("__module__"), mod)
		t.Decref(mod)
		n := t.NewStr(name)
		bases := t.NewTuple(base)
		cls, err := t.Call(runtime.TypeType.Obj(), []*runtime.Object{n, bases.Obj(), ns.Obj()}, nil)
		t.Decref(n)
		t.Decref(bases.Obj())
		t.Decref(ns.Obj())
		if err == nil && !slot.CompareAndSwap(nil, cls) {
			t.Decref(cls)
		}
	}
	return slot.Load()
}

// raise raises an instance of the class in slot with the message msg.
func raise(t *runtime.Thread, slot *atomic.Pointer[runtime.Object], msg string) error {
	return t.NewErrorMsg(runtime.AsType(slot.Load()), msg)
}

// data returns a copy of the bytes of a bytes-like object; with ascii, an
// ASCII str is accepted too (the a2b functions of binascii take one).
func data(t *runtime.Thread, o *runtime.Object, ascii bool) ([]byte, error) {
	if ascii && runtime.IsStr(o) {
		s := runtime.StrValue(o)
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return nil, t.ValueError("string argument should contain only ASCII characters")
			}
		}
		return []byte(s), nil
	}
	if runtime.IsBytes(o) {
		return runtime.BytesValue(o), nil
	}
	if !runtime.IsBuffer(o) {
		if ascii {
			return nil, t.TypeError("argument should be bytes, buffer or ASCII string, not '%s'", runtime.TypeOf(o).Name)
		}
		return nil, t.TypeError("a bytes-like object is required, not '%s'", runtime.TypeOf(o).Name)
	}
	t.Lock(o)
	b, err := t.BytesOf(o)
	b = bytes.Clone(b)
	t.Unlock(o)
	return b, err
}

// intArg is an optional int argument, def when absent.
func intArg(t *runtime.Thread, o *runtime.Object, def int) (int, error) {
	if o == nil {
		return def, nil
	}
	return t.IndexInt(o)
}

var zlibError atomic.Pointer[runtime.Object]

func newZlibModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("_zlib")
	t.ModuleSet(m, "error", errorClass(t, &zlibError, "zlib", "error", runtime.ExceptionType.Obj()))
	t.AddFunctions(m,
		runtime.MethodDef{Name: "compress", Fn: zCompress, Doc: "Returns a bytes object containing compressed data."},
		runtime.MethodDef{Name: "decompress", Fn: zDecompress, Doc: "Returns a bytes object containing the uncompressed data."},
		runtime.MethodDef{Name: "_decompress_partial", Fn: zDecompressPartial, Doc: "(data, wbits) -> (output, complete, unused bytes count)"},
		runtime.MethodDef{Name: "crc32", Fn: crc32Fn, Doc: "Compute a CRC-32 checksum of data."},
		runtime.MethodDef{Name: "adler32", Fn: adler32Fn, Doc: "Compute an Adler-32 checksum of data."},
	)
	return m
}

// format is the container wbits selects.
type format int

const (
	fmtZlib format = iota
	fmtRaw
	fmtGzip
	fmtAuto
)

func formatOf(t *runtime.Thread, wbits int, compress bool) (format, error) {
	switch {
	case wbits >= 9 && wbits <= 15, wbits == 0 && !compress:
		return fmtZlib, nil
	case wbits >= -15 && wbits <= -9:
		return fmtRaw, nil
	case wbits >= 25 && wbits <= 31:
		return fmtGzip, nil
	case wbits >= 40 && wbits <= 47 && !compress:
		return fmtAuto, nil
	}
	if compress {
		return 0, raise(t, &zlibError, "Error -2 while compressing data: inconsistent stream state")
	}
	return 0, raise(t, &zlibError, "Error -2 while preparing to decompress data: inconsistent stream state")
}

func zCompress(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [3]*runtime.Object
	if err := t.ParseArgs("compress", args, kw, []string{"data", "level", "wbits"}, 1, a[:]); err != nil {
		return nil, err
	}
	in, err := data(t, a[0], false)
	if err != nil {
		return nil, err
	}
	level, err := intArg(t, a[1], -1)
	if err != nil {
		return nil, err
	}
	wbits, err := intArg(t, a[2], 15)
	if err != nil {
		return nil, err
	}
	if level < -1 || level > 9 {
		return nil, raise(t, &zlibError, "Bad compression level")
	}
	f, err := formatOf(t, wbits, true)
	if err != nil {
		return nil, err
	}
	out, _ := compress(in, level, f)
	return t.NewBytes(out), nil
}

// compress deflates in inside the container f.
func compress(in []byte, level int, f format) ([]byte, error) {
	var buf bytes.Buffer
	var w io.WriteCloser
	var err error
	switch f {
	case fmtRaw:
		w, err = flate.NewWriter(&buf, level)
	case fmtGzip:
		var g *gzip.Writer
		g, err = gzip.NewWriterLevel(&buf, level)
		if g != nil {
			g.OS = 3 // Unix, as CPython's zlib writes
		}
		w = g
	default:
		w, err = zlib.NewWriterLevel(&buf, level)
	}
	if err != nil {
		return nil, err
	}
	_, _ = w.Write(in)
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// decompress inflates in from the container f. It returns the output,
// whether the stream was complete, and how many bytes of in follow the
// end of the stream.
func decompress(in []byte, f format) (out []byte, complete bool, unused int, err error) {
	if f == fmtAuto {
		f = fmtZlib
		if len(in) >= 2 && in[0] == 0x1f && in[1] == 0x8b {
			f = fmtGzip
		}
	}
	// A bytes.Reader is an io.ByteReader, so the decompressors read no
	// further than the end of the stream.
	br := bytes.NewReader(in)
	var r io.Reader
	switch f {
	case fmtRaw:
		r = flate.NewReader(br)
	case fmtGzip:
		g, gerr := gzip.NewReader(br)
		if gerr != nil {
			return nil, false, 0, gerr
		}
		g.Multistream(false)
		r = g
	default:
		z, zerr := zlib.NewReader(br)
		if zerr != nil {
			return nil, false, 0, zerr
		}
		r = z
	}
	var buf bytes.Buffer
	_, err = io.Copy(&buf, r)
	if err != nil {
		return buf.Bytes(), false, 0, err
	}
	return buf.Bytes(), true, br.Len(), nil
}

// decompressError turns a Go decompressor's error into zlib.error with
// zlib's message.
func decompressError(t *runtime.Thread, err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return raise(t, &zlibError, "Error -5 while decompressing data: incomplete or truncated stream")
	case errors.Is(err, zlib.ErrHeader), errors.Is(err, gzip.ErrHeader):
		return raise(t, &zlibError, "Error -3 while decompressing data: incorrect header check")
	case errors.Is(err, zlib.ErrChecksum), errors.Is(err, gzip.ErrChecksum):
		return raise(t, &zlibError, "Error -3 while decompressing data: incorrect data check")
	}
	return raise(t, &zlibError, "Error -3 while decompressing data: invalid stored block lengths")
}

func zDecompress(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [3]*runtime.Object
	if err := t.ParseArgs("decompress", args, kw, []string{"data", "wbits", "bufsize"}, 1, a[:]); err != nil {
		return nil, err
	}
	in, err := data(t, a[0], false)
	if err != nil {
		return nil, err
	}
	wbits, err := intArg(t, a[1], 15)
	if err != nil {
		return nil, err
	}
	if a[2] != nil {
		n, err := t.IndexInt(a[2])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, t.ValueError("bufsize must be non-negative")
		}
	}
	f, err := formatOf(t, wbits, false)
	if err != nil {
		return nil, err
	}
	out, _, _, err := decompress(in, f)
	if err != nil {
		return nil, decompressError(t, err)
	}
	return t.NewBytes(out), nil
}

// zDecompressPartial serves decompressobj: it inflates what it can of a
// stream that may not have arrived whole. A truncated stream is not an
// error: the output so far comes back with complete False.
func zDecompressPartial(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [2]*runtime.Object
	if err := t.ParseArgs("_decompress_partial", args, kw, []string{"data", "wbits"}, 2, a[:]); err != nil {
		return nil, err
	}
	in, err := data(t, a[0], false)
	if err != nil {
		return nil, err
	}
	wbits, err := t.IndexInt(a[1])
	if err != nil {
		return nil, err
	}
	f, err := formatOf(t, wbits, false)
	if err != nil {
		return nil, err
	}
	out, complete, unused, err := decompress(in, f)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, decompressError(t, err)
	}
	o := t.NewBytes(out)
	n := t.NewInt(int64(unused))
	tup := t.NewTuple(o, runtime.NewBool(complete), n)
	t.Decref(o)
	t.Decref(n)
	return tup.Obj(), nil
}

// checksum parses (data, value=start) and feeds data to sum.
func checksum(t *runtime.Thread, fname string, args []*runtime.Object, kw *runtime.Tuple, start uint32, sum func(uint32, []byte) uint32) (*runtime.Object, error) {
	var a [2]*runtime.Object
	if err := t.ParseArgs(fname, args, kw, []string{"data", "value"}, 1, a[:]); err != nil {
		return nil, err
	}
	in, err := data(t, a[0], false)
	if err != nil {
		return nil, err
	}
	v := start
	if a[1] != nil {
		n, err := t.IndexInt(a[1])
		if err != nil {
			return nil, err
		}
		v = uint32(n)
	}
	return t.NewInt(int64(sum(v, in))), nil
}

func crc32Fn(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return checksum(t, "crc32", args, kw, 0, func(v uint32, b []byte) uint32 { return crc32.Update(v, crc32.IEEETable, b) })
}

func adler32Fn(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return checksum(t, "adler32", args, kw, 1, adlerUpdate)
}

// adlerUpdate continues an Adler-32 checksum v over b.
func adlerUpdate(v uint32, b []byte) uint32 {
	const mod = 65521
	s1, s2 := v&0xffff, v>>16
	for len(b) > 0 {
		n := min(len(b), 5552)
		for _, c := range b[:n] {
			s1 += uint32(c)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		b = b[n:]
	}
	return s2<<16 | s1
}
