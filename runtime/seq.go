package runtime

import "strings"

// Helpers shared by the sequence types: repr of items with the recursion
// guard, comparison of item arrays, index normalization.

// reprEnter marks o as being repr'd; it reports false when o already is
// (a container that contains itself prints as [...]).
func (t *Thread) reprEnter(o *Object) bool {
	for _, x := range t.reprStack {
		if x == o {
			return false
		}
	}
	t.reprStack = append(t.reprStack, o)
	return true
}

func (t *Thread) reprLeave(o *Object) {
	for i := len(t.reprStack) - 1; i >= 0; i-- {
		if t.reprStack[i] == o {
			t.reprStack = append(t.reprStack[:i], t.reprStack[i+1:]...)
			return
		}
	}
}

// reprItems joins the reprs of items between open and close.
func (t *Thread) reprItems(items []*Object, open, close string) (string, error) {
	var b strings.Builder
	b.WriteString(open)
	for i := 0; i < len(items); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		it := items[i]
		t.Incref(it)
		s, err := t.ReprString(it)
		t.Decref(it)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return b.String(), nil
}

// compareItems is the lexicographic rich comparison of two sequences.
func (t *Thread) compareItems(a, b []*Object, op CompareOp) (*Object, error) {
	n := min(len(a), len(b))
	i := 0
	for ; i < n; i++ {
		eq, err := t.EqualFast(a[i], b[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
		if i >= len(a) || i >= len(b) {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		return NewBool(cmpResult(compareInts(len(a), len(b)), op)), nil
	}
	switch op {
	case CmpEq:
		return False, nil
	case CmpNe:
		return True, nil
	}
	return t.RichCompare(a[i], b[i], op)
}

func compareInts(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// normIndex normalizes a possibly negative index; ok is false out of range.
func normIndex(i, n int) (int, bool) {
	if i < 0 {
		i += n
	}
	return i, i >= 0 && i < n
}

// countItems counts items equal to v.
func (t *Thread) countItems(items func() []*Object, v *Object) (int, error) {
	n := 0
	for i := 0; i < len(items()); i++ {
		it := items()[i]
		t.Incref(it)
		eq, err := t.EqualFast(it, v)
		t.Decref(it)
		if err != nil {
			return 0, err
		}
		if eq {
			n++
		}
	}
	return n, nil
}

// indexArgs reads the optional start and stop of index().
func (t *Thread) indexArgs(args []*Object, n int) (start, stop int, err error) {
	start, stop = 0, n
	if len(args) > 0 && args[0] != None {
		if start, err = t.sliceIndex(args[0], 0); err != nil {
			return
		}
		start = clampSlice(start, n)
	}
	if len(args) > 1 && args[1] != None {
		if stop, err = t.sliceIndex(args[1], n); err != nil {
			return
		}
		stop = clampSlice(stop, n)
	}
	return
}

func clampSlice(i, n int) int {
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	return i
}

// sliceItems returns the items a slice selects, borrowed.
func sliceItems(items []*Object, start, step, n int) []*Object {
	if step == 1 {
		return items[start : start+n]
	}
	out := make([]*Object, n)
	for i := 0; i < n; i++ {
		out[i] = items[start+i*step]
	}
	return out
}
