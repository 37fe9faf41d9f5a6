package runtime

// StackFrame is one frame of a thread's Python stack, as faulthandler
// prints it.
type StackFrame struct {
	Filename, Name string
	Line           int
}

// ThreadStack is a thread's identifier (threading.get_ident's) and its
// Python frames, innermost first.
type ThreadStack struct {
	Ident   uint64
	Current bool
	Frames  []StackFrame
}

// maxStackFrames bounds the frames read per thread, as CPython's
// faulthandler stops at 100 (Truncated reports it).
const maxStackFrames = 100

// Truncated reports whether a stack was cut at the frame limit.
func (s *ThreadStack) Truncated() bool { return len(s.Frames) > maxStackFrames }

// ThreadStacks returns the Python stacks of every registered thread (or
// of t alone), read while the other threads are held (StopTheWorld) so
// that no frame changes under the reader. Only Go strings are read, so
// nothing is allocated on the Python heap or released while the world is
// stopped. The line shown for another thread's innermost frame is that of
// the last instruction it recorded (at a call, a safepoint or an
// exception), which may trail the one it is at.
func (t *Thread) ThreadStacks(all bool) []ThreadStack {
	if !all {
		return []ThreadStack{readStack(t, t)}
	}
	var out []ThreadStack
	t.StopTheWorld(func() { out = readStacks(t) })
	return out
}

// ThreadStacksRacy is ThreadStacks without stopping the world and
// without a calling thread, for a crash report written from a goroutine
// that runs no Python code (a fatal signal): frames may change as they
// are read, which Go's memory safety makes harmless, at worst a wrong
// line.
func ThreadStacksRacy() []ThreadStack { return readStacks(nil) }

// readStacks reads the stacks of the main thread and every registered
// one, newest first, as CPython lists its thread states.
func readStacks(cur *Thread) []ThreadStack {
	threads.mu.Lock()
	list := make([]*Thread, 0, len(threads.m)+1)
	for _, e := range threads.m {
		list = append(list, e.t)
	}
	threads.mu.Unlock()
	list = append(list, mainEntry.t)
	out := make([]ThreadStack, 0, len(list))
	for _, th := range list {
		out = append(out, readStack(cur, th))
	}
	// Newest first: thread ids grow as threads start.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Ident > out[j-1].Ident; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func readStack(cur, th *Thread) ThreadStack {
	s := ThreadStack{Ident: th.Ident(), Current: th == cur}
	for f := th.Frame; f != nil; f = f.Back {
		if len(s.Frames) > maxStackFrames {
			break
		}
		c := f.Code
		if c == nil {
			continue
		}
		s.Frames = append(s.Frames, StackFrame{Filename: c.Filename, Name: c.Name, Line: c.Line(f.Lasti)})
	}
	return s
}
