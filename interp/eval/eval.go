package eval

import (
	"gilfree/interp/compile"
	"gilfree/refcount"
	rt "gilfree/runtime"
)

// A reraise (RERAISE, a bare raise) raises an exception again as it is:
// no traceback entry is added for the frame. The loop marks one in a local
// beside err rather than by wrapping the error, which would allocate on
// every re-raise; these are its values besides an instruction index that
// RERAISE restores as the frame's lasti.
const (
	notReraise = -2 // err is a new raise in this frame
	reraiseAt  = -1 // a reraise at the failing instruction
)

// run executes frame f, an entry frame, and the frames it calls, until f
// returns (the result, a new reference), yields (its generator is then
// suspended), or raises. A non-nil pending error is raised in f at its
// current instruction before anything runs, as generator.throw() does.
func run(t *rt.Thread, f *rt.Frame, pending error) (*rt.Object, error) {
	t.Frame = f
	// err is the exception being raised; reraise says whether it is
	// raised again as it is (notReraise, reraiseAt or a lasti to restore).
	// The instruction that raised it is always pc-1: every instruction
	// leaves pc past itself before it fails.
	err := pending
	reraise := notReraise

	// The loop's view of f (code, instrs, slots, sp, pc) is loaded here,
	// at every change of frame (a call, a return, a generator resumed or
	// suspending, an exception leaving a frame or caught), and the inner
	// dispatch loop never assigns code, instrs or slots: a frame change
	// saves sp and pc in the frame and continues this loop. The register
	// allocator then saves the three once per frame change, where before,
	// as variables the dispatch loop assigned, they were stored to the Go
	// stack at every dispatch.
frames:
	for {
		code := f.Code
		instrs := code.Instrs
		slots := f.Slots
		sp, pc := f.SP, f.PC
		if err != nil {
			// Unwinding: find a handler in f, or leave f.
			lasti := max(pc-1, 0)
			exc := t.ExcOf(err)
			err = nil
			switch reraise {
			case notReraise:
				tb := t.NewTraceback(exc.Traceback(), f, lasti)
				t.SetTraceback(exc, tb)
				t.Decref(tb)
				f.Lasti = lasti
			case reraiseAt:
				f.Lasti = lasti
			default:
				f.Lasti = reraise
			}
			reraise = notReraise
			if h, ok := code.Handler(lasti); ok {
				depth := code.NSlots + int(h.Depth)
				for sp > depth {
					sp--
					r := slots[sp]
					slots[sp] = refcount.StackRef{}
					if rt.IsCounted(r) {
						t.CloseCounted(r)
					}
				}
				if h.Lasti {
					slots[sp] = rt.StackNew(t.NewInt(int64(f.Lasti)))
					sp++
				}
				slots[sp] = rt.StackNew(exc.Obj())
				sp++
				f.SP, f.PC = sp, int(h.Target)
				continue
			}
			// No handler: the exception leaves the frame.
			f.SP = sp
			caller, entry, cont, gen := f.Back, f.Entry, f.Cont, f.Gen
			if f.InitSelf != nil {
				t.Decref(f.InitSelf)
			}
			exitFrame(t, f)
			if entry {
				t.Frame = caller
				return nil, exc
			}
			if isGenCont(cont) {
				// A generator resumed in this loop raised: it is
				// finished, and the caller's FOR_ITER or SEND raises.
				leaveGenInline(t, gen, false)
				exc = genEscape(t, exc)
			}
			f = caller
			t.Frame = f
			err = exc
			continue
		}

	dispatch:
		for {
			w := instrs[pc]
			pc++
			op := compile.Opcode(w)
			arg := w >> 8
			if op == compile.EXTENDED_ARG {
				// The prefixes and the instruction they extend are
				// decoded here, not by a case that jumps back into the
				// switch: a second way into it made op and arg values
				// the register allocator kept in memory at every
				// dispatch.
				op, arg, pc = extendedArg(instrs, pc, arg)
			}
			if opStats {
				recordOp(op)
			}
			switch op {
			case compile.NOP:
				// - NOP -

			case compile.POP_TOP:
				// x POP_TOP -
				sp--
				r := slots[sp]
				slots[sp] = refcount.StackRef{}
				if rt.IsCounted(r) {
					t.CloseCounted(r)
				}

			case compile.PUSH_NULL:
				// - PUSH_NULL null
				slots[sp] = refcount.StackRef{}
				sp++

			case compile.COPY:
				// x_n ... x_1 COPY(n) x_n ... x_1 x_n
				r := slots[sp-int(arg)]
				if rt.IsCounted(r) {
					t.IncrefCounted(r)
				}
				slots[sp] = r
				sp++

			case compile.SWAP:
				// x_n ... x_1 SWAP(n) x_1 ... x_n
				n := sp - int(arg)
				slots[sp-1], slots[n] = slots[n], slots[sp-1]

			case compile.LOAD_CONST:
				// - LOAD_CONST(const) value
				slots[sp] = rt.StackBorrow(code.Consts[arg])
				sp++

			case compile.LOAD_FAST:
				// - LOAD_FAST(slot) value
				r := slots[arg]
				if r.IsNull() {
					err = unboundLocal(t, code, int(arg))
					break dispatch
				}
				if rt.IsCounted(r) {
					t.IncrefCounted(r)
				}
				slots[sp] = r
				sp++

			case compile.LOAD_FAST_BORROW:
				// - LOAD_FAST_BORROW(slot) value   (borrowed: no count)
				r := slots[arg]
				if r.IsNull() {
					err = unboundLocal(t, code, int(arg))
					break dispatch
				}
				slots[sp] = refcount.BorrowStackRef(r.Header())
				sp++

			case compile.STORE_FAST:
				// value STORE_FAST(slot) -
				sp--
				old := slots[arg]
				slots[arg] = slots[sp]
				slots[sp] = refcount.StackRef{}
				if rt.IsCounted(old) {
					t.CloseCounted(old)
				}

			case compile.DELETE_FAST:
				// - DELETE_FAST(slot) -
				old := slots[arg]
				if old.IsNull() {
					err = unboundLocal(t, code, int(arg))
					break dispatch
				}
				slots[arg] = refcount.StackRef{}
				if rt.IsCounted(old) {
					t.CloseCounted(old)
				}

			case compile.MAKE_CELL:
				// - MAKE_CELL(slot) -   (slot := a new cell holding its old value)
				old := slots[arg]
				var v *rt.Object
				if !old.IsNull() {
					v = t.StealStackRef(old)
				}
				slots[arg] = rt.StackNew(t.NewCellSteal(v).Obj())

			case compile.COPY_FREE_VARS:
				// - COPY_FREE_VARS(n) -   (the last n variable slots := the closure's cells)
				cells := f.Func.Closure.Items()
				base := code.NSlots - int(arg)
				for i, c := range cells {
					slots[base+i] = t.IncrefStackRef(c)
				}

			case compile.LOAD_CLOSURE:
				// - LOAD_CLOSURE(slot) cell
				slots[sp] = t.DupStackRef(slots[arg])
				sp++

			case compile.LOAD_DEREF:
				// - LOAD_DEREF(slot) value
				v := cellOf(slots[arg]).Get()
				if v == nil {
					err = unboundDeref(t, code, int(arg))
					break dispatch
				}
				r, ok := t.TryIncrefStackRef(v)
				if !ok {
					if r = reloadCell(t, cellOf(slots[arg])); r.IsNull() {
						err = unboundDeref(t, code, int(arg))
						break dispatch
					}
				}
				slots[sp] = r
				sp++

			case compile.LOAD_CLASSDEREF:
				// - LOAD_CLASSDEREF(slot) value   (the locals mapping first, then the cell)
				v, e := loadClassDeref(t, f, int(arg))
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp] = rt.StackNew(v)
				sp++

			case compile.STORE_DEREF:
				// value STORE_DEREF(slot) -
				sp--
				v := t.StealStackRef(slots[sp])
				slots[sp] = refcount.StackRef{}
				t.CellSetSteal(cellOf(slots[arg]), v)

			case compile.DELETE_DEREF:
				// - DELETE_DEREF(slot) -
				c := cellOf(slots[arg])
				if c.Get() == nil {
					err = unboundDeref(t, code, int(arg))
					break dispatch
				}
				t.CellSetSteal(c, nil)

			case compile.LOAD_NAME:
				// - LOAD_NAME(name) value   (locals, then globals, then builtins)
				v, e := loadName(t, f, code.Names[arg])
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp] = rt.StackNew(v)
				sp++

			case compile.STORE_NAME:
				// value STORE_NAME(name) -
				sp--
				r := slots[sp]
				slots[sp] = refcount.StackRef{}
				e := storeName(t, f, code.Names[arg], r.Header())
				if rt.IsCounted(r) {
					t.CloseCounted(r)
				}
				if e != nil {
					err = e
					break dispatch
				}

			case compile.DELETE_NAME:
				// - DELETE_NAME(name) -
				if e := deleteName(t, f, code.Names[arg]); e != nil {
					err = e
					break dispatch
				}

			case compile.LOAD_GLOBAL:
				// - LOAD_GLOBAL(name<<1 | pushNull) value [null]
				var v *rt.Object
				if c := code.Caches[pc-1].Load(); c != nil && c.Kind == cacheGlobal {
					v = f.Globals.EntryIfKey(int(c.Index), code.Names[arg>>1])
				}
				if v == nil {
					var e error
					if v, e = loadGlobal(t, f, pc-1, code.Names[arg>>1]); e != nil {
						err = e
						break dispatch
					}
				}
				r, ok := t.TryIncrefStackRef(v)
				if !ok {
					var e error
					if r, e = reloadGlobal(t, f, pc-1, code.Names[arg>>1], v); e != nil {
						err = e
						break dispatch
					}
				}
				slots[sp] = r
				sp++
				if arg&1 != 0 {
					slots[sp] = refcount.StackRef{}
					sp++
				}

			case compile.STORE_GLOBAL:
				// value STORE_GLOBAL(name) -
				sp--
				r := slots[sp]
				slots[sp] = refcount.StackRef{}
				t.DictSetStr(f.Globals, code.Names[arg], r.Header())
				if rt.IsCounted(r) {
					t.CloseCounted(r)
				}

			case compile.DELETE_GLOBAL:
				// - DELETE_GLOBAL(name) -
				if !t.DictDelStr(f.Globals, code.Names[arg]) {
					err = t.NameError("name '%s' is not defined", code.Names[arg].String())
					break dispatch
				}

			case opGlobalLoadAttr:
				// - LOAD_GLOBAL(name<<1) LOAD_ATTR(attr) g.attr
				// LOAD_GLOBAL's case, then LOAD_ATTR's. (Not a
				// fallthrough into LOAD_ATTR's case: that made the
				// loop slower, deltablue by 8%.)
				r, e := globalRef(t, f, pc, arg)
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp] = r
				sp++
				if arg&1 != 0 {
					// A null pushed too (never before LOAD_ATTR): the
					// LOAD_ATTR runs alone.
					slots[sp] = refcount.StackRef{}
					sp++
					continue
				}
				pc++
				v, e := loadAttr(t, code, pc-1, r.Header(), code.Names[instrs[pc-1]>>8])
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp-1] = rt.StackNew(v)
				if rt.IsCounted(r) {
					t.CloseCounted(r)
				}

			case compile.LOAD_ATTR:
				// obj LOAD_ATTR(name) obj.name
				r := slots[sp-1]
				v, e := loadAttr(t, code, pc-1, r.Header(), code.Names[arg])
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp-1] = rt.StackNew(v)
				if rt.IsCounted(r) {
					t.CloseCounted(r)
				}

			case compile.LOAD_METHOD:
				// obj LOAD_METHOD(name) method obj   |   obj LOAD_METHOD(name) obj.name null
				r := slots[sp-1]
				if rt.TypeOf(r.Header()) == rt.SuperType {
					// super().m(...): the function and the instance,
					// without a super object's bound method.
					if m, self, ok := t.SuperMethod(r.Header(), code.Names[arg]); ok {
						slots[sp-1] = t.IncrefStackRef(m)
						slots[sp] = t.IncrefStackRef(self)
						sp++
						if rt.IsCounted(r) {
							t.CloseCounted(r)
						}
						continue
					}
				}
				m, kind, e := loadMethod(t, code, pc-1, r.Header(), code.Names[arg])
				if e != nil {
					err = e
					break dispatch
				}
				if kind != methodUnbound {
					if kind == methodBound {
						slots[sp-1] = rt.StackNew(m)
					} else {
						slots[sp-1] = refcount.DeferredStackRef(m)
					}
					slots[sp] = refcount.StackRef{}
					if rt.IsCounted(r) {
						t.CloseCounted(r)
					}
				} else {
					slots[sp-1] = t.IncrefStackRef(m)
					slots[sp] = r
				}
				sp++

			case compile.STORE_ATTR:
				// value obj STORE_ATTR(name) -
				sp -= 2
				vr, or := slots[sp], slots[sp+1]
				slots[sp], slots[sp+1] = refcount.StackRef{}, refcount.StackRef{}
				e := storeAttr(t, code, pc-1, or.Header(), code.Names[arg], vr.Header())
				if rt.IsCounted(vr) {
					t.CloseCounted(vr)
				}
				if rt.IsCounted(or) {
					t.CloseCounted(or)
				}
				if e != nil {
					err = e
					break dispatch
				}

			case compile.DELETE_ATTR:
				// obj DELETE_ATTR(name) -
				sp--
				r := slots[sp]
				slots[sp] = refcount.StackRef{}
				e := t.SetAttr(r.Header(), code.Names[arg], nil)
				if rt.IsCounted(r) {
					t.CloseCounted(r)
				}
				if e != nil {
					err = e
					break dispatch
				}

			case compile.BINARY_SUBSCR:
				// container key BINARY_SUBSCR container[key]
				v, e := binarySubscr(t, slots[sp-2].Header(), slots[sp-1].Header())
				if e != nil {
					err = e
					break dispatch
				}
				sp--
				if rt.IsCounted(slots[sp]) {
					t.CloseCounted(slots[sp])
				}
				slots[sp] = refcount.StackRef{}
				if rt.IsCounted(slots[sp-1]) {
					t.CloseCounted(slots[sp-1])
				}
				slots[sp-1] = v

			case compile.STORE_SUBSCR:
				// value container key STORE_SUBSCR -
				e := storeSubscr(t, slots[sp-2].Header(), slots[sp-1].Header(), slots[sp-3].Header())
				sp = closeTop(t, slots, sp, 3)
				if e != nil {
					err = e
					break dispatch
				}

			case compile.DELETE_SUBSCR:
				// container key DELETE_SUBSCR -
				e := t.DelItem(slots[sp-2].Header(), slots[sp-1].Header())
				sp = closeTop(t, slots, sp, 2)
				if e != nil {
					err = e
					break dispatch
				}

			case compile.BINARY_SLICE:
				// container start stop BINARY_SLICE container[start:stop]
				v, ok := t.SliceFast(slots[sp-3].Header(), slots[sp-2].Header(), slots[sp-1].Header())
				var e error
				if !ok {
					s := t.NewSlice(slots[sp-2].Header(), slots[sp-1].Header(), nil)
					v, e = t.GetItem(slots[sp-3].Header(), s)
					t.Decref(s)
				}
				sp = closeTop(t, slots, sp, 3)
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp] = rt.StackNew(v)
				sp++

			case compile.STORE_SLICE:
				// value container start stop STORE_SLICE -
				var e error
				if !t.StoreSliceFast(slots[sp-3].Header(), slots[sp-2].Header(), slots[sp-1].Header(), slots[sp-4].Header()) {
					s := t.NewSlice(slots[sp-2].Header(), slots[sp-1].Header(), nil)
					e = t.SetItem(slots[sp-3].Header(), s, slots[sp-4].Header())
					t.Decref(s)
				}
				sp = closeTop(t, slots, sp, 4)
				if e != nil {
					err = e
					break dispatch
				}

			case compile.BUILD_SLICE:
				// start stop [step] BUILD_SLICE(n) slice
				var s *rt.Object
				if arg == 3 {
					s = t.NewSlice(slots[sp-3].Header(), slots[sp-2].Header(), slots[sp-1].Header())
				} else {
					s = t.NewSlice(slots[sp-2].Header(), slots[sp-1].Header(), nil)
				}
				sp = closeTop(t, slots, sp, int(arg))
				slots[sp] = rt.StackNew(s)
				sp++

			case compile.BUILD_TUPLE:
				// x_1 ... x_n BUILD_TUPLE(n) tuple
				n := int(arg)
				tu, items := t.NewTupleFill(n)
				for i := range items {
					items[i] = t.StealStackRef(slots[sp-n+i])
					slots[sp-n+i] = refcount.StackRef{}
				}
				sp -= n
				slots[sp] = rt.StackNew(tu.Obj())
				sp++

			case compile.BUILD_LIST:
				// x_1 ... x_n BUILD_LIST(n) list
				n := int(arg)
				l, items := t.NewListFill(n)
				for i := 0; i < n; i++ {
					items[i] = t.StealStackRef(slots[sp-n+i])
					slots[sp-n+i] = refcount.StackRef{}
				}
				sp -= n
				slots[sp] = rt.StackNew(l.Obj())
				sp++

			case compile.BUILD_SET, compile.BUILD_MAP, compile.BUILD_CONST_KEY_MAP, compile.BUILD_STRING,
				compile.LIST_TO_TUPLE, compile.UNPACK_EX, compile.FORMAT_VALUE,
				compile.DICT_UPDATE, compile.DICT_MERGE, compile.SET_UPDATE, compile.LIST_EXTEND,
				compile.MAP_ADD, compile.SET_ADD:
				// Displays and their helpers: see ops.go for each one's
				// stack picture.
				nsp, e := buildOp(t, f, op, int(arg), slots, sp)
				sp = nsp
				if e != nil {
					err = e
					break dispatch
				}

			case compile.LIST_APPEND:
				// list x_i-1 ... x_1 v LIST_APPEND(i) list x_i-1 ... x_1
				sp--
				v := t.StealStackRef(slots[sp])
				slots[sp] = refcount.StackRef{}
				rt.ListAppendSteal(slots[sp-int(arg)].Header(), v)

			case compile.UNPACK_SEQUENCE:
				// seq UNPACK_SEQUENCE(n) x_n ... x_1   (x_1 on top)
				nsp, e := unpackSequence(t, slots, sp, int(arg))
				if e != nil {
					err = e
					break dispatch
				}
				sp = nsp

			case compile.BINARY_OP:
				// x y BINARY_OP(op) x<op>y
				if rt.TypeOf(slots[sp-2].Header()).IsHeap() {
					if nf, e := binaryFrame(t, f, pc, sp, arg); nf != nil || e != nil {
						// x's class has a Python __op__: it runs as a
						// frame of this loop (see binaryFrame).
						if e != nil {
							err = e
							break dispatch
						}
						f = nf // binaryFrame made it t.Frame
						if t.Pending() != 0 {
							err = pollAtEntry(t)
						}
						continue frames
					}
				}
				sp--
				r, e := binaryRefs(t, slots[sp-1], slots[sp], rt.BinaryOp(arg), instrs[pc], slots)
				slots[sp] = refcount.StackRef{}
				slots[sp-1] = r
				if e != nil {
					sp--
					err = e
					break dispatch
				}

			case compile.UNARY_NEGATIVE, compile.UNARY_POSITIVE, compile.UNARY_INVERT:
				// x UNARY_NEGATIVE -x   (and +x, ~x)
				x := slots[sp-1]
				var v *rt.Object
				var e error
				switch op {
				case compile.UNARY_NEGATIVE:
					v, e = t.Neg(x.Header())
				case compile.UNARY_POSITIVE:
					v, e = t.Pos(x.Header())
				default:
					v, e = t.Invert(x.Header())
				}
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp-1] = rt.StackNew(v)
				if rt.IsCounted(x) {
					t.CloseCounted(x)
				}

			case compile.UNARY_NOT:
				// x UNARY_NOT not x
				x := slots[sp-1]
				b, e := t.Truth(x.Header())
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp-1] = rt.StackBorrow(rt.NewBool(!b))
				if rt.IsCounted(x) {
					t.CloseCounted(x)
				}

			case compile.COMPARE_OP:
				// x y COMPARE_OP(op) x<op>y
				a, b := slots[sp-2].Header(), slots[sp-1].Header()
				var v *rt.Object
				if rt.TypeOf(a) == rt.IntType && rt.TypeOf(b) == rt.IntType {
					if x, ok := rt.IntSmall(a); ok {
						if y, ok := rt.IntSmall(b); ok {
							v = rt.NewBool(compareInt64(x, y, rt.CompareOp(arg)))
						}
					}
				} else if rt.TypeOf(a) == rt.FloatType && rt.TypeOf(b) == rt.FloatType {
					v = rt.NewBool(compareFloat(rt.FloatValue(a), rt.FloatValue(b), rt.CompareOp(arg)))
				}
				if v == nil {
					var e error
					if v, e = t.RichCompare(a, b, rt.CompareOp(arg)); e != nil {
						err = e
						break dispatch
					}
				}
				sp--
				if rt.IsCounted(slots[sp]) {
					t.CloseCounted(slots[sp])
				}
				slots[sp] = refcount.StackRef{}
				if rt.IsCounted(slots[sp-1]) {
					t.CloseCounted(slots[sp-1])
				}
				slots[sp-1] = rt.StackNew(v)

			case compile.IS_OP:
				// x y IS_OP(invert) bool
				same := slots[sp-2].Header() == slots[sp-1].Header()
				sp = closeTop(t, slots, sp, 2)
				slots[sp] = rt.StackBorrow(rt.NewBool(same != (arg == 1)))
				sp++

			case compile.CONTAINS_OP:
				// x y CONTAINS_OP(invert) bool
				in, ok := t.ContainsFast(slots[sp-1].Header(), slots[sp-2].Header())
				var e error
				if !ok {
					in, e = t.Contains(slots[sp-1].Header(), slots[sp-2].Header())
				}
				sp = closeTop(t, slots, sp, 2)
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp] = rt.StackBorrow(rt.NewBool(in != (arg == 1)))
				sp++

			case compile.JUMP_FORWARD:
				// - JUMP_FORWARD(target) -
				pc = int(arg)

			case compile.JUMP_BACKWARD:
				// - JUMP_BACKWARD(target) -   (polls the eval breaker)
				t.Quiescent()
				if t.Pending() != 0 {
					if e := t.SafePoll(); e != nil {
						err = e
						break dispatch
					}
				}
				pc = int(arg)

			case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
				// x POP_JUMP_IF_FALSE(target) -   (and _TRUE)
				sp--
				r := slots[sp]
				slots[sp] = refcount.StackRef{}
				x := r.Header()
				var b bool
				switch x {
				case rt.True:
					b = true
				case rt.False, rt.None:
				default:
					var e error
					if rt.TypeOf(x) == rt.IntType {
						// A big int is never zero.
						v, small := rt.IntSmall(x)
						b = v != 0 || !small
					} else {
						b, e = t.Truth(x)
					}
					if rt.IsCounted(r) {
						t.CloseCounted(r)
					}
					if e != nil {
						err = e
						break dispatch
					}
				}
				if b == (op == compile.POP_JUMP_IF_TRUE) {
					pc = int(arg)
				}

			case compile.POP_JUMP_IF_NONE, compile.POP_JUMP_IF_NOT_NONE:
				// x POP_JUMP_IF_NONE(target) -   (and _NOT_NONE)
				sp--
				r := slots[sp]
				slots[sp] = refcount.StackRef{}
				if (r.Header() == rt.None) == (op == compile.POP_JUMP_IF_NONE) {
					pc = int(arg)
				}
				if rt.IsCounted(r) {
					t.CloseCounted(r)
				}

			case compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP:
				// x JUMP_IF_FALSE_OR_POP(target) -   (jumps keeping x if not x, else pops x)
				b, e := t.Truth(slots[sp-1].Header())
				if e != nil {
					err = e
					break dispatch
				}
				if b == (op == compile.JUMP_IF_TRUE_OR_POP) {
					pc = int(arg)
				} else {
					sp = closeTop(t, slots, sp, 1)
				}

			case compile.GET_ITER:
				// iterable GET_ITER iter
				r := slots[sp-1]
				it, e := t.Iter(r.Header())
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp-1] = rt.StackNew(it)
				if rt.IsCounted(r) {
					t.CloseCounted(r)
				}

			case opJumpBackForIter:
				// iter JUMP_BACKWARD(head) iter, then the FOR_ITER (or its
				// superinstruction) at head, as opJumpBackForIterStore
				t.Quiescent()
				if t.Pending() != 0 {
					if e := t.SafePoll(); e != nil {
						err = e
						break dispatch
					}
				}
				w := instrs[arg]
				pc = int(arg) + 1
				op, arg = compile.Opcode(w), w>>8
				fallthrough

			case compile.FOR_ITER, opForIterUnpack, opForIterUnpackStore2:
				// iter FOR_ITER(target) iter next   (when exhausted: pops iter and jumps)
				// iter FOR_ITER(target) UNPACK_SEQUENCE(n) iter x_n ... x_1
				// iter FOR_ITER(target) UNPACK_SEQUENCE(2) STORE_FAST(a) STORE_FAST(b) iter
				it := slots[sp-1].Header()
				if op != compile.FOR_ITER && instrs[pc]>>8 == 2 {
					// for a, b in enumerate(...), zip(x, y) or d.items(): the two
					// items go to the stack without the step's tuple.
					if typ := rt.TypeOf(it); typ == rt.EnumerateType || typ == rt.ZipType || typ == rt.DictItemIterType || typ == rt.DictRevItemIterType {
						clean := t.BeginCleanCall()
						a, b, ok, e := t.NextPair(it)
						t.EndCleanCall(clean)
						if ok {
							if e != nil {
								if !rt.Matches(e, rt.StopIterationType) {
									err = e
									break dispatch
								}
								t.DropError(e)
								a = nil
							}
							if a == nil {
								sp = closeTop(t, slots, sp, 1)
								pc = int(arg)
								continue
							}
							pc++
							slots[sp] = rt.StackNew(b)
							slots[sp+1] = rt.StackNew(a)
							sp += 2
							if op == opForIterUnpackStore2 {
								sp = storeTwo(t, slots, sp, instrs[pc]>>8, instrs[pc+1]>>8)
								pc += 2
							}
							continue
						}
					}
				}
				var v *rt.Object
				var e error
				switch typ := rt.TypeOf(it); typ {
				case rt.RangeIterType:
					v = t.RangeIterNext(rt.As[rt.RangeIter](it))
				case rt.ListIterType, rt.TupleIterType:
					v, _ = rt.ListIterNext(t, it)
				case rt.GeneratorType:
					if g, prev, ok := claimGen(it, rt.None); ok {
						// The generator's frame runs here (see
						// contGenFor); for the superinstructions the
						// caller resumes at the UNPACK_SEQUENCE they
						// stand for.
						f.SP, f.PC, f.Lasti = sp, pc, pc-1
						nf, e := enterGenInline(t, g, prev, f, rt.StackBorrow(rt.None), contGenFor|arg<<contShift)
						if e != nil {
							err = e
							break dispatch
						}
						f = nf
						continue frames
					}
					clean := t.BeginCleanCall()
					v, e = typ.Next(t, it)
					t.EndCleanCall(clean)
					if e != nil {
						if !rt.Matches(e, rt.StopIterationType) {
							err = e
							break dispatch
						}
						t.DropError(e)
						v = nil
					}
				default:
					clean := t.BeginCleanCall()
					v, e = typ.Next(t, it)
					t.EndCleanCall(clean)
					if e != nil {
						if !rt.Matches(e, rt.StopIterationType) {
							err = e
							break dispatch
						}
						t.DropError(e)
						v = nil
					}
				}
				if v == nil {
					sp = closeTop(t, slots, sp, 1)
					pc = int(arg)
					continue
				}
				slots[sp] = rt.StackNew(v)
				sp++
				if op != compile.FOR_ITER {
					n := int(instrs[pc] >> 8)
					pc++
					nsp, e := unpackSequence(t, slots, sp, n)
					if e != nil {
						err = e
						break dispatch
					}
					sp = nsp
					if op == opForIterUnpackStore2 {
						sp = storeTwo(t, slots, sp, instrs[pc]>>8, instrs[pc+1]>>8)
						pc += 2
					}
				}

			case opAugSubscrBinary:
				// - (twelve words, see superops.go) -   (a[c] op2= x op1 y)
				nsp, npc, e := augSubscrBinary(t, code, slots, sp, pc, arg)
				sp, pc = nsp, npc
				if e != nil {
					err = e
					break dispatch
				}

			case opAttrBinary, opAttrLocalBinary, opAttrBinaryThen:
				// - LOAD_FAST_BORROW(a) LOAD_ATTR(x) LOAD_FAST_BORROW(b) [LOAD_ATTR(y)] BINARY_OP(op) a.x<op>b.y
				// s (same) BINARY_OP(op2) s<op2>(a.x<op>b.y)   (opAttrBinaryThen)
				nsp, npc, e := attrBinary(t, code, slots, sp, pc, arg, op == opAttrLocalBinary, op == opAttrBinaryThen)
				sp, pc = nsp, npc
				if e != nil {
					err = e
					break dispatch
				}

			case opStackAttrBinary:
				// s LOAD_FAST_BORROW(a) LOAD_ATTR(x) BINARY_OP(op) s<op>a.x
				nsp, npc, e := stackAttrBinary(t, code, slots, sp, pc, arg)
				sp, pc = nsp, npc
				if e != nil {
					err = e
					break dispatch
				}

			case opStoreSubscrBorrow2:
				// value LOAD_FAST_BORROW(c) LOAD_FAST_BORROW(k) STORE_SUBSCR -   (c[k] = value)
				nsp, npc, e := storeSubscrBorrow2(t, code, slots, sp, pc, arg)
				sp, pc = nsp, npc
				if e != nil {
					err = e
					break dispatch
				}

			case opBorrowGlobalCompareJumpIfFalse, opBorrowGlobalCompareJumpIfTrue:
				// - LOAD_FAST_BORROW(x) LOAD_GLOBAL(g) COMPARE_OP(op) POP_JUMP_IF_FALSE(target) -   (and _TRUE)
				nsp, npc, e := borrowGlobalCompare(t, f, slots, sp, pc, arg, op == opBorrowGlobalCompareJumpIfTrue)
				sp, pc = nsp, npc
				if e != nil {
					err = e
					break dispatch
				}

			case opStoreAttrLocal:
				// - LOAD_FAST_BORROW(v) LOAD_FAST_BORROW(a) STORE_ATTR(name) -   (a.name = v)
				npc, e := storeAttrLocal(t, code, slots, pc, arg)
				pc = npc
				if e != nil {
					err = e
					break dispatch
				}

			case opSubscr2Binary:
				// - (seven words, see superops.go) a[c]<op>b[d]
				nsp, npc, e := subscr2Binary(t, code, slots, sp, pc, arg)
				sp, pc = nsp, npc
				if e != nil {
					err = e
					break dispatch
				}

			case opAttrSubscr:
				// - LOAD_FAST_BORROW(a) LOAD_ATTR(x) LOAD_FAST_BORROW(k) BINARY_SUBSCR a.x[k]
				nsp, npc, e := attrSubscr(t, code, slots, sp, pc, arg)
				sp, pc = nsp, npc
				if e != nil {
					err = e
					break dispatch
				}

			case opUnpackStore2:
				// seq UNPACK_SEQUENCE(2) STORE_FAST(a) STORE_FAST(b) -   (a, b = seq)
				nsp, e := unpackSequence(t, slots, sp, 2)
				if e != nil {
					err = e
					break dispatch
				}
				sp = storeTwo(t, slots, nsp, instrs[pc]>>8, instrs[pc+1]>>8)
				pc += 2

			case opSwapStore2:
				// x y SWAP(2) STORE_FAST(a) STORE_FAST(b) -   (a := x, b := y)
				slots[sp-1], slots[sp-2] = slots[sp-2], slots[sp-1]
				sp = storeTwo(t, slots, sp, instrs[pc]>>8, instrs[pc+1]>>8)
				pc += 2

			case compile.CALL, compile.CALL_KW:
				// callable self_or_null a_1 ... a_n CALL(n) result
				// callable self_or_null a_1 ... a_n names CALL_KW(n) result
				var kwnames *rt.Tuple
				n := int(arg)
				if op == compile.CALL_KW {
					sp--
					kwnames = rt.As[rt.Tuple](slots[sp].Header())
					slots[sp] = refcount.StackRef{}
				}
				base := sp - n - 2
				callable := slots[base].Header()
				typ := rt.TypeOf(callable)
				if typ != rt.FunctionType && slots[base+1].IsNull() {
					// Not a function, nor a method LOAD_METHOD split.
					// (Calls of functions, by far the most, test
					// nothing else.)
					if old := slots[base]; typ == rt.MethodType {
						// A bound method: call its function with its self.
						m := rt.As[rt.Method](callable)
						slots[base+1] = t.IncrefStackRef(m.Self)
						slots[base] = t.IncrefStackRef(m.Func)
						if rt.IsCounted(old) {
							t.CloseCounted(old)
						}
					} else if typ.IsHeap() {
						// An instance whose class has a Python __call__:
						// call the function with the instance as self.
						// (The heap-type test stays here, inlined: calls
						// of builtins skip the call of instanceCall.)
						if fn := instanceCall(t, code, pc-1, callable); fn != nil {
							slots[base+1] = old
							slots[base] = rt.StackNew(fn)
						}
					}
					callable = slots[base].Header()
					typ = rt.TypeOf(callable)
				}
				argStart := base + 2
				if !slots[base+1].IsNull() {
					argStart--
					n++
				}
				f.Lasti = pc - 1
				if typ == rt.FunctionType {
					fn := rt.As[rt.Function](callable)
					if n+1 == fn.Code.PlainArgs && kwnames == nil {
						// The common call: exactly the positional
						// parameters (Code.PlainArgs). The arguments
						// move into the new frame's first slots.
						nf, e := t.PushCall(fn, f)
						if e != nil {
							sp = closeTop(t, slots, sp, sp-base)
							err = e
							break dispatch
						}
						window := nf.Slots
						// A loop, not copy and clear: for a few slots it
						// beats the calls to the runtime's bulk memory
						// functions. (Indexed as it is: slicing first to
						// drop the bounds checks costs more for one or
						// two arguments.) Each slot is cleared as its
						// argument moves, then the callable's and the
						// self slot (cleared twice when it held self).
						for i := 0; i < n; i++ {
							window[i] = slots[argStart+i]
							slots[argStart+i] = refcount.StackRef{}
						}
						if r := slots[base]; rt.IsCounted(r) {
							t.CloseCounted(r)
						}
						slots[base], slots[base+1] = refcount.StackRef{}, refcount.StackRef{}
						f.SP, f.PC = base, pc
						f = nf
						t.Frame = f
						if t.Pending() != 0 {
							err = pollAtEntry(t)
						}
						continue frames
					}
					nf, e := enterFunction(t, fn, slots[argStart:argStart+n], kwnames)
					if rt.IsCounted(slots[base]) {
						t.CloseCounted(slots[base])
					}
					for i := base; i < sp; i++ {
						slots[i] = refcount.StackRef{}
					}
					sp = base
					if e != nil {
						err = e
						break dispatch
					}
					if nf.Gen != nil {
						// A generator function: the call made the generator.
						slots[sp] = rt.StackNew(nf.Gen.Obj())
						sp++
						continue
					}
					f.SP, f.PC = sp, pc
					nf.Back = f
					f = nf
					t.Frame = f
					if t.Pending() != 0 {
						err = pollAtEntry(t)
					}
					continue frames
				}
				if rt.IsType(callable) && argStart == base+2 {
					if init := initFunction(t, code, pc-1, rt.AsType(callable)); init != nil {
						// A class with a Python __init__ and object's
						// __new__: the instance goes in the self slot, and
						// __init__ runs as a frame of this loop, whose
						// return gives the instance instead of None.
						inst := t.NewInstance(rt.AsType(callable))
						slots[base+1] = rt.StackNew(t.NewRef(inst))
						nf, e := enterFunction(t, init, slots[base+1:sp], kwnames)
						if rt.IsCounted(slots[base]) {
							t.CloseCounted(slots[base])
						}
						for i := base; i < sp; i++ {
							slots[i] = refcount.StackRef{}
						}
						sp = base
						if e != nil {
							t.Decref(inst)
							err = e
							break dispatch
						}
						nf.InitSelf = inst
						f.SP, f.PC = sp, pc
						nf.Back = f
						f = nf
						t.Frame = f
						if t.Pending() != 0 {
							err = pollAtEntry(t)
						}
						continue frames
					}
				}
				if n == 2 && kwnames == nil && rt.TypeOf(callable) == rt.MethodDescrType {
					// One method descriptor test for the methods
					// called without the generic call.
					self := slots[argStart].Header()
					switch {
					case callable == rt.ListAppendDescr && rt.TypeOf(self) == rt.ListType:
						// lst.append(x): the item's reference moves
						// into the list.
						t.ListPush(self, t.StealStackRef(slots[argStart+1]))
						slots[argStart+1] = refcount.StackRef{}
						sp = closeTop(t, slots, sp, sp-base)
						slots[sp] = rt.StackBorrow(rt.None)
						sp++
						continue
					case (callable == rt.SetAddDescr || callable == rt.SetRemoveDescr || callable == rt.SetDiscardDescr) && rt.TypeOf(self) == rt.SetType:
						// s.add(x), s.remove(x), s.discard(x) without
						// the generic call's argument copy and
						// CheckArgs.
						clean := t.BeginCleanCall()
						e := t.SetMethod1(callable, self, slots[argStart+1].Header())
						t.EndCleanCall(clean)
						sp = closeTop(t, slots, sp, sp-base)
						if e != nil {
							err = e
							break dispatch
						}
						slots[sp] = rt.StackBorrow(rt.None)
						sp++
						continue
					}
				}
				v, e := callObject(t, callable, slots[argStart:argStart+n], kwnames)
				sp = closeTop(t, slots, sp, sp-base)
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp] = rt.StackNew(v)
				sp++
				t.Quiescent()
				if t.Pending() != 0 {
					if e := t.SafePoll(); e != nil {
						err = e
						break dispatch
					}
				}

			case compile.CALL_FUNCTION_EX:
				// callable null args [kwargs] CALL_FUNCTION_EX(hasKwargs) result
				f.Lasti = pc - 1
				v, nsp, e := callFunctionEx(t, slots, sp, arg&1 != 0)
				sp = nsp
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp] = rt.StackNew(v)
				sp++

			case compile.MAKE_FUNCTION:
				// [defaults] [kwdefaults] [annotations] [closure] code MAKE_FUNCTION(flags) function
				fn, nsp := makeFunction(t, f, slots, sp, int(arg))
				sp = nsp
				// A new reference: tagged without a count for a deferred
				// (top-level) function, counted for a nested one.
				slots[sp] = rt.StackNew(fn)
				sp++

			case compile.RETURN_VALUE, compile.RETURN_CONST, opReturnLocal:
				// x RETURN_VALUE -   |   - RETURN_CONST(const) -   |   - LOAD_FAST_BORROW(a) RETURN_VALUE -
				var v *rt.Object
				if op == compile.RETURN_CONST {
					v = code.Consts[arg]
				} else if op == opReturnLocal {
					r := slots[arg]
					if r.IsNull() {
						err = unboundLocal(t, code, int(arg))
						break dispatch
					}
					v = r.Header()
					t.Incref(v)
				} else {
					sp--
					v = t.StealStackRef(slots[sp])
					slots[sp] = refcount.StackRef{}
				}
				f.SP = sp
				caller, entry, inst, cont, gen := f.Back, f.Entry, f.InitSelf, f.Cont, f.Gen
				if gen == nil && f.OnStack {
					t.ExitCall(f) // exitFrame's common case, without its call
				} else {
					exitFrame(t, f)
				}
				if entry {
					t.Frame = caller
					return v, nil
				}
				if isGenCont(cont) {
					// The end of a generator resumed in this loop: the
					// caller leaves its for loop, or takes the value as
					// its yield from's.
					leaveGenInline(t, gen, false)
					f = caller
					t.Frame = f
					csp := closeTop(t, f.Slots, f.SP, 1)
					if cont&contKindMask == contGenFor {
						t.Decref(v)
					} else {
						f.Slots[csp] = rt.StackNew(v)
						csp++
					}
					f.SP, f.PC = csp, int(cont>>contShift)
					continue frames
				}
				f = caller
				t.Frame = f
				cslots, csp := f.Slots, f.SP
				if inst != nil {
					// The end of an inlined __init__: the call's value is
					// the instance.
					if v != rt.None {
						name := rt.TypeOf(v).Name
						t.Decref(v)
						t.Decref(inst)
						err = t.TypeError("__init__() should return None, not '%s'", name)
						continue frames
					}
					v = inst
				}
				if cont&contKindMask == contBinary {
					// The end of an operator's dunder: its operands are
					// still on the stack, for the rest of the operator
					// if it returned NotImplemented.
					csp -= 2
					ra, rb := cslots[csp], cslots[csp+1]
					cslots[csp], cslots[csp+1] = refcount.StackRef{}, refcount.StackRef{}
					if v == rt.NotImplemented {
						t.Decref(v)
						r, e := t.BinaryAfterNotImplemented(ra.Header(), rb.Header(), rt.BinaryOp(cont>>contShift))
						t.Close(rb)
						t.Close(ra)
						if e != nil {
							f.SP = csp
							err = e
							continue frames
						}
						v = r
					} else {
						t.Close(rb)
						t.Close(ra)
					}
				}
				cslots[csp] = rt.StackNew(v)
				f.SP = csp + 1
				continue frames

			case compile.LOAD_BUILD_CLASS:
				// - LOAD_BUILD_CLASS __build_class__
				v := f.Builtins.GetStr(rt.Intern("__build_class__"))
				if v == nil {
					err = t.NameError("__build_class__ not found")
					break dispatch
				}
				slots[sp] = t.IncrefStackRef(v)
				sp++

			case compile.YIELD_VALUE:
				// x YIELD_VALUE(inYieldFrom) sent   (suspends; resumption pushes the sent value)
				sp--
				v := t.StealStackRef(slots[sp])
				slots[sp] = refcount.StackRef{}
				f.SP, f.PC, f.Lasti = sp, pc, pc-1
				suspend(t, f)
				if f.Cont == 0 {
					t.Frame = f.Back
					return v, nil
				}
				// Resumed in this loop by FOR_ITER or SEND: the value is
				// the caller's next item or the yield from's to pass on.
				caller := f.Back
				leaveGenInline(t, f.Gen, true)
				f = caller
				t.Frame = f
				f.Slots[f.SP] = rt.StackNew(v)
				f.SP++
				continue frames

			case compile.GET_YIELD_FROM_ITER:
				// iterable GET_YIELD_FROM_ITER iter
				r := slots[sp-1]
				if rt.TypeOf(r.Header()) != rt.GeneratorType {
					it, e := t.Iter(r.Header())
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp-1] = rt.StackNew(it)
					if rt.IsCounted(r) {
						t.CloseCounted(r)
					}
				}

			case compile.SEND:
				// iter v SEND(target) iter y   (when iter returns: iter v SEND retval, and jumps)
				f.Lasti = pc - 1
				if g, prev, ok := claimGen(slots[sp-2].Header(), slots[sp-1].Header()); ok {
					// The generator's frame runs here (see contGenSend).
					sent := slots[sp-1]
					if !rt.IsCounted(sent) {
						sent = t.IncrefStackRef(sent.Header())
					}
					slots[sp-1] = refcount.StackRef{}
					sp--
					f.SP, f.PC = sp, pc
					nf, e := enterGenInline(t, g, prev, f, sent, contGenSend|arg<<contShift)
					if e != nil {
						err = e
						break dispatch
					}
					f = nf
					continue frames
				}
				y, done, e := send(t, slots[sp-2].Header(), slots[sp-1].Header())
				if e != nil {
					err = e
					break dispatch
				}
				if done {
					sp = closeTop(t, slots, sp, 2)
					slots[sp] = rt.StackNew(y)
					sp++
					pc = int(arg)
				} else {
					if rt.IsCounted(slots[sp-1]) {
						t.CloseCounted(slots[sp-1])
					}
					slots[sp-1] = rt.StackNew(y)
				}

			case compile.CLEANUP_THROW:
				// iter lasti exc CLEANUP_THROW value   (StopIteration: its value; anything else re-raised)
				exc := rt.AsExc(t.StealStackRef(slots[sp-1]))
				slots[sp-1] = refcount.StackRef{}
				sp--
				if !rt.TypeOf(exc.Obj()).IsSubtype(rt.StopIterationType) {
					err, reraise = exc, reraiseAt
					break dispatch
				}
				v := t.NewRef(exc.Value())
				t.Decref(exc.Obj())
				sp = closeTop(t, slots, sp, 2)
				slots[sp] = rt.StackNew(v)
				sp++

			case compile.IMPORT_NAME, compile.IMPORT_FROM, compile.IMPORT_STAR,
				compile.SETUP_ANNOTATIONS, compile.PRINT_EXPR:
				// See imports.go for each one's stack picture.
				f.Lasti = pc - 1
				nsp, e := importOp(t, f, op, arg, slots, sp)
				sp = nsp
				if e != nil {
					err = e
					break dispatch
				}

			case compile.RAISE_VARARGS:
				// [exc [cause]] RAISE_VARARGS(n) -
				e, re := raiseVarargs(t, slots, sp, int(arg))
				sp -= int(arg)
				err = e
				if re {
					reraise = reraiseAt
				}
				break dispatch

			case compile.LOAD_ASSERTION_ERROR:
				// - LOAD_ASSERTION_ERROR AssertionError
				slots[sp] = rt.StackBorrow(rt.AssertionErrorType.Obj())
				sp++

			case compile.PUSH_EXC_INFO:
				// exc PUSH_EXC_INFO prev exc
				exc := slots[sp-1]
				prev := t.ExcInfo
				if prev == nil {
					prev = rt.None
				}
				slots[sp-1] = rt.StackNew(prev)
				t.ExcInfo = t.NewRef(exc.Header())
				slots[sp] = exc
				sp++

			case compile.POP_EXCEPT:
				// prev POP_EXCEPT -
				sp--
				prev := t.StealStackRef(slots[sp])
				slots[sp] = refcount.StackRef{}
				old := t.ExcInfo
				if prev == rt.None {
					prev = nil
				}
				t.ExcInfo = prev
				if old != nil {
					t.Decref(old)
				}

			case compile.RERAISE:
				// [lasti ...] exc RERAISE(n) -   (n>0: the frame's lasti := the value n below exc)
				sp--
				exc := t.StealStackRef(slots[sp])
				slots[sp] = refcount.StackRef{}
				override := reraiseAt
				if arg > 0 {
					if v, ok := rt.IntSmall(slots[sp-int(arg)].Header()); ok {
						override = int(v)
					}
				}
				err, reraise = rt.AsExc(exc), override
				break dispatch

			case compile.CHECK_EXC_MATCH:
				// exc type CHECK_EXC_MATCH exc bool
				ok, e := checkExcMatch(t, slots[sp-2].Header(), slots[sp-1].Header())
				if e != nil {
					err = e
					break dispatch
				}
				sp = closeTop(t, slots, sp, 1)
				slots[sp] = rt.StackBorrow(rt.NewBool(ok))
				sp++

			case compile.CHECK_EG_MATCH:
				// exc type CHECK_EG_MATCH rest match   (except*: match is None
				// if nothing matched; a match becomes the handled exception)
				typ := slots[sp-1].Header()
				if e := t.CheckExceptTypes(typ, true); e != nil {
					err = e
					break dispatch
				}
				match, rest, e := t.ExceptionGroupMatch(slots[sp-2].Header(), typ)
				if e != nil {
					err = e
					break dispatch
				}
				sp = closeTop(t, slots, sp, 2)
				slots[sp] = rt.StackNew(rest)
				slots[sp+1] = rt.StackNew(match)
				sp += 2
				if match != rt.None {
					old := t.ExcInfo
					t.ExcInfo = t.NewRef(match)
					t.XDecref(old)
				}

			case compile.PREP_RERAISE_STAR:
				// orig list PREP_RERAISE_STAR exc   (except*: what is left to
				// raise after the handlers, or None)
				val, e := t.PrepReraiseStar(slots[sp-2].Header(), rt.ListItems(slots[sp-1].Header()))
				if e != nil {
					err = e
					break dispatch
				}
				sp = closeTop(t, slots, sp, 2)
				slots[sp] = rt.StackNew(val)
				sp++

			case compile.BEFORE_WITH:
				// mgr BEFORE_WITH exit value
				f.Lasti = pc - 1
				exit, value, e := beforeWith(t, slots[sp-1].Header())
				if e != nil {
					err = e
					break dispatch
				}
				if rt.IsCounted(slots[sp-1]) {
					t.CloseCounted(slots[sp-1])
				}
				slots[sp-1] = rt.StackNew(exit)
				slots[sp] = rt.StackNew(value)
				sp++

			case compile.WITH_EXCEPT_START:
				// exit lasti prev exc WITH_EXCEPT_START exit lasti prev exc result
				f.Lasti = pc - 1
				v, e := withExceptStart(t, slots[sp-4].Header(), slots[sp-1].Header())
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp] = rt.StackNew(v)
				sp++

			case opLoadBorrow2:
				// - LOAD_FAST_BORROW(a) LOAD_FAST_BORROW(b) a b
				r := slots[arg]
				if r.IsNull() {
					err = unboundLocal(t, code, int(arg))
					break dispatch
				}
				b := instrs[pc] >> 8
				r2 := slots[b]
				if r2.IsNull() {
					pc, err = pc+1, unboundLocal(t, code, int(b))
					break dispatch
				}
				pc++
				slots[sp] = refcount.BorrowStackRef(r.Header())
				slots[sp+1] = refcount.BorrowStackRef(r2.Header())
				sp += 2

			case opLoadAttrBorrow:
				// - LOAD_FAST_BORROW(a) LOAD_ATTR(name) a.name
				r := slots[arg]
				if r.IsNull() {
					err = unboundLocal(t, code, int(arg))
					break dispatch
				}
				name := code.Names[instrs[pc]>>8]
				pc++
				v, e := loadAttr(t, code, pc-1, r.Header(), name)
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp] = rt.StackNew(v)
				sp++

			case opLoadMethodBorrow:
				// - LOAD_FAST_BORROW(a) LOAD_METHOD(name) method a   |   ... a.name null
				r := slots[arg]
				if r.IsNull() {
					err = unboundLocal(t, code, int(arg))
					break dispatch
				}
				obj := r.Header()
				if rt.TypeOf(obj) == rt.SuperType {
					// super().m(...) kept in a local: the plain
					// LOAD_METHOD's own path.
					slots[sp] = refcount.BorrowStackRef(obj)
					sp++
					continue
				}
				name := code.Names[instrs[pc]>>8]
				pc++
				m, kind, e := loadMethod(t, code, pc-1, obj, name)
				if e != nil {
					err = e
					break dispatch
				}
				switch kind {
				case methodUnbound:
					slots[sp] = t.IncrefStackRef(m)
					slots[sp+1] = refcount.BorrowStackRef(obj)
				case methodBound:
					slots[sp] = rt.StackNew(m)
					slots[sp+1] = refcount.StackRef{}
				default:
					slots[sp] = refcount.DeferredStackRef(m)
					slots[sp+1] = refcount.StackRef{}
				}
				sp += 2

			case opStoreAttrBorrow:
				// value LOAD_FAST_BORROW(a) STORE_ATTR(name) -   (a.name = value)
				r := slots[arg]
				if r.IsNull() {
					err = unboundLocal(t, code, int(arg))
					break dispatch
				}
				name := code.Names[instrs[pc]>>8]
				pc++
				sp--
				vr := slots[sp]
				slots[sp] = refcount.StackRef{}
				e := storeAttr(t, code, pc-1, r.Header(), name, vr.Header())
				if rt.IsCounted(vr) {
					t.CloseCounted(vr)
				}
				if e != nil {
					err = e
					break dispatch
				}

			case opLoadBorrowConst:
				// - LOAD_FAST_BORROW(a) LOAD_CONST(c) a c
				r := slots[arg]
				if r.IsNull() {
					err = unboundLocal(t, code, int(arg))
					break dispatch
				}
				slots[sp] = refcount.BorrowStackRef(r.Header())
				slots[sp+1] = rt.StackBorrow(code.Consts[instrs[pc]>>8])
				pc++
				sp += 2

			case opSubscrBorrowConst, opSubscrBorrow2:
				// - LOAD_FAST_BORROW(a) LOAD_CONST(c) BINARY_SUBSCR a[c]   (and a[b] of two locals)
				r := slots[arg]
				if r.IsNull() {
					err = unboundLocal(t, code, int(arg))
					break dispatch
				}
				b := instrs[pc] >> 8
				var key *rt.Object
				if op == opSubscrBorrowConst {
					key = code.Consts[b]
				} else {
					kr := slots[b]
					if kr.IsNull() {
						pc, err = pc+1, unboundLocal(t, code, int(b))
						break dispatch
					}
					key = kr.Header()
				}
				pc += 2
				v, e := binarySubscr(t, r.Header(), key)
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp] = v
				sp++

			case opDupSubscr:
				// c k COPY(2) COPY(2) BINARY_SUBSCR c k c[k]
				pc += 2
				v, e := binarySubscr(t, slots[sp-2].Header(), slots[sp-1].Header())
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp] = v
				sp++

			case opStoreSubscrRot:
				// c k v SWAP(3) SWAP(2) STORE_SUBSCR -   (c[k] = v)
				pc += 2
				e := storeSubscr(t, slots[sp-3].Header(), slots[sp-2].Header(), slots[sp-1].Header())
				sp = closeTop(t, slots, sp, 3)
				if e != nil {
					err = e
					break dispatch
				}

			case opBinaryBorrow2, opBinaryBorrowConst, opBinaryBorrow2Store, opBinaryBorrowConstStore:
				// - LOAD_FAST_BORROW(a) LOAD_FAST_BORROW(b) BINARY_OP(op) a<op>b   (and a<op>const)
				// - LOAD_FAST_BORROW(a) LOAD_FAST_BORROW(b) BINARY_OP(op) STORE_FAST(c) -   (and a<op>const)
				r := slots[arg]
				if r.IsNull() {
					err = unboundLocal(t, code, int(arg))
					break dispatch
				}
				b := instrs[pc] >> 8
				var rb refcount.StackRef
				if op == opBinaryBorrowConst || op == opBinaryBorrowConstStore {
					rb = rt.StackBorrow(code.Consts[b])
				} else {
					rb = slots[b]
					if rb.IsNull() {
						pc, err = pc+1, unboundLocal(t, code, int(b))
						break dispatch
					}
					rb = refcount.BorrowStackRef(rb.Header())
				}
				if rt.TypeOf(r.Header()).IsHeap() {
					// A class instance: the loads, then the plain
					// BINARY_OP, which may run x's dunder as a frame.
					slots[sp] = refcount.BorrowStackRef(r.Header())
					slots[sp+1] = rb
					sp += 2
					pc++
					continue
				}
				bop := rt.BinaryOp(instrs[pc+1] >> 8)
				pc += 2
				v, e := binaryRefs(t, refcount.BorrowStackRef(r.Header()), rb, bop, instrs[pc], slots)
				if e != nil {
					err = e
					break dispatch
				}
				if op >= opBinaryBorrow2Store {
					c := instrs[pc] >> 8
					pc++
					old := slots[c]
					slots[c] = v
					if rt.IsCounted(old) {
						t.CloseCounted(old)
					}
					continue
				}
				slots[sp] = v
				sp++

			case opBinaryLocal, opBinaryConst, opBinaryLocalStore, opBinaryConstStore:
				// x LOAD_FAST_BORROW(b) BINARY_OP(op) x<op>b   (and x<op>const)
				// x LOAD_FAST_BORROW(b) BINARY_OP(op) STORE_FAST(c) -   (and x<op>const)
				var rb refcount.StackRef
				if op == opBinaryConst || op == opBinaryConstStore {
					rb = rt.StackBorrow(code.Consts[arg])
				} else {
					rb = slots[arg]
					if rb.IsNull() {
						err = unboundLocal(t, code, int(arg))
						break dispatch
					}
					rb = refcount.BorrowStackRef(rb.Header())
				}
				if rt.TypeOf(slots[sp-1].Header()).IsHeap() {
					// A class instance: the load, then the plain
					// BINARY_OP, which may run x's dunder as a frame.
					slots[sp] = rb
					sp++
					continue
				}
				bop := rt.BinaryOp(instrs[pc] >> 8)
				pc++
				v, e := binaryRefs(t, slots[sp-1], rb, bop, instrs[pc], slots)
				if e != nil {
					slots[sp-1] = refcount.StackRef{}
					sp--
					err = e
					break dispatch
				}
				if op >= opBinaryBorrow2Store {
					sp--
					slots[sp] = refcount.StackRef{}
					c := instrs[pc] >> 8
					pc++
					old := slots[c]
					slots[c] = v
					if rt.IsCounted(old) {
						t.CloseCounted(old)
					}
					continue
				}
				slots[sp-1] = v

			case opBinaryStore, opBinaryStoreSubscr:
				// x y BINARY_OP(op) STORE_FAST(a) -   (a := x<op>y)
				// c k x y BINARY_OP(op) SWAP(3) SWAP(2) STORE_SUBSCR -   (c[k] = x<op>y)
				if op == opBinaryStoreSubscr && augItemInPlace(t, slots, sp, rt.BinaryOp(arg)) {
					sp = closeTop(t, slots, sp, 4)
					pc += 3
					continue
				}
				if rt.TypeOf(slots[sp-2].Header()).IsHeap() {
					if nf, e := binaryFrame(t, f, pc, sp, arg); nf != nil || e != nil {
						// x's class has a Python __op__, run as a frame
						// as by BINARY_OP; the words after the BINARY_OP
						// run alone when it returns.
						if e != nil {
							err = e
							break dispatch
						}
						f = nf // binaryFrame made it t.Frame
						if t.Pending() != 0 {
							err = pollAtEntry(t)
						}
						continue frames
					}
				}
				sp--
				v, e := binaryRefs(t, slots[sp-1], slots[sp], rt.BinaryOp(arg), instrs[pc], slots)
				slots[sp] = refcount.StackRef{}
				slots[sp-1] = refcount.StackRef{}
				sp--
				if e != nil {
					err = e
					break dispatch
				}
				if op == opBinaryStore {
					a := instrs[pc] >> 8
					pc++
					old := slots[a]
					slots[a] = v
					if rt.IsCounted(old) {
						t.CloseCounted(old)
					}
					continue
				}
				pc += 3
				e = storeSubscr(t, slots[sp-2].Header(), slots[sp-1].Header(), v.Header())
				t.Close(v)
				sp = closeTop(t, slots, sp, 2)
				if e != nil {
					err = e
					break dispatch
				}

			case opAugSubscrConst:
				// - LOAD_FAST(a) LOAD_CONST(c) COPY(2) COPY(2) BINARY_SUBSCR a c a[c]
				r := slots[arg]
				if r.IsNull() {
					err = unboundLocal(t, code, int(arg))
					break dispatch
				}
				if rt.IsCounted(r) {
					t.IncrefCounted(r)
				}
				key := code.Consts[instrs[pc]>>8]
				slots[sp] = r
				slots[sp+1] = rt.StackBorrow(key)
				sp += 2
				pc += 4
				v, e := binarySubscr(t, r.Header(), key)
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp] = v
				sp++

			case opCompareBorrow2JumpIfFalse, opCompareBorrow2JumpIfTrue, opCompareBorrowConstJumpIfFalse, opCompareBorrowConstJumpIfTrue:
				// - LOAD_FAST_BORROW(a) LOAD_FAST_BORROW(b) COMPARE_OP(op) POP_JUMP_IF_FALSE(target) -
				//   (and _TRUE, and LOAD_CONST(c) for b)
				r := slots[arg]
				if r.IsNull() {
					err = unboundLocal(t, code, int(arg))
					break dispatch
				}
				bw := instrs[pc] >> 8
				var b *rt.Object
				if op >= opCompareBorrowConstJumpIfFalse {
					b = code.Consts[bw]
				} else {
					rb := slots[bw]
					if rb.IsNull() {
						pc, err = pc+1, unboundLocal(t, code, int(bw))
						break dispatch
					}
					b = rb.Header()
				}
				cond, e, inTruth := compareCond(t, r.Header(), b, rt.CompareOp(instrs[pc+1]>>8))
				if e != nil {
					pc += 2
					if inTruth {
						pc++
					}
					err = e
					break dispatch
				}
				target := instrs[pc+2] >> 8
				pc += 3
				if cond == (op == opCompareBorrow2JumpIfTrue || op == opCompareBorrowConstJumpIfTrue) {
					pc = int(target)
				}

			case opCompareConstJumpIfFalse, opCompareConstJumpIfTrue:
				// x LOAD_CONST(c) COMPARE_OP(op) POP_JUMP_IF_FALSE(target) -   (and _TRUE)
				cond, e, inTruth := compareCond(t, slots[sp-1].Header(), code.Consts[arg], rt.CompareOp(instrs[pc]>>8))
				if e != nil {
					pc++
					if inTruth {
						pc++
					}
					err = e
					break dispatch
				}
				sp--
				if rt.IsCounted(slots[sp]) {
					t.CloseCounted(slots[sp])
				}
				slots[sp] = refcount.StackRef{}
				target := instrs[pc+1] >> 8
				pc += 2
				if cond == (op == opCompareConstJumpIfTrue) {
					pc = int(target)
				}

			case opStoreLoadBorrow:
				// value STORE_FAST(a) LOAD_FAST_BORROW(b) b
				sp--
				old := slots[arg]
				slots[arg] = slots[sp]
				slots[sp] = refcount.StackRef{}
				if rt.IsCounted(old) {
					t.CloseCounted(old)
				}
				b := instrs[pc] >> 8
				r := slots[b]
				if r.IsNull() {
					pc, err = pc+1, unboundLocal(t, code, int(b))
					break dispatch
				}
				pc++
				slots[sp] = refcount.BorrowStackRef(r.Header())
				sp++

			case opGlobalCompareJumpIfFalse, opGlobalCompareJumpIfTrue:
				// x LOAD_GLOBAL(name<<1) COMPARE_OP(op) POP_JUMP_IF_FALSE(target) -   (and _TRUE)
				// LOAD_GLOBAL's case, then the comparison's below.
				r, e := globalRef(t, f, pc, arg)
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp] = r
				sp++
				if arg&1 != 0 {
					// A null pushed too (never before a comparison):
					// the other two words run alone.
					slots[sp] = refcount.StackRef{}
					sp++
					continue
				}
				if op == opGlobalCompareJumpIfTrue {
					op = opCompareJumpIfTrue
				} else {
					op = opCompareJumpIfFalse
				}
				arg = instrs[pc] >> 8
				pc++
				fallthrough

			case opCompareJumpIfFalse, opCompareJumpIfTrue:
				// x y COMPARE_OP(op) POP_JUMP_IF_FALSE(target) -   (and _TRUE)
				a, b := slots[sp-2].Header(), slots[sp-1].Header()
				var cond bool
				known := false
				if rt.TypeOf(a) == rt.IntType && rt.TypeOf(b) == rt.IntType {
					if x, ok := rt.IntSmall(a); ok {
						if y, ok := rt.IntSmall(b); ok {
							cond, known = compareInt64(x, y, rt.CompareOp(arg)), true
						}
					}
				} else if rt.TypeOf(a) == rt.FloatType && rt.TypeOf(b) == rt.FloatType {
					cond, known = compareFloat(rt.FloatValue(a), rt.FloatValue(b), rt.CompareOp(arg)), true
				}
				if !known {
					v, e := t.RichCompare(a, b, rt.CompareOp(arg))
					if e != nil {
						err = e
						break dispatch
					}
					cond, e = t.Truth(v)
					t.Decref(v)
					if e != nil {
						sp = closeTop(t, slots, sp, 2)
						pc, err = pc+1, e
						break dispatch
					}
				}
				sp--
				if rt.IsCounted(slots[sp]) {
					t.CloseCounted(slots[sp])
				}
				slots[sp] = refcount.StackRef{}
				sp--
				if rt.IsCounted(slots[sp]) {
					t.CloseCounted(slots[sp])
				}
				slots[sp] = refcount.StackRef{}
				target := instrs[pc] >> 8
				pc++
				if cond == (op == opCompareJumpIfTrue) {
					pc = int(target)
				}

			case opChainCompareJumpIfFalse:
				// a x SWAP(2) COPY(2) COMPARE_OP(op) POP_JUMP_IF_FALSE(target) x
				// (a op x, keeping x for the next link). Ints of int64
				// size and floats compare here; anything else runs the
				// SWAP alone and its plain words follow.
				a, x := slots[sp-2].Header(), slots[sp-1].Header()
				cmp := rt.CompareOp(instrs[pc+1] >> 8)
				var cond, known bool
				if rt.TypeOf(a) == rt.FloatType && rt.TypeOf(x) == rt.FloatType {
					cond, known = compareFloat(rt.FloatValue(a), rt.FloatValue(x), cmp), true
				} else if rt.TypeOf(a) == rt.IntType && rt.TypeOf(x) == rt.IntType {
					if i, ok := rt.IntSmall(a); ok {
						if j, ok := rt.IntSmall(x); ok {
							cond, known = compareInt64(i, j, cmp), true
						}
					}
				}
				if !known {
					slots[sp-2], slots[sp-1] = slots[sp-1], slots[sp-2]
					break
				}
				if rt.IsCounted(slots[sp-2]) {
					t.CloseCounted(slots[sp-2])
				}
				sp--
				slots[sp-1] = slots[sp]
				slots[sp] = refcount.StackRef{}
				target := instrs[pc+2] >> 8
				pc += 3
				if !cond {
					pc = int(target)
				}

			case opContainsJumpIfFalse, opContainsJumpIfTrue:
				// x c CONTAINS_OP(invert) POP_JUMP_IF_FALSE(target) -   (and _TRUE)
				in, ok := t.ContainsFast(slots[sp-1].Header(), slots[sp-2].Header())
				var e error
				if !ok {
					in, e = t.Contains(slots[sp-1].Header(), slots[sp-2].Header())
				}
				sp--
				if rt.IsCounted(slots[sp]) {
					t.CloseCounted(slots[sp])
				}
				slots[sp] = refcount.StackRef{}
				sp--
				if rt.IsCounted(slots[sp]) {
					t.CloseCounted(slots[sp])
				}
				slots[sp] = refcount.StackRef{}
				if e != nil {
					err = e
					break dispatch
				}
				target := instrs[pc] >> 8
				pc++
				if (in != (arg == 1)) == (op == opContainsJumpIfTrue) {
					pc = int(target)
				}

			case opIsJumpIfFalse, opIsJumpIfTrue:
				// x y IS_OP(invert) POP_JUMP_IF_FALSE(target) -   (and _TRUE)
				same := slots[sp-2].Header() == slots[sp-1].Header()
				sp = closeTop(t, slots, sp, 2)
				target := instrs[pc] >> 8
				pc++
				if (same != (arg == 1)) == (op == opIsJumpIfTrue) {
					pc = int(target)
				}

			case opNotJumpIfFalseOrPop, opNotJumpIfTrueOrPop:
				// x UNARY_NOT JUMP_IF_FALSE_OR_POP(target) -   (keeps not x when it jumps; and _TRUE_OR_POP)
				x := slots[sp-1]
				b, e := t.Truth(x.Header())
				if e != nil {
					err = e
					break dispatch
				}
				slots[sp-1] = rt.StackBorrow(rt.NewBool(!b))
				if rt.IsCounted(x) {
					t.CloseCounted(x)
				}
				target := instrs[pc] >> 8
				pc++
				if !b == (op == opNotJumpIfTrueOrPop) {
					pc = int(target)
				} else {
					sp--
					slots[sp] = refcount.StackRef{}
				}

			case opBorrowJumpIfNone, opBorrowJumpIfNotNone:
				// - LOAD_FAST_BORROW(a) POP_JUMP_IF_NONE(target) -   (and _NOT_NONE)
				r := slots[arg]
				if r.IsNull() {
					err = unboundLocal(t, code, int(arg))
					break dispatch
				}
				target := instrs[pc] >> 8
				pc++
				if (r.Header() == rt.None) == (op == opBorrowJumpIfNone) {
					pc = int(target)
				}

			case opDerefContainsJumpIfFalse, opDerefContainsJumpIfTrue:
				// x LOAD_DEREF(slot) CONTAINS_OP(invert) POP_JUMP_IF_FALSE(target) -   (and _TRUE)
				c := cellOf(slots[arg]).Get()
				if c == nil {
					err = unboundDeref(t, code, int(arg))
					break dispatch
				}
				// ContainsFast answers only while one thread runs and
				// runs no Python code, so nothing can empty the cell
				// and free c meanwhile: c is read without a count.
				// Otherwise LOAD_DEREF runs alone, and the plain
				// CONTAINS_OP and jump follow.
				in, ok := t.ContainsFast(c, slots[sp-1].Header())
				if !ok {
					r, ok := t.TryIncrefStackRef(c)
					if !ok {
						if r = reloadCell(t, cellOf(slots[arg])); r.IsNull() {
							err = unboundDeref(t, code, int(arg))
							break dispatch
						}
					}
					slots[sp] = r
					sp++
					break
				}
				sp--
				if rt.IsCounted(slots[sp]) {
					t.CloseCounted(slots[sp])
				}
				slots[sp] = refcount.StackRef{}
				invert := instrs[pc]>>8 == 1
				target := instrs[pc+1] >> 8
				pc += 2
				if (in != invert) == (op == opDerefContainsJumpIfTrue) {
					pc = int(target)
				}

			case opJumpBackForIterStore:
				// iter JUMP_BACKWARD(head) iter, then at head: iter FOR_ITER(target) STORE_FAST(a) iter
				// (a for loop's back edge, polling as JUMP_BACKWARD does,
				// and its next step; pc and arg become the FOR_ITER's)
				t.Quiescent()
				if t.Pending() != 0 {
					if e := t.SafePoll(); e != nil {
						err = e
						break dispatch
					}
				}
				pc = int(arg) + 1
				arg = instrs[arg] >> 8
				fallthrough

			case opForIterStore:
				// iter FOR_ITER(target) STORE_FAST(a) iter   (the next item goes straight to a)
				it := slots[sp-1].Header()
				var v *rt.Object
				switch typ := rt.TypeOf(it); typ {
				case rt.RangeIterType:
					x, ok := rt.RangeIterStep(rt.As[rt.RangeIter](it))
					if !ok {
						break
					}
					// The loop variable's old int, when the slot holds
					// its only reference, takes the new value in place.
					old := slots[instrs[pc]>>8]
					if !rt.IsSmallIntValue(x) && rt.IsCounted(old) && rt.TypeOf(old.Header()) == rt.IntType && t.Unique(old.Header()) {
						rt.SetInt(old.Header(), x)
						pc++
						continue
					}
					v = t.NewInt(x)
				case rt.ListIterType, rt.TupleIterType:
					v, _ = rt.ListIterNext(t, it)
				case rt.GeneratorType:
					if g, prev, ok := claimGen(it, rt.None); ok {
						// The generator's frame runs here (see
						// contGenFor); its values go to the STORE_FAST
						// this instruction stands for, which the caller
						// resumes at.
						f.SP, f.PC, f.Lasti = sp, pc, pc-1
						nf, e := enterGenInline(t, g, prev, f, rt.StackBorrow(rt.None), contGenFor|arg<<contShift)
						if e != nil {
							err = e
							break dispatch
						}
						f = nf
						continue frames
					}
					var e error
					v, e = typ.Next(t, it)
					if e != nil {
						if !rt.Matches(e, rt.StopIterationType) {
							err = e
							break dispatch
						}
						t.DropError(e)
						v = nil
					}
				default:
					var e error
					v, e = typ.Next(t, it)
					if e != nil {
						if !rt.Matches(e, rt.StopIterationType) {
							err = e
							break dispatch
						}
						t.DropError(e)
						v = nil
					}
				}
				if v == nil {
					sp = closeTop(t, slots, sp, 1)
					pc = int(arg)
					continue
				}
				a := instrs[pc] >> 8
				pc++
				old := slots[a]
				slots[a] = rt.StackNew(v)
				if rt.IsCounted(old) {
					t.CloseCounted(old)
				}

			default:
				err = t.SystemError("unknown opcode %d", op)
				break dispatch
			}
		}
		// An exception: the unwinding at the loop's head takes f's
		// state from here.
		f.SP, f.PC = sp, pc
	}
}
