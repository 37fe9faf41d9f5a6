package sre

// The machine runs a program by backtracking, as CPython's sre does, but
// with its choice points on an explicit stack (never the Go stack), so
// that no input can overflow it.
//
// Registers hold the captures (two per group: start and end, -1 when
// unset), the last closed group (lastindex), and two per counted loop
// (its iteration count and where its last iteration began). Every write to
// a register while a choice point is pending pushes a restore frame with
// the old value; backtracking pops frames, undoing writes until it meets
// a choice point to resume.
//
// Atomic groups, possessive repeats and lookarounds push a barrier frame.
// Leaving an atomic group or a positive lookaround cuts the stack back to
// its barrier, dropping the choice points made inside but keeping their
// restore frames, so that captures set inside are still undone if the
// match later backtracks past the group. A negative lookaround whose body
// matches unwinds to its barrier, undoing everything, and fails; when its
// body fails, backtracking reaches the barrier, which resumes after the
// lookaround.
//
// Loops terminate on empty iterations as CPython's do: once a loop has
// its minimum count, an iteration that consumed nothing ends the loop.

// Subject is the text a program runs over: the bytes of a bytes object
// or of an ASCII str (s), or the code points of any other str (r).
type Subject struct {
	s    string
	r    []rune
	wide bool
	n    int
}

// NarrowSubject is a subject whose characters are the bytes of s.
func NarrowSubject(s string) *Subject { return &Subject{s: s, n: len(s)} }

// WideSubject is a subject of code points.
func WideSubject(r []rune) *Subject { return &Subject{r: r, wide: true, n: len(r)} }

// Len is the number of characters.
func (x *Subject) Len() int { return x.n }

func (x *Subject) at(i int) rune {
	if x.wide {
		return x.r[i]
	}
	return rune(x.s[i])
}

type frameKind uint8

const (
	fBranch       frameKind = iota // resume at pc, pos
	fRestore                       // regs[pos] = val
	fRestoreClose                  // regs[pos] = val, and the last index = pc (a group's end)
	fGreedy                        // a single-character repeat gives one back: pos is its end, val its least end
	fLazy                          // a single-character repeat takes one more: pos is its end, val its limit
	fBarrier                       // bkind: which construct; pos: where it began; pc: where a negative one resumes
)

const (
	bAtomic uint8 = iota
	bLook
	bLookNeg
)

type frame struct {
	kind  frameKind
	bkind uint8
	pc    int32
	pos   int
	val   int
}

type machine struct {
	p        *Prog
	in       Subject
	end      int
	regs     []int
	stack    []frame
	full     bool // fullmatch: a match must end at end
	rejectAt int  // an empty match at this start position is refused (-1 for none)
}

func (m *machine) push(f frame) { m.stack = append(m.stack, f) }

// set writes a register, recording the old value while a choice point may
// need it back.
func (m *machine) set(i, v int) {
	if len(m.stack) > 0 {
		m.stack = append(m.stack, frame{kind: fRestore, pos: i, val: m.regs[i]})
	}
	m.regs[i] = v
}

// close records a group's end, and the group as the last closed, with
// one restore frame for both.
func (m *machine) close(i, v int) {
	li := 2 * m.p.Groups
	if len(m.stack) > 0 {
		m.stack = append(m.stack, frame{kind: fRestoreClose, pos: i, val: m.regs[i], pc: int32(m.regs[li])})
	}
	m.regs[i] = v
	m.regs[li] = i / 2
}

func (m *machine) fold(r rune, uni bool) rune {
	if uni {
		return foldUni(r)
	}
	return foldASCII(r)
}

// one tests a character against a single-character instruction.
func (m *machine) one(in *inst, op opcode, c rune) bool {
	switch op {
	case opChar:
		return c == in.r
	case opCharFold:
		return m.fold(c, in.uni) == in.r
	case opNotChar:
		return c != in.r
	case opNotCharFold:
		return m.fold(c, in.uni) != in.r
	case opAny:
		return c != '\n'
	case opAnyAll:
		return true
	default:
		return in.set.has(c)
	}
}

// may reports whether the path a choice's peek names could get past its
// first test at pos (always, without a peek).
func (m *machine) may(peek, pos int) bool {
	if peek < 0 {
		return true
	}
	if pos >= m.end {
		return false
	}
	in := &m.p.insts[peek]
	c := m.in.at(pos)
	switch in.op {
	case opString:
		return c == in.str[0]
	case opRepSingle:
		return m.one(in, in.one, c)
	}
	return m.one(in, in.op, c)
}

