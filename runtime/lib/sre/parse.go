package sre

import (
	"fmt"
	"strconv"
)

// The flags, with CPython's values.
const (
	FlagTemplate   = 1
	FlagIgnoreCase = 2
	FlagLocale     = 4
	FlagMultiline  = 8
	FlagDotAll     = 16
	FlagUnicode    = 32
	FlagVerbose    = 64
	FlagDebug      = 128
	FlagASCII      = 256

	typeFlags   = FlagASCII | FlagLocale | FlagUnicode
	globalFlags = FlagDebug | FlagTemplate
)

// MaxRepeat is CPython's MAXREPEAT: a repeat count must stay below it,
// and an unbounded repeat is recorded with it as its maximum.
const MaxRepeat = 4294967295

// maxGroups bounds the group numbers a pattern may name.
const maxGroups = 1073741823

var flagLetters = map[rune]int{
	'i': FlagIgnoreCase, 'L': FlagLocale, 'm': FlagMultiline, 's': FlagDotAll,
	'x': FlagVerbose, 'a': FlagASCII, 't': FlagTemplate, 'u': FlagUnicode,
}

type nodeKind uint8

const (
	nLiteral        nodeKind = iota // c
	nNotLiteral                     // c
	nAny                            // .
	nIn                             // a character class: items, negate
	nAt                             // an assertion of position: at
	nBranch                         // alts
	nRepeat                         // min, max, mode, body
	nGroup                          // group (0 for none), add, del, body
	nAtomic                         // body
	nAssert                         // behind, neg, body
	nGroupRef                       // group
	nGroupRefExists                 // group, body (yes), no
)

type atKind uint8

const (
	atBeginning       atKind = iota // ^
	atEnd                           // $
	atBeginningString               // \A
	atEndString                     // \Z
	atBoundary                      // \b
	atNonBoundary                   // \B
)

type repMode uint8

const (
	greedy repMode = iota
	lazy
	possessive
)

// node is one element of a parsed pattern, a sequence of which is a
// subpattern (CPython's SubPattern data).
type node struct {
	kind     nodeKind
	c        rune
	items    []setItem
	negate   bool
	at       atKind
	alts     [][]*node
	min, max int
	mode     repMode
	body     []*node
	no       []*node
	group    int
	add, del int
	behind   bool
	neg      bool
}

type setKind uint8

const (
	sLiteral setKind = iota
	sRange
	sCategory
)

type category uint8

const (
	catDigit category = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
)

// setItem is one member of a character class.
type setItem struct {
	kind   setKind
	lo, hi rune
	cat    category
}

// Tree is a parsed pattern.
type Tree struct {
	body       []*node
	Flags      int            // the flags, with the inline global ones and UNICODE added
	Groups     int            // capturing groups plus one (group 0)
	GroupIndex map[string]int // named groups
	Names      []string       // group names by number ("" for none), for lastgroup
}

// parser holds CPython's parse state: the groups opened and closed so far.
type parser struct {
	lx           *lexer
	flags        int
	groupdict    map[string]int
	names        []string
	closed       []bool
	lookbehind   int // the group count when the outermost lookbehind began, or -1
	grouprefpos  map[int]int
	grouprefKeys []int
}

// Parse parses a pattern (for a bytes pattern, one rune per byte) with
// the flags given to compile.
func Parse(src []rune, isBytes bool, flags int) (tree *Tree, err *Error) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			tree, err = nil, b.err
		}
	}()
	p := &parser{
		lx:          newLexer(src, isBytes),
		flags:       flags,
		groupdict:   map[string]int{},
		names:       []string{""},
		closed:      []bool{true},
		lookbehind:  -1,
		grouprefpos: map[int]int{},
	}
	body := p.parseSub(flags&FlagVerbose != 0, 0)
	f, ferr := fixFlags(isBytes, p.flags)
	if ferr != nil {
		return nil, ferr
	}
	if p.lx.next.n != 0 {
		p.lx.fail("unbalanced parenthesis", 0)
	}
	for _, g := range p.grouprefKeys {
		if g >= len(p.closed) {
			return nil, &Error{Msg: fmt.Sprintf("invalid group reference %d", g), Pos: p.grouprefpos[g]}
		}
	}
	return &Tree{body: body, Flags: f, Groups: len(p.closed), GroupIndex: p.groupdict, Names: p.names}, nil
}

