// Package functools is the _functools module: the parts of functools
// that sit on hot paths, in Go. _lru_cache_wrapper is the callable that
// functools.lru_cache and functools.cache return; reduce is the fold.
// Everything else in functools is Python (runtime/lib/py/functools.py).
//
// # The cache's model
//
// A wrapper keeps its results in a runtime dict from the call's key (the
// argument tuple, flattened as CPython's _make_key does) to an entry
// object, and threads its entries on a doubly linked list in recency
// order, most recent last. A hit moves the entry to the end; a miss that
// overflows maxsize evicts the first one. The dict, the list and the
// statistics are changed only in a critical section on the wrapper, and
// the user's function is always called outside it: two threads that miss
// the same key both compute it and the first result stored wins, as in
// CPython. Key hashing and comparison may run Python code inside the
// section (a key's __eq__), which the runtime's critical sections allow;
// the entry found is re-checked afterwards in case that code changed the
// cache.
package functools

import (
	"gilfree/runtime"
)

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("_functools")
	t.ModuleSet(m, "_lru_cache_wrapper", wrapperType.Obj())
	t.ModuleSet(m, "_partial", partialType.Obj())
	t.AddFunctions(m, runtime.MethodDef{Name: "reduce", Fn: reduce, Doc: "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue."})
	return m
}

// entry is one cached result: its key, its value, and its place in the
// recency list.
type entry struct {
	runtime.Object
	key, result *runtime.Object
	prev, next  *entry
	linked      bool
}

type wrapper struct {
	runtime.Object
	fn, infoType, mark *runtime.Object
	maxsize            int // -1: unbounded
	typed              bool
	cache              *runtime.Dict
	first, last        *entry
	size               int
	hits, misses       int64
}

var (
	wrapperType = &runtime.Type{Name: "_lru_cache_wrapper", Module: "functools",
		Doc: "Create a cached callable that wraps another function."}
	entryType = &runtime.Type{Name: "_lru_entry", Module: "functools"}
)

func readyLru() {
	entryType.SetClear(func(t *runtime.Thread, o *runtime.Object) {
		e := runtime.As[entry](o)
		if e.key != nil {
			t.Clearref(&e.key)
		}
		if e.result != nil {
			t.Clearref(&e.result)
		}
	})
	runtime.ReadyType[entry](entryType, runtime.ObjectType, 0)

	wrapperType.New = wrapperNew
	wrapperType.Call = wrapperCall
	wrapperType.DescrGet = func(t *runtime.Thread, descr, obj *runtime.Object, typ *runtime.Type) (*runtime.Object, error) {
		if obj == nil || obj == runtime.None {
			return t.NewRef(descr), nil
		}
		return t.NewMethod(descr, obj), nil
	}
	wrapperType.AddMethods(
		runtime.MethodDef{Name: "cache_info", Fn: cacheInfo, Doc: "Report cache statistics"},
		runtime.MethodDef{Name: "cache_clear", Fn: cacheClear, Doc: "Clear the cache and cache statistics"},
	)
	wrapperType.SetClear(func(t *runtime.Thread, o *runtime.Object) {
		w := runtime.As[wrapper](o)
		for _, p := range []**runtime.Object{&w.fn, &w.infoType, &w.mark} {
			if *p != nil {
				t.Clearref(p)
			}
		}
		if w.cache != nil {
			t.Decref(w.cache.Obj())
			w.cache = nil
		}
		w.first, w.last = nil, nil
	})
	runtime.ReadyType[wrapper](wrapperType, runtime.ObjectType, runtime.FlagBaseType)
}

// wrapperNew is _lru_cache_wrapper(user_function, maxsize, typed,
// cache_info_type); maxsize None is unbounded.
func wrapperNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [4]*runtime.Object
	if err := t.ParseArgs("_lru_cache_wrapper", args, kw, []string{"user_function", "maxsize", "typed", "cache_info_type"}, 4, a[:]); err != nil {
		return nil, err
	}
	if !runtime.Callable(a[0]) {
		return nil, t.TypeError("the first argument must be callable")
	}
	maxsize := -1
	if a[1] != runtime.None {
		if !runtime.IsInt(a[1]) {
			return nil, t.TypeError("maxsize should be integer or None")
		}
		n, err := t.IndexInt(a[1])
		if err != nil {
			return nil, err
		}
		maxsize = max(n, 0)
	}
	typed, err := t.Truth(a[2])
	if err != nil {
		return nil, err
	}
	mark, err := t.Call(runtime.ObjectType.Obj(), nil, nil)
	if err != nil {
		return nil, err
	}
	var o *runtime.Object
	if typ == wrapperType {
		w := new(wrapper)
		t.InitObject(&w.Object, typ)
		o = &w.Object
	} else {
		o = t.NewInstance(typ)
	}
	w := runtime.As[wrapper](o)
	w.fn, w.infoType, w.mark = t.NewRef(a[0]), t.NewRef(a[3]), mark
	w.maxsize, w.typed = maxsize, typed
	w.cache = t.NewDict()
	return o, nil
}

// makeKey flattens a call's arguments into one hashable key (a new
// reference): positional values, then a marker and the keyword names and
// values, then (typed) the types of all the values. A lone int or str
// argument is its own key.
func (w *wrapper) makeKey(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) *runtime.Object {
	nkw := kw.Len()
	npos := len(args) - nkw
	if !w.typed && nkw == 0 && npos == 1 {
		if typ := runtime.TypeOf(args[0]); typ == runtime.IntType || typ == runtime.StrType {
			return t.NewRef(args[0])
		}
	}
	n := len(args)
	if nkw > 0 {
		n += 1 + nkw
	}
	if w.typed {
		n += len(args)
	}
	items := make([]*runtime.Object, 0, n)
	for _, a := range args[:npos] {
		items = append(items, t.NewRef(a))
	}
	if nkw > 0 {
		items = append(items, t.NewRef(w.mark))
		names := runtime.TupleItems(kw.Obj())
		for i := 0; i < nkw; i++ {
			items = append(items, t.NewRef(names[i]), t.NewRef(args[npos+i]))
		}
	}
	if w.typed {
		for _, a := range args {
			items = append(items, t.NewRef(runtime.TypeOf(a).Obj()))
		}
	}
	return t.NewTupleSteal(items).Obj()
}

