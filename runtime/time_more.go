package runtime

import (
	"encoding/binary"
	"os"
	goruntime "runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

// The clock half of the time module beyond time() and the monotonic
// clocks: clock_gettime and friends on Linux's clocks, thread_time,
// get_clock_info and tzset.

// Linux's clock ids (the CLOCK_ constants of the time module).
const (
	clockRealtime       = 0
	clockMonotonic      = 1
	clockProcessCPUTime = 2
	clockThreadCPUTime  = 3
	clockMonotonicRaw   = 4
	clockBoottime       = 7
	clockTAI            = 11
)

func addTimeMore(t *Thread, m *Module) {
	t.AddFunctions(m,
		MethodDef{"clock_gettime", timeClockGettime, "Return the time of the specified clock clk_id as a float."},
		MethodDef{"clock_gettime_ns", timeClockGettimeNs, "Return the time of the specified clock clk_id as nanoseconds (int)."},
		MethodDef{"clock_getres", timeClockGetres, "Return the resolution (precision) of the specified clock clk_id."},
		MethodDef{"clock_settime", timeClockSettime, "Set the time of the specified clock clk_id."},
		MethodDef{"clock_settime_ns", timeClockSettimeNs, "Set the time of the specified clock clk_id with nanoseconds."},
		MethodDef{"thread_time", timeThreadTime, "Thread time for profiling: sum of the kernel and user-space CPU time."},
		MethodDef{"thread_time_ns", timeThreadTimeNs, "Thread time for profiling as nanoseconds."},
		MethodDef{"get_clock_info", timeGetClockInfo, "Get information of the specified clock."},
		MethodDef{"tzset", timeTzset, "Initialize, or reinitialize, the local timezone to the value of the environment variable TZ."},
		MethodDef{"pthread_getcpuclockid", timePthreadGetcpuclockid, "Return the clk_id of a thread's CPU time clock."},
	)
	for name, v := range map[string]int64{
		"CLOCK_REALTIME": clockRealtime, "CLOCK_MONOTONIC": clockMonotonic,
		"CLOCK_PROCESS_CPUTIME_ID": clockProcessCPUTime, "CLOCK_THREAD_CPUTIME_ID": clockThreadCPUTime,
		"CLOCK_MONOTONIC_RAW": clockMonotonicRaw, "CLOCK_BOOTTIME": clockBoottime, "CLOCK_TAI": clockTAI,
	} {
		t.ModuleSet(m, name, t.NewInt(v))
	}
	t.ModuleSet(m, "_STRUCT_TM_ITEMS", SmallInt(11))
}

// lockForThreadClock pins the calling goroutine to its OS thread, once
// per Python thread, before a reading of CLOCK_THREAD_CPUTIME_ID. The
// kernel's thread clock counts an OS thread, and Go moves goroutines
// between OS threads; pinned, the OS thread runs this Python thread only,
// so the difference of two readings (what thread_time is for) is this
// thread's CPU time. The first reading may include time the OS thread
// spent on other goroutines before, a constant offset that differences
// cancel.
func (t *Thread) lockForThreadClock() {
	if !t.osThreadLocked {
		goruntime.LockOSThread()
		t.osThreadLocked = true
	}
}

// clockGettime reads clock clk; it returns the errno on failure.
func clockGettime(t *Thread, clk int) (int64, error) {
	switch clk {
	case clockThreadCPUTime:
		t.lockForThreadClock()
	case clockRealtime:
		return time.Now().UnixNano(), nil
	}
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, uintptr(clk), uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0, e
	}
	return ts.Nano(), nil
}

func clockArg(t *Thread, fname string, args []*Object, kw *Tuple) (int, error) {
	if err := t.CheckArgs(fname, args, kw, 1, 1); err != nil {
		return 0, err
	}
	if !IsInt(args[0]) {
		return 0, t.TypeError("'%s' object cannot be interpreted as an integer", TypeOf(args[0]).Name)
	}
	return t.IndexInt(args[0])
}