// fixFlags checks the flags against the pattern's type and adds UNICODE
// to a str pattern's. Its errors are ValueErrors (Pos -2 marks them).
func fixFlags(isBytes bool, flags int) (int, *Error) {
	if !isBytes {
		if flags&FlagLocale != 0 {
			return 0, &Error{Msg: "cannot use LOCALE flag with a str pattern", Pos: -2}
		}
		if flags&FlagASCII == 0 {
			flags |= FlagUnicode
		} else if flags&FlagUnicode != 0 {
			return 0, &Error{Msg: "ASCII and UNICODE flags are incompatible", Pos: -2}
		}
	} else {
		if flags&FlagUnicode != 0 {
			return 0, &Error{Msg: "cannot use UNICODE flag with a bytes pattern", Pos: -2}
		}
		if flags&FlagLocale != 0 && flags&FlagASCII != 0 {
			return 0, &Error{Msg: "ASCII and LOCALE flags are incompatible", Pos: -2}
		}
	}
	return flags, nil
}

func (p *parser) groups() int { return len(p.closed) }

func (p *parser) openGroup(name []rune) int {
	gid := p.groups()
	p.closed = append(p.closed, false)
	p.names = append(p.names, string(name))
	if name != nil {
		if old, ok := p.groupdict[string(name)]; ok {
			p.lx.fail(fmt.Sprintf("redefinition of group name %s as group %d; was group %d",
				pyRepr(name), gid, old), len(name)+1)
		}
		p.groupdict[string(name)] = gid
	}
	return gid
}

func (p *parser) checkGroup(gid int) bool { return gid < p.groups() && p.closed[gid] }

func (p *parser) checkLookbehindGroup(gid int) {
	if p.lookbehind >= 0 {
		if !p.checkGroup(gid) {
			p.lx.fail("cannot refer to an open group", 0)
		}
		if gid >= p.lookbehind {
			p.lx.fail("cannot refer to group defined in the same lookbehind subpattern", 0)
		}
	}
}

// maxNesting is how deeply groups may nest: about where CPython's
// recursive parser exhausts the default recursion limit (495 levels). It
// also bounds the Go recursion of the parser and the compiler.
const maxNesting = 2 * 495

// parseSub parses alternatives separated by '|'.
func (p *parser) parseSub(verbose bool, nested int) []*node {
	if nested > maxNesting {
		panic(bailout{&Error{Msg: "maximum recursion depth exceeded", Pos: -1, Recursion: true}})
	}
	var alts [][]*node
	for {
		alts = append(alts, p.parse(verbose, nested+1, nested == 0 && len(alts) == 0))
		if !p.lx.match('|') {
			break
		}
		if nested == 0 {
			verbose = p.flags&FlagVerbose != 0
		}
	}
	if len(alts) == 1 {
		return alts[0]
	}
	return []*node{{kind: nBranch, alts: alts}}
}

const whitespace = " \t\n\r\v\f"

// parse parses one alternative: a sequence of items.
func (p *parser) parse(verbose bool, nested int, first bool) []*node {
	lx := p.lx
	var seq []*node
	for {
		this := lx.next
		if this.n == 0 || this.in("|)") {
			break
		}
		lx.get()
		if verbose {
			if this.in(whitespace) {
				continue
			}
			if this.is('#') {
				for {
					c := lx.get()
					if c.n == 0 || c.is('\n') {
						break
					}
				}
				continue
			}
		}
		switch {
		case this.n == 2:
			seq = append(seq, p.escape(this))
		case !this.in(".\\[{()*+?^$|"):
			seq = append(seq, &node{kind: nLiteral, c: this.a})
		case this.is('['):
			seq = append(seq, p.parseClass())
		case this.in("*+?{"):
			var ok bool
			seq, ok = p.parseRepeat(seq, this)
			if !ok {
				seq = append(seq, &node{kind: nLiteral, c: '{'})
			}
		case this.is('.'):
			seq = append(seq, &node{kind: nAny})
		case this.is('('):
			var n *node
			n, verbose = p.parseGroup(verbose, nested, first && len(seq) == 0)
			if n != nil {
				seq = append(seq, n)
			}
		case this.is('^'):
			seq = append(seq, &node{kind: nAt, at: atBeginning})
		case this.is('$'):
			seq = append(seq, &node{kind: nAt, at: atEnd})
		}
	}
	// Non-capturing groups without flags dissolve into the sequence.
	out := seq[:0:0]
	for _, n := range seq {
		if n.kind == nGroup && n.group == 0 && n.add == 0 && n.del == 0 {
			out = append(out, n.body...)
		} else {
			out = append(out, n)
		}
	}
	return out
}

