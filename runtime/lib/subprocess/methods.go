package subprocess

import (
	"bytes"
	"io"
	"sync"
	"syscall"

	rt "gilfree/runtime"
	gos "gilfree/runtime/lib/os"
)

func processPoll(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	p := asProcess(args[0])
	select {
	case <-p.done:
		return t.NewInt(int64(p.status)), nil
	default:
		return rt.None, nil
	}
}

// processWait waits for the process: its return code, or None when the
// timeout passed first.
func processWait(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("wait", args[1:], kw, 0, 1); err != nil {
		return nil, err
	}
	var to *rt.Object
	if len(args) > 1 {
		to = args[1]
	}
	d, limited, err := timeoutArg(t, to)
	if err != nil {
		return nil, err
	}
	p := asProcess(args[0])
	ok, err := waitFor(t, p.done, d, limited)
	if err != nil {
		return nil, err
	}
	if !ok {
		return rt.None, nil
	}
	return t.NewInt(int64(p.status)), nil
}

// processCommunicate sends input (bytes or None) to stdin, closes it,
// reads stdout and stderr to their ends and waits for the process. It
// returns (out, err), each None for a stream that is not a pipe, or None
// when the timeout passed first; a later call resumes the same exchange.
func processCommunicate(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("communicate", args[1:], kw, 2, 2); err != nil {
		return nil, err
	}
	p := asProcess(args[0])
	var input []byte
	if args[1] != rt.None {
		b, err := t.BytesOf(args[1])
		if err != nil {
			return nil, err
		}
		input = append([]byte(nil), b...)
	}
	d, limited, err := timeoutArg(t, args[2])
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	c := p.comm
	if c == nil {
		c = &communication{done: make(chan struct{}), hasOut: p.stdout != nil, hasErr: p.stderr != nil}
		p.comm = c
		var wg sync.WaitGroup
		if p.stdin != nil {
			wg.Add(1)
			go func(w io.WriteCloser) {
				defer wg.Done()
				if len(input) > 0 {
					w.Write(input)
				}
				w.Close()
			}(p.stdin)
			p.stdin = nil
		}
		if p.stdout != nil {
			wg.Add(1)
			go drain(p.stdout, &c.out, &wg)
		}
		if p.stderr != nil {
			wg.Add(1)
			go drain(p.stderr, &c.err, &wg)
		}
		go func() {
			wg.Wait()
			<-p.done
			close(c.done)
		}()
	}
	p.mu.Unlock()
	ok, err := waitFor(t, c.done, d, limited)
	if err != nil {
		return nil, err
	}
	if !ok {
		return rt.None, nil
	}
	p.mu.Lock()
	if p.outF != nil {
		p.outF.Close()
		p.outF = nil
	}
	if p.errF != nil {
		p.errF.Close()
		p.errF = nil
	}
	p.mu.Unlock()
	result := func(has bool, b *bytes.Buffer) *rt.Object {
		if !has {
			return rt.None
		}
		return t.NewBytes(b.Bytes())
	}
	return t.NewTupleSteal([]*rt.Object{result(c.hasOut, &c.out), result(c.hasErr, &c.err)}).Obj(), nil
}