// clockErr is the OSError of a failed clock call.
func clockErr(t *Thread, err error) error {
	e := err.(syscall.Errno)
	msg := e.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	return t.OSErrorFrom(int(e), msg, nil)
}

func timeClockGettime(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	clk, err := clockArg(t, "clock_gettime", args, kw)
	if err != nil {
		return nil, err
	}
	ns, err := clockGettime(t, clk)
	if err != nil {
		return nil, clockErr(t, err)
	}
	return t.NewFloat(float64(ns) / 1e9), nil
}

func timeClockGettimeNs(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	clk, err := clockArg(t, "clock_gettime_ns", args, kw)
	if err != nil {
		return nil, err
	}
	ns, err := clockGettime(t, clk)
	if err != nil {
		return nil, clockErr(t, err)
	}
	return t.NewInt(ns), nil
}

func timeClockGetres(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	clk, err := clockArg(t, "clock_getres", args, kw)
	if err != nil {
		return nil, err
	}
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETRES, uintptr(clk), uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return nil, clockErr(t, e)
	}
	return t.NewFloat(float64(ts.Nano()) / 1e9), nil
}

func clockSettime(t *Thread, fname string, args []*Object, kw *Tuple, nanos bool) (*Object, error) {
	if err := t.CheckArgs(fname, args, kw, 2, 2); err != nil {
		return nil, err
	}
	clk, err := clockArg(t, fname, args[:1], nil)
	if err != nil {
		return nil, err
	}
	var ns int64
	if nanos {
		v, ok := Int64Of(args[1])
		if !IsInt(args[1]) {
			return nil, t.TypeError("'%s' object cannot be interpreted as an integer", TypeOf(args[1]).Name)
		}
		if !ok {
			return nil, t.OverflowError("timestamp too large to convert to C _PyTime_t")
		}
		ns = v
	} else {
		d, err := t.SecondsArg(args[1])
		if err != nil {
			return nil, err
		}
		ns = int64(d)
	}
	ts := syscall.NsecToTimespec(ns)
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_SETTIME, uintptr(clk), uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return nil, clockErr(t, e)
	}
	return None, nil
}

func timeClockSettime(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return clockSettime(t, "clock_settime", args, kw, false)
}

func timeClockSettimeNs(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return clockSettime(t, "clock_settime_ns", args, kw, true)
}

func timeThreadTime(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("thread_time", args, kw, 0, 0); err != nil {
		return nil, err
	}
	ns, err := clockGettime(t, clockThreadCPUTime)
	if err != nil {
		return nil, clockErr(t, err)
	}
	return t.NewFloat(float64(ns) / 1e9), nil
}

func timeThreadTimeNs(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("thread_time_ns", args, kw, 0, 0); err != nil {
		return nil, err
	}
	ns, err := clockGettime(t, clockThreadCPUTime)
	if err != nil {
		return nil, clockErr(t, err)
	}
	return t.NewInt(ns), nil
}

// timePthreadGetcpuclockid answers for the calling thread only: a
// Python thread has no pthread of its own to name another's clock by.
func timePthreadGetcpuclockid(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("pthread_getcpuclockid", args, kw, 1, 1); err != nil {
		return nil, err
	}
	t.lockForThreadClock()
	return t.NewInt(clockThreadCPUTime), nil
}

