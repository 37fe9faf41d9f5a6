package sre

import (
	"sync/atomic"
	"unicode"
)

// The compiler turns a parsed pattern into a program for the backtracking
// machine (exec.go). Flags are applied here, so the machine never tests
// them: a literal under IGNORECASE becomes a folding instruction, '.'
// under DOTALL matches anything, '^' under MULTILINE looks behind for a
// newline, and classes carry their Unicode or ASCII definitions.

type opcode uint8

const (
	opChar        opcode = iota // r
	opCharFold                  // r, already folded
	opNotChar                   // r
	opNotCharFold               // r, already folded
	opAny                       // anything but '\n'
	opAnyAll                    // anything
	opSet                       // set
	opString                    // str
	opAt                        // at (an assertion of position)
	opSplit                     // try pc+1, then x
	opSplitLazy                 // try x, then pc+1
	opJmp                       // x
	opSave                      // n: regs[n] = pos
	opBackref                   // n: the group's text again (folded when fold)
	opRepSingle                 // one (a single-character test), min, max, mode
	opRepInit                   // n: start a counted loop: its counter and last start
	opRepTest                   // n, min, max, mode, x, y: count one more and iterate (y), or leave (x)
	opRepInc                    // n: one more iteration begins here (y-1 of its tests; a lazy loop resumes here)
	opAtomicStart               // push a barrier
	opAtomicEnd                 // drop the choices made since the barrier
	opLookStart                 // neg, width (behind), x: where a negative lookaround resumes
	opLookEnd                   // neg
	opGroupExists               // n: pc+1 when group n matched, else x
	opMatch
)

// at kinds after flags.
const (
	atBOL           = iota // start of the string
	atBOLMulti             // start of the string or after '\n'
	atEOL                  // end, or before a final '\n'
	atEOLMulti             // end, or before any '\n'
	atEndAbs               // \Z
	atBoundUni             // \b
	atBoundASCII           // \b with ASCII definitions
	atNonBoundUni          // \B
	atNonBoundASCII        // \B with ASCII definitions
)

type inst struct {
	op       opcode
	one      opcode // the test repeated by opRepSingle
	fold     bool
	uni      bool // folding with Unicode cases
	mode     repMode
	neg      bool
	at       uint8
	r        rune
	n        int
	x        int
	y        int
	min, max int
	width    int
	// peekA and peekB, on choices (opSplit, opSplitLazy, opRepTest), are
	// the single-character tests the preferred and the other path begin
	// with (-1: none), so that a path that would fail at once is neither
	// taken nor saved as a choice point.
	peekA, peekB int
	set          *charSet
	str          []rune
}

// Prog is a compiled pattern, immutable and shared by every thread that
// matches with it.
type Prog struct {
	insts      []inst
	nregs      int // captures (2 per group), lastindex, then loop registers
	Groups     int
	GroupIndex map[string]int
	Names      []string
	Flags      int
	uni        bool
	// Search accelerators.
	anchored bool   // can match only at position 0
	prefix   []rune // every match begins with these characters
	// prefixBytes is prefix in bytes, empty when a character of it is
	// not a byte.
	prefixBytes string
	first       *inst // a test every match's first character passes
	// lead is set when the program begins with an unbounded greedy (or
	// possessive) repeat of one character test: a failed attempt then
	// rules out every start inside the run of characters it covered.
	lead *inst
	// spare is a machine kept for the next match with this program, so
	// that a thread matching in a loop skips the pool.
	spare atomic.Pointer[machine]
}

type compiler struct {
	prog   *Prog
	widths []width // of each closed group, for the widths of backreferences
}

type width struct{ lo, hi int }

// Compile parses and compiles a pattern.
func Compile(src []rune, isBytes bool, flags int) (*Prog, *Error) {
	tree, err := Parse(src, isBytes, flags)
	if err != nil {
		return nil, err
	}
	p := &Prog{Groups: tree.Groups, GroupIndex: tree.GroupIndex, Names: tree.Names, Flags: tree.Flags,
		uni: tree.Flags&FlagASCII == 0 && !isBytes}
	p.nregs = 2*tree.Groups + 1
	c := &compiler{prog: p, widths: make([]width, tree.Groups)}
	if err := c.seq(tree.body, tree.Flags); err != nil {
		return nil, err
	}
	c.emit(inst{op: opMatch})
	p.possessify()
	p.setPeeks()
	p.analyze()
	return p, nil
}

// setPeeks finds the tests that begin the paths of each choice.
func (p *Prog) setPeeks() {
	for pc := range p.insts {
		in := &p.insts[pc]
		switch in.op {
		case opSplit:
			in.peekA, in.peekB = p.peek(pc+1), p.peek(in.x)
		case opRepTest:
			in.peekA, in.peekB = p.peek(in.y), p.peek(in.x)
		case opSplitLazy:
			in.peekA, in.peekB = p.peek(in.x), p.peek(pc+1)
		}
	}
}

