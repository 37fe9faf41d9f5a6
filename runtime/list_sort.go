package runtime

import (
	"slices"
	"sync"
)

// list.sort: a stable sort that compares with < only, as CPython's does,
// and stops at the first comparison that raises. When every key is an
// exact str, int or float, keys are compared in Go without dispatch.

// sortItem pairs a sort key with its value.
type sortItem struct{ key, value *Object }

func listSort(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if len(args)-kw.Len() > 1 {
		return nil, t.TypeError("sort() takes no positional arguments")
	}
	var opts [2]*Object
	if err := t.ParseArgs("sort", args[1:], kw, []string{"$key", "$reverse"}, 0, opts[:]); err != nil {
		return nil, err
	}
	key, rev := opts[0], false
	if key == None {
		key = nil
	}
	if opts[1] != nil {
		b, err := t.Truth(opts[1])
		if err != nil {
			return nil, err
		}
		rev = b
	}
	if err := t.SortList(As[List](args[0]), key, rev); err != nil {
		return nil, err
	}
	return None, nil
}

// SortList sorts l in place, with an optional key function.
func (t *Thread) SortList(l *List, key *Object, reverse bool) error {
	// The whole sort runs in a critical section on the list, so other
	// threads' changes wait for it, as they would under CPython's
	// sort. Only when a key function or a comparison blocks is the section
	// suspended; the list is emptied while sorting, so that a change made
	// then, or by the key function or comparison itself, is detected
	// afterwards ("list modified during sort"), as in CPython. The
	// nested Lock calls of the restore functions are free.
	t.Lock(&l.Object)
	defer t.Unlock(&l.Object)
	published := l.published()
	items := l.setItems(nil)
	if published {
		// Readers may still be reading the array just taken out: the sorted
		// items go to a copy, published when the sort puts it back.
		items = slices.Clone(items)
	}
	n := len(items)
	sc := sortScratchPool.Get().(*sortScratch)
	defer sc.release(n)
	work := grow(&sc.work, n)
	var err error
	for i, v := range items {
		work[i].value = v
		if key == nil {
			work[i].key = v
			continue
		}
		if work[i].key, err = t.Call1(key, v); err != nil {
			for j := 0; j < i; j++ {
				t.Decref(work[j].key)
			}
			t.restoreSorted(l, items)
			return err
		}
	}
	if reverse {
		reverseItems(work)
	}
	err = t.sortItems(work, sc)
	if reverse {
		reverseItems(work)
	}
	if err == nil {
		for i := range work {
			items[i] = work[i].value
		}
	}
	if key != nil {
		for i := range work {
			t.Decref(work[i].key)
		}
	}
	return t.restoreSortedErr(l, items, err)
}

func reverseItems(w []sortItem) {
	for i, j := 0, len(w)-1; i < j; i, j = i+1, j-1 {
		w[i], w[j] = w[j], w[i]
	}
}

// restoreSorted puts the items back, failing if the list was changed
// meanwhile.
func (t *Thread) restoreSortedErr(l *List, items []*Object, err error) error {
	t.Lock(&l.Object)
	modified := len(l.items) > 0
	old := l.setItems(items)
	t.Unlock(&l.Object)
	t.releaseTaken(old)
	if err == nil && modified {
		return t.ValueError("list modified during sort")
	}
	return err
}

func (t *Thread) restoreSorted(l *List, items []*Object) {
	t.Lock(&l.Object)
	old := l.setItems(items)
	t.Unlock(&l.Object)
	t.releaseTaken(old)
}

// sortItems sorts by key, stably.
func (t *Thread) sortItems(w []sortItem, sc *sortScratch) error {
	if len(w) < 2 {
		return nil
	}
	kind := TypeOf(w[0].key)
	same := kind == StrType || kind == IntType || kind == FloatType
	for i := 1; same && i < len(w); i++ {
		k := w[i].key
		if TypeOf(k) != kind || kind == IntType && As[Int](k).b != nil {
			same = false
		}
	}
	if same && kind == IntType && As[Int](w[0].key).b != nil {
		same = false
	}
	if same {
		switch kind {
		case StrType:
			sortByKey(w, func(o *Object) string { return As[Str](o).s }, &sc.strs)
		case IntType:
			sortByKey(w, func(o *Object) int64 { return As[Int](o).v }, &sc.ints)
		default:
			sortByKey(w, func(o *Object) float64 { return As[Float](o).v }, &sc.floats)
		}
		return nil
	}
	return t.mergeSort(w, grow(&sc.buf, len(w)))
}

// sortScratch holds a sort's working arrays. Sorting a few hundred items
// allocated several arrays of kilobytes each, and collecting them cost
// more than the sort (sorted(key=attrgetter) spent a third of its time
// in Go's allocator and collector), so they are kept in a pool for the
// next sort; one taken from the pool belongs to one sort (a key function
// that sorts takes another).
type sortScratch struct {
	work, buf []sortItem
	ints      []keyed[int64] // keys, then merge scratch
	floats    []keyed[float64]
	strs      []keyed[string]
}

var sortScratchPool = sync.Pool{New: func() any { return new(sortScratch) }}

// maxScratch is the most items whose arrays go back to the pool.
const maxScratch = 1 << 14

// grow returns (*s)[:n], enlarging *s when it is too short.
func grow[T any](s *[]T, n int) []T {
	if cap(*s) < n {
		*s = make([]T, n)
	}
	return (*s)[:n]
}

// release clears the pointers a sort of n items left in the arrays (so
// that they keep no object's memory from Go's collector) and returns them
// to the pool, unless they are big.
func (sc *sortScratch) release(n int) {
	if n > maxScratch {
		return
	}
	clear(sc.work[:min(n, len(sc.work))])
	clear(sc.buf[:min(n, len(sc.buf))])
	clear(sc.ints[:min(2*n, len(sc.ints))])
	clear(sc.floats[:min(2*n, len(sc.floats))])
	clear(sc.strs[:min(2*n, len(sc.strs))])
	sortScratchPool.Put(sc)
}

