package refcount

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixture is one object and the threads that act on it: o owns h, x and y
// are other threads, and gone owned h2 before it exited.
type fixture struct {
	o, x, y *Thread
	h       *Header
	deaths  int // objects reported dead through MergeQueued or Exit
}

func (f *fixture) dead(*Header) { f.deaths++ }

// want is the expected header after the operation.
type want struct {
	owned  bool // still owned by f.o
	local  uint32
	shared int64 // count without bias
	state  int64
	dead   bool // reported dead by the operation (return or callback)
	queued int  // objects on f.o's merge queue
}

func TestTransitions(t *testing.T) {
	tests := []struct {
		name  string
		setup func(f *fixture)
		op    func(f *fixture) bool
		want  want
	}{
		{
			name: "owner incref adds to the local count",
			op:   func(f *fixture) bool { f.o.Incref(f.h); return false },
			want: want{owned: true, local: 2},
		},
		{
			name:  "owner decref above zero",
			setup: func(f *fixture) { f.o.Incref(f.h) },
			op:    func(f *fixture) bool { return f.o.Decref(f.h) },
			want:  want{owned: true, local: 1},
		},
		{
			name: "owner's last decref with no shared references: dead",
			op:   func(f *fixture) bool { return f.o.Decref(f.h) },
			want: want{state: stateMerged, dead: true},
		},
		{
			name:  "owner's last decref with shared references: merged, unowned",
			setup: func(f *fixture) { f.x.Incref(f.h); f.x.Incref(f.h) },
			op:    func(f *fixture) bool { return f.o.Decref(f.h) },
			want:  want{shared: 2, state: stateMerged},
		},
		{
			name: "non-owner incref adds to the shared count",
			op:   func(f *fixture) bool { f.x.Incref(f.h); return false },
			want: want{owned: true, local: 1, shared: 1},
		},
		{
			name:  "non-owner decref of a shared reference",
			setup: func(f *fixture) { f.x.Incref(f.h); f.x.Incref(f.h) },
			op:    func(f *fixture) bool { return f.x.Decref(f.h) },
			want:  want{owned: true, local: 1, shared: 1},
		},
		{
			name:  "non-owner decref below zero queues to the owner",
			setup: func(f *fixture) { f.o.Incref(f.h) },
			op:    func(f *fixture) bool { return f.x.Decref(f.h) },
			want:  want{owned: true, local: 2, state: stateQueued, queued: 1},
		},
		{
			name:  "decref of a queued object goes below zero",
			setup: func(f *fixture) { f.o.Incref(f.h); f.o.Incref(f.h); f.x.Decref(f.h) },
			op:    func(f *fixture) bool { return f.y.Decref(f.h) },
			want:  want{owned: true, local: 3, shared: -1, state: stateQueued, queued: 1},
		},
		{
			name:  "incref of a queued object",
			setup: func(f *fixture) { f.o.Incref(f.h); f.o.Incref(f.h); f.x.Decref(f.h) },
			op:    func(f *fixture) bool { f.y.Incref(f.h); return false },
			want:  want{owned: true, local: 3, shared: 1, state: stateQueued, queued: 1},
		},
		{
			name:  "merge of the last reference: dead",
			setup: func(f *fixture) { f.x.Decref(f.h) },
			op:    func(f *fixture) bool { f.o.MergeQueued(f.dead); return false },
			want:  want{state: stateMerged, dead: true},
		},
		{
			name:  "merge of a live object: merged, unowned",
			setup: func(f *fixture) { f.o.Incref(f.h); f.o.Incref(f.h); f.x.Decref(f.h) },
			op:    func(f *fixture) bool { f.o.MergeQueued(f.dead); return false },
			want:  want{shared: 2, state: stateMerged},
		},
		{
			name: "merge after the owner gave up ownership while queued: dead",
			setup: func(f *fixture) {
				f.o.Incref(f.h) // lent to x
				f.x.Decref(f.h) // queued: the queue holds it
				f.x.Incref(f.h) // a shared reference, handed to o
				f.o.Decref(f.h) // o's own
				f.o.Decref(f.h) // the handed one: local zero, o gives up ownership
				require.Zero(t, f.h.Owner())
			},
			op:   func(f *fixture) bool { f.o.MergeQueued(f.dead); return false },
			want: want{state: stateMerged, dead: true},
		},
		{
			name:  "non-owner decref of a merged object to zero: dead",
			setup: func(f *fixture) { f.x.Incref(f.h); f.o.Decref(f.h) },
			op:    func(f *fixture) bool { return f.y.Decref(f.h) },
			want:  want{state: stateMerged, dead: true},
		},
		{
			name:  "non-owner decref of a merged object above zero",
			setup: func(f *fixture) { f.x.Incref(f.h); f.x.Incref(f.h); f.o.Decref(f.h) },
			op:    func(f *fixture) bool { return f.x.Decref(f.h) },
			want:  want{shared: 1, state: stateMerged},
		},
		{
			name: "owner TryIncref uses the local count",
			op:   func(f *fixture) bool { require.True(t, f.o.TryIncref(f.h)); return false },
			want: want{owned: true, local: 2},
		},
		{
			name: "non-owner TryIncref of an owned object",
			op:   func(f *fixture) bool { require.True(t, f.x.TryIncref(f.h)); return false },
			want: want{owned: true, local: 1, shared: 1},
		},
		{
			name:  "TryIncref of a merged object",
			setup: func(f *fixture) { f.x.Incref(f.h); f.o.Decref(f.h) },
			op:    func(f *fixture) bool { require.True(t, f.y.TryIncref(f.h)); return false },
			want:  want{shared: 2, state: stateMerged},
		},
		{
			name:  "TryIncref of a queued object",
			setup: func(f *fixture) { f.o.Incref(f.h); f.x.Decref(f.h) },
			op:    func(f *fixture) bool { require.True(t, f.y.TryIncref(f.h)); return false },
			want:  want{owned: true, local: 2, shared: 1, state: stateQueued, queued: 1},
		},
		{
			name:  "TryIncref of a dead object fails",
			setup: func(f *fixture) { require.True(t, f.o.Decref(f.h)) },
			op:    func(f *fixture) bool { require.False(t, f.x.TryIncref(f.h)); return false },
			want:  want{state: stateMerged},
		},
		{
			name:  "TryIncref by the former owner of a dead object fails",
			setup: func(f *fixture) { require.True(t, f.o.Decref(f.h)) },
			op:    func(f *fixture) bool { require.False(t, f.o.TryIncref(f.h)); return false },
			want:  want{state: stateMerged},
		},
		{
			name:  "deferred: the owner's last decref merges and keeps the bias",
			setup: func(f *fixture) { f.h.MakeDeferred() },
			op:    func(f *fixture) bool { return f.o.Decref(f.h) },
			want:  want{state: stateMerged},
		},
		{
			name: "deferred: a non-owner's decref to a zero count is not death",
			setup: func(f *fixture) {
				f.h.MakeDeferred()
				f.x.Incref(f.h)
				f.o.Decref(f.h)
			},
			op:   func(f *fixture) bool { return f.x.Decref(f.h) },
			want: want{state: stateMerged},
		},
		{
			name:  "deferred: a non-owner's decref of an owned object does not queue",
			setup: func(f *fixture) { f.h.MakeDeferred(); f.o.Incref(f.h) },
			op:    func(f *fixture) bool { return f.x.Decref(f.h) },
			want:  want{owned: true, local: 2, shared: -1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &fixture{o: startThread(t), x: startThread(t), y: startThread(t)}
			f.h = newObject(f.o)
			if tt.setup != nil {
				tt.setup(f)
			}
			f.deaths = 0
			dead := tt.op(f)
			checkWant(t, f, dead, tt.want)
		})
	}
}

