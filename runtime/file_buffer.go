package runtime

import (
	"io"
)

// The binary layer of a text file: its .buffer attribute, a
// BufferedReader or BufferedWriter over the same OS file. It shares the
// text file's bufio.Reader and bufio.Writer by pointer and writes under
// the text file's mutex, so that bytes written to sys.stdout.buffer come
// out in order with print's text and threads writing through either
// never corrupt the one buffer. Closing either closes both.

// textBuffer returns the text file's binary layer, made at first use.
func (t *Thread) textBuffer(f *File) (*Object, error) {
	if f.detached {
		return nil, t.ValueError("underlying buffer has been detached")
	}
	mu := f.mu()
	mu.Lock()
	defer mu.Unlock()
	if f.buffer != nil {
		return t.NewRef(f.buffer), nil
	}
	mode := "rb"
	if m, err := t.parseOpenMode(f.mode); err == nil {
		mode = m.rawMode()
	} else {
		t.DropError(err)
		if f.writable && !f.readable {
			mode = "wb"
		}
	}
	b := &File{f: f.f, r: f.r, w: f.w, mode: mode, binary: true,
		readable: f.readable, writable: f.writable, closed: f.closed,
		writeThrough: f.writeThrough, closefd: f.closefd,
		owner: f, lock: mu}
	b.name = t.NewRef(f.name)
	typ := BufferedReaderType
	if !f.readable {
		typ = BufferedWriterType
	}
	t.initObject(&b.Object, typ)
	f.buffer = &b.Object
	return t.NewRef(f.buffer), nil
}

func fileBufferAttr(t *Thread, o *Object) (*Object, error) {
	return t.textBuffer(As[File](o))
}

// fileDetach is TextIOWrapper.detach: the text file is flushed and
// unusable after, and its buffer lives on alone (closing it closes the
// OS file).
func fileDetach(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("detach", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	f := fileOf(args)
	if err := t.fileCheck(f); err != nil {
		return nil, err
	}
	b, err := t.textBuffer(f)
	if err != nil {
		return nil, err
	}
	if err := f.Flush(); err != nil {
		t.Decref(b)
		return nil, t.osError(err, nil)
	}
	mu := f.mu()
	mu.Lock()
	bf := As[File](b)
	bf.owner = nil
	f.closefd = false
	f.closed, f.detached = true, true
	ref := f.buffer
	f.buffer = nil
	mu.Unlock()
	t.Decref(ref) // the text file's reference; b is the caller's
	return b, nil
}

// startBinaryRead readies a binary read of up to n bytes (-1: all).
func (t *Thread) startBinaryRead(method string, args []*Object, kw *Tuple) (*File, int, error) {
	n, err := t.sizeArg(method, args, kw)
	if err != nil {
		return nil, 0, err
	}
	f := fileOf(args)
	if err := t.checkReadable(f, method); err != nil {
		return nil, 0, err
	}
	if err := f.prepareRead(); err != nil {
		return nil, 0, t.osError(err, nil)
	}
	return f, n, nil
}

// fileRead1 returns what the reader holds, reading the OS file once when
// it holds nothing: at most n bytes (all it holds for -1).
func fileRead1(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	f, n, err := t.startBinaryRead("read1", args, kw)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return t.NewBytes(nil), nil
	}
	if f.r.Buffered() == 0 {
		if _, err := f.r.Peek(1); err != nil && err != io.EOF {
			return nil, t.osError(err, nil)
		}
	}
	k := f.r.Buffered()
	if n >= 0 && n < k {
		k = n
	}
	data := make([]byte, k)
	if _, err := io.ReadFull(f.r, data); err != nil {
		return nil, t.osError(err, nil)
	}
	return t.NewBytes(data), nil
}

// filePeek returns the buffered bytes ahead, reading once if none are.
func filePeek(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	f, _, err := t.startBinaryRead("peek", args, kw)
	if err != nil {
		return nil, err
	}
	if f.r.Buffered() == 0 {
		if _, err := f.r.Peek(1); err != nil && err != io.EOF {
			return nil, t.osError(err, nil)
		}
	}
	data, _ := f.r.Peek(f.r.Buffered())
	return t.NewBytes(append([]byte(nil), data...)), nil
}

// fileReadinto reads up to len(b) bytes into the writable buffer b (a
// bytearray or memoryview), by slice assignment.
func fileReadinto(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("readinto", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	size, err := t.Len(args[1])
	if err != nil {
		return nil, err
	}
	n := t.NewInt(int64(size))
	data, err := fileRead(t, []*Object{args[0], n}, nil)
	t.Decref(n)
	if err != nil {
		return nil, err
	}
	defer t.Decref(data)
	k, _ := t.Len(data)
	stop := t.NewInt(int64(k))
	sl := t.NewSlice(None, stop, None)
	t.Decref(stop)
	defer t.Decref(sl)
	if err := t.SetItem(args[1], sl, data); err != nil {
		return nil, err
	}
	return t.NewInt(int64(k)), nil
}
