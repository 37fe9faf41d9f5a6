// Package io is the _io module's in-memory streams, StringIO and BytesIO,
// with CPython's semantics for positions, seeking past the end, truncation
// and StringIO's newline translation; the io module (runtime/lib/py/io.py)
// re-exports them beside the file types of the builtin open.
//
// Each stream keeps its content and position behind a mutex of its own,
// held only for the few instructions of one operation and never while
// Python code runs, so a stream shared by threads never tears.
package io

import (
	"strings"
	"sync"

	rt "gilfree/runtime"
)

// StringIO is an in-memory text stream. Its text is kept as code points,
// so positions (tell, seek) count code points as CPython's do.
type StringIO struct {
	rt.Object
	mu      sync.Mutex
	buf     []rune
	pos     int
	closed  bool
	newline string // "\n", "", "\r", "\r\n", or "None" for universal mode
}

// StringIOType is io.StringIO.
var StringIOType = &rt.Type{Name: "StringIO", Module: "_io", Doc: "Text I/O implementation using an in-memory buffer."}

func (s *StringIO) lock()   { s.mu.Lock() }
func (s *StringIO) unlock() { s.mu.Unlock() }

func stringIONew(t *rt.Thread, typ *rt.Type, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if typ != StringIOType {
		o := t.NewInstance(typ)
		As(o).newline = "\n"
		return o, nil
	}
	s := &StringIO{newline: "\n"}
	t.InitObject(&s.Object, typ)
	return &s.Object, nil
}

// As converts a StringIO (or subclass) instance.
func As(o *rt.Object) *StringIO { return rt.As[StringIO](o) }

func stringIOInit(t *rt.Thread, self *rt.Object, args []*rt.Object, kw *rt.Tuple) error {
	var out [2]*rt.Object
	if err := t.ParseArgs("StringIO", args, kw, []string{"initial_value", "newline"}, 0, out[:]); err != nil {
		return err
	}
	s := As(self)
	nl := "\n"
	if out[1] != nil {
		if out[1] == rt.None {
			nl = "None"
		} else if v, ok := rt.AsStr(out[1]); ok {
			switch v {
			case "", "\n", "\r", "\r\n":
				nl = v
			default:
				r, _ := t.ReprString(out[1])
				return t.ValueError("illegal newline value: %s", r)
			}
		} else {
			return t.TypeError("newline must be str or None, not %s", rt.TypeOf(out[1]).Name)
		}
	}
	init := ""
	if out[0] != nil && out[0] != rt.None {
		v, ok := rt.AsStr(out[0])
		if !ok {
			return t.TypeError("initial_value must be str or None, not %s", rt.TypeOf(out[0]).Name)
		}
		init = v
	}
	s.lock()
	s.newline = nl
	s.buf = []rune(s.translate(init))
	s.pos = 0
	s.closed = false
	s.unlock()
	return nil
}

// translate applies the newline mode to text being written.
func (s *StringIO) translate(text string) string {
	switch s.newline {
	case "None":
		if strings.IndexByte(text, '\r') >= 0 {
			text = strings.ReplaceAll(text, "\r\n", "\n")
			text = strings.ReplaceAll(text, "\r", "\n")
		}
	case "\r", "\r\n":
		text = strings.ReplaceAll(text, "\n", s.newline)
	}
	return text
}

// lineEnd returns the index just past the first line ending at or after
// from, or len(buf) when there is none.
func (s *StringIO) lineEnd(from int) int {
	b := s.buf
	switch s.newline {
	case "":
		for i := from; i < len(b); i++ {
			if b[i] == '\n' {
				return i + 1
			}
			if b[i] == '\r' {
				if i+1 < len(b) && b[i+1] == '\n' {
					return i + 2
				}
				return i + 1
			}
		}
	case "\r":
		for i := from; i < len(b); i++ {
			if b[i] == '\r' {
				return i + 1
			}
		}
	case "\r\n":
		for i := from; i+1 < len(b); i++ {
			if b[i] == '\r' && b[i+1] == '\n' {
				return i + 2
			}
		}
	default:
		for i := from; i < len(b); i++ {
			if b[i] == '\n' {
				return i + 1
			}
		}
	}
	return len(b)
}

// closedErr is the error of an operation on a closed StringIO (whose
// message, unlike BytesIO's, has no full stop in CPython).
func closedErr(t *rt.Thread) error { return t.ValueError("I/O operation on closed file") }

