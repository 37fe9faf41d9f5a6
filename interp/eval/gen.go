package eval

import (
	"gilfree/interp/compile"
	"gilfree/locks"
	"gilfree/refcount"
	rt "gilfree/runtime"
)

// Generators: resuming a generator's frame in place, yield from, and
// the generator side of the exception state.

// suspend prepares f's generator frame, stopped at a yield, for being
// suspended: its tags on shared-deferred objects become counts, since a
// suspended frame is on no thread's frame chain, where a sweep would find
// them. The generator's state becomes GenSuspended only at the end of
// the yield (Resume, leaveGenInline), once this thread is done with the
// frame and the generator: from then on another thread may resume it.
func suspend(t *rt.Thread, f *rt.Frame) {
	if locks.Threaded() {
		t.PromoteShared(f.Slots[:f.SP])
	}
}

// atYieldFrom reports whether a suspended frame stopped at the
// YIELD_VALUE of a yield from, with the delegated-to iterator on top of
// its stack.
func atYieldFrom(f *rt.Frame) bool {
	if f.PC < 1 || f.PC > len(f.Code.Instrs) {
		return false
	}
	w := f.Code.Instrs[f.PC-1]
	return compile.Opcode(w) == compile.YIELD_VALUE && w>>8 == 1
}

// Resume runs a generator until it yields or returns (runtime.Evaluator).
func (evaluator) Resume(t *rt.Thread, g *rt.Generator, sent *rt.Object, exc *rt.BaseException) (*rt.Object, bool, error) {
	f := &g.Frame
	prev := g.LoadState()
	if (prev != rt.GenCreated && prev != rt.GenSuspended) || !g.Claim(prev) {
		// Another thread resumed or finished it since the caller
		// looked.
		if g.LoadState() != rt.GenClosed {
			if exc != nil {
				t.Decref(exc.Obj())
			}
			return nil, false, t.ValueError("generator already executing")
		}
		if exc != nil {
			return nil, true, exc
		}
		return rt.None, true, nil
	}
	started := prev == rt.GenSuspended
	if exc != nil && started && atYieldFrom(f) {
		// throw() and close() go to the delegated-to iterator first,
		// with the generator running meanwhile, as in CPython.
		v, yielded, err := throwIntoDelegate(t, f.Slots[f.SP-1].Header(), exc)
		if yielded {
			g.SetState(rt.GenSuspended)
			return v, false, nil
		}
		if v != nil {
			// The delegate returned: that is a StopIteration for the
			// frame's CLEANUP_THROW to turn into the yield from's value.
			err = t.StopIteration(v)
			t.Decref(v)
		}
		exc = t.ExcOf(err)
	}
	if err := t.Enter(); err != nil {
		g.SetState(prev)
		if exc != nil {
			t.Decref(exc.Obj())
		}
		return nil, false, err
	}
	f.Back = t.Frame
	f.Entry = true
	f.Cont = 0
	outer := t.ExcInfo
	if g.ExcInfo != nil {
		t.ExcInfo, g.ExcInfo = g.ExcInfo, nil
	} else if outer != nil {
		t.ExcInfo = t.NewRef(outer)
	}
	var pending error
	if exc != nil {
		pending = exc
	} else if started {
		f.Slots[f.SP] = t.IncrefStackRef(sent)
		f.SP++
	}
	tok := t.EnterEval()
	v, err := run(t, f, pending)
	t.LeaveEval(tok)
	// A frame that returned or raised is closed (exitFrame); one still
	// running yielded.
	yielded := err == nil && g.State == rt.GenRunning
	inner := t.ExcInfo
	t.ExcInfo = outer
	if yielded && inner != outer {
		g.ExcInfo = inner
	} else if inner != nil {
		t.Decref(inner)
	}
	if !yielded && g.State != rt.GenClosed {
		g.SetState(rt.GenClosed)
	}
	t.Leave()
	if err != nil {
		return nil, true, genEscape(t, t.ExcOf(err))
	}
	if yielded {
		// Last: from here on another thread may resume it.
		g.SetState(rt.GenSuspended)
	}
	return v, !yielded, nil
}

