package io

import (
	"bytes"
	"sync"

	rt "gilfree/runtime"
)

// BytesIO is an in-memory binary stream.
type BytesIO struct {
	rt.Object
	mu     sync.Mutex
	buf    []byte
	pos    int
	closed bool
}

// BytesIOType is io.BytesIO.
var BytesIOType = &rt.Type{Name: "BytesIO", Module: "_io", Doc: "Buffered I/O implementation using an in-memory bytes buffer."}

func bytesClosedErr(t *rt.Thread) error { return t.ValueError("I/O operation on closed file.") }

func asBytesIO(o *rt.Object) *BytesIO { return rt.As[BytesIO](o) }

func (b *BytesIO) lock()   { b.mu.Lock() }
func (b *BytesIO) unlock() { b.mu.Unlock() }

func bytesIONew(t *rt.Thread, typ *rt.Type, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if typ != BytesIOType {
		return t.NewInstance(typ), nil
	}
	b := new(BytesIO)
	t.InitObject(&b.Object, typ)
	return &b.Object, nil
}

func bytesIOInit(t *rt.Thread, self *rt.Object, args []*rt.Object, kw *rt.Tuple) error {
	var out [1]*rt.Object
	if err := t.ParseArgs("BytesIO", args, kw, []string{"initial_bytes"}, 0, out[:]); err != nil {
		return err
	}
	var init []byte
	if out[0] != nil && out[0] != rt.None {
		v, err := t.BytesOf(out[0])
		if err != nil {
			return err
		}
		init = v
	}
	b := asBytesIO(self)
	b.lock()
	b.buf = append([]byte(nil), init...)
	b.pos = 0
	b.closed = false
	b.unlock()
	return nil
}

// op runs fn under the stream's lock after checking it is open.
func (b *BytesIO) op(t *rt.Thread, fn func() (*rt.Object, error)) (*rt.Object, error) {
	b.lock()
	defer b.unlock()
	if b.closed {
		return nil, bytesClosedErr(t)
	}
	return fn()
}

// take returns up to n bytes (n < 0: all) from the position on.
func (b *BytesIO) take(n int) []byte {
	start := min(b.pos, len(b.buf))
	end := len(b.buf)
	if n >= 0 && start+n < end {
		end = start + n
	}
	out := append([]byte(nil), b.buf[start:end]...)
	b.pos = max(b.pos, end)
	return out
}

func (b *BytesIO) line(n int) []byte {
	if b.pos >= len(b.buf) {
		return nil
	}
	end := len(b.buf)
	if i := bytes.IndexByte(b.buf[b.pos:], '\n'); i >= 0 {
		end = b.pos + i + 1
	}
	if n >= 0 && b.pos+n < end {
		end = b.pos + n
	}
	out := append([]byte(nil), b.buf[b.pos:end]...)
	b.pos = end
	return out
}

func bytesIORead(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	n, err := sizeArg(t, "read", args[1:], kw)
	if err != nil {
		return nil, err
	}
	b := asBytesIO(args[0])
	return b.op(t, func() (*rt.Object, error) { return t.NewBytes(b.take(n)), nil })
}

func bytesIOReadline(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	n, err := sizeArg(t, "readline", args[1:], kw)
	if err != nil {
		return nil, err
	}
	b := asBytesIO(args[0])
	return b.op(t, func() (*rt.Object, error) { return t.NewBytes(b.line(n)), nil })
}

func bytesIONext(t *rt.Thread, o *rt.Object) (*rt.Object, error) {
	b := asBytesIO(o)
	return b.op(t, func() (*rt.Object, error) {
		l := b.line(-1)
		if len(l) == 0 {
			return nil, nil
		}
		return t.NewBytes(l), nil
	})
}

func bytesIOReadlines(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	hint, err := sizeArg(t, "readlines", args[1:], kw)
	if err != nil {
		return nil, err
	}
	b := asBytesIO(args[0])
	return b.op(t, func() (*rt.Object, error) {
		var items []*rt.Object
		total := 0
		for {
			l := b.line(-1)
			if len(l) == 0 {
				break
			}
			items = append(items, t.NewBytes(l))
			total += len(l)
			if hint > 0 && total >= hint {
				break
			}
		}
		return t.NewListSteal(items).Obj(), nil
	})
}