// sizeArg reads an optional size argument: -1 (all) when absent or None.
func sizeArg(t *rt.Thread, name string, args []*rt.Object, kw *rt.Tuple) (int, error) {
	if err := t.CheckArgs(name, args, kw, 0, 1); err != nil {
		return 0, err
	}
	if len(args) == 0 || args[0] == rt.None {
		return -1, nil
	}
	if !rt.IsInt(args[0]) {
		return 0, t.TypeError("argument should be integer or None, not '%s'", rt.TypeOf(args[0]).Name)
	}
	return t.IndexInt(args[0])
}

func stringIORead(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	n, err := sizeArg(t, "read", args[1:], kw)
	if err != nil {
		return nil, err
	}
	s := As(args[0])
	s.lock()
	if s.closed {
		s.unlock()
		return nil, closedErr(t)
	}
	start := min(s.pos, len(s.buf))
	end := len(s.buf)
	if n >= 0 && start+n < end {
		end = start + n
	}
	out := string(s.buf[start:end])
	s.pos = max(s.pos, end)
	s.unlock()
	return t.NewStr(out), nil
}

func stringIOReadline(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	n, err := sizeArg(t, "readline", args[1:], kw)
	if err != nil {
		return nil, err
	}
	s := As(args[0])
	s.lock()
	if s.closed {
		s.unlock()
		return nil, closedErr(t)
	}
	line := s.readLine(n)
	s.unlock()
	return t.NewStr(line), nil
}

// readLine reads one line of at most n code points (n < 0: no limit);
// the lock is held.
func (s *StringIO) readLine(n int) string {
	if s.pos >= len(s.buf) {
		return ""
	}
	end := s.lineEnd(s.pos)
	if n >= 0 && s.pos+n < end {
		end = s.pos + n
	}
	line := string(s.buf[s.pos:end])
	s.pos = end
	return line
}

func stringIONext(t *rt.Thread, o *rt.Object) (*rt.Object, error) {
	s := As(o)
	s.lock()
	if s.closed {
		s.unlock()
		return nil, closedErr(t)
	}
	line := s.readLine(-1)
	s.unlock()
	if line == "" {
		return nil, nil
	}
	return t.NewStr(line), nil
}

func stringIOReadlines(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	hint, err := sizeArg(t, "readlines", args[1:], kw)
	if err != nil {
		return nil, err
	}
	s := As(args[0])
	s.lock()
	if s.closed {
		s.unlock()
		return nil, closedErr(t)
	}
	var lines []string
	total := 0
	for {
		line := s.readLine(-1)
		if line == "" {
			break
		}
		lines = append(lines, line)
		total += len([]rune(line))
		if hint > 0 && total >= hint {
			break
		}
	}
	s.unlock()
	items := make([]*rt.Object, len(lines))
	for i, l := range lines {
		items[i] = t.NewStr(l)
	}
	return t.NewListSteal(items).Obj(), nil
}