// genEscape is the exception that leaves a generator's caller when exc
// leaves its frame: PEP 479 makes a StopIteration a RuntimeError.
func genEscape(t *rt.Thread, exc *rt.BaseException) *rt.BaseException {
	if !rt.TypeOf(exc.Obj()).IsSubtype(rt.StopIterationType) {
		return exc
	}
	re := t.RuntimeError("generator raised StopIteration").(*rt.BaseException)
	t.SetCause(re, exc.Obj())
	t.SetContext(re, exc.Obj())
	t.DropError(exc)
	return re
}

// Inline resumption. FOR_ITER over a generator and SEND (yield from) to
// one run the generator's frame in the same eval loop, as a call runs
// its callee's, rather than through Evaluator.Resume and a nested run:
// the frame's Cont says which instruction resumed it (contGenFor,
// contGenSend) and carries that instruction's jump target, and the
// frame's YIELD_VALUE, return or escaping exception goes back to the
// caller's frame and finishes the instruction there. A resumption with
// a value to throw in, or of a generator that is running or finished,
// takes the ordinary path.

// claimGen claims it, if it is a generator, for an inline resumption
// with the value sent, and returns it and the state it left. ok is false
// when it is to be resumed the ordinary way: it is not a generator, it
// is running or finished, or new and sent a value other than None (errors
// the ordinary path raises), or another thread claimed it first.
func claimGen(it, sent *rt.Object) (g *rt.Generator, prev rt.GenState, ok bool) {
	if rt.TypeOf(it) != rt.GeneratorType {
		return nil, 0, false
	}
	g = rt.As[rt.Generator](it)
	prev = g.LoadState()
	switch prev {
	case rt.GenSuspended:
	case rt.GenCreated:
		if sent != rt.None {
			return g, prev, false
		}
	default:
		return g, prev, false
	}
	return g, prev, g.Claim(prev)
}

// enterGenInline makes the frame of g, claimed by claimGen from state
// prev, the thread's current frame, called by caller (which has saved its
// pc and stack): the prologue of Resume, without its Go call. sent (a
// reference the frame takes over) is pushed for a started generator and
// closed for a new one.
func enterGenInline(t *rt.Thread, g *rt.Generator, prev rt.GenState, caller *rt.Frame, sent refcount.StackRef, cont uint32) (*rt.Frame, error) {
	if err := t.Enter(); err != nil {
		g.SetState(prev)
		t.Close(sent)
		return nil, err
	}
	f := &g.Frame
	f.Back, f.Entry, f.Cont = caller, false, cont
	outer := t.ExcInfo
	g.CallerExc = outer
	if g.ExcInfo != nil {
		t.ExcInfo, g.ExcInfo = g.ExcInfo, nil
	} else if outer != nil {
		t.ExcInfo = t.NewRef(outer)
	}
	if prev == rt.GenSuspended {
		f.Slots[f.SP] = sent
		f.SP++
	} else {
		t.Close(sent)
	}
	t.Frame = f
	return f, nil
}

// leaveGenInline is the epilogue of an inline resumption, when g's frame
// has yielded or finished (exitFrame closed it): the thread's exception
// state goes back to the caller's, keeping the generator's own for its
// next resumption, the recursion level is left, and a generator that
// yielded becomes suspended, last, since another thread may then resume
// it.
func leaveGenInline(t *rt.Thread, g *rt.Generator, yielded bool) {
	g.Frame.Cont = 0
	outer := g.CallerExc
	g.CallerExc = nil
	inner := t.ExcInfo
	t.ExcInfo = outer
	if yielded && inner != outer {
		g.ExcInfo = inner
	} else if inner != nil {
		t.Decref(inner)
	}
	t.Leave()
	if yielded {
		g.SetState(rt.GenSuspended)
	}
}

// isGenCont reports whether a frame's continuation is an inline
// generator resumption's.
func isGenCont(cont uint32) bool {
	k := cont & contKindMask
	return k == contGenFor || k == contGenSend
}