func bytesIOReadinto(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("readinto", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	b := asBytesIO(args[0])
	var result *rt.Object
	var opErr error
	// The BytesIO's section runs inside the destination's, which keeps
	// another thread from resizing the destination meanwhile.
	_, err := t.FillBuffer(args[1], "readinto", func(dst []byte) int {
		result, opErr = b.op(t, func() (*rt.Object, error) {
			data := b.take(len(dst))
			copy(dst, data)
			return t.NewInt(int64(len(data))), nil
		})
		return 0
	})
	if err != nil {
		return nil, err
	}
	return result, opErr
}

func bytesIOWrite(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("write", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	b := asBytesIO(args[0])
	if b.closed {
		return nil, bytesClosedErr(t)
	}
	data, err := t.BytesOf(args[1])
	if err != nil {
		return nil, err
	}
	data = append([]byte(nil), data...)
	return b.op(t, func() (*rt.Object, error) {
		if len(data) == 0 {
			return t.NewInt(0), nil
		}
		if b.pos > len(b.buf) {
			b.buf = append(b.buf, make([]byte, b.pos-len(b.buf))...)
		}
		end := b.pos + len(data)
		if end > len(b.buf) {
			b.buf = append(b.buf[:b.pos], data...)
		} else {
			copy(b.buf[b.pos:], data)
		}
		b.pos = end
		return t.NewInt(int64(len(data))), nil
	})
}

func bytesIOWritelines(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("writelines", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	err := t.ForEach(args[1], func(v *rt.Object) (bool, error) {
		r, err := bytesIOWrite(t, []*rt.Object{args[0], v}, nil)
		if err != nil {
			return false, err
		}
		t.Decref(r)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return rt.None, nil
}

func bytesIOGetvalue(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	b := asBytesIO(args[0])
	return b.op(t, func() (*rt.Object, error) { return t.NewBytes(b.buf), nil })
}

func bytesIOSeek(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	pos, whence, err := seekArgs(t, args[1:], kw, "invalid")
	if err != nil {
		return nil, err
	}
	if whence == 0 && pos < 0 {
		return nil, t.ValueError("negative seek value %d", pos)
	}
	b := asBytesIO(args[0])
	return b.op(t, func() (*rt.Object, error) {
		switch whence {
		case 1:
			pos += b.pos
		case 2:
			pos += len(b.buf)
		}
		b.pos = max(pos, 0)
		return t.NewInt(int64(b.pos)), nil
	})
}

func bytesIOTell(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	b := asBytesIO(args[0])
	return b.op(t, func() (*rt.Object, error) { return t.NewInt(int64(b.pos)), nil })
}

func bytesIOTruncate(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("truncate", args[1:], kw, 0, 1); err != nil {
		return nil, err
	}
	size := -1
	if len(args) == 2 && args[1] != rt.None {
		var err error
		if size, err = t.IndexInt(args[1]); err != nil {
			return nil, err
		}
		if size < 0 {
			return nil, t.ValueError("negative size value %d", size)
		}
	}
	b := asBytesIO(args[0])
	return b.op(t, func() (*rt.Object, error) {
		if size < 0 {
			size = b.pos
		}
		if size < len(b.buf) {
			b.buf = b.buf[:size]
		}
		return t.NewInt(int64(size)), nil
	})
}

func bytesIOClose(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	b := asBytesIO(args[0])
	b.lock()
	b.closed = true
	b.buf = nil
	b.unlock()
	return rt.None, nil
}

func readyBytesio() {
	bt := BytesIOType
	bt.New = bytesIONew
	bt.Init = bytesIOInit
	bt.Iter = selfIter
	bt.Next = bytesIONext
	bt.AddMethods(
		rt.MethodDef{Name: "read", Fn: bytesIORead, Doc: "Read at most size bytes, returned as a bytes object."},
		rt.MethodDef{Name: "read1", Fn: bytesIORead, Doc: "Read at most size bytes, returned as a bytes object."},
		rt.MethodDef{Name: "readline", Fn: bytesIOReadline, Doc: "Next line from the file, as a bytes object."},
		rt.MethodDef{Name: "readlines", Fn: bytesIOReadlines, Doc: "List of bytes objects, each a line from the file."},
		rt.MethodDef{Name: "readinto", Fn: bytesIOReadinto, Doc: "Read bytes into buffer."},
		rt.MethodDef{Name: "write", Fn: bytesIOWrite, Doc: "Write bytes to file."},
		rt.MethodDef{Name: "writelines", Fn: bytesIOWritelines, Doc: "Write lines to the file."},
		rt.MethodDef{Name: "getvalue", Fn: bytesIOGetvalue, Doc: "Retrieve the entire contents of the BytesIO object."},
		rt.MethodDef{Name: "seek", Fn: bytesIOSeek, Doc: "Change stream position."},
		rt.MethodDef{Name: "tell", Fn: bytesIOTell, Doc: "Current file position, an integer."},
		rt.MethodDef{Name: "truncate", Fn: bytesIOTruncate, Doc: "Truncate the file to at most size bytes."},
		rt.MethodDef{Name: "close", Fn: bytesIOClose, Doc: "Disable all I/O operations."},
	)
	addCommon(bt, func(o *rt.Object) bool { return asBytesIO(o).closed }, bytesClosedErr)
	rt.ReadyType[BytesIO](bt, rt.ObjectType, rt.FlagBaseType)
}

func newModule(t *rt.Thread) *rt.Module {
	m := t.NewModule("_io")
	t.ModuleSet(m, "StringIO", StringIOType.Obj())
	t.ModuleSet(m, "BytesIO", BytesIOType.Obj())
	t.ModuleSet(m, "TextIOWrapper", rt.TextIOType.Obj())
	t.ModuleSet(m, "BufferedReader", rt.BufferedReaderType.Obj())
	t.ModuleSet(m, "BufferedWriter", rt.BufferedWriterType.Obj())
	t.ModuleSet(m, "UnsupportedOperation", rt.UnsupportedOperationType.Obj())
	t.ModuleSet(m, "DEFAULT_BUFFER_SIZE", t.NewInt(8192))
	return m
}
