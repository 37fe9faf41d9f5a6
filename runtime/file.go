package runtime

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"
	"syscall"

	"gilfree/internal/codecs"
)

// File is a file object: sys.stdout and friends, and what open() returns.
// Text files decode and encode with their encoding (UTF-8, ASCII or
// Latin-1) and error handler, and translate line endings as their
// newline argument says; binary files deal in bytes. One bufio.Reader and
// one bufio.Writer sit over the OS file; a file open for both moves
// between them at the logical position (prepareRead, prepareWrite).
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
	// writeThrough flushes after every write (-u, PYTHONUNBUFFERED).
	writeThrough bool
	closefd      bool
	// encoding and errors are a text file's codec, as given ("" for the
	// default, UTF-8 strict).
	encoding, errors string
	// newline is a text file's newline argument; universal (None) is
	// translating every line ending to "\n" on input.
	newline   string
	universal bool
	// bom is set on a utf-8-sig, UTF-16 or UTF-32 file that has yet to
	// write its BOM (before its first text, if it starts empty).
	bom bool
	// wide is the codec of a text file in one of the UTF-16 and UTF-32
	// encodings, whose newlines are not single bytes: such a file is
	// read whole and decoded at its first read (transcodeWide), after
	// which r holds the text as UTF-8 (wideRead) and the byte-wise
	// line splitting of the other codecs serves it too. Writes encode
	// each text (writeText).
	// wideText is the decoded text behind r, wideSrc r's source: they
	// tell how many of the file's bytes the text not yet read stands for
	// (readAhead).
	wide     *codecs.Codec
	wideRead bool
	wideText string
	wideSrc  *strings.Reader
	// wmu serializes WriteString and Flush, the paths of print and of
	// text writes, so that threads writing one stream at once never
	// corrupt its buffer (each print's line is written whole).
	wmu sync.Mutex
	// buffer is a text file's binary layer (its .buffer attribute),
	// made at first use; owner is the text file a binary layer belongs
	// to, nil once detached; lock is the owner's wmu, which the layer
	// shares for good (see mu); detached marks a text file whose buffer
	// detach() took away.
	buffer   *Object
	owner    *File
	lock     *sync.Mutex
	detached bool
}

// mu is the mutex that serializes writes to the file's bufio.Writer: a
// binary layer takes its text file's, as the two write into one buffer.
func (f *File) mu() *sync.Mutex {
	if f.lock != nil {
		return f.lock
	}
	return &f.wmu
}

var (
	TextIOType         = builtinType(&Type{Name: "TextIOWrapper", Module: "_io"})
	BufferedReaderType = builtinType(&Type{Name: "BufferedReader", Module: "_io"})
	BufferedWriterType = builtinType(&Type{Name: "BufferedWriter", Module: "_io"})
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
	fo.universal = true
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

// WriteString writes text to the file (the fast path of print). Only a
// UTF-8 file without newline translation takes it (plainText).
func (f *File) WriteString(s string) error {
	mu := f.mu()
	mu.Lock()
	defer mu.Unlock()
	if f.closed || f.w == nil {
		return errors.New("closed")
	}
	_, err := f.w.WriteString(s)
	if err == nil && (f.writeThrough || f.lineBuf && strings.IndexByte(s, '\n') >= 0) {
		err = f.w.Flush()
	}
	return err
}

// WriteBytes writes bytes to a binary file, under the same lock as the
// text writes of the text file it may be the buffer of.
func (f *File) WriteBytes(b []byte) error {
	mu := f.mu()
	mu.Lock()
	defer mu.Unlock()
	if f.closed || f.w == nil {
		return errors.New("closed")
	}
	_, err := f.w.Write(b)
	if err == nil && f.writeThrough {
		err = f.w.Flush()
	}
	return err
}

// Flush writes out buffered output.
func (f *File) Flush() error {
	mu := f.mu()
	mu.Lock()
	defer mu.Unlock()
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