func checkWant(t *testing.T, f *fixture, dead bool, w want) {
	t.Helper()
	h := f.h
	if w.owned {
		assert.Equal(t, f.o.ID(), h.Owner(), "owner")
	} else {
		assert.Zero(t, h.Owner(), "owner")
	}
	assert.Equal(t, w.local, h.LocalCount(), "local count")
	assert.Equal(t, w.shared, h.SharedCount(), "shared count")
	assert.Equal(t, w.state, h.state(), "state")
	assert.Equal(t, w.dead, dead || f.deaths > 0, "dead")
	assert.LessOrEqual(t, f.deaths, 1, "deaths reported")
	assert.Equal(t, w.queued, f.o.queued(), "queued")
	if w.queued > 0 {
		assert.NotZero(t, f.o.Requests().Load()&RequestMerge, "RequestMerge set")
	}
}

// TestExitedOwner covers queueing to an owner that exited: the queueing
// thread merges the object itself.
func TestExitedOwner(t *testing.T) {
	tests := []struct {
		name  string
		local int // references the owner counted before it exited
		want  want
	}{
		{name: "last reference: the queuer reports it dead", local: 1, want: want{state: stateMerged, dead: true}},
		{name: "more references: merged, unowned", local: 3, want: want{shared: 2, state: stateMerged}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gone := startThread(t)
			f := &fixture{o: startThread(t), x: startThread(t)}
			f.h = newObject(gone)
			for i := 1; i < tt.local; i++ {
				gone.Incref(f.h)
			}
			gone.Exit(f.dead)
			dead := f.x.Decref(f.h)
			checkWant(t, f, dead, tt.want)
		})
	}
}