// throwIntoDelegate passes throw() or close() to the iterator a yield
// from delegates to. It returns the value the delegate yielded (yielded
// true), or the value it returned (v non-nil, yielded false), or the
// exception to raise in the delegating frame.
func throwIntoDelegate(t *rt.Thread, yf *rt.Object, exc *rt.BaseException) (*rt.Object, bool, error) {
	if rt.TypeOf(exc.Obj()).IsSubtype(rt.GeneratorExitType) {
		// close() the delegate, then raise GeneratorExit here.
		var err error
		if rt.TypeOf(yf) == rt.GeneratorType {
			err = t.GenClose(rt.As[rt.Generator](yf))
		} else if m, lerr := t.LookupAttr(yf, rt.Intern("close")); lerr != nil {
			err = lerr
		} else if m != nil {
			var r *rt.Object
			r, err = t.Call0(m)
			t.Decref(m)
			if err == nil {
				t.Decref(r)
			}
		}
		if err != nil {
			t.Decref(exc.Obj())
			return nil, false, err
		}
		return nil, false, exc
	}
	if rt.TypeOf(yf) == rt.GeneratorType {
		r, err := t.GenThrow(rt.As[rt.Generator](yf), exc)
		return delegateResult(t, r, err)
	}
	m, err := t.LookupAttr(yf, rt.Intern("throw"))
	if err != nil {
		t.Decref(exc.Obj())
		return nil, false, err
	}
	if m == nil {
		return nil, false, exc
	}
	r, err := t.Call1(m, exc.Obj())
	t.Decref(m)
	t.Decref(exc.Obj())
	return delegateResult(t, r, err)
}

func delegateResult(t *rt.Thread, r *rt.Object, err error) (*rt.Object, bool, error) {
	if err == nil {
		return r, true, nil
	}
	if rt.Matches(err, rt.StopIterationType) {
		v := t.NewRef(t.ExcOf(err).Value())
		t.DropError(err)
		return v, false, nil
	}
	return nil, false, err
}

// send is one step of yield from: iter.send(v) (or next(iter) for None).
// done reports that the iterator returned y instead of yielding it.
func send(t *rt.Thread, it, v *rt.Object) (y *rt.Object, done bool, err error) {
	if rt.TypeOf(it) == rt.GeneratorType {
		g := rt.As[rt.Generator](it)
		r, done, err := resumeGen(t, g, v)
		return r, done, err
	}
	if v == rt.None && rt.TypeOf(it).Next != nil {
		r, err := rt.TypeOf(it).Next(t, it)
		if err != nil {
			if rt.Matches(err, rt.StopIterationType) {
				val := t.NewRef(t.ExcOf(err).Value())
				t.DropError(err)
				return val, true, nil
			}
			return nil, false, err
		}
		if r == nil {
			return rt.None, true, nil
		}
		return r, false, nil
	}
	r, err := t.CallMethod(it, "send", v)
	if err != nil {
		if rt.Matches(err, rt.StopIterationType) {
			val := t.NewRef(t.ExcOf(err).Value())
			t.DropError(err)
			return val, true, nil
		}
		return nil, false, err
	}
	return r, false, nil
}

// resumeGen sends v into a generator for yield from.
func resumeGen(t *rt.Thread, g *rt.Generator, v *rt.Object) (*rt.Object, bool, error) {
	switch g.State {
	case rt.GenRunning:
		return nil, false, t.ValueError("generator already executing")
	case rt.GenClosed:
		return rt.None, true, nil
	case rt.GenCreated:
		if v != rt.None {
			return nil, false, t.TypeError("can't send non-None value to a just-started generator")
		}
	}
	return evaluator{}.Resume(t, g, v, nil)
}

// YieldFrom returns the iterator a suspended generator delegates to.
func (evaluator) YieldFrom(g *rt.Generator) *rt.Object {
	f := &g.Frame
	if g.State == rt.GenSuspended && atYieldFrom(f) && f.SP > 0 {
		return f.Slots[f.SP-1].Header()
	}
	return rt.None
}

// The continuations of inline generator resumptions (rt.Frame.Cont, whose
// low byte is the kind, beside contBinary): the argument is the jump
// target of the resuming instruction, where the caller goes when the
// generator finishes.
const (
	// contGenFor: FOR_ITER resumed the frame; the caller's stack has the
	// generator on top. A yielded value is pushed as the loop's next
	// item; at the end the generator is popped and the loop left.
	contGenFor = 2
	// contGenSend: SEND resumed the frame; the caller's stack has the
	// generator on top (the sent value moved to the generator's stack).
	// A yielded value is pushed for the caller's YIELD_VALUE; a returned
	// value replaces the generator, as the value of yield from.
	contGenSend = 3

	contKindMask = 1<<contShift - 1
)
