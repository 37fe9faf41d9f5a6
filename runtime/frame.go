package runtime

// Frame is an executing (or suspended) code object: a window of slots on
// its thread's stack, or on a generator's own array, with the
// interpreter's bookkeeping. Frames are Go structs owned by the eval loop
// and reused through a per-thread pool; a Python-visible frame object
// (FrameObject) is made only when something asks for one (a traceback,
// sys._getframe, gi_frame), and is detached from the Frame when the frame
// finishes.
type Frame struct {
	Code     *Code
	Func     *Function // nil for module bodies and exec'd code
	Globals  *Dict
	Builtins *Dict
	Locals   *Object // the namespace of module and class bodies, nil otherwise

	// Slots are the frame's variables (Code.NSlots), then its evaluation
	// stack; SP is the stack's top as an index into Slots.
	Slots []StackRef
	SP    int
	// PC is the index of the next instruction while the frame is not
	// running (suspended, or calling another frame); Lasti is the index
	// of the instruction last started, for line numbers.
	PC    int
	Lasti int

	Back  *Frame // the calling frame
	Entry bool   // the first frame of an eval loop invocation: its return leaves the loop
	Gen   *Generator
	// OnStack is set when Slots is a window on the thread's stack (to pop
	// at exit), clear for a generator's own slots.
	OnStack bool
	// InitSelf, for the frame of an __init__ the eval loop runs for a
	// class call, is the new instance (a reference the frame owns), which
	// the call returns.
	InitSelf *Object
	// Cont, for the frame of a dunder the eval loop runs for an operator
	// (a + b calling a class's Python __add__), says what the loop does
	// with the frame's return value in the caller, where the operands
	// stay on the stack until then: the loop's own encoding, zero for an
	// ordinary call.
	Cont uint32
	obj  *FrameObject
	// nextFree links the frames of the thread's pool (framePool).
	nextFree *Frame
}

// framePool recycles Frame structs, so that Python-to-Python calls do
// not allocate. Free frames are linked through nextFree: a pop and a push
// are two loads and a store each, where a slice of free frames paid its
// length and capacity checks on every call and return.
type framePool struct{ head *Frame }

// NewFrame returns a frame from the pool, for the caller to fill in
// completely (it may hold the fields of its previous use).
func (t *Thread) NewFrame() *Frame {
	f := t.frames.head
	if f == nil {
		f = t.frames.grow()
	}
	t.frames.head = f.nextFree
	return f
}

// grow adds a chunk of new frames to the pool and returns the first
// (still linked, as NewFrame expects).
//
//go:noinline
func (p *framePool) grow() *Frame {
	chunk := make([]Frame, 16)
	for i := range chunk[:len(chunk)-1] {
		chunk[i].nextFree = &chunk[i+1]
	}
	return &chunk[0]
}

// FreeFrame returns a finished frame to the pool, first detaching its
// frame object if it has one. A pooled frame has its rare fields (Locals,
// Entry, Gen, InitSelf, Cont, the frame object) zero, so that the eval loop's
// call path writes only the fields every call sets (InitFrame); the
// others keep their last values until overwritten.
func (t *Thread) FreeFrame(f *Frame) {
	if f.obj != nil || f.Locals != nil || f.InitSelf != nil || f.Entry || f.Cont != 0 {
		t.clearRare(f)
	}
	fn := f.Func
	f.Func = nil
	f.nextFree = t.frames.head
	t.frames.head = f
	if fn != nil && !fn.IsDeferred() {
		t.dropCounted(fn) // the count PushCall took, last
	}
}

// clearRare detaches f's frame object and zeroes its rare fields, before
// f goes back to the pool.
//
//go:noinline
func (t *Thread) clearRare(f *Frame) {
	if f.obj != nil {
		t.detachFrameObject(f)
	}
	f.Locals, f.InitSelf, f.Entry, f.Cont = nil, nil, false, 0
}