// TestExitDrainsQueue: Exit merges what is queued and later queuers merge
// themselves.
func TestExitDrainsQueue(t *testing.T) {
	o, x := startThread(t), startThread(t)
	a, b := newObject(o), newObject(o)
	o.Incref(b)
	require.False(t, x.Decref(a))
	require.Equal(t, 1, o.queued())

	var died []*Header
	o.Exit(func(h *Header) { died = append(died, h) })
	assert.Equal(t, []*Header{a}, died)
	assert.True(t, o.isExited())

	require.False(t, x.Decref(b), "b: merged by x, one reference left")
	assert.Zero(t, b.Owner())
	require.True(t, x.Decref(b), "b's last reference")
}

// TestMergeQueuedClearsRequest: MergeQueued takes RequestMerge and reuses its
// queue's storage.
func TestMergeQueuedClearsRequest(t *testing.T) {
	o, x := startThread(t), startThread(t)
	deaths := 0
	for round := 0; round < 3; round++ {
		for i := 0; i < 10; i++ {
			x.Decref(newObject(o))
		}
		require.Equal(t, RequestMerge, o.Requests().Load())
		o.MergeQueued(func(*Header) { deaths++ })
		require.Zero(t, o.Requests().Load())
		require.Zero(t, o.queued())
	}
	assert.Equal(t, 30, deaths)
	assert.GreaterOrEqual(t, cap(o.spare)+cap(o.queue), 10, "storage kept for reuse")
}

func TestImmortal(t *testing.T) {
	o, x := startThread(t), startThread(t)
	h := newObject(o)
	h.MakeImmortal()
	before := snapshot(h)
	for _, th := range []*Thread{o, x} {
		th.Incref(h)
		assert.False(t, th.Decref(h))
		assert.False(t, th.Decref(h))
		assert.True(t, th.TryIncref(h))
		r := th.IncrefStackRef(h)
		assert.True(t, r.IsTagged())
		assert.False(t, th.CloseStackRef(r))
	}
	assert.Equal(t, before, snapshot(h))
	assert.True(t, h.IsImmortal())

	var static object // like None: never initialized by a thread
	static.MakeImmortal()
	x.Incref(&static.Header)
	assert.False(t, x.Decref(&static.Header))
	assert.Zero(t, static.SharedCount())
}

type headerSnapshot struct {
	owner, local uint32
	shared       int64
}

func snapshot(h *Header) headerSnapshot {
	return headerSnapshot{h.Owner(), h.local, h.shared.Load()}
}
