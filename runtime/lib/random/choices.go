package random

import (
	"math"

	"gilfree/runtime"
)

// The loops of random.Random.choices, and the running sums it builds from
// weights, in Go for the common arguments. random.py calls these helpers
// with what it has already computed and falls back to its own Python
// loops when a helper returns None: a helper declines before it draws, so
// the fallback sees the generator untouched and raises CPython's errors.
// In a program that picks weighted items per record (textreport builds
// 64,000 orders, each with a weighted choice of product and a note of up
// to 23 unweighted word choices), the Python loops and list(accumulate())
// took 3-4 times CPython's time.

// ownRandom returns the generator behind a bound random method, when it
// is _random.Random.random bound to a Random: the only builtin method
// named random of an instance of RandomType is that one (a subclass
// method written in Python binds as a Python method). Anything else (an
// overriding random, a plain function) is called as Python would.
func ownRandom(fn *runtime.Object) *Random {
	if runtime.TypeOf(fn) != runtime.BuiltinFunctionType {
		return nil
	}
	f := runtime.As[runtime.BuiltinFunction](fn)
	if f.Name != "random" || f.Self == nil || !runtime.IsInstance(f.Self, RandomType) {
		return nil
	}
	return runtime.As[Random](f.Self)
}

// seqItems returns the items of an exact list or tuple, or ok false. A
// list's are read in a section on it, which the caller ends with
// endItems.
func seqItems(t *runtime.Thread, o *runtime.Object) (items []*runtime.Object, ok bool) {
	switch runtime.TypeOf(o) {
	case runtime.TupleType:
		return runtime.TupleItems(o), true
	case runtime.ListType:
		t.Lock(o)
		return runtime.ListItems(o), true
	}
	return nil, false
}

// endItems ends the section seqItems began on a list.
func endItems(t *runtime.Thread, o *runtime.Object) {
	if runtime.TypeOf(o) == runtime.ListType {
		t.Unlock(o)
	}
}

// smallK returns k when it is an exact int, 0 when negative (range(k) is
// then empty), or ok false.
func smallK(k *runtime.Object) (int, bool) {
	if runtime.TypeOf(k) != runtime.IntType {
		return 0, false
	}
	v, ok := runtime.Int64Of(k)
	if !ok || v > 1<<24 {
		return 0, false
	}
	return int(max(v, 0)), true
}

// draws fills out with k floats from r's generator, in one section.
func draws(t *runtime.Thread, r *Random, out []float64) {
	t.Lock(&r.Object)
	for i := range out {
		out[i] = r.gen.float53()
	}
	t.Unlock(&r.Object)
}

// choose is _random._choose(random, population, k): choices' loop without
// weights, [population[floor(random() * n)] for _ in range(k)], for an
// exact list or tuple population, an exact int k and random bound to a
// Random; None otherwise, or when the population is empty (the Python
// loop then raises its IndexError after its draw).
func choose(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("_choose", args, kw, 3, 3); err != nil {
		return nil, err
	}
	r := ownRandom(args[0])
	k, kok := smallK(args[2])
	typ := runtime.TypeOf(args[1])
	if r == nil || !kok || (typ != runtime.ListType && typ != runtime.TupleType) {
		return runtime.None, nil
	}
	var buf [32]float64
	xs := buf[:0]
	if k > len(buf) {
		xs = make([]float64, 0, k)
	}
	xs = xs[:k]
	items, _ := seqItems(t, args[1])
	n := len(items)
	endItems(t, args[1])
	if n == 0 && k > 0 {
		return runtime.None, nil
	}
	draws(t, r, xs)
	return pick(t, args[1], xs, func(x float64, n int) int {
		return int(math.Floor(x * float64(n)))
	})
}

// pick builds the result list: population[index(x, len)] for each draw,
// read in one section on the population. A list that another thread
// shortened meanwhile raises IndexError, as the Python loop would.
func pick(t *runtime.Thread, population *runtime.Object, xs []float64, index func(x float64, n int) int) (*runtime.Object, error) {
	l, out := t.NewListFill(len(xs))
	items, _ := seqItems(t, population)
	for i, x := range xs {
		j := index(x, len(items))
		if j < 0 || j >= len(items) {
			endItems(t, population)
			for _, v := range out[:i] {
				t.Decref(v)
			}
			clear(out)
			t.Decref(l.Obj())
			if runtime.TypeOf(population) == runtime.TupleType {
				return nil, t.IndexError("tuple index out of range")
			}
			return nil, t.IndexError("list index out of range")
		}
		v := items[j]
		t.Incref(v)
		out[i] = v
	}
	endItems(t, population)
	return l.Obj(), nil
}