// processWrite writes bytes to the child's stdin.
func processWrite(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("write", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	data, err := t.BytesOf(args[1])
	if err != nil {
		return nil, err
	}
	data = append([]byte(nil), data...)
	p := asProcess(args[0])
	p.mu.Lock()
	w := p.stdin
	p.mu.Unlock()
	if w == nil {
		return nil, t.ValueError("write to closed file")
	}
	var n int
	var werr error
	t.Detach()
	n, werr = w.Write(data)
	t.Attach()
	if werr != nil {
		return nil, osError(t, syscall.EPIPE, "")
	}
	return t.NewInt(int64(n)), nil
}

func processCloseStdin(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	p := asProcess(args[0])
	p.mu.Lock()
	if p.stdin != nil {
		p.stdin.Close()
		p.stdin = nil
	}
	p.mu.Unlock()
	return rt.None, nil
}

// processRead reads from the child's stdout (which 1) or stderr (2): n
// bytes (n < 0: to the end), or one line when line is true.
func processRead(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("read", args[1:], kw, 3, 3); err != nil {
		return nil, err
	}
	which, err := t.IndexInt(args[1])
	if err != nil {
		return nil, err
	}
	n, err := t.IndexInt(args[2])
	if err != nil {
		return nil, err
	}
	line, err := t.Truth(args[3])
	if err != nil {
		return nil, err
	}
	p := asProcess(args[0])
	p.mu.Lock()
	r := p.stdout
	if which == 2 {
		r = p.stderr
	}
	p.mu.Unlock()
	if r == nil {
		return nil, t.ValueError("read of closed file")
	}
	var data []byte
	t.Detach()
	switch {
	case line:
		data, _ = r.ReadBytes('\n')
	case n < 0:
		data, _ = io.ReadAll(r)
	default:
		data = make([]byte, n)
		k, _ := io.ReadFull(r, data)
		data = data[:k]
	}
	t.Attach()
	return t.NewBytes(data), nil
}

func processCloseRead(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("close_read", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	which, err := t.IndexInt(args[1])
	if err != nil {
		return nil, err
	}
	p := asProcess(args[0])
	p.mu.Lock()
	if which == 1 && p.outF != nil {
		p.outF.Close()
		p.outF, p.stdout = nil, nil
	}
	if which == 2 && p.errF != nil {
		p.errF.Close()
		p.errF, p.stderr = nil, nil
	}
	p.mu.Unlock()
	return rt.None, nil
}

func processSignal(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("send_signal", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	sig, err := t.IndexInt(args[1])
	if err != nil {
		return nil, err
	}
	p := asProcess(args[0])
	select {
	case <-p.done:
		// Signalling a reaped process could hit a reused pid.
		return rt.None, nil
	default:
	}
	if err := syscall.Kill(p.pid, syscall.Signal(sig)); err != nil && err != syscall.ESRCH {
		return nil, osError(t, err, "")
	}
	return rt.None, nil
}

func processDealloc(t *rt.Thread, o *rt.Object) {
	p := asProcess(o)
	p.mu.Lock()
	p.closePipes()
	p.stdin, p.outF, p.errF = nil, nil, nil
	p.mu.Unlock()
	if p.reaped != nil {
		gos.ChildCollected(p.pid)
	}
}

func readyMethods() {
	pt := ProcessType
	pt.AddMethods(
		rt.MethodDef{Name: "poll", Fn: processPoll, Doc: "The return code, or None while the process runs."},
		rt.MethodDef{Name: "wait", Fn: processWait, Doc: "Wait for the process; None when the timeout passed."},
		rt.MethodDef{Name: "communicate", Fn: processCommunicate, Doc: "Exchange data with the process and wait for it."},
		rt.MethodDef{Name: "write", Fn: processWrite, Doc: "Write bytes to the process's stdin."},
		rt.MethodDef{Name: "close_stdin", Fn: processCloseStdin, Doc: "Close the process's stdin."},
		rt.MethodDef{Name: "read", Fn: processRead, Doc: "Read from the process's stdout (1) or stderr (2)."},
		rt.MethodDef{Name: "close_read", Fn: processCloseRead, Doc: "Close the pipe from stdout (1) or stderr (2)."},
		rt.MethodDef{Name: "send_signal", Fn: processSignal, Doc: "Send a signal to the process."},
	)
	pt.AddGetSets(rt.GetSetDef{Name: "pid", Get: func(t *rt.Thread, o *rt.Object) (*rt.Object, error) {
		return t.NewInt(int64(asProcess(o).pid)), nil
	}})
	pt.SetClear(processDealloc)
	rt.ReadyType[Process](pt, rt.ObjectType, 0)
}

func newModule(t *rt.Thread) *rt.Module {
	m := t.NewModule("_subprocess")
	t.AddFunctions(m, rt.MethodDef{Name: "spawn", Fn: spawn, Doc: "Start a child process."})
	return m
}