func stringIOWrite(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("write", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	text, ok := rt.AsStr(args[1])
	if !ok {
		return nil, t.TypeError("string argument expected, got '%s'", rt.TypeOf(args[1]).Name)
	}
	s := As(args[0])
	s.lock()
	if s.closed {
		s.unlock()
		return nil, closedErr(t)
	}
	n := s.write(text)
	s.unlock()
	return t.NewInt(int64(n)), nil
}

// write puts text at the position, padding a gap past the end with
// NULs, and returns the length of the argument; the lock is held.
func (s *StringIO) write(text string) int {
	n := len([]rune(text))
	r := []rune(s.translate(text))
	if len(r) == 0 {
		return n
	}
	if s.pos > len(s.buf) {
		s.buf = append(s.buf, make([]rune, s.pos-len(s.buf))...)
	}
	end := s.pos + len(r)
	if end > len(s.buf) {
		s.buf = append(s.buf[:s.pos], r...)
	} else {
		copy(s.buf[s.pos:], r)
	}
	s.pos = end
	return n
}

func stringIOWritelines(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("writelines", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	err := t.ForEach(args[1], func(v *rt.Object) (bool, error) {
		r, err := stringIOWrite(t, []*rt.Object{args[0], v}, nil)
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

func stringIOGetvalue(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("getvalue", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	s := As(args[0])
	s.lock()
	if s.closed {
		s.unlock()
		return nil, closedErr(t)
	}
	v := string(s.buf)
	s.unlock()
	return t.NewStr(v), nil
}

func stringIOSeek(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	pos, whence, err := seekArgs(t, args[1:], kw, "Invalid")
	if err != nil {
		return nil, err
	}
	s := As(args[0])
	s.lock()
	defer s.unlock()
	if s.closed {
		return nil, closedErr(t)
	}
	switch {
	case whence == 0 && pos < 0:
		return nil, t.ValueError("Negative seek position %d", pos)
	case whence != 0 && pos != 0:
		// CPython says "cur" for end-relative seeks too.
		return nil, t.NewErrorMsg(rt.OSErrorType, "Can't do nonzero cur-relative seeks")
	case whence == 2:
		pos = len(s.buf)
	case whence == 1:
		pos = s.pos
	}
	s.pos = pos
	return t.NewInt(int64(pos)), nil
}

// seekArgs parses seek(pos, whence=0); invalid starts the message for a
// bad whence ("Invalid" for StringIO, "invalid" for BytesIO, as CPython
// words them).
func seekArgs(t *rt.Thread, args []*rt.Object, kw *rt.Tuple, invalid string) (pos, whence int, err error) {
	if err := t.CheckArgs("seek", args, kw, 1, 2); err != nil {
		return 0, 0, err
	}
	if !rt.IsInt(args[0]) {
		return 0, 0, t.TypeError("'%s' object cannot be interpreted as an integer", rt.TypeOf(args[0]).Name)
	}
	if pos, err = t.IndexInt(args[0]); err != nil {
		return 0, 0, err
	}
	if len(args) == 2 {
		if whence, err = t.IndexInt(args[1]); err != nil {
			return 0, 0, err
		}
	}
	if whence < 0 || whence > 2 {
		return 0, 0, t.ValueError("%s whence (%d, should be 0, 1 or 2)", invalid, whence)
	}
	return pos, whence, nil
}

func stringIOTell(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	s := As(args[0])
	s.lock()
	defer s.unlock()
	if s.closed {
		return nil, closedErr(t)
	}
	return t.NewInt(int64(s.pos)), nil
}

func stringIOTruncate(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("truncate", args[1:], kw, 0, 1); err != nil {
		return nil, err
	}
	s := As(args[0])
	size := -1
	if len(args) == 2 && args[1] != rt.None {
		if !rt.IsInt(args[1]) {
			return nil, t.TypeError("argument should be integer or None, not '%s'", rt.TypeOf(args[1]).Name)
		}
		var err error
		if size, err = t.IndexInt(args[1]); err != nil {
			return nil, err
		}
		if size < 0 {
			return nil, t.ValueError("Negative size value %d", size)
		}
	}
	s.lock()
	defer s.unlock()
	if s.closed {
		return nil, closedErr(t)
	}
	if size < 0 {
		size = s.pos
	}
	if size < len(s.buf) {
		s.buf = s.buf[:size]
	}
	return t.NewInt(int64(size)), nil
}

func stringIOClose(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	s := As(args[0])
	s.lock()
	s.closed = true
	s.buf = nil
	s.unlock()
	return rt.None, nil
}

func readyStringio() {
	st := StringIOType
	st.New = stringIONew
	st.Init = stringIOInit
	st.Iter = selfIter
	st.Next = stringIONext
	st.AddMethods(
		rt.MethodDef{Name: "read", Fn: stringIORead, Doc: "Read at most size characters, returned as a string."},
		rt.MethodDef{Name: "readline", Fn: stringIOReadline, Doc: "Read until newline or EOF."},
		rt.MethodDef{Name: "readlines", Fn: stringIOReadlines, Doc: "Return a list of lines from the stream."},
		rt.MethodDef{Name: "write", Fn: stringIOWrite, Doc: "Write string to file."},
		rt.MethodDef{Name: "writelines", Fn: stringIOWritelines, Doc: "Write a list of lines to stream."},
		rt.MethodDef{Name: "getvalue", Fn: stringIOGetvalue, Doc: "Retrieve the entire contents of the object."},
		rt.MethodDef{Name: "seek", Fn: stringIOSeek, Doc: "Change stream position."},
		rt.MethodDef{Name: "tell", Fn: stringIOTell, Doc: "Tell the current file position."},
		rt.MethodDef{Name: "truncate", Fn: stringIOTruncate, Doc: "Truncate size to pos."},
		rt.MethodDef{Name: "close", Fn: stringIOClose, Doc: "Close the IO object."},
	)
	addCommon(st, func(o *rt.Object) bool { return As(o).closed }, closedErr)
	st.AddGetSets(
		rt.GetSetDef{Name: "newlines", Get: func(t *rt.Thread, o *rt.Object) (*rt.Object, error) { return rt.None, nil }},
		rt.GetSetDef{Name: "encoding", Get: func(t *rt.Thread, o *rt.Object) (*rt.Object, error) { return rt.None, nil }},
		rt.GetSetDef{Name: "errors", Get: func(t *rt.Thread, o *rt.Object) (*rt.Object, error) { return rt.None, nil }},
		rt.GetSetDef{Name: "line_buffering", Get: func(t *rt.Thread, o *rt.Object) (*rt.Object, error) { return rt.False, nil }},
	)
	rt.ReadyType[StringIO](st, rt.ObjectType, rt.FlagBaseType)
}