// PushCall starts a call of fn from the frame back: the recursion check
// (Enter), a frame from the pool and a window of the thread's stack for
// its slots (Code.NSlots variables, then the evaluation stack). The eval
// loop's call path in one function, as ExitCall is its return path; the
// pieces it calls are inlined, their rare cases (a new chunk of frames or
// of stack, a counted function, the error) kept out of line.
func (t *Thread) PushCall(fn *Function, back *Frame) (*Frame, error) {
	d := t.Depth + 1
	if d > maxGoDepth || d > t.Interp.RecursionLimit() {
		return nil, t.callTooDeep()
	}
	t.Depth = d
	f := t.frames.head
	if f == nil {
		f = t.frames.grow()
	}
	t.frames.head = f.nextFree
	code := fn.Code
	n := code.NSlots + code.StackSize
	slots, ok := t.TryPushFrame(n)
	if !ok {
		slots = t.PushFrame(n)
	}
	InitFrame(f, fn, slots, back)
	if !fn.IsDeferred() {
		t.holdCounted(fn)
	}
	return f, nil
}

// callTooDeep is PushCall's RecursionError, out of line.
//
//go:noinline
func (t *Thread) callTooDeep() error { return t.RecursionError("maximum recursion depth exceeded") }

// holdFunc takes a frame's count on the function it runs, when that is a
// counted (nested) function: the frame reads its closure (COPY_FREE_VARS)
// and its globals while the caller may already have dropped the function
// ((lambda: x)() holds it only on the stack it pops).
func (t *Thread) holdFunc(fn *Function) {
	if !fn.IsDeferred() {
		t.holdCounted(fn)
	}
}

// holdCounted is holdFunc's count, out of line: top-level functions,
// the most called, are deferred and skip it.
//
//go:noinline
func (t *Thread) holdCounted(fn *Function) { t.Incref(&fn.Object) }

// dropCounted releases the count holdCounted took, out of line for the
// same reason.
//
//go:noinline
func (t *Thread) dropCounted(fn *Function) { t.Decref(&fn.Object) }

// releaseFunc drops the count holdFunc took for frame f, once f is done
// with its function. It runs last in a frame's teardown: the function may
// be freed, and a __del__ of what its closure held may run.
func (t *Thread) releaseFunc(f *Frame) {
	fn := f.Func
	f.Func = nil
	t.dropFunc(fn)
}

// dropFunc releases the count holdFunc took on fn (nil: none).
func (t *Thread) dropFunc(fn *Function) {
	if fn != nil && !fn.IsDeferred() {
		t.dropCounted(fn)
	}
}

// ExitCall ends the call of a frame PushCall made (or any frame with a
// window on the thread's stack): its variables are released, the window
// popped, the recursion level left and the frame returned to the pool.
// The slots above f.SP must be empty already.
func (t *Thread) ExitCall(f *Frame) {
	slots := f.Slots
	for i, r := range slots[:f.SP] {
		slots[i] = StackRef{}
		if isCounted(r) {
			t.CloseCounted(r)
		}
	}
	if !t.TryPopFrame(slots) {
		t.PopFrameCleared(slots)
	}
	t.Depth--
	// FreeFrame, written out: as a call it would not inline. Func is left
	// as it is (the next InitFrame overwrites it, and nothing reads a
	// pooled frame), which saves a store and its write barrier check.
	if f.obj != nil || f.Locals != nil || f.InitSelf != nil || f.Entry || f.Cont != 0 {
		t.clearRare(f)
	}
	fn := f.Func
	f.nextFree = t.frames.head
	t.frames.head = f
	if fn != nil && !fn.IsDeferred() {
		t.dropCounted(fn)
	}
}

// InitFrame fills a frame from the pool for a call of fn with the given
// slots window; the rare fields are zero already (FreeFrame).
func InitFrame(f *Frame, fn *Function, slots []StackRef, back *Frame) {
	code := fn.Code
	f.Code, f.Func, f.Globals, f.Builtins = code, fn, fn.Globals, fn.Builtins
	f.Slots, f.SP, f.PC, f.Lasti = slots, code.NSlots, 0, 0
	f.Back, f.OnStack = back, true
}