// parseRepeat applies a repeat operator to the last item of seq. ok is
// false for a '{' that does not begin a valid repeat: it is a literal.
func (p *parser) parseRepeat(seq []*node, this token) ([]*node, bool) {
	lx := p.lx
	here := lx.tell()
	min, max := 0, MaxRepeat
	switch this.a {
	case '?':
		max = 1
	case '+':
		min = 1
	case '{':
		if lx.next.is('}') {
			return seq, false
		}
		lo := lx.getwhile(1<<30, "0123456789")
		var hi []rune
		if lx.match(',') {
			hi = lx.getwhile(1<<30, "0123456789")
		} else {
			hi = lo
		}
		if !lx.match('}') {
			lx.seek(here)
			return seq, false
		}
		if len(lo) > 0 {
			min = repeatCount(lo)
		}
		if len(hi) > 0 {
			max = repeatCount(hi)
			if max < min {
				lx.fail("min repeat greater than max repeat", lx.tell()-here)
			}
		}
	}
	if len(seq) == 0 || seq[len(seq)-1].kind == nAt {
		lx.fail("nothing to repeat", lx.tell()-here+1)
	}
	last := seq[len(seq)-1]
	if last.kind == nRepeat {
		lx.fail("multiple repeat", lx.tell()-here+1)
	}
	body := []*node{last}
	if last.kind == nGroup && last.group == 0 && last.add == 0 && last.del == 0 {
		body = last.body
	}
	mode := greedy
	if lx.match('?') {
		mode = lazy
	} else if lx.match('+') {
		mode = possessive
	}
	seq[len(seq)-1] = &node{kind: nRepeat, min: min, max: max, mode: mode, body: body}
	return seq, true
}

func repeatCount(digits []rune) int {
	n, err := strconv.ParseUint(string(digits), 10, 64)
	if err != nil || n >= MaxRepeat {
		panic(bailout{&Error{Msg: "the repetition number is too large", Pos: -1, Overflow: true}})
	}
	return int(n)
}

// parseGroup parses what follows '('. It returns nil for a comment or
// global flags, and the verbose setting that holds after it.
func (p *parser) parseGroup(verbose bool, nested int, first bool) (*node, bool) {
	lx := p.lx
	start := lx.tell() - 1
	capture := true
	atomic := false
	var name []rune
	add, del := 0, 0
	if lx.match('?') {
		char := lx.get()
		if char.n == 0 {
			lx.fail("unexpected end of pattern", 0)
		}
		switch {
		case char.is('P'):
			switch {
			case lx.match('<'):
				name = lx.getuntil('>', "group name")
				lx.checkGroupName(name, 1)
			case lx.match('='):
				name = lx.getuntil(')', "group name")
				lx.checkGroupName(name, 1)
				gid, ok := p.groupdict[string(name)]
				if !ok {
					lx.fail("unknown group name "+pyRepr(name), len(name)+1)
				}
				if !p.checkGroup(gid) {
					lx.fail("cannot refer to an open group", len(name)+1)
				}
				p.checkLookbehindGroup(gid)
				return &node{kind: nGroupRef, group: gid}, verbose
			default:
				c := lx.get()
				if c.n == 0 {
					lx.fail("unexpected end of pattern", 0)
				}
				lx.fail("unknown extension ?P"+string(c.runes()), c.n+2)
			}
		case char.is(':'):
			capture = false
		case char.is('#'):
			for {
				if lx.next.n == 0 {
					lx.fail("missing ), unterminated comment", lx.tell()-start)
				}
				if lx.get().is(')') {
					break
				}
			}
			return nil, verbose
		case char.in("=!<"):
			behind := false
			saved := p.lookbehind
			if char.is('<') {
				char = lx.get()
				if char.n == 0 {
					lx.fail("unexpected end of pattern", 0)
				}
				if !char.in("=!") {
					lx.fail("unknown extension ?<"+string(char.runes()), char.n+2)
				}
				behind = true
				if saved < 0 {
					p.lookbehind = p.groups()
				}
			}
			body := p.parseSub(verbose, nested+1)
			if behind && saved < 0 {
				p.lookbehind = -1
			}
			if !lx.match(')') {
				lx.fail("missing ), unterminated subpattern", lx.tell()-start)
			}
			return &node{kind: nAssert, behind: behind, neg: char.is('!'), body: body}, verbose
		case char.is('('):
			return p.parseConditional(verbose, nested, start), verbose
		case char.is('>'):
			capture = false
			atomic = true
		case char.n == 1 && (flagLetters[char.a] != 0 || char.a == '-'):
			a, d, global := p.parseFlags(char)
			if global {
				if !first {
					lx.fail("global flags not at the start of the expression", lx.tell()-start)
				}
				return nil, p.flags&FlagVerbose != 0
			}
			add, del = a, d
			capture = false
		default:
			lx.fail("unknown extension ?"+string(char.runes()), char.n+1)
		}
	}
	group := 0
	if capture {
		group = p.openGroup(name)
	}
	subVerbose := (verbose || add&FlagVerbose != 0) && del&FlagVerbose == 0
	body := p.parseSub(subVerbose, nested+1)
	if !lx.match(')') {
		lx.fail("missing ), unterminated subpattern", lx.tell()-start)
	}
	if group != 0 {
		p.closed[group] = true
	}
	if atomic {
		return &node{kind: nAtomic, body: body}, verbose
	}
	return &node{kind: nGroup, group: group, add: add, del: del, body: body}, verbose
}

