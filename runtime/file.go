package runtime

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"unicode/utf8"
)

// File is a file object: sys.stdout and friends, and what open() returns.
// Text files decode UTF-8 and translate "\r\n" to "\n" on reading; binary
// files deal in bytes.
type File struct {
	Object
	name     *Object
	mode     string
	f        *os.File
	r        *bufio.Reader
	w        *bufio.Writer
	binary   bool
	closed   bool
	readable bool
	writable bool
	lineBuf  bool // flush after each write that contains a newline
	closefd  bool
}

var (
	TextIOType         = &Type{Name: "TextIOWrapper", Module: "_io"}
	BufferedReaderType = &Type{Name: "BufferedReader", Module: "_io"}
	BufferedWriterType = &Type{Name: "BufferedWriter", Module: "_io"}
)

// NewStdStream wraps a standard stream: r for stdin, w for stdout and
// stderr. Output to a terminal, and to stderr, is line buffered; other
// output is flushed when the buffer fills and at exit.
func NewStdStream(r io.Reader, w io.Writer, name string) *File {
	fo := &File{closefd: false}
	fo.name = &Intern(name).Object
	if f, ok := r.(*os.File); ok {
		fo.f = f
	}
	if f, ok := w.(*os.File); ok {
		fo.f = f
	}
	if r != nil {
		fo.mode = "r"
		fo.readable = true
		fo.r = bufio.NewReader(r)
	} else {
		fo.mode = "w"
		fo.writable = true
		fo.w = bufio.NewWriterSize(w, 8192)
		if fo.f != nil {
			if info, err := fo.f.Stat(); err == nil && info.Mode()&os.ModeCharDevice != 0 {
				fo.lineBuf = true
			}
		}
		if name == "<stderr>" {
			fo.lineBuf = true
		}
	}
	initStatic(&fo.Object, TextIOType)
	return fo
}

// Obj returns the file as an object reference.
func (f *File) Obj() *Object { return &f.Object }

// WriteString writes text to the file (the fast path of print).
func (f *File) WriteString(s string) error {
	if f.closed || f.w == nil {
		return errors.New("closed")
	}
	_, err := f.w.WriteString(s)
	if err == nil && f.lineBuf && strings.IndexByte(s, '\n') >= 0 {
		err = f.w.Flush()
	}
	return err
}

// Flush writes out buffered output.
func (f *File) Flush() error {
	if f.w != nil && !f.closed {
		return f.w.Flush()
	}
	return nil
}

// WriteStderr writes to the interpreter's standard error, after flushing
// standard output so that the two interleave as they were written.
func (in *Interp) WriteStderr(s string) {
	if in.Stdout != nil {
		in.Stdout.Flush()
	}
	if in.Stderr != nil {
		in.Stderr.WriteString(s)
		in.Stderr.Flush()
		return
	}
	os.Stderr.WriteString(s)
}

// osError converts an error of package os into the OSError subclass its
// errno selects.
func (t *Thread) osError(err error, filename *Object) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return t.OSErrorFrom(int(errno), strerror(errno), filename)
	}
	if errors.Is(err, fs.ErrNotExist) {
		return t.OSErrorFrom(int(syscall.ENOENT), "No such file or directory", filename)
	}
	return t.NewErrorMsg(OSErrorType, err.Error())
}

