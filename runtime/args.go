package runtime

import "gilfree/thread"

// bootThread performs the count operations of package initialization,
// which touch only immortal objects and so never reach a thread's counts.
var bootThread = &Thread{State: &thread.State{}, Interp: &mainInterp}

// argStack is a per-thread scratch stack of argument arrays: calls from
// the eval loop to Go functions convert their stack references there, and
// bound builtin methods prepend their self there, without allocating.
type argStack struct {
	buf []*Object
	top int
}

const argStackSize = 1024

// push returns n slots; pop gives them back, innermost first.
func (s *argStack) push(n int) []*Object {
	if s.buf == nil {
		s.buf = make([]*Object, argStackSize)
	}
	if s.top+n > len(s.buf) {
		return make([]*Object, n)
	}
	b := s.buf[s.top : s.top+n : s.top+n]
	s.top += n
	return b
}

func (s *argStack) pop(b []*Object) {
	// A loop, not clear: for the few slots of a call, clear's bulk
	// memory function (with its write-barrier pass) cost more than the
	// builtin it followed (len(x): 12% of a loop of builtin calls).
	for i := 0; i < len(b); i++ {
		b[i] = nil
	}
	if n := len(b); n > 0 && s.top >= n && &s.buf[s.top-n] == &b[0] {
		s.top -= n
	}
}

// PushArgs returns n scratch argument slots (see argStack); the caller
// gives them back with PopArgs.
func (t *Thread) PushArgs(n int) []*Object { return t.args.push(n) }

// PopArgs gives back slots from PushArgs.
func (t *Thread) PopArgs(b []*Object) { t.args.pop(b) }

// NoKwargs fails when keyword arguments were passed to a function that
// takes none.
func (t *Thread) NoKwargs(fname string, kwnames *Tuple) error {
	if kwnames.Len() > 0 {
		return t.TypeError("%s() takes no keyword arguments", fname)
	}
	return nil
}

// CheckArgs checks the number of positional arguments, with CPython's
// wording for builtins that take a range of them. The common case (no
// keywords, a count in range) is small enough to inline into every
// builtin; everything else goes to checkArgsSlow.
func (t *Thread) CheckArgs(fname string, args []*Object, kwnames *Tuple, min, max int) error {
	if kwnames != nil || uint(len(args)-min) > uint(max-min) {
		return t.checkArgsSlow(fname, len(args), kwnames, min, max)
	}
	return nil // min <= len(args) <= max: the unsigned compare tests both
}

// checkArgsSlow is CheckArgs with keywords or a count to report.
func (t *Thread) checkArgsSlow(fname string, n int, kwnames *Tuple, min, max int) error {
	if err := t.NoKwargs(fname, kwnames); err != nil {
		return err
	}
	if n >= min && n <= max {
		return nil
	}
	switch {
	case min == max && min == 0:
		return t.TypeError("%s() takes no arguments (%d given)", fname, n)
	case min == max && min == 1:
		return t.TypeError("%s() takes exactly one argument (%d given)", fname, n)
	case min == max:
		return t.TypeError("%s expected %d arguments, got %d", fname, min, n)
	case n < min:
		return t.TypeError("%s expected at least %d argument%s, got %d", fname, min, plural(min), n)
	}
	return t.TypeError("%s expected at most %d argument%s, got %d", fname, max, plural(max), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// ParseArgs binds positional and keyword arguments to the parameters
// named in names, the first nreq of them required, into out (borrowed
// references, nil when not given). Names starting with '$' are
// keyword-only (the '$' is dropped); with posOnly > 0, the first posOnly
// parameters are positional-only.
func (t *Thread) ParseArgs(fname string, args []*Object, kwnames *Tuple, names []string, nreq int, out []*Object) error {
	nkw := kwnames.Len()
	npos := len(args) - nkw
	maxPos := 0
	for _, n := range names {
		if n != "" && n[0] == '$' {
			break
		}
		maxPos++
	}
	if npos > maxPos {
		if maxPos == len(names) {
			return t.TypeError("%s() takes at most %d argument%s (%d given)", fname, maxPos, plural(maxPos), npos+nkw)
		}
		return t.TypeError("%s() takes at most %d positional argument%s (%d given)", fname, maxPos, plural(maxPos), npos)
	}
	clear(out)
	copy(out, args[:npos])
	for i := 0; i < nkw; i++ {
		kw := As[Str](kwnames.items[i]).s
		found := false
		for j, n := range names {
			if n != "" && n[0] == '$' {
				n = n[1:]
			}
			if n == kw {
				if out[j] != nil {
					return t.TypeError("argument for %s() given by name ('%s') and position (%d)", fname, kw, j+1)
				}
				out[j] = args[npos+i]
				found = true
				break
			}
		}
		if !found {
			return t.TypeError("%s() got an unexpected keyword argument '%s'", fname, kw)
		}
	}
	for i := 0; i < nreq; i++ {
		if out[i] == nil {
			n := names[i]
			if n != "" && n[0] == '$' {
				return t.TypeError("%s() missing required keyword-only argument: '%s'", fname, n[1:])
			}
			return t.TypeError("%s() missing required argument '%s' (pos %d)", fname, n, i+1)
		}
	}
	return nil
}
