package runtime

import (
	"fmt"
	"sync/atomic"
)

// Generator is a generator object. It keeps its frame, whose slots are an
// array of its own, and the eval loop runs that frame in place on
// whichever thread resumes it (Evaluator.Resume).
type Generator struct {
	Object
	Frame    Frame
	Code     *Code
	Name     *Object
	QualName *Object
	State    GenState
	// ExcInfo is the exception being handled inside the generator while
	// it is suspended, restored when it resumes.
	ExcInfo *Object
	// CallerExc is, while the eval loop runs the generator's frame in
	// place of a for loop or yield from (not through Evaluator.Resume),
	// the exception its caller was handling (borrowed), which the thread's
	// goes back to when the frame yields or ends.
	CallerExc *Object
}

// GenState is a generator's life cycle. Leaving GenCreated or
// GenSuspended for GenRunning is a compare-and-swap (Claim), so that of
// two threads resuming one generator at once exactly one runs its frame;
// the thread that claimed it makes every later change (SetState).
type GenState uint32

const (
	GenCreated   GenState = iota // not started
	GenSuspended                 // stopped at a yield
	GenRunning                   // running now
	GenClosed                    // finished
)

// GeneratorType is the type of generators.
var GeneratorType = builtinType(&Type{Name: "generator"})

// NewGenerator makes a generator for fn's code; the eval loop fills its
// frame with the arguments.
// A generator from the free list brings its slot array, empty.
func (t *Thread) NewGenerator(fn *Function) *Generator {
	c := fn.Code
	need := c.NSlots + c.StackSize
	g := As[Generator](t.free.gens.pop(t.State))
	if g == nil {
		g = new(Generator)
	}
	if cap(g.Frame.Slots) >= need {
		g.Frame.Slots = g.Frame.Slots[:need]
	} else {
		g.Frame.Slots = make([]StackRef, need)
	}
	g.Code = c
	g.Name = t.NewRef(fn.Name)
	g.QualName = t.NewRef(fn.QualName)
	g.Frame.Code = c
	g.Frame.Func = fn
	t.holdFunc(fn)
	g.Frame.Globals = fn.Globals
	g.Frame.Builtins = fn.Builtins
	g.Frame.SP = c.NSlots
	g.Frame.Gen = g
	t.initObject(&g.Object, GeneratorType)
	return g
}

// Obj returns the generator as an object reference.
func (g *Generator) Obj() *Object { return &g.Object }

// Claim moves g from state from (GenCreated or GenSuspended) to
// GenRunning and reports whether it did; false means another thread
// changed the state first.
func (g *Generator) Claim(from GenState) bool {
	return atomic.CompareAndSwapUint32((*uint32)(&g.State), uint32(from), uint32(GenRunning))
}

// SetState stores the state of a generator this thread has claimed (or
// that no other thread can see yet).
func (g *Generator) SetState(s GenState) { atomic.StoreUint32((*uint32)(&g.State), uint32(s)) }

// LoadState reads the state, as another thread may be changing it.
func (g *Generator) LoadState() GenState { return GenState(atomic.LoadUint32((*uint32)(&g.State))) }

// resume runs the generator with a sent value or a thrown exception.
func (t *Thread) resume(g *Generator, sent *Object, exc *BaseException) (*Object, bool, error) {
	switch g.LoadState() {
	case GenRunning:
		if exc != nil {
			t.Decref(&exc.Object)
		}
		return nil, false, t.ValueError("generator already executing")
	case GenClosed:
		if exc != nil {
			return nil, true, exc
		}
		return None, true, nil
	}
	return t.Interp.Eval.Resume(t, g, sent, exc)
}

func genNext(t *Thread, o *Object) (*Object, error) {
	g := As[Generator](o)
	v, done, err := t.resume(g, None, nil)
	if err != nil {
		return nil, err
	}
	if done {
		if v != None {
			e := t.StopIteration(v)
			t.Decref(v)
			return nil, e
		}
		return nil, nil
	}
	return v, nil
}

