package sre

import (
	"strings"
	"sync"
)

// Mode says where a match may begin and end.
type Mode uint8

const (
	ModeMatch  Mode = iota // at pos only
	ModeFull               // at pos, ending at endpos
	ModeSearch             // at the first position from pos where one matches
)

var machines = sync.Pool{New: func() any { return new(machine) }}

// analyze finds what a search can skip by: an anchor at the start, a
// literal prefix, or a test for the first character. Instructions that
// consume nothing (group marks, assertions of position other than the
// start) are looked through.
func (p *Prog) analyze() {
	pc := 0
	for {
		if op := p.insts[pc].op; op == opAt && p.insts[pc].at == atBOL {
			p.anchored = true
			return
		} else if op != opSave && op != opAt {
			break
		}
		pc++
	}
	in := &p.insts[pc]
	switch in.op {
	case opChar, opString:
		for ; ; pc++ {
			in := &p.insts[pc]
			if in.op == opChar {
				p.prefix = append(p.prefix, in.r)
			} else if in.op == opString {
				p.prefix = append(p.prefix, in.str...)
			} else if in.op != opSave {
				break
			}
		}
		p.setPrefixBytes()
	case opCharFold, opNotChar, opNotCharFold, opAny, opSet:
		f := *in
		f.one = in.op
		p.first = &f
	case opRepSingle:
		f := *in
		if in.min > 0 {
			p.first = &f
		}
		if pc == 0 && in.mode != lazy && in.max == MaxRepeat {
			p.lead = &f
		}
	}
}

// Exec matches p against in[pos:endpos] (CPython's clamping of pos and
// endpos applied). mustAdvance refuses an empty match at pos itself, the
// rule that keeps successive searches (findall, sub, split) moving. It
// returns the registers: a start and an end per group (-1 when the group
// did not match) and the last index (-1 for none); nil for no match.
func (p *Prog) Exec(in *Subject, pos, endpos int, mode Mode, mustAdvance bool) []int {
	return p.ExecTo(nil, in, pos, endpos, mode, mustAdvance)
}

// ExecTo is Exec that puts the registers in dst when it has room.
func (p *Prog) ExecTo(dst []int, in *Subject, pos, endpos int, mode Mode, mustAdvance bool) []int {
	pos, endpos = clamp(pos, in.n), clamp(endpos, in.n)
	if pos > endpos {
		// CPython lets only the empty pattern match past the end.
		if mode != ModeMatch || p.insts[0].op != opMatch {
			return nil
		}
		out := p.regsOut(dst)
		out[0], out[1], out[2] = pos, pos, -1
		return out
	}
	m := p.acquire(in, endpos, mode)
	out := m.exec(dst, pos, mode, mustAdvance)
	m.release()
	return out
}

// regsOut is dst resized to hold a match's registers.
func (p *Prog) regsOut(dst []int) []int {
	n := 2*p.Groups + 1
	if cap(dst) < n {
		return make([]int, n)
	}
	return dst[:n]
}

func (p *Prog) acquire(in *Subject, endpos int, mode Mode) *machine {
	m := p.spare.Swap(nil)
	if m == nil {
		m = machines.Get().(*machine)
	}
	m.p, m.in, m.end, m.full = p, *in, endpos, mode == ModeFull
	if cap(m.regs) < p.nregs {
		m.regs = make([]int, p.nregs)
	}
	m.regs = m.regs[:p.nregs]
	return m
}

func (m *machine) release() {
	p := m.p
	m.p, m.in = nil, Subject{}
	if cap(m.stack) > 1<<16 {
		m.stack = nil
	}
	if !p.spare.CompareAndSwap(nil, m) {
		machines.Put(m)
	}
}

func (m *machine) exec(dst []int, pos int, mode Mode, mustAdvance bool) []int {
	var found bool
	if mode == ModeSearch {
		found = m.search(pos, mustAdvance)
	} else {
		found = m.attempt(pos, pos, mustAdvance)
	}
	if !found {
		return nil
	}
	out := m.p.regsOut(dst)
	copy(out, m.regs)
	return out
}

func clamp(i, n int) int {
	if i < 0 {
		return 0
	}
	if i > n {
		return n
	}
	return i
}

func (m *machine) attempt(start, from int, mustAdvance bool) bool {
	for i := range m.regs {
		m.regs[i] = -1
	}
	m.stack = m.stack[:0]
	m.rejectAt = -1
	if mustAdvance && start == from {
		m.rejectAt = start
	}
	return m.run(start)
}

func (m *machine) search(pos int, mustAdvance bool) bool {
	p := m.p
	end := m.end
	if p.anchored {
		return pos == 0 && m.attempt(0, pos, mustAdvance)
	}
	for start := pos; start <= end; start++ {
		if p.prefix != nil {
			start = m.findPrefix(start)
			if start < 0 {
				return false
			}
		} else if p.first != nil {
			for start < end && !m.one(p.first, p.first.one, m.in.at(start)) {
				start++
			}
			if start == end {
				return false
			}
		}
		if m.attempt(start, pos, mustAdvance) {
			return true
		}
		if p.lead != nil {
			// Every start up to where the leading repeat stopped
			// would try a subset of the same continuations.
			start = m.count(p.lead, start, end)
		}
	}
	return false
}

// findPrefix finds the next place from start where the literal prefix
// occurs whole before the end, or -1.
func (m *machine) findPrefix(start int) int {
	prefix, end := m.p.prefix, m.end
	if !m.in.wide {
		if m.p.prefixBytes == "" {
			return -1
		}
		i := strings.Index(m.in.s[start:end], m.p.prefixBytes)
		if i < 0 {
			return -1
		}
		return start + i
	}
	for i := start; i+len(prefix) <= end; i++ {
		if m.in.r[i] != prefix[0] {
			continue
		}
		ok := true
		for k := 1; k < len(prefix); k++ {
			if m.in.r[i+k] != prefix[k] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// Scan calls fn with each successive match in in[pos:endpos], as
// findall, finditer, sub and split find them: each search begins where
// the last match ended, and an empty match may not follow at the very
// place where an empty match was found. It stops when fn returns false.
// The registers fn gets are reused for the next match: fn copies what it
// keeps.
func (p *Prog) Scan(in *Subject, pos, endpos int, fn func(regs []int) bool) {
	pos, endpos = clamp(pos, in.n), clamp(endpos, in.n)
	if pos > endpos {
		return
	}
	m := p.acquire(in, endpos, ModeSearch)
	defer m.release()
	mustAdvance := false
	var buf []int
	for pos <= endpos {
		regs := m.exec(buf, pos, ModeSearch, mustAdvance)
		if regs == nil || !fn(regs) {
			return
		}
		mustAdvance = regs[0] == regs[1]
		pos = regs[1]
		buf = regs
	}
}

// setPrefixBytes spells the prefix in bytes, for narrow subjects; it
// stays empty when a character of the prefix is not a byte, as no narrow
// subject can then match.
func (p *Prog) setPrefixBytes() {
	b := make([]byte, 0, len(p.prefix))
	for _, r := range p.prefix {
		if r > 255 {
			return
		}
		b = append(b, byte(r))
	}
	p.prefixBytes = string(b)
}