// DetachFrame detaches a finished generator frame from its frame object,
// if it has one.
func (t *Thread) DetachFrame(f *Frame) {
	if f.obj != nil {
		t.detachFrameObject(f)
	}
}

// Line returns the frame's current line.
func (f *Frame) Line() int { return f.Code.Line(f.Lasti) }

// FrameObject is a Python-visible frame.
type FrameObject struct {
	Object
	frame   *Frame // nil once the frame finished
	code    *Code
	globals *Dict
	lineno  int // the line when the frame finished
	locals  *Object
}

// TracebackObj is a traceback entry.
type TracebackObj struct {
	Object
	next  *Object // the next (inner) entry, or nil
	frame *Object // a FrameObject
	lasti int
}

// Lineno returns the traceback entry's line.
func (tb *TracebackObj) Lineno() int { return As[FrameObject](tb.frame).code.Line(tb.lasti) }

var (
	FrameType     = builtinType(&Type{Name: "frame"})
	TracebackType = builtinType(&Type{Name: "traceback"})
)

// FrameObjectOf returns the frame object of f, making it if needed; a
// new reference.
func (t *Thread) FrameObjectOf(f *Frame) *Object {
	if f.obj == nil {
		fo := As[FrameObject](t.free.frameObjs.pop(t.State))
		if fo == nil {
			fo = new(FrameObject)
		}
		*fo = FrameObject{frame: f, code: f.Code, globals: f.Globals}
		t.initObject(&fo.Object, FrameType)
		t.Incref(f.Globals.Obj())
		f.obj = fo
	}
	return t.NewRef(&f.obj.Object)
}

// detachFrameObject records what a frame object needs once its frame is
// gone, and drops the frame's reference to it.
func (t *Thread) detachFrameObject(f *Frame) {
	fo := f.obj
	f.obj = nil
	// A finished frame keeps its line; its variables are gone (f_locals
	// of a finished function frame is empty): snapshotting them on every
	// exception would make raising costly.
	fo.lineno = f.Line()
	fo.frame = nil
	t.Decref(&fo.Object)
}

func frameObjectClear(t *Thread, o *Object) {
	fo := As[FrameObject](o)
	if fo.globals != nil {
		t.Decref(fo.globals.Obj())
		fo.globals = nil
	}
	t.Clearref(&fo.locals)
}

// frameLocals builds the dict of a function frame's variables.
func (t *Thread) frameLocals(f *Frame) *Dict {
	d := t.NewDict()
	c := f.Code
	for i := 0; i < c.NSlots && i < len(f.Slots); i++ {
		r := f.Slots[i]
		if r.IsNull() {
			continue
		}
		v := r.Header()
		if c.Kinds[i]&(SlotCell|SlotFree) != 0 && TypeOf(v) == CellType {
			if cv := t.CellRef(As[Cell](v)); cv != nil {
				t.DictSetStr(d, c.SlotName(i), cv)
				t.Decref(cv)
			}
			continue
		}
		t.DictSetStr(d, c.SlotName(i), v)
	}
	return d
}

// Locals returns the frame's locals mapping: the namespace of a module or
// class body, a snapshot dict of a function's variables. A new reference.
func (t *Thread) FrameLocals(f *Frame) *Object {
	if f.Locals != nil {
		return t.NewRef(f.Locals)
	}
	return t.frameLocals(f).Obj()
}

func frameGetLineno(t *Thread, o *Object) (*Object, error) {
	fo := As[FrameObject](o)
	if fo.frame != nil {
		return t.NewInt(int64(fo.frame.Line())), nil
	}
	return t.NewInt(int64(fo.lineno)), nil
}

func frameGetBack(t *Thread, o *Object) (*Object, error) {
	fo := As[FrameObject](o)
	if fo.frame == nil || fo.frame.Back == nil {
		return None, nil
	}
	return t.FrameObjectOf(fo.frame.Back), nil
}

func frameGetLocals(t *Thread, o *Object) (*Object, error) {
	fo := As[FrameObject](o)
	if fo.frame != nil {
		return t.FrameLocals(fo.frame), nil
	}
	if fo.locals != nil {
		return t.NewRef(fo.locals), nil
	}
	return t.NewDict().Obj(), nil
}