// count returns how far from pos, up to limit, characters pass in's test.
func (m *machine) count(in *inst, pos, limit int) int {
	i := pos
	switch in.one {
	case opAnyAll:
		return limit
	case opSet:
		if !m.in.wide {
			s, low := m.in.s, &in.set.low
			for i < limit && low[s[i]>>6]&(1<<(s[i]&63)) != 0 {
				i++
			}
			return i
		}
		for i < limit && in.set.has(m.in.r[i]) {
			i++
		}
		return i
	case opChar:
		for i < limit && m.in.at(i) == in.r {
			i++
		}
		return i
	}
	for i < limit && m.one(in, in.one, m.in.at(i)) {
		i++
	}
	return i
}

func (m *machine) isWordAt(i int, uni bool) bool { return isWord(m.in.at(i), uni) }

func (m *machine) atTest(k uint8, pos int) bool {
	end := m.end
	switch k {
	case atBOL:
		return pos == 0
	case atBOLMulti:
		return pos == 0 || m.in.at(pos-1) == '\n'
	case atEOL:
		return pos == end || pos == end-1 && m.in.at(pos) == '\n'
	case atEOLMulti:
		return pos == end || m.in.at(pos) == '\n'
	case atEndAbs:
		return pos == end
	}
	if end == 0 {
		return false
	}
	uni := k == atBoundUni || k == atNonBoundUni
	before := pos > 0 && m.isWordAt(pos-1, uni)
	after := pos < end && m.isWordAt(pos, uni)
	if k == atBoundUni || k == atBoundASCII {
		return before != after
	}
	return before == after
}

// backref matches group n's text again at pos, returning the new position.
func (m *machine) backref(in *inst, pos int) (int, bool) {
	s, e := m.regs[2*in.n], m.regs[2*in.n+1]
	if s < 0 || e < s {
		return pos, false
	}
	n := e - s
	if pos+n > m.end {
		return pos, false
	}
	for i := 0; i < n; i++ {
		a, b := m.in.at(s+i), m.in.at(pos+i)
		if a != b && !(in.fold && m.fold(a, in.uni) == m.fold(b, in.uni)) {
			return pos, false
		}
	}
	return pos + n, true
}

// cut drops the choice points above the nearest barrier, and the
// barrier, keeping the restore frames; it returns where the barrier's
// construct began.
func (m *machine) cut() int {
	i := len(m.stack) - 1
	for m.stack[i].kind != fBarrier {
		i--
	}
	pos := m.stack[i].pos
	j := i
	for k := i + 1; k < len(m.stack); k++ {
		if kind := m.stack[k].kind; kind == fRestore || kind == fRestoreClose {
			m.stack[j] = m.stack[k]
			j++
		}
	}
	m.stack = m.stack[:j]
	return pos
}

// unwind pops every frame down to and including the nearest barrier,
// undoing register writes.
func (m *machine) unwind() {
	for {
		f := m.stack[len(m.stack)-1]
		m.stack = m.stack[:len(m.stack)-1]
		switch f.kind {
		case fRestore:
			m.regs[f.pos] = f.val
		case fRestoreClose:
			m.regs[f.pos] = f.val
			m.regs[2*m.p.Groups] = int(f.pc)
		case fBarrier:
			return
		}
	}
}

// backtrack pops frames until one offers another way to go on.
func (m *machine) backtrack() (pc, pos int, ok bool) {
	for len(m.stack) > 0 {
		top := len(m.stack) - 1
		f := &m.stack[top]
		switch f.kind {
		case fRestore:
			m.regs[f.pos] = f.val
			m.stack = m.stack[:top]
		case fRestoreClose:
			m.regs[f.pos] = f.val
			m.regs[2*m.p.Groups] = int(f.pc)
			m.stack = m.stack[:top]
		case fBranch:
			pc, pos = int(f.pc), f.pos
			m.stack = m.stack[:top]
			return pc, pos, true
		case fGreedy:
			p := f.pos - 1
			if next := &m.p.insts[f.pc]; next.op == opChar {
				for p >= f.val && m.in.at(p) != next.r {
					p--
				}
				if p < f.val {
					m.stack = m.stack[:top]
					continue
				}
			}
			pc = int(f.pc)
			if p <= f.val {
				m.stack = m.stack[:top]
			} else {
				f.pos = p
			}
			return pc, p, true
		case fLazy:
			in := &m.p.insts[f.pc]
			p := f.pos
			if p < f.val && m.one(in, in.one, m.in.at(p)) {
				p++
				pc = int(f.pc) + 1
				if p >= f.val {
					m.stack = m.stack[:top]
				} else {
					f.pos = p
				}
				return pc, p, true
			}
			m.stack = m.stack[:top]
		default:
			fr := *f
			m.stack = m.stack[:top]
			if fr.bkind == bLookNeg {
				return int(fr.pc), fr.pos, true
			}
		}
	}
	return 0, 0, false
}

