package runtime

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// The calendar half of the time module: struct_time, gmtime, localtime,
// mktime, strftime, asctime, ctime and the zone constants. datetime and
// logging build on them. The local zone is Go's time.Local (TZ, else
// /etc/localtime), the same source the C library reads, until tzset
// reads TZ again (localZone).

// StructTimeType is time.struct_time: the nine fields of C's struct tm,
// with the weekday counted from Monday as Python does.
var StructTimeType = newStructSeqTypeIn("time", "struct_time", "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")

func init() {
	StructTimeType.New = structTimeNew
}

// structTimeNew is time.struct_time(sequence): a sequence of exactly
// nine items (CPython's optional zone fields are not kept).
func structTimeNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := t.CheckArgs("struct_time", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	items, err := t.SequenceItems(args[0])
	if err != nil {
		return nil, t.TypeError("constructor requires a sequence")
	}
	if len(items) != 9 {
		for _, it := range items {
			t.Decref(it)
		}
		return nil, t.TypeError("time.struct_time() takes a 9-sequence (%d-sequence given)", len(items))
	}
	return t.newStructSeq(StructTimeType, items...), nil
}

// addTimeCalendar adds the calendar functions and the zone constants to
// the time module m.
func addTimeCalendar(t *Thread, m *Module) {
	t.AddFunctions(m,
		MethodDef{"gmtime", timeGmtime, "Convert seconds since the Epoch to a time tuple expressing UTC."},
		MethodDef{"localtime", timeLocaltime, "Convert seconds since the Epoch to a time tuple expressing local time."},
		MethodDef{"mktime", timeMktime, "Convert a time tuple in local time to seconds since the Epoch."},
		MethodDef{"strftime", timeStrftime, "Convert a time tuple to a string according to a format specification."},
		MethodDef{"asctime", timeAsctime, "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."},
		MethodDef{"ctime", timeCtime, "Convert a time in seconds since the Epoch to a string in local time."},
		MethodDef{"_localoffset", timeLocalOffset, "Return (utcoffset seconds, zone name) of local time at the given timestamp."},
		MethodDef{"strptime", timeStrptime, "Parse a string to a time tuple according to a format specification."},
	)
	t.ModuleSet(m, "struct_time", t.NewRef(StructTimeType.Obj()))
	setZoneConstants(t, m)
}

// setZoneConstants sets timezone, altzone, daylight and tzname from the
// local zone.
func setZoneConstants(t *Thread, m *Module) {
	// The standard offset is the one in January or July with the smaller
	// value east of UTC; the other, if different, is the daylight one.
	year := time.Now().Year()
	jan := time.Date(year, 1, 1, 0, 0, 0, 0, localZone())
	jul := time.Date(year, 7, 1, 0, 0, 0, 0, localZone())
	jn, jo := jan.Zone()
	un, uo := jul.Zone()
	stdName, stdOff, dstName, dstOff := jn, jo, un, uo
	if uo < jo {
		stdName, stdOff, dstName, dstOff = un, uo, jn, jo
	}
	daylight := int64(0)
	if stdOff != dstOff {
		daylight = 1
	}
	t.ModuleSet(m, "timezone", t.NewInt(int64(-stdOff)))
	t.ModuleSet(m, "altzone", t.NewInt(int64(-dstOff)))
	t.ModuleSet(m, "daylight", t.NewInt(daylight))
	t.ModuleSet(m, "tzname", t.NewTuple(t.NewStr(stdName), t.NewStr(dstName)).Obj())
}

// timestampArg reads an optional seconds argument (None or absent: now),
// rounded toward minus infinity as CPython's gmtime does.
func timestampArg(t *Thread, fname string, args []*Object, kw *Tuple) (int64, error) {
	if err := t.CheckArgs(fname, args, kw, 0, 1); err != nil {
		return 0, err
	}
	if len(args) == 0 || args[0] == None {
		return time.Now().Unix(), nil
	}
	if IsFloat(args[0]) {
		f := FloatValue(args[0])
		if math.IsNaN(f) {
			return 0, t.ValueError("Invalid value NaN (not a number)")
		}
		if f >= 9.2e18 || f <= -9.2e18 {
			return 0, t.OverflowError("timestamp out of range for platform time_t")
		}
		return int64(math.Floor(f)), nil
	}
	i, err := t.Index(args[0])
	if err != nil {
		return 0, err
	}
	v, ok := IntSmall(i)
	t.Decref(i)
	if !ok {
		return 0, t.OverflowError("timestamp out of range for platform time_t")
	}
	return v, nil
}