// peek returns the instruction that tests the first character consumed on
// the path from pc, when that is the first thing the path can fail on
// (past instructions that only record state), or -1.
func (p *Prog) peek(pc int) int {
	for {
		switch p.insts[pc].op {
		case opSave, opRepInc, opRepInit, opAtomicStart:
			pc++
			continue
		case opChar, opCharFold, opNotChar, opNotCharFold, opAny, opAnyAll, opSet, opString:
			return pc
		case opRepSingle:
			if p.insts[pc].min > 0 {
				return pc
			}
		}
		return -1
	}
}

// possessify makes a greedy single-character repeat possessive when what
// follows it can never match after it gives a character back: a literal
// its test rejects, the end of the pattern, or an end-of-string assertion
// at a character the test takes (which is never a newline). Such a repeat
// then leaves no choice point behind, and the captures after it no
// restore frames.
func (p *Prog) possessify() {
	var probe machine
	for pc := range p.insts {
		in := &p.insts[pc]
		if in.op != opRepSingle || in.mode != greedy {
			continue
		}
		next := pc + 1
		for p.insts[next].op == opSave {
			next++
		}
		nx := &p.insts[next]
		switch {
		case nx.op == opMatch:
		case nx.op == opChar && !probe.one(in, in.one, nx.r):
		case nx.op == opAt && nx.at == atEndAbs:
		case nx.op == opAt && (nx.at == atEOL || nx.at == atEOLMulti) && !probe.one(in, in.one, '\n'):
		default:
			continue
		}
		in.mode = possessive
	}
}

func (c *compiler) emit(in inst) int {
	c.prog.insts = append(c.prog.insts, in)
	return len(c.prog.insts) - 1
}

func (c *compiler) pc() int { return len(c.prog.insts) }

func (c *compiler) seq(nodes []*node, flags int) *Error {
	for _, n := range nodes {
		if err := c.node(n, flags); err != nil {
			return err
		}
	}
	return nil
}

func (c *compiler) uni(flags int) bool { return c.prog.uni && flags&FlagASCII == 0 }

func (c *compiler) foldRune(r rune, flags int) rune {
	if c.uni(flags) {
		return foldUni(r)
	}
	return foldASCII(r)
}

// single compiles a one-character node to its test, or reports false.
func (c *compiler) single(n *node, flags int) (inst, bool) {
	icase := flags&FlagIgnoreCase != 0
	switch n.kind {
	case nLiteral:
		if icase && c.hasFoldMates(n.c, flags) {
			return inst{op: opCharFold, r: c.foldRune(n.c, flags), uni: c.uni(flags)}, true
		}
		return inst{op: opChar, r: n.c}, true
	case nNotLiteral:
		if icase && c.hasFoldMates(n.c, flags) {
			return inst{op: opNotCharFold, r: c.foldRune(n.c, flags), uni: c.uni(flags)}, true
		}
		return inst{op: opNotChar, r: n.c}, true
	case nAny:
		if flags&FlagDotAll != 0 {
			return inst{op: opAnyAll}, true
		}
		return inst{op: opAny}, true
	case nIn:
		return inst{op: opSet, set: newCharSet(n.items, n.negate, icase, c.uni(flags))}, true
	}
	return inst{}, false
}

