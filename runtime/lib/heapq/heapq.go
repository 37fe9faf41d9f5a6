// Package heapq is the _heapq module: heappush, heappop, heapify,
// heapreplace and heappushpop in Go, with CPython's sift algorithms
// (so the same operations leave a list in the same order) and its errors.
// heapq.py imports them over its Python versions and keeps merge,
// nlargest and nsmallest.
//
// Each operation runs in a critical section on the list. The comparisons
// may run Python code (an item's __lt__); the runtime allows that inside
// a section, but if the code blocks, other threads may change the list
// meanwhile, so after every comparison the list's storage is read again
// and a change of length fails with "list changed size during
// iteration", as in CPython.
package heapq

import "gilfree/runtime"

func init() {
	runtime.BuiltinModules["_heapq"] = newModule
}

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("_heapq")
	t.AddFunctions(m,
		runtime.MethodDef{Name: "heappush", Fn: heappush, Doc: "Push item onto heap, maintaining the heap invariant."},
		runtime.MethodDef{Name: "heappop", Fn: heappop, Doc: "Pop the smallest item off the heap, maintaining the heap invariant."},
		runtime.MethodDef{Name: "heapreplace", Fn: heapreplace, Doc: "Pop and return the current smallest value, and add the new item."},
		runtime.MethodDef{Name: "heappushpop", Fn: heappushpop, Doc: "Push item on the heap, then pop and return the smallest item from the heap."},
		runtime.MethodDef{Name: "heapify", Fn: heapify, Doc: "Transform list into a heap, in-place, in O(len(heap)) time."},
	)
	return m
}

// less is a < b, with the references held across the comparison.
func less(t *runtime.Thread, a, b *runtime.Object) (bool, error) {
	t.NewRef(a)
	t.NewRef(b)
	r, err := t.CompareBool(a, b, runtime.CmpLt)
	t.Decref(a)
	t.Decref(b)
	return r, err
}

func changed(t *runtime.Thread) error {
	return t.RuntimeError("list changed size during iteration")
}

// siftDown moves the item at pos up towards startpos while it is smaller
// than its parent. Hold the list's section.
func siftDown(t *runtime.Thread, heap *runtime.Object, startpos, pos int) error {
	size := len(runtime.ListItems(heap))
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		arr := runtime.ListItems(heap)
		lt, err := less(t, arr[pos], arr[parentpos])
		if err != nil {
			return err
		}
		arr = runtime.ListItems(heap)
		if len(arr) != size {
			return changed(t)
		}
		if !lt {
			break
		}
		runtime.ListSwap(heap, parentpos, pos)
		pos = parentpos
	}
	return nil
}

// siftUp moves the smaller child up into pos until a leaf is reached,
// then settles the item there with siftDown. Hold the list's section.
func siftUp(t *runtime.Thread, heap *runtime.Object, pos int) error {
	endpos := len(runtime.ListItems(heap))
	startpos := pos
	limit := endpos >> 1
	for pos < limit {
		childpos := 2*pos + 1
		arr := runtime.ListItems(heap)
		if childpos+1 < endpos {
			lt, err := less(t, arr[childpos], arr[childpos+1])
			if err != nil {
				return err
			}
			if !lt {
				childpos++
			}
			arr = runtime.ListItems(heap)
			if len(arr) != endpos {
				return changed(t)
			}
		}
		runtime.ListSwap(heap, childpos, pos)
		pos = childpos
	}
	return siftDown(t, heap, startpos, pos)
}

// listArg checks that a heap argument is a list.
func listArg(t *runtime.Thread, fname, which string, o *runtime.Object) error {
	if !runtime.IsInstance(o, runtime.ListType) {
		return t.TypeError("%s() argument%s must be list, not %s", fname, which, runtime.TypeOf(o).Name)
	}
	return nil
}

func heappush(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("heappush", args, kw, 2, 2); err != nil {
		return nil, err
	}
	heap := args[0]
	if err := listArg(t, "heappush", " 1", heap); err != nil {
		return nil, err
	}
	t.Lock(heap)
	defer t.Unlock(heap)
	runtime.ListAppendSteal(heap, t.NewRef(args[1]))
	if err := siftDown(t, heap, 0, len(runtime.ListItems(heap))-1); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func heappop(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("heappop", args, kw, 1, 1); err != nil {
		return nil, err
	}
	heap := args[0]
	if err := listArg(t, "heappop", "", heap); err != nil {
		return nil, err
	}
	t.Lock(heap)
	defer t.Unlock(heap)
	last := runtime.ListPopLast(heap)
	if last == nil {
		return nil, t.IndexError("index out of range")
	}
	if len(runtime.ListItems(heap)) == 0 {
		return last, nil
	}
	top := runtime.ListPut(heap, 0, last)
	if err := siftUp(t, heap, 0); err != nil {
		t.Decref(top)
		return nil, err
	}
	return top, nil
}

func heapreplace(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("heapreplace", args, kw, 2, 2); err != nil {
		return nil, err
	}
	heap := args[0]
	if err := listArg(t, "heapreplace", " 1", heap); err != nil {
		return nil, err
	}
	t.Lock(heap)
	defer t.Unlock(heap)
	if len(runtime.ListItems(heap)) == 0 {
		return nil, t.IndexError("index out of range")
	}
	top := runtime.ListPut(heap, 0, t.NewRef(args[1]))
	if err := siftUp(t, heap, 0); err != nil {
		t.Decref(top)
		return nil, err
	}
	return top, nil
}

func heappushpop(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("heappushpop", args, kw, 2, 2); err != nil {
		return nil, err
	}
	heap, item := args[0], args[1]
	if err := listArg(t, "heappushpop", " 1", heap); err != nil {
		return nil, err
	}
	t.Lock(heap)
	defer t.Unlock(heap)
	arr := runtime.ListItems(heap)
	if len(arr) == 0 {
		return t.NewRef(item), nil
	}
	lt, err := less(t, arr[0], item)
	if err != nil {
		return nil, err
	}
	if !lt {
		return t.NewRef(item), nil
	}
	if len(runtime.ListItems(heap)) == 0 {
		return nil, t.IndexError("index out of range")
	}
	top := runtime.ListPut(heap, 0, t.NewRef(item))
	if err := siftUp(t, heap, 0); err != nil {
		t.Decref(top)
		return nil, err
	}
	return top, nil
}

func heapify(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("heapify", args, kw, 1, 1); err != nil {
		return nil, err
	}
	heap := args[0]
	if err := listArg(t, "heapify", "", heap); err != nil {
		return nil, err
	}
	t.Lock(heap)
	defer t.Unlock(heap)
	for i := len(runtime.ListItems(heap))/2 - 1; i >= 0; i-- {
		if err := siftUp(t, heap, i); err != nil {
			return nil, err
		}
	}
	return runtime.None, nil
}