// GenSend is generator.send(v).
func (t *Thread) GenSend(g *Generator, v *Object) (*Object, error) {
	if g.State == GenCreated && v != None {
		return nil, t.TypeError("can't send non-None value to a just-started generator")
	}
	r, done, err := t.resume(g, v, nil)
	if err != nil {
		return nil, err
	}
	if done {
		e := t.StopIteration(r)
		t.Decref(r)
		return nil, e
	}
	return r, nil
}

func genSend(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("send", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	return t.GenSend(As[Generator](args[0]), args[1])
}

// MakeThrown builds the exception that throw(typ, val, tb) raises.
func (t *Thread) MakeThrown(typ, val, tb *Object) (*BaseException, error) {
	var exc *Object
	switch {
	case IsType(typ) && As[Type](typ).IsSubtype(BaseExceptionType):
		if val != nil && val != None && TypeOf(val).IsSubtype(As[Type](typ)) {
			exc = t.NewRef(val)
		} else {
			var err error
			if val == nil || val == None {
				exc, err = t.Call(typ, nil, nil)
			} else if TypeOf(val).Flags&FlagTupleSubclass != 0 {
				exc, err = t.Call(typ, TupleItems(val), nil)
			} else {
				exc, err = t.Call1(typ, val)
			}
			if err != nil {
				return nil, err
			}
		}
	case TypeOf(typ).Flags&FlagExcSubclass != 0:
		if val != nil && val != None {
			return nil, t.TypeError("instance exception may not have a separate value")
		}
		exc = t.NewRef(typ)
	default:
		return nil, t.TypeError("exceptions must be classes or instances deriving from BaseException, not %s", TypeOf(typ).Name)
	}
	if TypeOf(exc).Flags&FlagExcSubclass == 0 {
		t.Decref(exc)
		return nil, t.TypeError("calling %s should have returned an instance of BaseException, not %s", typeName(typ), TypeOf(exc).Name)
	}
	e := As[BaseException](exc)
	if tb != nil && tb != None {
		if TypeOf(tb) != TracebackType {
			t.Decref(exc)
			return nil, t.TypeError("throw() third argument must be a traceback object")
		}
		t.SetTraceback(e, tb)
	}
	return e, nil
}

// GenThrow is generator.throw(exc).
func (t *Thread) GenThrow(g *Generator, exc *BaseException) (*Object, error) {
	r, done, err := t.resume(g, nil, exc)
	if err != nil {
		return nil, err
	}
	if done {
		e := t.StopIteration(r)
		t.Decref(r)
		return nil, e
	}
	return r, nil
}

func genThrow(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("throw", args[1:], kw, 1, 3); err != nil {
		return nil, err
	}
	var val, tb *Object
	if len(args) > 2 {
		val = args[2]
	}
	if len(args) > 3 {
		tb = args[3]
	}
	exc, err := t.MakeThrown(args[1], val, tb)
	if err != nil {
		return nil, err
	}
	return t.GenThrow(As[Generator](args[0]), exc)
}

// GenClose is generator.close().
func (t *Thread) GenClose(g *Generator) error {
	switch g.State {
	case GenCreated:
		if g.Claim(GenCreated) {
			t.clearGenFrame(g)
			return nil
		}
	case GenClosed:
		return nil
	}
	exc := t.NewError(GeneratorExitType).(*BaseException)
	r, done, err := t.resume(g, nil, exc)
	if err != nil {
		if Matches(err, GeneratorExitType) || Matches(err, StopIterationType) {
			t.DropError(err)
			return nil
		}
		return err
	}
	t.Decref(r)
	if !done {
		return t.RuntimeError("generator ignored GeneratorExit")
	}
	return nil
}

func genClose(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.GenClose(As[Generator](args[0])); err != nil {
		return nil, err
	}
	return None, nil
}

// clearGenFrame closes a generator that never ran: its frame's slots
// (the arguments) are released.
func (t *Thread) clearGenFrame(g *Generator) {
	g.SetState(GenClosed)
	for i, r := range g.Frame.Slots {
		g.Frame.Slots[i] = StackRef{}
		t.Close(r)
	}
}

func genRepr(t *Thread, o *Object) (*Object, error) {
	g := As[Generator](o)
	return t.NewStr(fmt.Sprintf("<generator object %s at %#x>", As[Str](g.QualName).s, Addr(o))), nil
}

func genDealloc(t *Thread, o *Object) {
	// Weak references die before the generator is closed, as CPython's
	// do: a callback sees the reference dead, never a closing generator.
	if o.IsWeakMarked() && t.weakDeath(o) {
		return
	}
	g := As[Generator](o)
	if g.State == GenSuspended {
		if !t.finalizeNow(o) {
			// Closing runs Python code (finally blocks): not in the
			// middle of a merge, nor as a thread held by another.
			t.finalizeLater(o)
			return
		}
		t.InitHeader(o, typePtr(GeneratorType))
		saved := t.ExcInfo
		clean := t.uncleanCall()
		err := t.GenClose(g)
		t.EndCleanCall(clean)
		if err != nil {
			t.WriteUnraisable(err, o)
		}
		t.ExcInfo = saved
		if !t.State.Decref(o) {
			return
		}
	}
	if g.State == GenCreated {
		t.clearGenFrame(g)
	}
	t.Clearref(&g.Name)
	t.Clearref(&g.QualName)
	t.Clearref(&g.ExcInfo)
	t.releaseFunc(&g.Frame)
	if g.Frame.obj != nil || cap(g.Frame.Slots) > maxGenSlots {
		// A frame object (gi_frame, a traceback's) may still point at
		// the frame: the memory is left to Go's collector.
		release(o)
		return
	}
	if !recycle(o) {
		return
	}
	// The frame's slots are empty: a finished frame closed them, and a
	// generator that never ran had them cleared (clearGenFrame).
	slots := g.Frame.Slots[:cap(g.Frame.Slots)]
	clear(slots)
	g.Frame = Frame{Slots: slots[:0]}
	g.Code, g.CallerExc = nil, nil
	g.State = GenCreated
	t.free.gens.push(o)
}

// maxGenSlots bounds the slot arrays that dead generators keep on the
// free list.
const maxGenSlots = 64

func initGeneratorType() {
	gt := GeneratorType
	gt.Iter = func(t *Thread, o *Object) (*Object, error) { return t.NewRef(o), nil }
	gt.Next = genNext
	gt.Repr = genRepr
	gt.Dealloc = genDealloc
	gt.addMethods(
		MethodDef{"send", genSend, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
		MethodDef{"throw", genThrow, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
		MethodDef{"close", genClose, "close() -> raise GeneratorExit inside generator."},
	)
	gt.addGetSets(
		GetSetDef{Name: "gi_frame", Get: func(t *Thread, o *Object) (*Object, error) {
			g := As[Generator](o)
			if g.State == GenClosed {
				return None, nil
			}
			return t.FrameObjectOf(&g.Frame), nil
		}},
		GetSetDef{Name: "gi_running", Get: func(t *Thread, o *Object) (*Object, error) {
			return NewBool(As[Generator](o).LoadState() == GenRunning), nil
		}},
		GetSetDef{Name: "gi_suspended", Get: func(t *Thread, o *Object) (*Object, error) {
			return NewBool(As[Generator](o).LoadState() == GenSuspended), nil
		}},
		GetSetDef{Name: "gi_code", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewRef(&As[Generator](o).Code.Object), nil
		}},
		GetSetDef{Name: "gi_yieldfrom", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewRef(t.Interp.Eval.YieldFrom(As[Generator](o))), nil
		}},
		GetSetDef{Name: "__name__", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewRef(As[Generator](o).Name), nil
		}, Set: func(t *Thread, o, v *Object) error {
			if v == nil || !IsStr(v) {
				return t.TypeError("__name__ must be set to a string object")
			}
			t.Incref(v)
			t.Setref(&As[Generator](o).Name, v)
			return nil
		}},
		GetSetDef{Name: "__qualname__", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewRef(As[Generator](o).QualName), nil
		}, Set: func(t *Thread, o, v *Object) error {
			if v == nil || !IsStr(v) {
				return t.TypeError("__qualname__ must be set to a string object")
			}
			t.Incref(v)
			t.Setref(&As[Generator](o).QualName, v)
			return nil
		}},
	)
	readyBuiltin(gt, ObjectType, 0, Layout{}, 0)
}