// newStructTime returns a struct_time for tm.
func (t *Thread) newStructTime(tm time.Time) *Object {
	dst := int64(0)
	if tm.IsDST() {
		dst = 1
	}
	return t.newStructSeq(StructTimeType,
		t.NewInt(int64(tm.Year())), t.NewInt(int64(tm.Month())), t.NewInt(int64(tm.Day())),
		t.NewInt(int64(tm.Hour())), t.NewInt(int64(tm.Minute())), t.NewInt(int64(tm.Second())),
		t.NewInt(int64((tm.Weekday()+6)%7)), t.NewInt(int64(tm.YearDay())), t.NewInt(dst))
}

func timeGmtime(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	s, err := timestampArg(t, "gmtime", args, kw)
	if err != nil {
		return nil, err
	}
	return t.newStructTime(time.Unix(s, 0).UTC()), nil
}

func timeLocaltime(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	s, err := timestampArg(t, "localtime", args, kw)
	if err != nil {
		return nil, err
	}
	return t.newStructTime(time.Unix(s, 0).In(localZone())), nil
}

func timeLocalOffset(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	s, err := timestampArg(t, "_localoffset", args, kw)
	if err != nil {
		return nil, err
	}
	name, off := time.Unix(s, 0).In(localZone()).Zone()
	return t.NewTuple(t.NewInt(int64(off)), t.NewStr(name)).Obj(), nil
}

// tmFields is a time tuple read into ints: year, month, day, hour,
// minute, second, weekday (Monday 0), day of the year (1-based), isdst.
type tmFields [9]int

// tupleArg reads a time tuple (a struct_time or any 9-item sequence).
func tupleArg(t *Thread, fname string, o *Object) (tmFields, error) {
	var f tmFields
	items, err := t.SequenceItems(o)
	if err != nil {
		return f, t.TypeError("Tuple or struct_time argument required")
	}
	defer func() {
		for _, it := range items {
			t.Decref(it)
		}
	}()
	if len(items) != 9 {
		return f, t.TypeError("%s(): illegal time tuple argument", fname)
	}
	for i, it := range items {
		v, err := t.IndexInt(it)
		if err != nil {
			return f, err
		}
		f[i] = v
	}
	return f, nil
}

// checkTm applies strftime's and asctime's range checks (a zero month,
// day or yday counts as the first, as CPython allows).
func checkTm(t *Thread, f *tmFields) error {
	if f[1] == 0 {
		f[1] = 1
	}
	if f[2] == 0 {
		f[2] = 1
	}
	if f[7] == 0 {
		f[7] = 1
	}
	switch {
	case f[1] < 1 || f[1] > 12:
		return t.ValueError("month out of range")
	case f[2] < 1 || f[2] > 31:
		return t.ValueError("day of month out of range")
	case f[3] < 0 || f[3] > 23:
		return t.ValueError("hour out of range")
	case f[4] < 0 || f[4] > 59:
		return t.ValueError("minute out of range")
	case f[5] < 0 || f[5] > 61:
		return t.ValueError("seconds out of range")
	case f[6] < 0:
		return t.ValueError("day of week out of range")
	case f[7] < 1 || f[7] > 366:
		return t.ValueError("day of year out of range")
	}
	f[6] %= 7
	return nil
}

// nowOrTuple reads the optional time tuple argument at args[i]; absent
// means the local time now.
func nowOrTuple(t *Thread, fname string, args []*Object, i int) (tmFields, error) {
	if len(args) <= i {
		now := time.Now()
		dst := 0
		if now.IsDST() {
			dst = 1
		}
		return tmFields{now.Year(), int(now.Month()), now.Day(), now.Hour(), now.Minute(), now.Second(), int(now.Weekday()+6) % 7, now.YearDay(), dst}, nil
	}
	f, err := tupleArg(t, fname, args[i])
	if err != nil {
		return f, err
	}
	return f, checkTm(t, &f)
}

func timeMktime(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("mktime", args, kw, 1, 1); err != nil {
		return nil, err
	}
	f, err := tupleArg(t, "mktime", args[0])
	if err != nil {
		return nil, err
	}
	tm := time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], 0, localZone())
	return t.NewFloat(float64(tm.Unix())), nil
}

func timeStrftime(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("strftime", args, kw, 1, 2); err != nil {
		return nil, err
	}
	if !IsStr(args[0]) {
		return nil, t.TypeError("strftime() argument 1 must be str, not %s", TypeOf(args[0]).Name)
	}
	f, err := nowOrTuple(t, "strftime", args, 1)
	if err != nil {
		return nil, err
	}
	return t.NewStr(formatTm(StrValue(args[0]), f)), nil
}

func timeAsctime(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("asctime", args, kw, 0, 1); err != nil {
		return nil, err
	}
	f, err := nowOrTuple(t, "asctime", args, 0)
	if err != nil {
		return nil, err
	}
	return t.NewStr(formatTm("%a %b %e %H:%M:%S %Y", f)), nil
}