// hasFoldMates reports whether r has other cases: then a literal under
// IGNORECASE must compare folded characters.
func (c *compiler) hasFoldMates(r rune, flags int) bool {
	if !c.uni(flags) {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.SimpleFold(r) != r || foldUni(r) != r
}

func (c *compiler) node(n *node, flags int) *Error {
	if in, ok := c.single(n, flags); ok {
		c.emit(in)
		return nil
	}
	switch n.kind {
	case nAt:
		c.emit(inst{op: opAt, at: c.atKind(n.at, flags)})
	case nBranch:
		var jumps []int
		for i, alt := range n.alts {
			split := -1
			if i < len(n.alts)-1 {
				split = c.emit(inst{op: opSplit})
			}
			if err := c.seq(alt, flags); err != nil {
				return err
			}
			if split >= 0 {
				jumps = append(jumps, c.emit(inst{op: opJmp}))
				c.prog.insts[split].x = c.pc()
			}
		}
		for _, j := range jumps {
			c.prog.insts[j].x = c.pc()
		}
	case nGroup:
		f := (flags | n.add) &^ n.del
		if n.group == 0 {
			return c.seq(n.body, f)
		}
		c.emit(inst{op: opSave, n: 2 * n.group})
		if err := c.seq(n.body, f); err != nil {
			return err
		}
		c.emit(inst{op: opSave, n: 2*n.group + 1})
		c.widths[n.group] = c.width(n.body)
	case nAtomic:
		c.emit(inst{op: opAtomicStart})
		if err := c.seq(n.body, flags); err != nil {
			return err
		}
		c.emit(inst{op: opAtomicEnd})
	case nAssert:
		w := 0
		if n.behind {
			wd := c.width(n.body)
			if wd.lo != wd.hi {
				return &Error{Msg: "look-behind requires fixed-width pattern", Pos: -1}
			}
			w = wd.lo
		}
		start := c.emit(inst{op: opLookStart, neg: n.neg, width: w, mode: boolMode(n.behind)})
		if err := c.seq(n.body, flags); err != nil {
			return err
		}
		c.emit(inst{op: opLookEnd, neg: n.neg})
		c.prog.insts[start].x = c.pc()
	case nGroupRef:
		c.emit(inst{op: opBackref, n: n.group, fold: flags&FlagIgnoreCase != 0, uni: c.uni(flags)})
	case nGroupRefExists:
		test := c.emit(inst{op: opGroupExists, n: n.group})
		if err := c.seq(n.body, flags); err != nil {
			return err
		}
		if n.no != nil {
			j := c.emit(inst{op: opJmp})
			c.prog.insts[test].x = c.pc()
			if err := c.seq(n.no, flags); err != nil {
				return err
			}
			c.prog.insts[j].x = c.pc()
		} else {
			c.prog.insts[test].x = c.pc()
		}
	case nRepeat:
		return c.repeat(n, flags)
	}
	return nil
}

// boolMode records a lookbehind in an instruction's mode field.
func boolMode(b bool) repMode {
	if b {
		return lazy
	}
	return greedy
}

func (c *compiler) repeat(n *node, flags int) *Error {
	if n.max == 0 {
		return nil
	}
	if len(n.body) == 1 {
		if one, ok := c.single(n.body[0], flags); ok {
			if n.min == 1 && n.max == 1 {
				c.emit(one)
				return nil
			}
			in := one
			in.one = one.op
			in.op = opRepSingle
			in.min, in.max, in.mode = n.min, n.max, n.mode
			c.emit(in)
			return nil
		}
	}
	if n.mode == possessive {
		c.emit(inst{op: opAtomicStart})
		inner := *n
		inner.mode = greedy
		if err := c.repeat(&inner, flags); err != nil {
			return err
		}
		c.emit(inst{op: opAtomicEnd})
		return nil
	}
	if n.min == 0 && n.max == 1 {
		op := opSplit
		if n.mode == lazy {
			op = opSplitLazy
		}
		split := c.emit(inst{op: op})
		if err := c.seq(n.body, flags); err != nil {
			return err
		}
		c.prog.insts[split].x = c.pc()
		return nil
	}
	reg := c.prog.nregs
	c.prog.nregs += 2
	c.emit(inst{op: opRepInit, n: reg})
	test := c.emit(inst{op: opRepTest, n: reg, min: n.min, max: n.max, mode: n.mode})
	c.emit(inst{op: opRepInc, n: reg})
	body := c.pc()
	if err := c.seq(n.body, flags); err != nil {
		return err
	}
	// The end of the body tests again itself rather than jumping back
	// to the test: one dispatch fewer an iteration.
	again := c.emit(c.prog.insts[test])
	exit := c.pc()
	for _, pc := range []int{test, again} {
		c.prog.insts[pc].x, c.prog.insts[pc].y = exit, body
	}
	return nil
}

func (c *compiler) atKind(at atKind, flags int) uint8 {
	multi := flags&FlagMultiline != 0
	switch at {
	case atBeginning:
		if multi {
			return atBOLMulti
		}
		return atBOL
	case atEnd:
		if multi {
			return atEOLMulti
		}
		return atEOL
	case atBeginningString:
		return atBOL
	case atEndString:
		return atEndAbs
	case atBoundary:
		if c.uni(flags) {
			return atBoundUni
		}
		return atBoundASCII
	default:
		if c.uni(flags) {
			return atNonBoundUni
		}
		return atNonBoundASCII
	}
}

// width is the least and greatest number of characters nodes can match
// (CPython's getwidth), capped at MaxRepeat.
func (c *compiler) width(nodes []*node) width {
	var w width
	for _, n := range nodes {
		var d width
		switch n.kind {
		case nLiteral, nNotLiteral, nAny, nIn:
			d = width{1, 1}
		case nBranch:
			d = width{MaxRepeat, 0}
			for _, alt := range n.alts {
				a := c.width(alt)
				d.lo = min(d.lo, a.lo)
				d.hi = max(d.hi, a.hi)
			}
		case nRepeat:
			b := c.width(n.body)
			d = width{mulCap(b.lo, n.min), mulCap(b.hi, n.max)}
		case nGroup, nAtomic:
			d = c.width(n.body)
		case nGroupRef:
			d = c.widths[n.group]
		case nGroupRefExists:
			d = c.width(n.body)
			if n.no != nil {
				e := c.width(n.no)
				d.lo = min(d.lo, e.lo)
				d.hi = max(d.hi, e.hi)
			} else {
				d.lo = 0
			}
		}
		w.lo = min(w.lo+d.lo, MaxRepeat)
		w.hi = min(w.hi+d.hi, MaxRepeat)
	}
	return w
}

func mulCap(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	if a >= MaxRepeat || b >= MaxRepeat || a*b >= MaxRepeat {
		return MaxRepeat
	}
	return a * b
}
