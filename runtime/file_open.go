package runtime

import (
	"bufio"
	"io"
	"os"
	"strings"
	"syscall"

	"gilfree/internal/codecs"
)

// OpenArgs are open()'s arguments after the file and mode.
type OpenArgs struct {
	Buffering        int // -1 for the default
	Encoding, Errors string
	Newline          *string // nil for None
	Closefd          bool
}

// openMode is a parsed mode string.
type openMode struct {
	reading, writing, appending, creating, plus, binary, text bool
}

// parseOpenMode checks a mode as io.open does, in its order: unknown or
// repeated letters, text with binary, then the one of r/w/a/x.
func (t *Thread) parseOpenMode(mode string) (openMode, error) {
	var m openMode
	seen := map[rune]bool{}
	for _, c := range mode {
		if seen[c] || !strings.ContainsRune("rwaxbt+", c) {
			return m, t.ValueError("invalid mode: '%s'", mode)
		}
		seen[c] = true
	}
	m.reading, m.writing, m.appending, m.creating = seen['r'], seen['w'], seen['a'], seen['x']
	m.plus, m.binary, m.text = seen['+'], seen['b'], seen['t']
	if m.text && m.binary {
		return m, t.ValueError("can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{m.reading, m.writing, m.appending, m.creating} {
		if b {
			n++
		}
	}
	if n > 1 {
		return m, t.ValueError("must have exactly one of create/read/write/append mode")
	}
	if n == 0 {
		return m, t.ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
	}
	return m, nil
}

// rawMode is the mode a binary file reports: FileIO's letters.
func (m openMode) rawMode() string {
	var b strings.Builder
	switch {
	case m.creating:
		b.WriteString("xb")
	case m.reading:
		b.WriteString("rb")
	case m.appending:
		b.WriteString("ab")
	default:
		b.WriteString("wb")
	}
	if m.plus {
		b.WriteByte('+')
	}
	return b.String()
}

// Open is open(file, mode) with the default arguments.
func (t *Thread) Open(file *Object, mode string, closefd bool) (*Object, error) {
	return t.OpenFile(file, mode, OpenArgs{Buffering: -1, Closefd: closefd})
}

// OpenFile is open(file, mode, buffering, encoding, errors, newline,
// closefd), checking its arguments in io.open's order: the mode, the
// arguments binary files refuse, then the file itself, then what only a
// text file checks (unbuffered text, the codec, the newline).
func (t *Thread) OpenFile(file *Object, mode string, a OpenArgs) (*Object, error) {
	m, err := t.parseOpenMode(mode)
	if err != nil {
		return nil, err
	}
	if m.binary {
		switch {
		case a.Encoding != "":
			return nil, t.ValueError("binary mode doesn't take an encoding argument")
		case a.Errors != "":
			return nil, t.ValueError("binary mode doesn't take an errors argument")
		case a.Newline != nil:
			return nil, t.ValueError("binary mode doesn't take a newline argument")
		}
	}
	if a.Encoding == "locale" {
		// PEP 597's "locale": the locale's preferred encoding, which is
		// UTF-8 in gilfree's locale (the C locale with UTF-8 text, as
		// CPython's UTF-8 mode); the attribute then reads "UTF-8" as
		// CPython's does.
		a.Encoding = ""
	}
	if a.Newline != nil {
		switch *a.Newline {
		case "", "\n", "\r", "\r\n":
		default:
			r, err := t.ReprString(t.NewStr(*a.Newline))
			if err != nil {
				return nil, err
			}
			return nil, t.ValueError("illegal newline value: %s", r)
		}
	}
	flag := os.O_RDONLY
	switch {
	case m.writing:
		flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case m.appending:
		flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case m.creating:
		flag = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	}
	if m.plus {
		flag = flag&^os.O_WRONLY | os.O_RDWR
	}
	readable := m.reading || m.plus
	writable := !m.reading || m.plus
	var f *os.File
	if IsInt(file) {
		fd, _ := IntSmall(file)
		if fd < 0 {
			return nil, t.ValueError("negative file descriptor")
		}
		f = os.NewFile(uintptr(fd), "")
	} else {
		path, ok := AsStr(file)
		if !ok {
			if !IsBytes(file) {
				return nil, t.TypeError("expected str, bytes or os.PathLike object, not %s", TypeOf(file).Name)
			}
			path = string(BytesValue(file))
		}
		if !a.Closefd {
			return nil, t.ValueError("Cannot use closefd=False with file name")
		}
		if f, err = os.OpenFile(path, flag, 0o666); err != nil {
			return nil, t.osError(err, file)
		}
		if info, err := f.Stat(); err == nil && info.IsDir() {
			f.Close()
			return nil, t.OSErrorFrom(int(syscall.EISDIR), "Is a directory", file)
		}
	}
	fail := func(err error) (*Object, error) {
		if a.Closefd {
			f.Close()
		}
		return nil, err
	}
	var wide *codecs.Codec
	if !m.binary {
		if a.Buffering == 0 {
			return fail(t.ValueError("can't have unbuffered text I/O"))
		}
		if a.Encoding != "" {
			// Text files read and write byte by byte in UTF-8 (with
			// a BOM too) and the single-byte codecs; the UTF-16 and
			// UTF-32 ones are decoded whole (File.wide).
			switch normalizeEncoding(a.Encoding) {
			case "utf-8", "ascii", "latin-1":
			default:
				c, err := t.textCodec(a.Encoding, "open")
				if err != nil {
					return fail(err)
				}
				switch {
				case c.Wide():
					wide = c
				case !c.SingleByte() && !c.IsUTF8() && !c.HasBOM():
					return fail(t.unknownEncoding(a.Encoding))
				}
			}
		}
		if a.Errors != "" {
			switch a.Errors {
			case "strict", "ignore", "replace", "surrogateescape", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogatepass":
			default:
				h, err := t.LookupErrorHandler(a.Errors)
				if err != nil {
					return fail(err)
				}
				t.Decref(h)
			}
		}
	}
	fo := &File{f: f, mode: mode, binary: m.binary, readable: readable, writable: writable, closefd: a.Closefd,
		encoding: a.Encoding, errors: a.Errors, universal: a.Newline == nil, wide: wide}
	if a.Newline != nil {
		fo.newline = *a.Newline
	}
	if m.binary {
		fo.mode = m.rawMode()
	}
	fo.name = t.NewRef(file)
	size := 8192
	if a.Buffering > 1 {
		size = a.Buffering
	}
	if readable {
		fo.r = bufio.NewReaderSize(f, size)
	}
	if writable {
		fo.w = bufio.NewWriterSize(f, size)
		if a.Buffering == 1 && !m.binary {
			fo.lineBuf = true
		}
	}
	typ := TextIOType
	if m.binary {
		typ = BufferedReaderType
		if !readable {
			typ = BufferedWriterType
		}
	}
	if !m.binary && a.Encoding != "" && codecs.Module(a.Encoding) == "utf_8_sig" {
		fo.startUTF8Sig()
	}
	if wide != nil && wide.MarksOrder() {
		fo.startBOM()
	}
	t.initObject(&fo.Object, typ)
	return &fo.Object, nil
}

// startUTF8Sig readies a utf-8-sig text file: a BOM at the start is
// skipped, and one is written before the first text when the file
// starts empty. Past the BOM the file is plain UTF-8 (see codec).
func (f *File) startUTF8Sig() {
	if f.r != nil {
		if b, err := f.r.Peek(3); err == nil && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
			_, _ = f.r.Discard(3)
		}
	}
	if f.w != nil {
		if info, err := f.f.Stat(); err == nil && info.Size() == 0 {
			f.bom = true
		} else if err != nil {
			f.bom = true
		}
	}
}