func timeCtime(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	s, err := timestampArg(t, "ctime", args, kw)
	if err != nil {
		return nil, err
	}
	tm := time.Unix(s, 0).In(localZone())
	f := tmFields{tm.Year(), int(tm.Month()), tm.Day(), tm.Hour(), tm.Minute(), tm.Second(), int(tm.Weekday()+6) % 7, tm.YearDay(), 0}
	return t.NewStr(formatTm("%a %b %e %H:%M:%S %Y", f)), nil
}

var (
	dayAbbr   = [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	dayFull   = [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthAbbr = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

// pad writes v in at least width digits, padded with pc.
func pad(b *strings.Builder, v, width int, pc byte) {
	s := strconv.Itoa(v)
	if v < 0 {
		b.WriteString(s)
		return
	}
	for i := len(s); i < width; i++ {
		b.WriteByte(pc)
	}
	b.WriteString(s)
}

// formatTm is strftime in the C locale, as glibc formats it. The zone
// directives describe the local zone at that date; a directive it does
// not know is written out unchanged, as glibc does.
func formatTm(format string, f tmFields) string {
	var b strings.Builder
	b.Grow(len(format) + 16)
	// The zone, epoch and ISO-week directives need the instant; most
	// formats do not, and making it costs a zone lookup.
	var local time.Time
	if strings.ContainsAny(format, "GgVszZ") {
		local = time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], 0, localZone())
	}
	cwday := (f[6] + 1) % 7 // C counts weekdays from Sunday
	yday0 := f[7] - 1
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'a':
			b.WriteString(dayAbbr[f[6]])
		case 'A':
			b.WriteString(dayFull[f[6]])
		case 'b', 'h':
			b.WriteString(monthAbbr[f[1]-1])
		case 'B':
			b.WriteString(time.Month(f[1]).String())
		case 'c':
			b.WriteString(formatTm("%a %b %e %H:%M:%S %Y", f))
		case 'C':
			// glibc writes the century unpadded, as it writes %Y.
			b.WriteString(strconv.Itoa(f[0] / 100))
		case 'd':
			pad(&b, f[2], 2, '0')
		case 'D':
			b.WriteString(formatTm("%m/%d/%y", f))
		case 'e':
			pad(&b, f[2], 2, ' ')
		case 'F':
			b.WriteString(formatTm("%Y-%m-%d", f))
		case 'G':
			y, _ := local.ISOWeek()
			b.WriteString(strconv.Itoa(y))
		case 'g':
			y, _ := local.ISOWeek()
			pad(&b, y%100, 2, '0')
		case 'H':
			pad(&b, f[3], 2, '0')
		case 'I':
			pad(&b, (f[3]+11)%12+1, 2, '0')
		case 'j':
			pad(&b, f[7], 3, '0')
		case 'k':
			pad(&b, f[3], 2, ' ')
		case 'l':
			pad(&b, (f[3]+11)%12+1, 2, ' ')
		case 'm':
			pad(&b, f[1], 2, '0')
		case 'M':
			pad(&b, f[4], 2, '0')
		case 'n':
			b.WriteByte('\n')
		case 'p':
			if f[3] < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'r':
			b.WriteString(formatTm("%I:%M:%S %p", f))
		case 'R':
			b.WriteString(formatTm("%H:%M", f))
		case 's':
			b.WriteString(strconv.FormatInt(local.Unix(), 10))
		case 'S':
			pad(&b, f[5], 2, '0')
		case 't':
			b.WriteByte('\t')
		case 'T', 'X':
			b.WriteString(formatTm("%H:%M:%S", f))
		case 'u':
			b.WriteString(strconv.Itoa(f[6] + 1))
		case 'U':
			pad(&b, (yday0+7-cwday)/7, 2, '0')
		case 'V':
			_, w := local.ISOWeek()
			pad(&b, w, 2, '0')
		case 'w':
			b.WriteString(strconv.Itoa(cwday))
		case 'W':
			pad(&b, (yday0+7-f[6])/7, 2, '0')
		case 'x':
			b.WriteString(formatTm("%m/%d/%y", f))
		case 'y':
			pad(&b, ((f[0]%100)+100)%100, 2, '0')
		case 'Y':
			b.WriteString(strconv.Itoa(f[0]))
		case 'z':
			_, off := local.Zone()
			sign := byte('+')
			if off < 0 {
				sign, off = '-', -off
			}
			b.WriteByte(sign)
			pad(&b, off/3600, 2, '0')
			pad(&b, off/60%60, 2, '0')
		case 'Z':
			name, _ := local.Zone()
			b.WriteString(name)
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// timeStrptime is time.strptime: datetime's parser (datetime._time_strptime,
// imported at the first call as CPython imports _strptime) does the work.
func timeStrptime(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("strptime", args, kw, 1, 2); err != nil {
		return nil, err
	}
	return t.libraryCall("datetime", "_time_strptime", args...)
}