// clockInfo is what get_clock_info says about each clock the module's
// functions read.
var clockInfo = map[string]struct {
	impl                string
	monotonic, adjusted bool
	res                 float64
}{
	"time":         {"clock_gettime(CLOCK_REALTIME)", false, true, 1e-09},
	"monotonic":    {"clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-09},
	"perf_counter": {"clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-09},
	"process_time": {"clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-09},
	"thread_time":  {"clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-09},
}

// timeGetClockInfo returns a types.SimpleNamespace, as CPython does.
func timeGetClockInfo(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("get_clock_info", args, kw, 1, 1); err != nil {
		return nil, err
	}
	name, ok := AsStr(args[0])
	if !ok {
		return nil, t.TypeError("get_clock_info() argument 1 must be str, not %s", TypeOf(args[0]).Name)
	}
	info, ok := clockInfo[name]
	if !ok {
		return nil, t.ValueError("unknown clock")
	}
	ns, err := t.libraryCall("types", "SimpleNamespace")
	if err != nil {
		return nil, err
	}
	for _, kv := range []struct {
		k string
		v *Object
	}{
		{"implementation", t.NewStr(info.impl)},
		{"monotonic", NewBool(info.monotonic)},
		{"adjustable", NewBool(info.adjusted)},
		{"resolution", t.NewFloat(info.res)},
	} {
		err := t.SetAttr(ns, Intern(kv.k), kv.v)
		t.Decref(kv.v)
		if err != nil {
			t.Decref(ns)
			return nil, err
		}
	}
	return ns, nil
}

// localZoneP is the zone of localtime, mktime, strftime and the zone
// constants: Go's time.Local until tzset reads TZ again.
var localZoneP atomic.Pointer[time.Location]

func localZone() *time.Location {
	if z := localZoneP.Load(); z != nil {
		return z
	}
	return time.Local
}

// timeTzset re-reads TZ as the C library's tzset does: unset means the
// system zone (/etc/localtime), empty means UTC, a zone name or path
// loads that zone, and anything else is read as a POSIX TZ rule
// ("EST+05EDT,M3.2.0,M11.1.0"). Then it resets the zone constants of the
// time module.
func timeTzset(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("tzset", args, kw, 0, 0); err != nil {
		return nil, err
	}
	localZoneP.Store(loadTZ())
	if mod := t.Interp.Modules.GetStr(Intern("time")); mod != nil && TypeOf(mod) == ModuleType {
		setZoneConstants(t, As[Module](mod))
	}
	return None, nil
}

// loadTZ returns the zone TZ names now.
func loadTZ() *time.Location {
	tz, set := os.LookupEnv("TZ")
	if !set {
		if b, err := os.ReadFile("/etc/localtime"); err == nil {
			if z, err := time.LoadLocationFromTZData("Local", b); err == nil {
				return z
			}
		}
		return time.UTC
	}
	tz = strings.TrimPrefix(tz, ":")
	if tz == "" || tz == "UTC" || tz == "UTC0" {
		return time.UTC
	}
	if strings.HasPrefix(tz, "/") {
		if b, err := os.ReadFile(tz); err == nil {
			if z, err := time.LoadLocationFromTZData(tz, b); err == nil {
				return z
			}
		}
	} else if z, err := time.LoadLocation(tz); err == nil {
		return z
	}
	if z, err := time.LoadLocationFromTZData(tz, tzifFromRule(tz)); err == nil {
		// Go accepts any footer and ignores one it cannot parse, leaving
		// the placeholder type in force.
		if name, _ := time.Unix(0, 0).In(z).Zone(); name != "-00" {
			return z
		}
	}
	// glibc falls back to UTC under the name TZ gave.
	return time.FixedZone(tz, 0)
}

// tzifFromRule builds TZif data with no history of its own and rule as
// its footer: one transition, at the dawn of time, to a placeholder
// type, after which Go applies the rule, as the C library does.
func tzifFromRule(rule string) []byte {
	var b []byte
	header := func(version byte, timecnt, typecnt, charcnt uint32) {
		b = append(b, "TZif"...)
		b = append(b, version)
		b = append(b, make([]byte, 15)...)
		for _, n := range []uint32{0, 0, 0, timecnt, typecnt, charcnt} {
			b = binary.BigEndian.AppendUint32(b, n)
		}
	}
	// Version 1 part: empty but for one type, as the format requires.
	header('2', 0, 1, 4)
	b = append(b, 0, 0, 0, 0, 0, 0)
	b = append(b, "-00\x00"...)
	// Version 2 part: the transition, its type, and the footer.
	header('2', 1, 1, 4)
	dawn := -(int64(1) << 59)
	b = binary.BigEndian.AppendUint64(b, uint64(dawn))
	b = append(b, 0)
	b = append(b, 0, 0, 0, 0, 0, 0)
	b = append(b, "-00\x00"...)
	b = append(b, '\n')
	b = append(b, rule...)
	return append(b, '\n')
}
