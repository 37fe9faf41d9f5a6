package runtime

import (
	"io"
	"os"
	"strings"
	"sync"

	"gilfree/runtime/lib"
)

// Printing exceptions as CPython does: the chain of causes and contexts,
// each with "Traceback (most recent call last):", one File line per frame
// with the stripped source line, repeated frames folded, then the
// exception's type and message.

// sourceCache holds the lines of source files read for tracebacks. It is
// shared by all threads, behind its lock, and only grows. The lock is
// not held while a file is read: two threads may read the same file at
// once, and the first to store its lines wins.
var sourceCache = struct {
	sync.Mutex
	files map[string][]string
}{files: map[string][]string{}}

// SourceLine returns line n (from 1) of a file, or "".
func SourceLine(filename string, n int) string {
	sourceCache.Lock()
	lines, ok := sourceCache.files[filename]
	sourceCache.Unlock()
	if !ok {
		if data, ok := lib.Source(filename); ok {
			lines = strings.Split(string(data), "\n")
		} else if data, err := os.ReadFile(filename); err == nil {
			lines = strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
		}
		sourceCache.Lock()
		if cached, ok := sourceCache.files[filename]; ok {
			lines = cached
		} else {
			sourceCache.files[filename] = lines
		}
		sourceCache.Unlock()
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// RegisterSource records the text of a program that has no file of its
// own to read back (none yet: "<string>" shows no lines, as CPython).
func RegisterSource(filename, text string) {
	sourceCache.Lock()
	sourceCache.files[filename] = strings.Split(text, "\n")
	sourceCache.Unlock()
}

// PrintException writes exc and its chain to w.
func (t *Thread) PrintException(w io.Writer, exc *BaseException) {
	seen := map[*BaseException]bool{}
	var b strings.Builder
	t.printChain(&b, exc, seen)
	io.WriteString(w, b.String())
}

func (t *Thread) printChain(b *strings.Builder, exc *BaseException, seen map[*BaseException]bool) {
	t.printChainIn(b, exc, seen, &tbContext{})
}

// tbContext is where in the tree of an exception group the printing is
// (traceback.py's _ExceptionPrintContext): the nesting depth, and
// whether the innermost group still owes its closing line.
type tbContext struct {
	depth     int
	needClose bool
}

// Exception groups print at most this many nested levels, and this many
// exceptions of each group, as CPython's traceback module does.
const (
	tbMaxGroupDepth = 10
	tbMaxGroupWidth = 15
)

func (c *tbContext) indent() string { return strings.Repeat(" ", 2*c.depth) }

// emit writes text, every line of it behind the margin of the current
// group nesting ('|', or '+' for a top-level group's first line).
func (c *tbContext) emit(b *strings.Builder, text string, margin byte) {
	if c.depth == 0 {
		b.WriteString(text)
		return
	}
	prefix := c.indent() + string(margin) + " "
	for text != "" {
		i := strings.IndexByte(text, '\n') + 1
		if i == 0 {
			i = len(text)
		}
		b.WriteString(prefix + text[:i])
		text = text[i:]
	}
}

func (t *Thread) printChainIn(b *strings.Builder, exc *BaseException, seen map[*BaseException]bool, ctx *tbContext) {
	seen[exc] = true
	if c := exc.cause; c != nil && TypeOf(c).Flags&FlagExcSubclass != 0 {
		ce := As[BaseException](c)
		if !seen[ce] {
			t.printChainIn(b, ce, seen, ctx)
			ctx.emit(b, "\nThe above exception was the direct cause of the following exception:\n\n", '|')
		}
	} else if c := exc.context; c != nil && !exc.suppressContext && TypeOf(c).Flags&FlagExcSubclass != 0 {
		ce := As[BaseException](c)
		if !seen[ce] {
			t.printChainIn(b, ce, seen, ctx)
			ctx.emit(b, "\nDuring handling of the above exception, another exception occurred:\n\n", '|')
		}
	}
	if !IsExceptionGroup(&exc.Object) {
		var one strings.Builder
		t.printOne(&one, exc)
		ctx.emit(b, one.String(), '|')
		return
	}
	if ctx.depth > tbMaxGroupDepth {
		ctx.emit(b, "... (max_group_depth is "+itoa(tbMaxGroupDepth)+")\n", '|')
		return
	}
	t.printGroup(b, exc, seen, ctx)
}

// printGroup prints an exception group as a tree of its exceptions,
// each with its own traceback and chain, in CPython's layout.
func (t *Thread) printGroup(b *strings.Builder, exc *BaseException, seen map[*BaseException]bool, ctx *tbContext) {
	top := ctx.depth == 0
	if top {
		ctx.depth++
	}
	if exc.traceback != nil {
		margin := byte('|')
		if top {
			margin = '+'
		}
		ctx.emit(b, "Exception Group Traceback (most recent call last):\n", margin)
		var frames strings.Builder
		t.printFrames(&frames, exc)
		ctx.emit(b, frames.String(), '|')
	}
	var tail strings.Builder
	t.printTail(&tail, exc)
	ctx.emit(b, tail.String(), '|')
	excs := groupExceptions(&exc.Object)
	n := min(len(excs), tbMaxGroupWidth+1)
	ctx.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			// The closing line may come from a nested group's last
			// exception instead.
			ctx.needClose = true
		}
		truncated := i >= tbMaxGroupWidth
		title := itoa(i + 1)
		if truncated {
			title = "..."
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		b.WriteString(ctx.indent() + lead + "+---------------- " + title + " ----------------\n")
		ctx.depth++
		if !truncated {
			t.printChainIn(b, As[BaseException](excs[i]), seen, ctx)
		} else {
			more := len(excs) - tbMaxGroupWidth
			plural := "s"
			if more == 1 {
				plural = ""
			}
			ctx.emit(b, "and "+itoa(more)+" more exception"+plural+"\n", '|')
		}
		if last && ctx.needClose {
			b.WriteString(ctx.indent() + "+------------------------------------\n")
			ctx.needClose = false
		}
		ctx.depth--
	}
	if top {
		ctx.depth = 0
	}
}

// tbRecursiveCutoff is how many identical frames are shown before they
// are folded into "[Previous line repeated N more times]".
const tbRecursiveCutoff = 3

func (t *Thread) printOne(b *strings.Builder, exc *BaseException) {
	if exc.traceback != nil {
		b.WriteString("Traceback (most recent call last):\n")
		t.printFrames(b, exc)
	}
	t.printTail(b, exc)
}

// printFrames prints the frames of exc's traceback, folding repeats.
func (t *Thread) printFrames(b *strings.Builder, exc *BaseException) {
	if tb := exc.traceback; tb != nil {
		var lastFile, lastName string
		lastLine, count := -1, 0
		flush := func() {
			if count > tbRecursiveCutoff {
				n := count - tbRecursiveCutoff
				s := "s"
				if n == 1 {
					s = ""
				}
				b.WriteString("  [Previous line repeated " + itoa(n) + " more time" + s + "]\n")
			}
		}
		for o := tb; o != nil; o = As[TracebackObj](o).next {
			e := As[TracebackObj](o)
			fo := As[FrameObject](e.frame)
			file, name, line := fo.code.Filename, fo.code.Name, e.Lineno()
			if file == lastFile && name == lastName && line == lastLine {
				count++
				if count > tbRecursiveCutoff {
					continue
				}
			} else {
				flush()
				lastFile, lastName, lastLine, count = file, name, line, 1
			}
			b.WriteString("  File \"" + file + "\", line " + itoa(line) + ", in " + name + "\n")
			raw := SourceLine(file, line)
			if src := strings.TrimSpace(raw); src != "" {
				b.WriteString("    " + src + "\n")
				t.printCarets(b, fo.code, e.lasti, raw)
			}
		}
		flush()
	}
}

// printTail prints what follows the frames: the exception's line (and a
// SyntaxError's location) and its notes.
func (t *Thread) printTail(b *strings.Builder, exc *BaseException) {
	if TypeOf(&exc.Object).IsSubtype(SyntaxErrorType) && t.printSyntaxErrorBody(b, exc) {
		// Below its location, a SyntaxError shows its bare message (not
		// its str(), which repeats the file and line), as CPython's does.
		if msg := excDictStr(exc, "msg"); msg != nil && IsStr(msg) {
			b.WriteString(t.exceptionName(exc) + ": " + As[Str](msg).s + "\n")
			t.printNotes(b, exc)
			return
		}
	}
	b.WriteString(t.exceptionOnly(exc))
	t.printNotes(b, exc)
}

// printCarets underlines the part of the source line that raised, as
// CPython 3.11 does: '^' under the whole range, or '~' with '^' under the
// operator of a binary operation or the index of a subscript; nothing
// when the range is the whole line, or spans several lines.
func (t *Thread) printCarets(b *strings.Builder, code *Code, lasti int, raw string) {
	line, endLine, col, endCol := code.Position(lasti)
	multiline := endLine > line
	if multiline {
		// A range over several lines is marked to the end of its first.
		endCol = len(strings.TrimRight(raw, " \t\r\n"))
	}
	if line == 0 || col < 0 || endCol < col || endCol > len(raw) {
		return
	}
	start, end := countRunes(raw[:col]), countRunes(raw[:endCol])
	stripped := strings.TrimLeft(raw, " \t\f")
	indent := countRunes(raw) - countRunes(stripped)
	strippedLen := countRunes(strings.TrimRight(stripped, "\r\n"))
	left, right, anchored := 0, 0, false
	if t.Interp.Eval != nil && !multiline {
		seg := raw[col:endCol]
		if l, r, ok := t.Interp.Eval.CaretAnchors(seg); ok && l <= r && r <= len(seg) {
			left, right, anchored = countRunes(seg[:l]), countRunes(seg[:r]), true
		}
	}
	if end-start == strippedLen && !anchored {
		return
	}
	if start < indent {
		return
	}
	b.WriteString("    " + strings.Repeat(" ", start-indent))
	if anchored {
		b.WriteString(strings.Repeat("~", left) + strings.Repeat("^", right-left) + strings.Repeat("~", end-start-right))
	} else {
		b.WriteString(strings.Repeat("^", end-start))
	}
	b.WriteString("\n")
}

// exceptionOnly is the last line: "module.Type: message".
func (t *Thread) exceptionOnly(exc *BaseException) string {
	name := t.exceptionName(exc)
	msg, err := t.StrString(&exc.Object)
	if err != nil {
		t.DropError(err)
		return name + ": <exception str() failed>\n"
	}
	if msg == "" {
		return name + "\n"
	}
	return name + ": " + msg + "\n"
}

// exceptionName is the name a traceback gives exc's class: its qualified
// name, after its module's unless that is builtins or __main__.
func (t *Thread) exceptionName(exc *BaseException) string {
	typ := TypeOf(&exc.Object)
	name := typ.QualName
	if m := typ.moduleName(); m != "builtins" && m != "__main__" && m != "" {
		name = m + "." + name
	}
	return name
}

func (t *Thread) printNotes(b *strings.Builder, exc *BaseException) {
	if exc.dict == nil {
		return
	}
	notes := exc.dict.GetStr(Intern("__notes__"))
	if notes == nil || TypeOf(notes).Flags&FlagListSubclass == 0 {
		return
	}
	for _, n := range ListItems(notes) {
		s, err := t.StrString(n)
		if err != nil {
			t.DropError(err)
			continue
		}
		b.WriteString(s + "\n")
	}
}

// printSyntaxErrorBody prints the location lines of a SyntaxError, and
// reports whether it had a location to print.
func (t *Thread) printSyntaxErrorBody(b *strings.Builder, exc *BaseException) bool {
	get := func(n string) *Object { return excDictStr(exc, n) }
	fn, ln := get("filename"), get("lineno")
	if fn == nil || ln == nil || !IsStr(fn) || !IsInt(ln) {
		return false
	}
	b.WriteString("  File \"" + As[Str](fn).s + "\", line " + intString(ln) + "\n")
	text := get("text")
	if text == nil || !IsStr(text) {
		return true
	}
	line := strings.TrimRight(As[Str](text).s, "\n")
	trimmed := strings.TrimLeft(line, " \t\f")
	cut := len(line) - len(trimmed)
	b.WriteString("    " + trimmed + "\n")
	off := get("offset")
	if off == nil || !IsInt(off) {
		return true
	}
	o, _ := IntSmall(off)
	end := o + 1
	if e := get("end_offset"); e != nil && IsInt(e) {
		if ev, _ := IntSmall(e); ev > o {
			if el := get("end_lineno"); el == nil || !IsInt(el) || intCompare(el, ln) == 0 {
				end = ev
			}
		}
	}
	start := int(o) - 1 - countRunes(line[:min(cut, len(line))])
	if start < 0 {
		start = 0
	}
	n := int(end - o)
	if n < 1 {
		n = 1
	}
	b.WriteString("    " + strings.Repeat(" ", start) + strings.Repeat("^", n) + "\n")
	return true
}

// WriteUnraisable reports an exception that cannot propagate (from
// __del__, a weak reference's callback or a generator's close at
// deallocation), as CPython's sys.unraisablehook does: to whatever
// sys.stderr is now.
func (t *Thread) WriteUnraisable(err error, obj *Object) {
	exc := t.ExcOf(err)
	if !t.callUnraisableHook(exc, obj) {
		t.writeUnraisableText("Exception ignored in", obj, exc)
	}
	t.Decref(&exc.Object)
}

// writeUnraisableText prints "header: repr(obj)" and exc to sys.stderr:
// what the default sys.unraisablehook prints.
func (t *Thread) writeUnraisableText(header string, obj *Object, exc *BaseException) {
	var b strings.Builder
	if obj != nil && obj != None {
		r, rerr := t.ReprString(obj)
		if rerr != nil {
			t.DropError(rerr)
			r = "<object repr() failed>"
		}
		b.WriteString(header + ": " + r + "\n")
	} else {
		b.WriteString(header + "\n")
	}
	if exc != nil {
		t.printOne(&b, exc)
	}
	t.writeSysStderr(b.String())
}