// keyed is an item with its key as a Go value, for sortByKey.
type keyed[K int64 | float64 | string] struct {
	k    K
	item sortItem
}

// sortByKey sorts w stably by keys of one Go type that get extracts,
// several times faster than the generic merge sort's dispatched
// comparisons: the keys sit beside their items, so comparing reads no
// object and moving an item moves its key.
func sortByKey[K int64 | float64 | string](w []sortItem, get func(*Object) K, scratch *[]keyed[K]) {
	n := len(w)
	buf := grow(scratch, 2*n)
	keys := buf[:n]
	for i := range w {
		keys[i] = keyed[K]{get(w[i].key), w[i]}
	}
	sortKeyed(keys, buf[n:])
	for i := range keys {
		w[i] = keys[i].item
	}
}

// keyedLess compares keys with < only, as Python's sort does (a NaN
// compares equal to everything).
func keyedLess[K int64 | float64 | string](a, b keyed[K]) bool { return a.k < b.k }

// minRun is the shortest run sortKeyed merges: shorter ones are first
// extended by insertion sort.
const minRun = 32

// sortKeyed is a stable natural merge sort, as CPython's timsort in
// outline: it finds the runs already in order (reversing strictly
// descending ones, which keeps it stable), extends short runs to minRun
// by binary insertion after equal keys, and merges neighbouring runs pass
// by pass, taking from the left run on ties. Data that is sorted,
// reversed or made of a few sorted pieces, common in programs, costs a
// pass or a few.
func sortKeyed[K int64 | float64 | string](keys, scratch []keyed[K]) {
	n := len(keys)
	var startsBuf [64]int
	starts := startsBuf[:0]
	for i := 0; i < n; {
		j := i + 1
		if j < n && keyedLess(keys[j], keys[i]) {
			for j < n && keyedLess(keys[j], keys[j-1]) {
				j++
			}
			slices.Reverse(keys[i:j])
		} else {
			for j < n && !keyedLess(keys[j], keys[j-1]) {
				j++
			}
		}
		if j-i < minRun && j < n {
			end := min(i+minRun, n)
			insertKeyed(keys[i:end], j-i)
			j = end
		}
		starts = append(starts, i)
		i = j
	}
	if len(starts) < 2 {
		return
	}
	src, dst := keys, scratch
	for len(starts) > 1 {
		next := starts[:0] // written behind the reads of starts
		for r := 0; r < len(starts); r += 2 {
			lo := starts[r]
			if r+1 == len(starts) {
				copy(dst[lo:], src[lo:])
				next = append(next, lo)
				break
			}
			mid, hi := starts[r+1], n
			if r+2 < len(starts) {
				hi = starts[r+2]
			}
			mergeKeyed(dst[lo:hi], src[lo:mid], src[mid:hi])
			next = append(next, lo)
		}
		starts = next
		src, dst = dst, src
	}
	if n > 0 && &src[0] != &keys[0] {
		copy(keys, src)
	}
}

// insertKeyed sorts s, whose first sorted elements are in order, by
// binary insertion of the rest.
func insertKeyed[K int64 | float64 | string](s []keyed[K], sorted int) {
	for i := max(sorted, 1); i < len(s); i++ {
		x := s[i]
		lo, hi := 0, i
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			if keyedLess(x, s[mid]) {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		copy(s[lo+1:i+1], s[lo:i])
		s[lo] = x
	}
}

// mergeKeyed merges the ordered a and b into dst.
func mergeKeyed[K int64 | float64 | string](dst, a, b []keyed[K]) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if keyedLess(b[j], a[i]) {
			dst[k] = b[j]
			j++
		} else {
			dst[k] = a[i]
			i++
		}
		k++
	}
	k += copy(dst[k:], a[i:])
	copy(dst[k:], b[j:])
}

// less is a < b as list.sort sees it.
func (t *Thread) less(a, b *Object) (bool, error) { return t.CompareBool(a, b, CmpLt) }

// mergeSort sorts w stably using buf as scratch; insertion sort below a
// small size.
func (t *Thread) mergeSort(w, buf []sortItem) error {
	n := len(w)
	if n <= 12 {
		for i := 1; i < n; i++ {
			x := w[i]
			// Binary search for the insertion point after equal keys.
			lo, hi := 0, i
			for lo < hi {
				mid := (lo + hi) / 2
				lt, err := t.less(x.key, w[mid].key)
				if err != nil {
					return err
				}
				if lt {
					hi = mid
				} else {
					lo = mid + 1
				}
			}
			copy(w[lo+1:i+1], w[lo:i])
			w[lo] = x
		}
		return nil
	}
	mid := n / 2
	if err := t.mergeSort(w[:mid], buf[:mid]); err != nil {
		return err
	}
	if err := t.mergeSort(w[mid:], buf[mid:]); err != nil {
		return err
	}
	// Already in order: nothing to merge.
	lt, err := t.less(w[mid].key, w[mid-1].key)
	if err != nil || !lt {
		return err
	}
	copy(buf, w)
	i, j, k := 0, mid, 0
	for i < mid && j < n {
		lt, err := t.less(buf[j].key, buf[i].key)
		if err != nil {
			copy(w[k:], buf[i:mid])
			copy(w[k+mid-i:], buf[j:])
			return err
		}
		if lt {
			w[k] = buf[j]
			j++
		} else {
			w[k] = buf[i]
			i++
		}
		k++
	}
	copy(w[k:], buf[i:mid])
	copy(w[k+mid-i:], buf[j:n])
	return nil
}
