package runtime

import (
	"math/big"
	"os"
	"strconv"
)

// The limit on int-str conversions in bases that are not powers of two
// (CPython 3.11's CVE-2020-10735 mitigation): converting between a str of
// more than sys.get_int_max_str_digits() decimal digits and an int raises
// ValueError, since the conversion takes time quadratic in the length.
// 0 means no limit. The limit is the interpreter's, shared by its threads,
// and set by PYTHONINTMAXSTRDIGITS at start-up or sys.set_int_max_str_digits.

const (
	// DefaultIntMaxStrDigits is the limit an interpreter starts with.
	DefaultIntMaxStrDigits = 4300
	// intMaxStrDigitsThreshold is the smallest limit other than 0 that
	// may be set; conversions of this many digits or fewer are never
	// checked.
	intMaxStrDigitsThreshold = 640
)

// IntMaxStrDigits returns the interpreter's limit, 0 for none.
func (in *Interp) IntMaxStrDigits() int { return int(in.intMaxStrDigits.Load()) }

// validIntMaxStrDigits reports whether n may be set as the limit.
func validIntMaxStrDigits(n int64) bool { return n == 0 || n >= intMaxStrDigitsThreshold }

// intMaxStrDigitsFromEnv returns the limit PYTHONINTMAXSTRDIGITS sets, and
// whether it set one (the value of sys.flags.int_max_str_digits; -1 when
// unset). A value that is not a valid limit is reported as CPython does,
// and the process ends.
func intMaxStrDigitsFromEnv() (int64, bool) {
	v, ok := os.LookupEnv("PYTHONINTMAXSTRDIGITS")
	if !ok || v == "" {
		return DefaultIntMaxStrDigits, false
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || !validIntMaxStrDigits(n) {
		os.Stderr.WriteString("Fatal Python error: config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n")
		os.Exit(1)
	}
	return n, true
}

// intStrTooLong is the error of a str(int) whose decimal text would have
// more digits than the limit.
func (t *Thread) intStrTooLong(limit int) error {
	return t.ValueError("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
}

// checkIntStrDigits is the check of str(x) for a big x: nil when the
// limit allows its decimal digits (the sign aside).
func (t *Thread) checkIntStrDigits(x *big.Int) error {
	limit := t.Interp.IntMaxStrDigits()
	// A number of b bits has at least floor((b-1)*log10(2))+1 digits.
	if limit == 0 || x.BitLen() <= intMaxStrDigitsThreshold*3 {
		return nil
	}
	if lower := int(float64(x.BitLen()-1)*0.30102999566398120) + 1; lower > limit {
		return t.intStrTooLong(limit)
	}
	n := len(x.String())
	if x.Sign() < 0 {
		n--
	}
	if n > limit {
		return t.intStrTooLong(limit)
	}
	return nil
}

// checkIntParseDigits is the check of int(s, base) for a text of digits
// digits (underscores aside).
func (t *Thread) checkIntParseDigits(digits, base int) error {
	if base&(base-1) == 0 || digits <= intMaxStrDigitsThreshold {
		return nil
	}
	if limit := t.Interp.IntMaxStrDigits(); limit > 0 && digits > limit {
		return t.ValueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", limit, digits)
	}
	return nil
}

// sysSetIntMaxStrDigits is sys.set_int_max_str_digits(maxdigits).
func sysSetIntMaxStrDigits(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [1]*Object
	if err := t.ParseArgs("set_int_max_str_digits", args, kw, []string{"maxdigits"}, 1, a[:]); err != nil {
		return nil, err
	}
	n, err := t.IndexInt(a[0])
	if err != nil {
		return nil, err
	}
	if !validIntMaxStrDigits(int64(n)) {
		return nil, t.ValueError("maxdigits must be 0 or larger than %d", intMaxStrDigitsThreshold)
	}
	t.Interp.intMaxStrDigits.Store(int64(n))
	return None, nil
}

// sysGetIntMaxStrDigits is sys.get_int_max_str_digits().
func sysGetIntMaxStrDigits(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("get_int_max_str_digits", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return t.NewInt(int64(t.Interp.IntMaxStrDigits())), nil
}