// startBOM readies a file whose encoding writes a byte order mark
// (utf-16, utf-32): the mark goes before the first text when the file
// starts empty (when appending to text it was written before). Reading
// leaves the mark to the decoder.
func (f *File) startBOM() {
	if f.w == nil {
		return
	}
	if info, err := f.f.Stat(); err != nil || info.Size() == 0 {
		f.bom = true
	}
}

// transcodeWide reads the rest of a UTF-16 or UTF-32 file and decodes it
// with the file's error handler, and makes r serve the text as UTF-8
// (lone surrogates an error handler let through included), once, at the
// first read. Reading it whole is what makes its newlines findable byte
// by byte; such files are small in practice (Windows tools' exports).
func (t *Thread) transcodeWide(f *File) error {
	if f.wide == nil || f.wideRead {
		return nil
	}
	data, err := io.ReadAll(f.r)
	if err != nil {
		return t.osError(err, nil)
	}
	enc, errors := f.codec()
	text, err := t.decode(data, enc, errors, nil)
	if err != nil {
		return err
	}
	s := As[Str](text).s
	t.Decref(text)
	f.wideText, f.wideSrc = s, strings.NewReader(s)
	f.r = bufio.NewReader(f.wideSrc)
	f.wideRead = true
	return nil
}

// readAhead is how many bytes of the OS file the reader holds ahead of
// the logical position: what it buffered, or for a transcoded wide file
// the encoded size of the text not yet read.
func (f *File) readAhead() int64 {
	if f.r == nil {
		return 0
	}
	if !f.wideRead {
		return int64(f.r.Buffered())
	}
	// bufio holds the next bytes of the text, so what is unread is the
	// text's tail.
	n := f.r.Buffered() + f.wideSrc.Len()
	total, _ := f.wideSrc.Seek(0, io.SeekCurrent)
	total += int64(f.wideSrc.Len())
	unread := f.wideText[int(total)-n:]
	unit := int64(2)
	if strings.HasPrefix(f.wide.Name(), "utf-32") {
		unit = 4
	}
	size := int64(0)
	for _, r := range unread {
		if unit == 2 && r > 0xFFFF {
			size += 4 // a surrogate pair
		} else {
			size += unit
		}
	}
	return size
}

// resetReader points the reader back at the OS file, after a seek or
// before a write: a wide file is transcoded again at its next read.
func (f *File) resetReader() {
	f.r.Reset(f.f)
	f.wideRead, f.wideText, f.wideSrc = false, "", nil
}

// readCodec is the codec the bytes in r are in: UTF-8 once a wide file
// was transcoded (surrogatepass keeps lone surrogates the file's handler
// let through), the file's own otherwise.
func (f *File) readCodec() (enc, errors string) {
	if f.wideRead {
		return "utf-8", "surrogatepass"
	}
	return f.codec()
}

// codec returns the file's encoding and error handler, with the defaults.
func (f *File) codec() (enc, errors string) {
	enc, errors = f.encoding, f.errors
	if enc == "" || normalizeEncoding(enc) == "utf-8-sig" || normalizeEncoding(enc) == "utf8-sig" {
		enc = "utf-8"
	}
	if errors == "" {
		errors = "strict"
	}
	return enc, errors
}

// plainText reports whether text goes to the file as it is: UTF-8,
// strict, and no newline translation on output.
func (f *File) plainText() bool {
	return (f.encoding == "" || normalizeEncoding(f.encoding) == "utf-8") &&
		(f.errors == "" || f.errors == "strict") &&
		(f.universal || f.newline == "" || f.newline == "\n")
}

// encodingName is the encoding attribute: as given, UTF-8 by default.
func (f *File) encodingName() string {
	if f.encoding == "" {
		return "UTF-8"
	}
	return f.encoding
}
