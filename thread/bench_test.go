package thread

import "testing"

// BenchmarkPushPopFrame: one call's frame of a typical 16 slots.
func BenchmarkPushPopFrame(b *testing.B) {
	s := newAttached(b)
	b.ReportAllocs()
	for b.Loop() {
		w := s.PushFrame(16)
		s.PopFrame(w)
	}
}

// BenchmarkPushPopFrameChunkEdge: the same frame, crossing into the spare
// chunk every time.
func BenchmarkPushPopFrameChunkEdge(b *testing.B) {
	s := newAttached(b)
	base := s.PushFrame(firstChunkSlots - 8)
	b.ReportAllocs()
	for b.Loop() {
		w := s.PushFrame(16)
		s.PopFrame(w)
	}
	s.PopFrame(base)
}

// BenchmarkPoll: the eval breaker's check, with nothing pending.
func BenchmarkPoll(b *testing.B) {
	s := newAttached(b)
	n := 0
	for b.Loop() {
		if s.Pending() != 0 {
			n++
		}
	}
	if n != 0 {
		b.Fatal("unexpected request")
	}
}

func BenchmarkQuiescent(b *testing.B) {
	s := newAttached(b)
	for b.Loop() {
		s.Quiescent()
	}
}

// BenchmarkSafe: the free list's check, answered from the cached bound.
func BenchmarkSafe(b *testing.B) {
	s := newAttached(b)
	goal := Advance()
	s.Quiescent()
	for b.Loop() {
		if !Safe(goal) {
			b.Fatal("not safe")
		}
	}
}

// BenchmarkDetachAttach: what a blocking call pays around the block.
func BenchmarkDetachAttach(b *testing.B) {
	s := newAttached(b)
	for b.Loop() {
		s.Detach()
		s.Attach()
	}
}