// floatsOf copies the values of an exact list or tuple of exact floats,
// or of exact ints of at most 53 bits (which convert to floats exactly
// and compare with floats as those floats), or reports false.
func floatsOf(t *runtime.Thread, o *runtime.Object, buf []float64) ([]float64, bool) {
	items, ok := seqItems(t, o)
	if !ok {
		return nil, false
	}
	defer endItems(t, o)
	out := buf[:0]
	for _, v := range items {
		switch runtime.TypeOf(v) {
		case runtime.FloatType:
			out = append(out, runtime.FloatValue(v))
		case runtime.IntType:
			i, ok := runtime.Int64Of(v)
			if !ok || i > 1<<53 || i < -(1<<53) {
				return nil, false
			}
			out = append(out, float64(i))
		default:
			return nil, false
		}
	}
	return out, true
}

// chooseWeighted is _random._choose_weighted(random, population,
// cum_weights, total, hi, k): choices' weighted loop,
// [population[bisect(cum_weights, random() * total, 0, hi)] for _ in
// range(k)], for an exact list or tuple population, cum_weights an exact
// list or tuple of exact floats or small ints, total a float, hi and k
// exact ints and random bound to a Random; None otherwise.
func chooseWeighted(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("_choose_weighted", args, kw, 6, 6); err != nil {
		return nil, err
	}
	r := ownRandom(args[0])
	k, kok := smallK(args[5])
	typ := runtime.TypeOf(args[1])
	if r == nil || !kok || (typ != runtime.ListType && typ != runtime.TupleType) ||
		runtime.TypeOf(args[3]) != runtime.FloatType || runtime.TypeOf(args[4]) != runtime.IntType {
		return runtime.None, nil
	}
	total := runtime.FloatValue(args[3])
	hi64, ok := runtime.Int64Of(args[4])
	if !ok || hi64 < 0 {
		return runtime.None, nil
	}
	var cbuf [64]float64
	cum, ok := floatsOf(t, args[2], cbuf[:])
	if !ok || int(hi64) > len(cum) {
		return runtime.None, nil
	}
	hi := int(hi64)
	var buf [32]float64
	xs := buf[:0]
	if k > len(buf) {
		xs = make([]float64, 0, k)
	}
	xs = xs[:k]
	draws(t, r, xs)
	return pick(t, args[1], xs, func(x float64, _ int) int {
		// bisect_right(cum, x * total, 0, hi): the first index whose
		// value is greater than the point.
		p := x * total
		lo, h := 0, hi
		for lo < h {
			mid := int(uint(lo+h) >> 1)
			if p < cum[mid] {
				h = mid
			} else {
				lo = mid + 1
			}
		}
		return lo
	})
}

// runningSums is _random._running_sums(values): list(accumulate(values))
// for an exact list or tuple of exact floats, whose sums are the same
// float additions; None for anything else. The first sum is the first
// value itself, as accumulate yields it.
func runningSums(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("_running_sums", args, kw, 1, 1); err != nil {
		return nil, err
	}
	items, ok := seqItems(t, args[0])
	if !ok {
		return runtime.None, nil
	}
	for _, v := range items {
		if runtime.TypeOf(v) != runtime.FloatType {
			endItems(t, args[0])
			return runtime.None, nil
		}
	}
	n := len(items)
	var buf [64]float64
	sums := buf[:0]
	if n > len(buf) {
		sums = make([]float64, 0, n)
	}
	var first *runtime.Object
	if n > 0 {
		first = items[0]
		t.Incref(first)
		s := runtime.FloatValue(first)
		sums = append(sums, s)
		for _, v := range items[1:] {
			s += runtime.FloatValue(v)
			sums = append(sums, s)
		}
	}
	endItems(t, args[0])
	l, out := t.NewListFill(n)
	for i, s := range sums {
		if i == 0 {
			out[0] = first
			continue
		}
		out[i] = t.NewFloat(s)
	}
	return l.Obj(), nil
}