// run makes one attempt to match at start. On success regs hold the
// captures, with group 0 set.
func (m *machine) run(start int) bool {
	insts := m.p.insts
	pc, pos := 0, start
	end := m.end
	for {
		in := &insts[pc]
		ok := true
		switch in.op {
		case opChar:
			ok = pos < end && m.in.at(pos) == in.r
			pos++
			pc++
		case opCharFold, opNotChar, opNotCharFold, opAny, opAnyAll, opSet:
			ok = pos < end && m.one(in, in.op, m.in.at(pos))
			pos++
			pc++
		case opString:
			if pos+len(in.str) > end {
				ok = false
				break
			}
			for i, r := range in.str {
				if m.in.at(pos+i) != r {
					ok = false
					break
				}
			}
			pos += len(in.str)
			pc++
		case opAt:
			ok = m.atTest(in.at, pos)
			pc++
		case opSplit:
			if !m.may(in.peekA, pos) {
				pc = in.x
				break
			}
			if m.may(in.peekB, pos) {
				m.push(frame{kind: fBranch, pc: int32(in.x), pos: pos})
			}
			pc++
		case opSplitLazy:
			if !m.may(in.peekA, pos) {
				pc++
				break
			}
			if m.may(in.peekB, pos) {
				m.push(frame{kind: fBranch, pc: int32(pc + 1), pos: pos})
			}
			pc = in.x
		case opJmp:
			pc = in.x
		case opSave:
			if in.n&1 == 0 {
				m.set(in.n, pos)
			} else {
				m.close(in.n, pos)
			}
			pc++
		case opBackref:
			pos, ok = m.backref(in, pos)
			pc++
		case opRepSingle:
			pos, ok = m.repSingle(in, pc, pos)
			pc++
		case opRepInit:
			m.set(in.n, 0)
			m.set(in.n+1, -1)
			pc++
		case opRepTest:
			count := m.regs[in.n]
			switch {
			case count >= in.min && (count >= in.max || pos == m.regs[in.n+1]):
				pc = in.x
				continue
			case count < in.min:
			case in.mode == lazy:
				if m.may(in.peekB, pos) {
					if m.may(in.peekA, pos) {
						m.push(frame{kind: fBranch, pc: int32(in.y - 1), pos: pos})
					}
					pc = in.x
					continue
				}
			default:
				if !m.may(in.peekA, pos) {
					pc = in.x
					continue
				}
				if m.may(in.peekB, pos) {
					m.push(frame{kind: fBranch, pc: int32(in.x), pos: pos})
				}
			}
			m.set(in.n, count+1)
			m.set(in.n+1, pos)
			pc = in.y
		case opRepInc:
			m.set(in.n, m.regs[in.n]+1)
			m.set(in.n+1, pos)
			pc++
		case opAtomicStart:
			m.push(frame{kind: fBarrier, bkind: bAtomic})
			pc++
		case opAtomicEnd:
			m.cut()
			pc++
		case opLookStart:
			from := pos
			if in.mode == lazy { // behind
				if pos-in.width < 0 {
					if in.neg {
						pc = in.x
					} else {
						ok = false
					}
					break
				}
				pos -= in.width
			}
			kind := bLook
			if in.neg {
				kind = bLookNeg
			}
			m.push(frame{kind: fBarrier, bkind: kind, pos: from, pc: int32(in.x)})
			pc++
		case opLookEnd:
			if in.neg {
				m.unwind()
				ok = false
				break
			}
			pos = m.cut()
			pc++
		case opGroupExists:
			if s, e := m.regs[2*in.n], m.regs[2*in.n+1]; s >= 0 && e >= s {
				pc++
			} else {
				pc = in.x
			}
		case opMatch:
			if m.full && pos != end || pos == m.rejectAt && start == m.rejectAt {
				ok = false
				break
			}
			m.regs[0], m.regs[1] = start, pos
			return true
		}
		if !ok {
			if pc, pos, ok = m.backtrack(); !ok {
				return false
			}
		}
	}
}

// repSingle runs a repeat of a single-character test at start, returning
// where it ends. (It takes and returns the position, rather than a
// pointer to it, so that run keeps its position in a register.)
func (m *machine) repSingle(in *inst, pc int, start int) (int, bool) {
	limit := m.end
	if in.max < limit-start {
		limit = start + in.max
	}
	switch in.mode {
	case lazy:
		least := start + in.min
		if least > limit || m.count(in, start, least) != least {
			return start, false
		}
		if least < limit {
			m.push(frame{kind: fLazy, pc: int32(pc), pos: least, val: limit})
		}
		return least, true
	default:
		stop := m.count(in, start, limit)
		least := start + in.min
		if stop < least {
			return start, false
		}
		if in.mode == greedy && stop > least {
			m.push(frame{kind: fGreedy, pc: int32(pc + 1), pos: stop, val: least})
		}
		return stop, true
	}
}