// parseConditional parses (?(id/name)yes|no) after its "(?(".
func (p *parser) parseConditional(verbose bool, nested, start int) *node {
	lx := p.lx
	condname := lx.getuntil(')', "group name")
	var cond int
	if isIdentifier(condname) {
		gid, ok := p.groupdict[string(condname)]
		if !ok {
			lx.fail("unknown group name "+pyRepr(condname), len(condname)+1)
		}
		cond = gid
	} else {
		n, err := strconv.ParseUint(string(condname), 10, 64)
		if err != nil || !isDecimalASCII(condname) {
			lx.fail("bad character in group name "+pyRepr(condname), len(condname)+1)
		}
		if n == 0 {
			lx.fail("bad group number", len(condname)+1)
		}
		if n >= maxGroups {
			lx.fail(fmt.Sprintf("invalid group reference %d", n), len(condname)+1)
		}
		cond = int(n)
		if _, seen := p.grouprefpos[cond]; !seen {
			p.grouprefpos[cond] = lx.tell() - len(condname) - 1
			p.grouprefKeys = append(p.grouprefKeys, cond)
		}
	}
	p.checkLookbehindGroup(cond)
	yes := p.parse(verbose, nested+1, false)
	var no []*node
	if lx.match('|') {
		no = p.parse(verbose, nested+1, false)
		if lx.next.is('|') {
			lx.fail("conditional backref with more than two branches", 0)
		}
	}
	if !lx.match(')') {
		lx.fail("missing ), unterminated subpattern", lx.tell()-start)
	}
	return &node{kind: nGroupRefExists, group: cond, body: yes, no: no}
}

// parseFlags parses inline flags after "(?": global (?aiLmsux) when it
// ends with ')', else the flags of a scoped group (?flags-flags:...).
func (p *parser) parseFlags(char token) (add, del int, global bool) {
	lx := p.lx
	if !char.is('-') {
		for {
			flag := flagLetters[char.a]
			if !lx.bytes && char.a == 'L' {
				lx.fail("bad inline flags: cannot use 'L' flag with a str pattern", 0)
			}
			if lx.bytes && char.a == 'u' {
				lx.fail("bad inline flags: cannot use 'u' flag with a bytes pattern", 0)
			}
			add |= flag
			if flag&typeFlags != 0 && add&typeFlags != flag {
				lx.fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0)
			}
			char = lx.get()
			if char.n == 0 {
				lx.fail("missing -, : or )", 0)
			}
			if char.in(")-:") {
				break
			}
			if char.n != 1 || flagLetters[char.a] == 0 {
				msg := "missing -, : or )"
				if isAlpha(char) {
					msg = "unknown flag"
				}
				lx.fail(msg, char.n)
			}
		}
	}
	if char.is(')') {
		p.flags |= add
		return 0, 0, true
	}
	if add&globalFlags != 0 {
		lx.fail("bad inline flags: cannot turn on global flag", 1)
	}
	if char.is('-') {
		char = lx.get()
		if char.n == 0 {
			lx.fail("missing flag", 0)
		}
		if char.n != 1 || flagLetters[char.a] == 0 {
			msg := "missing flag"
			if isAlpha(char) {
				msg = "unknown flag"
			}
			lx.fail(msg, char.n)
		}
		for {
			flag := flagLetters[char.a]
			if flag&typeFlags != 0 {
				lx.fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0)
			}
			del |= flag
			char = lx.get()
			if char.n == 0 {
				lx.fail("missing :", 0)
			}
			if char.is(':') {
				break
			}
			if char.n != 1 || flagLetters[char.a] == 0 {
				msg := "missing :"
				if isAlpha(char) {
					msg = "unknown flag"
				}
				lx.fail(msg, char.n)
			}
		}
	}
	if del&globalFlags != 0 {
		lx.fail("bad inline flags: cannot turn off global flag", 1)
	}
	if add&del != 0 {
		lx.fail("bad inline flags: flag turned on and off", 1)
	}
	return add, del, false
}

// isAlpha is str.isalpha of a token's text.
func isAlpha(k token) bool {
	for _, r := range k.runes() {
		if !isLetter(r) {
			return false
		}
	}
	return k.n > 0
}
