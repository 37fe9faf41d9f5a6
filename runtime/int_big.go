package runtime

import "math/big"

// Big int results without allocation. math/big computes into a
// destination whose memory it reuses when it is large enough, so a big
// int's value can be recycled with the int object itself: a dead int whose
// big.Int nothing else shares goes to its own free list (bigInts) with its
// big.Int, and the next big result is computed into it. Like every free
// list, it waits for QSBR, so a reader that loaded the dead int a moment
// ago never sees its digits change.
//
// An Int owns its big.Int when v is ownedBig (v is otherwise unused by a
// big int). NewBigInt does not claim ownership: its callers may pass a
// value another int still holds (int subclasses copy their value's).

// ownedBig in a big int's v marks its big.Int as its own, recyclable.
const ownedBig = 1

// bigTarget returns an int, not yet initialized, whose b is a big.Int to
// compute a result into: a recycled big int's when there is one.
func (t *Thread) bigTarget() *Int {
	if i := As[Int](t.free.bigInts.pop(t.State)); i != nil {
		return i
	}
	return &Int{b: new(big.Int)}
}

// finishBig returns the int object for a result computed into i.b (from
// bigTarget): i itself, owning its big.Int, or a small int when the value
// fits in an int64.
func (t *Thread) finishBig(i *Int) *Object {
	if i.b.IsInt64() {
		// The target goes back for the next big result: a value
		// masked to 64 bits is below 2**63 half the time, and each
		// such result lost one to Go's collector.
		v := i.b.Int64()
		t.free.bigInts.push(&i.Object)
		return t.NewInt(v)
	}
	i.v = ownedBig
	t.InitHeader(&i.Object, typePtr(IntType))
	if allocStatsOn {
		t.countAlloc(&i.Object)
	}
	return &i.Object
}

// bigArg returns an operand's value as a big.Int that the caller only
// reads: a big int's own, or for a small one the thread's scratch k (0 or
// 1), whose memory is reused from call to call.
func (t *Thread) bigArg(o *Object, k int) *big.Int {
	i := As[Int](o)
	if i.b != nil {
		return i.b
	}
	return t.bigScratch[k].SetInt64(i.v)
}

// bigBinary computes op(x, y) of two ints into a recycled big.Int.
func (t *Thread) bigBinary(a, b *Object, op func(z, x, y *big.Int) *big.Int) *Object {
	i := t.bigTarget()
	op(i.b, t.bigArg(a, 0), t.bigArg(b, 1))
	return t.finishBig(i)
}