// strerror is the C library's message for an errno, as Python shows it.
func strerror(e syscall.Errno) string {
	s := e.Error()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Open is open(file, mode, ...).
func (t *Thread) Open(file *Object, mode string, closefd bool) (*Object, error) {
	var flag int
	plus := strings.Contains(mode, "+")
	binary := strings.Contains(mode, "b")
	if binary && strings.Contains(mode, "t") {
		return nil, t.ValueError("can't have text and binary mode at once")
	}
	kinds := 0
	for _, c := range "rwax" {
		if strings.ContainsRune(mode, c) {
			kinds++
		}
	}
	if kinds != 1 {
		return nil, t.ValueError("must have exactly one of create/read/write/append mode")
	}
	for _, c := range mode {
		if !strings.ContainsRune("rwaxbt+U", c) {
			return nil, t.ValueError("invalid mode: '%s'", mode)
		}
	}
	readable, writable := false, false
	switch {
	case strings.Contains(mode, "r"):
		flag, readable = os.O_RDONLY, true
		if plus {
			flag, writable = os.O_RDWR, true
		}
	case strings.Contains(mode, "w"):
		flag, writable = os.O_WRONLY|os.O_CREATE|os.O_TRUNC, true
	case strings.Contains(mode, "a"):
		flag, writable = os.O_WRONLY|os.O_CREATE|os.O_APPEND, true
	case strings.Contains(mode, "x"):
		flag, writable = os.O_WRONLY|os.O_CREATE|os.O_EXCL, true
	}
	if plus && !readable {
		flag = flag&^os.O_WRONLY | os.O_RDWR
		readable = true
	}
	var f *os.File
	if IsInt(file) {
		fd, _ := IntSmall(file)
		f = os.NewFile(uintptr(fd), "")
	} else {
		path, ok := AsStr(file)
		if !ok {
			if IsBytes(file) {
				path = string(BytesValue(file))
			} else {
				return nil, t.TypeError("expected str, bytes or os.PathLike object, not %s", TypeOf(file).Name)
			}
		}
		var err error
		if f, err = os.OpenFile(path, flag, 0o666); err != nil {
			return nil, t.osError(err, file)
		}
		if info, err := f.Stat(); err == nil && info.IsDir() {
			f.Close()
			return nil, t.OSErrorFrom(int(syscall.EISDIR), "Is a directory", file)
		}
	}
	fo := &File{f: f, mode: mode, binary: binary, readable: readable, writable: writable, closefd: closefd}
	fo.name = t.NewRef(file)
	if readable {
		fo.r = bufio.NewReader(f)
	}
	if writable {
		fo.w = bufio.NewWriter(f)
	}
	typ := TextIOType
	if binary {
		typ = BufferedReaderType
		if writable && !readable {
			typ = BufferedWriterType
		}
	}
	t.initObject(&fo.Object, typ)
	return &fo.Object, nil
}

func (t *Thread) fileCheck(f *File) error {
	if f.closed {
		return t.ValueError("I/O operation on closed file.")
	}
	return nil
}

func fileOf(args []*Object) *File { return As[File](args[0]) }

func fileWrite(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("write", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	f := fileOf(args)
	if err := t.fileCheck(f); err != nil {
		return nil, err
	}
	if !f.writable {
		return nil, t.NewErrorMsg(UnsupportedOperationType, "not writable")
	}
	if f.binary {
		b, err := t.BytesOf(args[1])
		if err != nil {
			return nil, err
		}
		if _, err := f.w.Write(b); err != nil {
			return nil, t.osError(err, nil)
		}
		return t.NewInt(int64(len(b))), nil
	}
	s, ok := AsStr(args[1])
	if !ok {
		return nil, t.TypeError("write() argument must be str, not %s", TypeOf(args[1]).Name)
	}
	if err := f.WriteString(s); err != nil {
		return nil, t.osError(err, nil)
	}
	return t.NewInt(int64(countRunes(s))), nil
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

// Close flushes and closes the file.
func (t *Thread) closeFile(f *File) error {
	if f.closed {
		return nil
	}
	err := f.Flush()
	f.closed = true
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

// readText finishes a text read: decoding and newline translation.
func (t *Thread) textOrBytes(f *File, data []byte) (*Object, error) {
	if f.binary {
		return t.NewBytes(data), nil
	}
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	if !utf8.ValidString(s) {
		return t.decode([]byte(s), "utf-8", "strict", nil)
	}
	return t.NewStr(s), nil
}

func fileRead(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("read", args[1:], kw, 0, 1); err != nil {
		return nil, err
	}
	f := fileOf(args)
	if err := t.fileCheck(f); err != nil {
		return nil, err
	}
	if !f.readable {
		return nil, t.NewErrorMsg(UnsupportedOperationType, "not readable")
	}
	n := -1
	if len(args) == 2 && args[1] != None {
		var err error
		if n, err = t.IndexInt(args[1]); err != nil {
			return nil, err
		}
	}
	var data []byte
	var err error
	if n < 0 {
		data, err = io.ReadAll(f.r)
	} else if f.binary {
		data = make([]byte, n)
		var k int
		k, err = io.ReadFull(f.r, data)
		data = data[:k]
		if err == io.ErrUnexpectedEOF || err == io.EOF {
			err = nil
		}
	} else {
		for i := 0; i < n; i++ {
			r, w, e := f.r.ReadRune()
			if e != nil {
				if e != io.EOF {
					err = e
				}
				break
			}
			data = append(data, string(r)[:w]...)
		}
	}
	if err != nil {
		return nil, t.osError(err, nil)
	}
	return t.textOrBytes(f, data)
}

func fileReadline(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	f := fileOf(args)
	if err := t.fileCheck(f); err != nil {
		return nil, err
	}
	if !f.readable {
		return nil, t.NewErrorMsg(UnsupportedOperationType, "not readable")
	}
	line, err := f.r.ReadBytes('\n')
	if err != nil && err != io.EOF {
		return nil, t.osError(err, nil)
	}
	return t.textOrBytes(f, line)
}

func fileReadlines(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	l := t.NewList(0)
	for {
		line, err := fileReadline(t, args[:1], nil)
		if err != nil {
			t.Decref(l.Obj())
			return nil, err
		}
		n, _ := t.Len(line)
		if n == 0 {
			t.Decref(line)
			return l.Obj(), nil
		}
		l.appendSteal(line)
	}
}

func fileWritelines(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("writelines", args[1:], kw, 1, 1); err != nil {
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
	return t.NewStr("<_io.TextIOWrapper name=" + name + " mode='" + f.mode + "' encoding='UTF-8'>"), nil
}

func fileDealloc(t *Thread, o *Object) {
	f := As[File](o)
	if err := t.closeFile(f); err != nil {
		t.DropError(err)
	}
	t.Clearref(&f.name)
	release(o)
}

// UnsupportedOperationType is io.UnsupportedOperation.
var UnsupportedOperationType = &Type{Name: "UnsupportedOperation", Module: "io"}

func initFileTypes() {
	for _, typ := range []*Type{TextIOType, BufferedReaderType, BufferedWriterType} {
		typ.Iter = selfIter
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
			MethodDef{"__enter__", fileEnter, ""},
			MethodDef{"__exit__", fileExit, ""},
			MethodDef{"fileno", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
				f := fileOf(args)
				if f.f == nil {
					return nil, t.NewErrorMsg(UnsupportedOperationType, "fileno")
				}
				return t.NewInt(int64(f.f.Fd())), nil
			}, "Return the underlying file descriptor."},
			MethodDef{"isatty", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
				f := fileOf(args)
				if f.f == nil {
					return False, nil
				}
				info, err := f.f.Stat()
				return NewBool(err == nil && info.Mode()&os.ModeCharDevice != 0), nil
			}, "Return whether this is an 'interactive' stream."},
			MethodDef{"readable", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
				return NewBool(fileOf(args).readable), nil
			}, ""},
			MethodDef{"writable", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
				return NewBool(fileOf(args).writable), nil
			}, ""},
		)
		typ.addGetSets(
			GetSetDef{Name: "name", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewRef(As[File](o).name), nil }},
			GetSetDef{Name: "mode", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewStr(As[File](o).mode), nil }},
			GetSetDef{Name: "closed", Get: func(t *Thread, o *Object) (*Object, error) { return NewBool(As[File](o).closed), nil }},
			GetSetDef{Name: "encoding", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewStr("utf-8"), nil }},
		)
		readyBuiltin(typ, ObjectType, 0, Layout{}, 0)
	}
	UnsupportedOperationType.Dealloc = deallocPlain
	var e BaseException
	readyBuiltin(UnsupportedOperationType, OSErrorType, FlagBaseType|FlagExcSubclass, layoutOf[BaseException](), fieldOffset(&e, &e.dict))
	UnsupportedOperationType.Bases = []*Type{OSErrorType, ValueErrorType}
	UnsupportedOperationType.MRO = []*Type{UnsupportedOperationType, OSErrorType, ValueErrorType, ExceptionType, BaseExceptionType, ObjectType}
}
