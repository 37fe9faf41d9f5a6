package runtime

import (
	"slices"
	"sort"
	"strings"
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
	published := l.pub != nil
	items := l.setItems(nil)
	if published {
		// Readers may still be reading the array just taken out: the sorted
		// items go to a copy, published when the sort puts it back.
		items = slices.Clone(items)
	}
	n := len(items)
	work := make([]sortItem, n)
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
	err = t.sortItems(work)
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
func (t *Thread) sortItems(w []sortItem) error {
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
			sort.SliceStable(w, func(i, j int) bool { return strings.Compare(As[Str](w[i].key).s, As[Str](w[j].key).s) < 0 })
		case IntType:
			sort.SliceStable(w, func(i, j int) bool { return As[Int](w[i].key).v < As[Int](w[j].key).v })
		default:
			sort.SliceStable(w, func(i, j int) bool { return As[Float](w[i].key).v < As[Float](w[j].key).v })
		}
		return nil
	}
	buf := make([]sortItem, len(w))
	return t.mergeSort(w, buf)
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