func tracebackClear(t *Thread, o *Object) {
	tb := As[TracebackObj](o)
	t.Clearref(&tb.next)
	t.Clearref(&tb.frame)
}

// Tracebacks and frame objects come and go with every exception caught,
// so they are kept on free lists.

func tracebackDealloc(t *Thread, o *Object) {
	tracebackClear(t, o)
	if recycle(o) {
		t.free.tracebacks.push(o)
	}
}

func frameObjectDealloc(t *Thread, o *Object) {
	frameObjectClear(t, o)
	if recycle(o) {
		t.free.frameObjs.push(o)
	}
}

// NewTraceback returns a traceback entry for frame f at instruction lasti
// in front of next (borrowed, may be nil).
func (t *Thread) NewTraceback(next *Object, f *Frame, lasti int) *Object {
	tb := As[TracebackObj](t.free.tracebacks.pop(t.State))
	if tb == nil {
		tb = new(TracebackObj)
	}
	*tb = TracebackObj{frame: t.FrameObjectOf(f), lasti: lasti}
	if next != nil {
		tb.next = t.NewRef(next)
	}
	t.initObject(&tb.Object, TracebackType)
	return &tb.Object
}

func initFrameTypes() {
	ft := FrameType
	ft.clear = frameObjectClear
	ft.Dealloc = frameObjectDealloc
	ft.Repr = func(t *Thread, o *Object) (*Object, error) {
		fo := As[FrameObject](o)
		line := fo.lineno
		if fo.frame != nil {
			line = fo.frame.Line()
		}
		return t.NewStr("<frame at " + hexAddr(o) + ", file '" + fo.code.Filename + "', line " + itoa(line) + ", code " + fo.code.Name + ">"), nil
	}
	ft.addGetSets(
		GetSetDef{Name: "f_lineno", Get: frameGetLineno},
		GetSetDef{Name: "f_back", Get: frameGetBack},
		GetSetDef{Name: "f_locals", Get: frameGetLocals},
		GetSetDef{Name: "f_code", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewRef(&As[FrameObject](o).code.Object), nil
		}},
		GetSetDef{Name: "f_globals", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewRef(As[FrameObject](o).globals.Obj()), nil
		}},
		GetSetDef{Name: "f_builtins", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewRef(t.Interp.Builtins.Obj()), nil
		}},
		GetSetDef{Name: "f_lasti", Get: func(t *Thread, o *Object) (*Object, error) {
			fo := As[FrameObject](o)
			if fo.frame != nil {
				return t.NewInt(int64(fo.frame.Lasti * 2)), nil
			}
			return SmallInt(-1), nil
		}},
	)
	readyBuiltin(ft, ObjectType, 0, Layout{}, 0)

	tt := TracebackType
	tt.clear = tracebackClear
	tt.Dealloc = tracebackDealloc
	tt.addGetSets(
		GetSetDef{Name: "tb_next", Get: func(t *Thread, o *Object) (*Object, error) {
			if n := As[TracebackObj](o).next; n != nil {
				return t.NewRef(n), nil
			}
			return None, nil
		}, Set: func(t *Thread, o, v *Object) error {
			if v == nil {
				return t.TypeError("can't delete tb_next attribute")
			}
			if v == None {
				t.Clearref(&As[TracebackObj](o).next)
				return nil
			}
			if TypeOf(v) != TracebackType {
				return t.TypeError("expected traceback object or None, got '%s'", TypeOf(v).Name)
			}
			t.Incref(v)
			t.Setref(&As[TracebackObj](o).next, v)
			return nil
		}},
		GetSetDef{Name: "tb_frame", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewRef(As[TracebackObj](o).frame), nil }},
		GetSetDef{Name: "tb_lineno", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewInt(int64(As[TracebackObj](o).Lineno())), nil
		}},
		GetSetDef{Name: "tb_lasti", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewInt(int64(As[TracebackObj](o).lasti * 2)), nil
		}},
	)
	readyBuiltin(tt, ObjectType, 0, Layout{}, 0)
}
