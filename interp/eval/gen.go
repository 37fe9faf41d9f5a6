package eval

import (
	"gilfree/interp/compile"
	"gilfree/locks"
	rt "gilfree/runtime"
)

// Generators: resuming a generator's frame in place, yield from, and
// the generator side of the exception state.

// suspend marks f's generator suspended at a yield.
// Its tags on shared-deferred objects become counts: a suspended frame is
// on no thread's frame chain, where a sweep would find them.
func suspend(t *rt.Thread, f *rt.Frame) {
	f.Gen.State = rt.GenSuspended
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
	started := g.State == rt.GenSuspended
	if exc != nil && started && atYieldFrom(f) {
		// throw() and close() go to the delegated-to iterator first.
		v, yielded, err := throwIntoDelegate(t, f.Slots[f.SP-1].Header(), exc)
		if yielded {
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
		if exc != nil {
			t.Decref(exc.Obj())
		}
		return nil, false, err
	}
	f.Back = t.Frame
	f.Entry = true
	outer := t.ExcInfo
	if g.ExcInfo != nil {
		t.ExcInfo, g.ExcInfo = g.ExcInfo, nil
	} else if outer != nil {
		t.ExcInfo = t.NewRef(outer)
	}
	g.State = rt.GenRunning
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
	inner := t.ExcInfo
	t.ExcInfo = outer
	if g.State == rt.GenSuspended && inner != outer {
		g.ExcInfo = inner
	} else if inner != nil {
		t.Decref(inner)
	}
	if g.State == rt.GenRunning {
		g.State = rt.GenClosed
	}
	t.Leave()
	if err != nil {
		if rt.Matches(err, rt.StopIterationType) {
			// PEP 479: a StopIteration leaking out of a generator body is
			// a RuntimeError.
			re := t.RuntimeError("generator raised StopIteration").(*rt.BaseException)
			t.SetCause(re, t.ExcOf(err).Obj())
			t.SetContext(re, t.ExcOf(err).Obj())
			t.DropError(err)
			return nil, true, re
		}
		return nil, true, err
	}
	return v, g.State == rt.GenClosed, nil
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