// unlink takes e off the recency list. Hold the wrapper's lock.
func (w *wrapper) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		w.first = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		w.last = e.prev
	}
	e.prev, e.next, e.linked = nil, nil, false
}

// pushBack puts e at the most recent end. Hold the wrapper's lock.
func (w *wrapper) pushBack(e *entry) {
	e.prev, e.next, e.linked = w.last, nil, true
	if w.last != nil {
		w.last.next = e
	} else {
		w.first = e
	}
	w.last = e
}

func wrapperCall(t *runtime.Thread, o *runtime.Object, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	w := runtime.As[wrapper](o)
	if w.maxsize == 0 {
		t.Lock(o)
		w.misses++
		t.Unlock(o)
		return t.Call(w.fn, args, kw)
	}
	key := w.makeKey(t, args, kw)
	defer t.Decref(key)
	t.Lock(o)
	found, err := t.DictGetItem(w.cache, key)
	if err != nil {
		t.Unlock(o)
		return nil, err
	}
	if found != nil {
		e := runtime.As[entry](found)
		if e.linked || w.maxsize < 0 {
			if w.maxsize > 0 && w.last != e {
				w.unlink(e)
				w.pushBack(e)
			}
			w.hits++
			r := t.NewRef(e.result)
			t.Unlock(o)
			return r, nil
		}
	}
	w.misses++
	t.Unlock(o)

	result, err := t.Call(w.fn, args, kw)
	if err != nil {
		return nil, err
	}
	var evicted *runtime.Object
	t.Lock(o)
	present, err := t.DictGetItem(w.cache, key)
	if err == nil && present == nil {
		e := new(entry)
		t.InitObject(&e.Object, entryType)
		e.key, e.result = t.NewRef(key), t.NewRef(result)
		err = t.DictSetItem(w.cache, key, &e.Object)
		if err == nil {
			w.size++
			if w.maxsize > 0 {
				w.pushBack(e)
				if w.size > w.maxsize {
					old := w.first
					w.unlink(old)
					evicted = t.NewRef(&old.Object)
					if _, derr := t.DictDelItem(w.cache, old.key); derr != nil {
						err = derr
					}
					w.size--
				}
			}
		}
		t.Decref(&e.Object)
	}
	t.Unlock(o)
	t.XDecref(evicted)
	if err != nil {
		t.Decref(result)
		return nil, err
	}
	return result, nil
}

func self(t *runtime.Thread, name string, args []*runtime.Object) (*wrapper, error) {
	if len(args) == 0 || !runtime.IsInstance(args[0], wrapperType) {
		return nil, t.TypeError("descriptor '%s' for 'functools._lru_cache_wrapper' objects doesn't apply to this object", name)
	}
	return runtime.As[wrapper](args[0]), nil
}

func cacheInfo(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	w, err := self(t, "cache_info", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("cache_info", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	t.Lock(&w.Object)
	hits, misses, size := w.hits, w.misses, w.size
	t.Unlock(&w.Object)
	maxsize := runtime.None
	if w.maxsize >= 0 {
		maxsize = t.NewInt(int64(w.maxsize))
	}
	return t.Call(w.infoType, []*runtime.Object{t.NewInt(hits), t.NewInt(misses), maxsize, t.NewInt(int64(size))}, nil)
}

func cacheClear(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	w, err := self(t, "cache_clear", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("cache_clear", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	fresh := t.NewDict()
	t.Lock(&w.Object)
	old := w.cache
	w.cache = fresh
	for e := w.first; e != nil; {
		next := e.next
		e.prev, e.next, e.linked = nil, nil, false
		e = next
	}
	w.first, w.last, w.size, w.hits, w.misses = nil, nil, 0, 0, 0
	t.Unlock(&w.Object)
	// The old entries go with the old dict, outside the section: their
	// results' __del__ may run.
	t.Decref(old.Obj())
	return runtime.None, nil
}

// reduce is functools.reduce, with CPython's errors.
func reduce(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.NoKwargs("reduce", kw); err != nil {
		return nil, err
	}
	if len(args) < 2 {
		return nil, t.TypeError("reduce expected at least 2 arguments, got %d", len(args))
	}
	if len(args) > 3 {
		return nil, t.TypeError("reduce expected at most 3 arguments, got %d", len(args))
	}
	fn := args[0]
	it, err := t.Iter(args[1])
	if err != nil {
		if runtime.Matches(err, runtime.TypeErrorType) {
			t.DropError(err)
			return nil, t.TypeError("reduce() arg 2 must support iteration")
		}
		return nil, err
	}
	defer t.Decref(it)
	var acc *runtime.Object
	if len(args) == 3 {
		acc = t.NewRef(args[2])
	}
	for {
		v, err := t.NextItem(it)
		if err != nil {
			t.XDecref(acc)
			return nil, err
		}
		if v == nil {
			break
		}
		if acc == nil {
			acc = v
			continue
		}
		next, err := t.Call2(fn, acc, v)
		t.Decref(acc)
		t.Decref(v)
		if err != nil {
			return nil, err
		}
		acc = next
	}
	if acc == nil {
		return nil, t.TypeError("reduce() of empty iterable with no initial value")
	}
	return acc, nil
}
