package runtime

import (
	"bytes"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// The methods of file objects. Every one but close checks first that the
// file is open ("I/O operation on closed file."), then that it can do
// what is asked (io.UnsupportedOperation: "not readable" and "not
// writable" for text files, the method's name for binary ones).

func (t *Thread) fileCheck(f *File) error {
	if f.closed {
		if f.detached {
			return t.ValueError("underlying buffer has been detached")
		}
		return t.ValueError("I/O operation on closed file.")
	}
	return nil
}

func fileOf(args []*Object) *File { return As[File](args[0]) }

// checkReadable and checkWritable refuse what the file's mode does not
// allow.
func (t *Thread) checkReadable(f *File, method string) error {
	if err := t.fileCheck(f); err != nil {
		return err
	}
	if f.readable {
		return nil
	}
	if f.binary {
		return t.NewErrorMsg(UnsupportedOperationType, method)
	}
	return t.NewErrorMsg(UnsupportedOperationType, "not readable")
}

func (t *Thread) checkWritable(f *File) error {
	if err := t.fileCheck(f); err != nil {
		return err
	}
	if f.writable {
		return nil
	}
	if f.binary {
		return t.NewErrorMsg(UnsupportedOperationType, "write")
	}
	return t.NewErrorMsg(UnsupportedOperationType, "not writable")
}

// prepareWrite puts the OS file's position at the logical one before a
// write that follows reads: what the reader buffered ahead is given back.
func (f *File) prepareWrite() error {
	if ahead := f.readAhead(); ahead > 0 && f.f != nil {
		if _, err := f.f.Seek(-ahead, io.SeekCurrent); err != nil {
			return err
		}
		f.resetReader()
	}
	return nil
}

// prepareRead writes out what a write left buffered before reading.
func (f *File) prepareRead() error {
	if f.w != nil && f.w.Buffered() > 0 {
		return f.w.Flush()
	}
	return nil
}

func fileWrite(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("write", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	f := fileOf(args)
	if err := t.checkWritable(f); err != nil {
		return nil, err
	}
	if err := f.prepareWrite(); err != nil {
		return nil, t.osError(err, nil)
	}
	if f.binary {
		b, err := t.BytesOf(args[1])
		if err != nil {
			return nil, err
		}
		if err := f.WriteBytes(b); err != nil {
			return nil, t.osError(err, nil)
		}
		return t.NewInt(int64(len(b))), nil
	}
	s, ok := AsStr(args[1])
	if !ok {
		return nil, t.TypeError("write() argument must be str, not %s", TypeOf(args[1]).Name)
	}
	if err := t.writeText(f, s); err != nil {
		return nil, err
	}
	return t.NewInt(int64(countRunes(s))), nil
}

// writeText writes a str to a text file: newlines translated as the
// newline argument says, then encoded.
func (t *Thread) writeText(f *File, s string) error {
	if !f.plainText() {
		if !f.universal && f.newline != "" && f.newline != "\n" {
			s = strings.ReplaceAll(s, "\n", f.newline)
		}
		enc, errors := f.codec()
		bom := false
		if s != "" {
			mu := f.mu()
			mu.Lock()
			bom = f.bom
			f.bom = false
			mu.Unlock()
		}
		if f.wide != nil && f.wide.MarksOrder() && !bom {
			// Past the start, the mark's byte order without the mark.
			enc = f.wide.Name() + "-le"
		}
		b, err := t.encode(s, enc, errors)
		if err != nil {
			return err
		}
		s = string(b)
		if bom && f.wide == nil {
			s = "\xef\xbb\xbf" + s
		}
	} else if !utf8.ValidString(s) {
		// Lone surrogates: the strict UTF-8 encoder's error.
		if _, err := t.encode(s, "utf-8", "strict"); err != nil {
			return err
		}
	}
	if err := f.WriteString(s); err != nil {
		return t.osError(err, nil)
	}
	return nil
}

func fileFlush(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	f := fileOf(args)
	if err := t.fileCheck(f); err != nil {
		return nil, err
	}
	if err := f.Flush(); err != nil {
		return nil, t.osError(err, nil)
	}
	return None, nil
}

// closeFile flushes and closes the file; closing again does nothing.
// Closing a text file closes its buffer, and closing the buffer closes
// the text file, as in CPython.
func (t *Thread) closeFile(f *File) error {
	if f.owner != nil {
		return t.closeFile(f.owner)
	}
	if f.closed {
		return nil
	}
	err := f.Flush()
	mu := f.mu()
	mu.Lock()
	f.closed = true
	if f.buffer != nil {
		As[File](f.buffer).closed = true
	}
	mu.Unlock()
	if f.closefd && f.f != nil {
		if cerr := f.f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return t.osError(err, nil)
	}
	return nil
}

func fileClose(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.closeFile(fileOf(args)); err != nil {
		return nil, err
	}
	return None, nil
}

// textOrBytes finishes a read: bytes for a binary file; for a text file
// the bytes decoded, with line endings translated when newline is None.
func (t *Thread) textOrBytes(f *File, data []byte) (*Object, error) {
	if f.binary {
		return t.NewBytes(data), nil
	}
	if f.universal && bytes.IndexByte(data, '\r') >= 0 {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
		data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	}
	enc, errors := f.readCodec()
	if enc == "utf-8" && utf8.Valid(data) {
		return t.NewStr(string(data)), nil
	}
	return t.decode(data, enc, errors, nil)
}

// sizeArg reads the optional size argument of read and readline: -1 for
// all (None or negative).
func (t *Thread) sizeArg(fname string, args []*Object, kw *Tuple) (int, error) {
	if err := t.CheckArgs(fname, args[1:], kw, 0, 1); err != nil {
		return 0, err
	}
	if len(args) < 2 || args[1] == None {
		return -1, nil
	}
	n, err := t.IndexInt(args[1])
	if err != nil {
		return 0, err
	}
	if n < 0 {
		n = -1
	}
	return n, nil
}

// startRead is what read and readline do first: their size argument,
// the check that the file reads, and the switch of its buffer to reading.
func (t *Thread) startRead(method string, args []*Object, kw *Tuple) (*File, int, error) {
	n, err := t.sizeArg(method, args, kw)
	if err != nil {
		return nil, 0, err
	}
	f := fileOf(args)
	if err := t.checkReadable(f, "read"); err != nil {
		return nil, 0, err
	}
	if err := f.prepareRead(); err != nil {
		return nil, 0, t.osError(err, nil)
	}
	if err := t.transcodeWide(f); err != nil {
		return nil, 0, err
	}
	return f, n, nil
}

func fileRead(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	f, n, err := t.startRead("read", args, kw)
	if err != nil {
		return nil, err
	}
	var data []byte
	switch {
	case n < 0:
		data, err = io.ReadAll(f.r)
	case f.binary:
		data = make([]byte, n)
		var k int
		k, err = io.ReadFull(f.r, data)
		data = data[:k]
		if err == io.ErrUnexpectedEOF || err == io.EOF {
			err = nil
		}
	default:
		data, err = readChars(f, n)
	}
	if err != nil {
		return nil, t.osError(err, nil)
	}
	return t.textOrBytes(f, data)
}

// readChars reads the bytes of n characters of a text file: code points
// for UTF-8 (an invalid byte counts as one, for the decoder to report),
// bytes for the one-byte encodings; with universal newlines "\r\n" is one
// character.
func readChars(f *File, n int) ([]byte, error) {
	enc, _ := f.readCodec()
	utf := normalizeEncoding(enc) == "utf-8"
	var data []byte
	for i := 0; i < n; i++ {
		c, err := f.r.ReadByte()
		if err == io.EOF {
			break
		}
		if err != nil {
			return data, err
		}
		data = append(data, c)
		switch {
		case c == '\r' && f.universal:
			if next, err := f.r.Peek(1); err == nil && next[0] == '\n' {
				f.r.ReadByte()
				data = append(data, '\n')
			}
		case utf && c >= 0x80:
			if k := utf8SeqLen(c); k > 1 {
				if rest, err := f.r.Peek(k - 1); err == nil && utf8.Valid(append([]byte{c}, rest...)) {
					f.r.Discard(k - 1)
					data = append(data, rest...)
				}
			}
		}
	}
	return data, nil
}

// utf8SeqLen is the length of the UTF-8 sequence a lead byte starts.
func utf8SeqLen(c byte) int {
	switch {
	case c&0xe0 == 0xc0:
		return 2
	case c&0xf0 == 0xe0:
		return 3
	case c&0xf8 == 0xf0:
		return 4
	}
	return 1
}

// readLineBytes reads one line's bytes, at most limit bytes (-1: no
// limit), ending as the newline argument says: at "\n", "\r" or "\r\n"
// for None and "", at the given string otherwise.
func readLineBytes(f *File, limit int) ([]byte, error) {
	var line []byte
	for limit < 0 || len(line) < limit {
		c, err := f.r.ReadByte()
		if err == io.EOF {
			return line, nil
		}
		if err != nil {
			return line, err
		}
		line = append(line, c)
		anyEnding := f.binary || f.universal || f.newline == ""
		switch {
		case c == '\n' && (anyEnding || f.newline == "\n" || f.newline == "\r\n" && len(line) > 1 && line[len(line)-2] == '\r'):
			return line, nil
		case c == '\r' && !f.binary && (anyEnding || f.newline == "\r"):
			if anyEnding {
				if next, err := f.r.Peek(1); err == nil && next[0] == '\n' {
					f.r.ReadByte()
					line = append(line, '\n')
				}
			}
			return line, nil
		}
	}
	return line, nil
}

func fileReadline(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	f, n, err := t.startRead("readline", args, kw)
	if err != nil {
		return nil, err
	}
	line, err := readLineBytes(f, n)
	if err != nil {
		return nil, t.osError(err, nil)
	}
	return t.textOrBytes(f, line)
}

func fileReadlines(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	hint, err := t.sizeArg("readlines", args, kw)
	if err != nil {
		return nil, err
	}
	l := t.NewList(0)
	total := 0
	for hint <= 0 || total < hint {
		line, err := fileReadline(t, args[:1], nil)
		if err != nil {
			t.Decref(l.Obj())
			return nil, err
		}
		n, _ := t.Len(line)
		if n == 0 {
			t.Decref(line)
			break
		}
		total += n
		l.appendSteal(line)
	}
	return l.Obj(), nil
}

func fileWritelines(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("writelines", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	if err := t.fileCheck(fileOf(args)); err != nil {
		return nil, err
	}
	err := t.ForEach(args[1], func(v *Object) (bool, error) {
		r, err := fileWrite(t, []*Object{args[0], v}, nil)
		if err == nil {
			t.Decref(r)
		}
		return err == nil, err
	})
	if err != nil {
		return nil, err
	}
	return None, nil
}

// position returns the logical position: the OS file's, less what the
// reader buffered ahead, plus what the writer holds.
func (t *Thread) position(f *File) (int64, error) {
	if f.f == nil {
		return 0, t.NewErrorMsg(UnsupportedOperationType, "underlying stream is not seekable")
	}
	pos, err := f.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, t.osError(err, nil)
	}
	pos -= f.readAhead()
	if f.w != nil {
		pos += int64(f.w.Buffered())
	}
	return pos, nil
}

func fileTell(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("tell", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	f := fileOf(args)
	if err := t.fileCheck(f); err != nil {
		return nil, err
	}
	pos, err := t.position(f)
	if err != nil {
		return nil, err
	}
	return t.NewInt(pos), nil
}

func fileSeek(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("seek", args[1:], kw, 1, 2); err != nil {
		return nil, err
	}
	f := fileOf(args)
	if err := t.fileCheck(f); err != nil {
		return nil, err
	}
	off, err := t.IndexInt(args[1])
	if err != nil {
		return nil, err
	}
	whence := 0
	if len(args) == 3 {
		if whence, err = t.IndexInt(args[2]); err != nil {
			return nil, err
		}
	}
	if !f.binary {
		switch {
		case whence == 1 && off != 0:
			return nil, t.NewErrorMsg(UnsupportedOperationType, "can't do nonzero cur-relative seeks")
		case whence == 2 && off != 0:
			return nil, t.NewErrorMsg(UnsupportedOperationType, "can't do nonzero end-relative seeks")
		case whence < 0 || whence > 2:
			return nil, t.ValueError("invalid whence (%d, should be 0, 1 or 2)", whence)
		case whence == 0 && off < 0:
			return nil, t.ValueError("negative seek position %d", off)
		}
	} else if whence < 0 || whence > 2 {
		return nil, t.ValueError("whence value %d unsupported", whence)
	}
	if f.f == nil {
		return nil, t.NewErrorMsg(UnsupportedOperationType, "underlying stream is not seekable")
	}
	if whence == 1 {
		pos, err := t.position(f)
		if err != nil {
			return nil, err
		}
		off, whence = int(pos)+off, 0
	}
	if err := f.Flush(); err != nil {
		return nil, t.osError(err, nil)
	}
	pos, err := f.f.Seek(int64(off), whence)
	if err != nil {
		return nil, t.osError(err, nil)
	}
	if f.r != nil {
		f.resetReader()
	}
	return t.NewInt(pos), nil
}

func fileTruncate(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("truncate", args[1:], kw, 0, 1); err != nil {
		return nil, err
	}
	f := fileOf(args)
	if err := t.checkWritable(f); err != nil {
		if f.binary && !f.closed {
			return nil, t.NewErrorMsg(UnsupportedOperationType, "truncate")
		}
		return nil, err
	}
	pos, err := t.position(f)
	if err != nil {
		return nil, err
	}
	size := pos
	if len(args) == 2 && args[1] != None {
		n, err := t.IndexInt(args[1])
		if err != nil {
			return nil, err
		}
		size = int64(n)
	}
	if err := f.Flush(); err != nil {
		return nil, t.osError(err, nil)
	}
	if err := f.f.Truncate(size); err != nil {
		return nil, t.osError(err, nil)
	}
	// The position stays where it was; the reader's buffer may hold
	// bytes that are gone.
	if _, err := f.f.Seek(pos, io.SeekStart); err != nil {
		return nil, t.osError(err, nil)
	}
	if f.r != nil {
		f.resetReader()
	}
	return t.NewInt(size), nil
}

func fileIter(t *Thread, o *Object) (*Object, error) {
	if err := t.fileCheck(As[File](o)); err != nil {
		return nil, err
	}
	return t.NewRef(o), nil
}

func fileNext(t *Thread, o *Object) (*Object, error) {
	line, err := fileReadline(t, []*Object{o}, nil)
	if err != nil {
		return nil, err
	}
	if n, _ := t.Len(line); n == 0 {
		t.Decref(line)
		return nil, nil
	}
	return line, nil
}

func fileEnter(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.fileCheck(fileOf(args)); err != nil {
		return nil, err
	}
	return t.NewRef(args[0]), nil
}

func fileExit(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.closeFile(fileOf(args)); err != nil {
		return nil, err
	}
	return None, nil
}

func fileRepr(t *Thread, o *Object) (*Object, error) {
	f := As[File](o)
	name, err := t.ReprString(f.name)
	if err != nil {
		return nil, err
	}
	if f.binary {
		return t.NewStr("<_io." + TypeOf(o).Name + " name=" + name + ">"), nil
	}
	return t.NewStr("<_io.TextIOWrapper name=" + name + " mode='" + f.mode + "' encoding='" + f.encodingName() + "'>"), nil
}

func fileDealloc(t *Thread, o *Object) {
	f := As[File](o)
	if err := t.closeFile(f); err != nil {
		t.DropError(err)
	}
	if f.buffer != nil {
		As[File](f.buffer).owner = nil
		t.Clearref(&f.buffer)
	}
	t.Clearref(&f.name)
	release(o)
}

// UnsupportedOperationType is io.UnsupportedOperation.
var UnsupportedOperationType = builtinType(&Type{Name: "UnsupportedOperation", Module: "io"})

// fileQuery is a method that answers a question about an open file.
func fileQuery(answer func(f *File) bool) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		f := fileOf(args)
		if err := t.fileCheck(f); err != nil {
			return nil, err
		}
		return NewBool(answer(f)), nil
	}
}

func initFileTypes() {
	for _, typ := range []*Type{TextIOType, BufferedReaderType, BufferedWriterType} {
		typ.Iter = fileIter
		typ.Next = fileNext
		typ.Repr = fileRepr
		typ.Dealloc = fileDealloc
		typ.addMethods(
			MethodDef{"write", fileWrite, "Write string to stream."},
			MethodDef{"writelines", fileWritelines, "Write a list of lines to stream."},
			MethodDef{"flush", fileFlush, "Flush write buffers."},
			MethodDef{"close", fileClose, "Flush and close the IO object."},
			MethodDef{"read", fileRead, "Read at most size characters from stream."},
			MethodDef{"readline", fileReadline, "Read until newline or EOF."},
			MethodDef{"readlines", fileReadlines, "Return a list of lines from the stream."},
			MethodDef{"seek", fileSeek, "Change the stream position to the given byte offset."},
			MethodDef{"tell", fileTell, "Return the current stream position."},
			MethodDef{"truncate", fileTruncate, "Truncate file to size bytes."},
			MethodDef{"__enter__", fileEnter, ""},
			MethodDef{"__exit__", fileExit, ""},
			MethodDef{"fileno", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
				f := fileOf(args)
				if err := t.fileCheck(f); err != nil {
					return nil, err
				}
				if f.f == nil {
					return nil, t.NewErrorMsg(UnsupportedOperationType, "fileno")
				}
				return t.NewInt(int64(f.f.Fd())), nil
			}, "Return the underlying file descriptor."},
			MethodDef{"isatty", fileQuery(func(f *File) bool {
				if f.f == nil {
					return false
				}
				info, err := f.f.Stat()
				return err == nil && info.Mode()&os.ModeCharDevice != 0
			}), "Return whether this is an 'interactive' stream."},
			MethodDef{"readable", fileQuery(func(f *File) bool { return f.readable }), "Return whether object was opened for reading."},
			MethodDef{"writable", fileQuery(func(f *File) bool { return f.writable }), "Return whether object was opened for writing."},
			MethodDef{"seekable", fileQuery(func(f *File) bool {
				if f.f == nil {
					return false
				}
				_, err := f.f.Seek(0, io.SeekCurrent)
				return err == nil
			}), "Return whether object supports random access."},
		)
		typ.addGetSets(
			GetSetDef{Name: "name", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewRef(As[File](o).name), nil }},
			GetSetDef{Name: "mode", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewStr(As[File](o).mode), nil }},
			GetSetDef{Name: "closed", Get: func(t *Thread, o *Object) (*Object, error) { return NewBool(As[File](o).closed), nil }},
		)
		if typ == TextIOType {
			typ.addMethods(MethodDef{"detach", fileDetach, "Separate the underlying buffer from the TextIOBase and return it."})
			typ.addGetSets(
				GetSetDef{Name: "buffer", Get: fileBufferAttr},
				GetSetDef{Name: "encoding", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewStr(As[File](o).encodingName()), nil }},
				GetSetDef{Name: "errors", Get: func(t *Thread, o *Object) (*Object, error) {
					_, errors := As[File](o).codec()
					return t.NewStr(errors), nil
				}},
			)
		}
		if typ != TextIOType {
			typ.addMethods(
				MethodDef{"read1", fileRead1, "Read at most size bytes, with at most one call to the underlying raw stream."},
				MethodDef{"peek", filePeek, "Return buffered bytes without advancing the position."},
				MethodDef{"readinto", fileReadinto, "Read bytes into a pre-allocated, writable bytes-like object."},
			)
		}
		readyBuiltin(typ, ObjectType, 0, Layout{}, 0)
	}
	UnsupportedOperationType.Dealloc = deallocPlain
	var e BaseException
	readyBuiltin(UnsupportedOperationType, OSErrorType, FlagBaseType|FlagExcSubclass, layoutOf[BaseException](), fieldOffset(&e, &e.dict))
	UnsupportedOperationType.Bases = []*Type{OSErrorType, ValueErrorType}
	UnsupportedOperationType.MRO = []*Type{UnsupportedOperationType, OSErrorType, ValueErrorType, ExceptionType, BaseExceptionType, ObjectType}
}
