package runtime

import (
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/thread"
)

// Tests of thread states and the lock types from Go, many goroutines at
// once, for go test -race: the lock word must order the critical sections
// it guards, Block must honour its timeout and wake on Interrupt, and a
// thread's objects must survive its Exit for the threads holding them.

func TestLockOrdersCriticalSections(t *testing.T) {
	main := thr(t)
	l := main.NewLock()
	defer main.Decref(l.Obj())
	const workers, rounds = 4, 2000
	counter := 0 // guarded by l, plain on purpose: -race checks the ordering
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		nt := main.Interp.NewThread()
		go func() {
			defer wg.Done()
			nt.Attach()
			for i := 0; i < rounds; i++ {
				ok, err := nt.lock(&l.m, -1)
				if !ok || err != nil {
					panic("lock failed")
				}
				counter++
				assert.True(t, l.m.unlock())
			}
			nt.Exit()
		}()
	}
	main.Detach()
	wg.Wait()
	main.Attach()
	assert.Equal(t, workers*rounds, counter)
	assert.False(t, l.m.unlock(), "the lock is free at the end")
}

func TestLockTimeoutAndHandOff(t *testing.T) {
	main := thr(t)
	l := main.NewLock()
	defer main.Decref(l.Obj())
	require.True(t, l.m.tryLock())
	ok, err := main.lock(&l.m, 0)
	require.NoError(t, err)
	assert.False(t, ok, "a non-blocking acquire of a held lock fails")
	start := time.Now()
	ok, err = main.lock(&l.m, 30*time.Millisecond)
	require.NoError(t, err)
	assert.False(t, ok)
	assert.GreaterOrEqual(t, time.Since(start), 30*time.Millisecond)

	// Another thread waits; a release from this one lets it in.
	got := make(chan bool)
	nt := main.Interp.NewThread()
	go func() {
		nt.Attach()
		ok, err := nt.lock(&l.m, 5*time.Second)
		nt.Exit()
		got <- ok && err == nil
	}()
	time.Sleep(10 * time.Millisecond)
	require.True(t, l.m.unlock())
	assert.True(t, <-got)
	assert.True(t, l.m.unlock(), "the waiter holds it now; any thread may release")
}

func TestBlockWakesOnInterrupt(t *testing.T) {
	main := thr(t)
	nt := main.Interp.NewThread()
	result := make(chan error)
	go func() {
		nt.Attach()
		_, err := nt.Block(nil, -1) // forever, but for the interrupt
		nt.Exit()
		result <- err
	}()
	for nt.Status() != thread.Detached {
		time.Sleep(time.Millisecond)
	}
	nt.Interrupt()
	err := <-result
	require.Error(t, err)
	assert.True(t, Matches(err, KeyboardInterruptType))
	main.DropError(err)
}

func TestBlockTimesOutAndReceives(t *testing.T) {
	main := thr(t)
	start := time.Now()
	got, err := main.Block(nil, 20*time.Millisecond)
	require.NoError(t, err)
	assert.False(t, got)
	assert.GreaterOrEqual(t, time.Since(start), 20*time.Millisecond)
	ch := make(chan struct{}, 1)
	ch <- struct{}{}
	got, err = main.Block(ch, time.Second)
	require.NoError(t, err)
	assert.True(t, got)
	assert.Equal(t, thread.Attached, main.Status())
}

// Objects a thread made outlive it when another thread holds them: Exit
// gives up ownership, and the holder's release frees them.
func TestObjectsOutliveTheirThread(t *testing.T) {
	main := thr(t)
	handed := make(chan *Object)
	nt := main.Interp.NewThread()
	go func() {
		nt.Attach()
		l := nt.NewList(0)
		for i := 0; i < 100; i++ {
			l.appendSteal(nt.NewStr(string(rune('a' + i%26))))
		}
		handed <- l.Obj()
		nt.Exit()
	}()
	l := <-handed
	main.Detach()
	time.Sleep(5 * time.Millisecond)
	main.Attach()
	n, err := main.Len(l)
	require.NoError(t, err)
	assert.Equal(t, 100, n)
	assert.Equal(t, "'a'", repr(t, main, ListItems(l)[0]))
	main.Decref(l)
}
