package zlib

import (
	"encoding/hex"
	"hash/crc32"
	"strconv"
	"strings"
	"sync/atomic"

	"gilfree/runtime"
)

var binasciiError, binasciiIncomplete atomic.Pointer[runtime.Object]

func newBinasciiModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("binascii")
	e := errorClass(t, &binasciiError, "binascii", "Error", runtime.ValueErrorType.Obj())
	t.ModuleSet(m, "Error", e)
	t.ModuleSet(m, "Incomplete", errorClass(t, &binasciiIncomplete, "binascii", "Incomplete", runtime.ExceptionType.Obj()))
	t.AddFunctions(m,
		runtime.MethodDef{Name: "hexlify", Fn: hexlify, Doc: "Hexadecimal representation of binary data."},
		runtime.MethodDef{Name: "b2a_hex", Fn: hexlify, Doc: "Hexadecimal representation of binary data."},
		runtime.MethodDef{Name: "unhexlify", Fn: unhexlify, Doc: "Binary data of hexadecimal representation."},
		runtime.MethodDef{Name: "a2b_hex", Fn: unhexlify, Doc: "Binary data of hexadecimal representation."},
		runtime.MethodDef{Name: "b2a_base64", Fn: b2aBase64, Doc: "Base64-code line of data."},
		runtime.MethodDef{Name: "a2b_base64", Fn: a2bBase64, Doc: "Decode a line of base64 data."},
		runtime.MethodDef{Name: "crc32", Fn: binasciiCRC32, Doc: "Compute CRC-32 incrementally."},
		runtime.MethodDef{Name: "crc_hqx", Fn: crcHqx, Doc: "Compute CRC-CCITT incrementally."},
	)
	return m
}

func hexlify(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [3]*runtime.Object
	if err := t.ParseArgs("hexlify", args, kw, []string{"data", "sep", "bytes_per_sep"}, 1, a[:]); err != nil {
		return nil, err
	}
	in, err := data(t, a[0], false)
	if err != nil {
		return nil, err
	}
	if a[1] == nil || a[1] == runtime.None {
		return t.NewBytes([]byte(hex.EncodeToString(in))), nil
	}
	// With a separator, bytes.hex does the grouping.
	b := t.NewBytes(in)
	defer t.Decref(b)
	var call []*runtime.Object
	call = append(call, a[1])
	if a[2] != nil {
		call = append(call, a[2])
	}
	s, err := t.CallMethod(b, "hex", call...)
	if err != nil {
		return nil, err
	}
	defer t.Decref(s)
	return t.NewBytes([]byte(runtime.StrValue(s))), nil
}

func unhexlify(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [1]*runtime.Object
	if err := t.ParseArgs("unhexlify", args, kw, []string{"hexstr"}, 1, a[:]); err != nil {
		return nil, err
	}
	in, err := data(t, a[0], true)
	if err != nil {
		return nil, err
	}
	if len(in)%2 != 0 {
		return nil, raise(t, &binasciiError, "Odd-length string")
	}
	out := make([]byte, len(in)/2)
	if _, err := hex.Decode(out, in); err != nil {
		return nil, raise(t, &binasciiError, "Non-hexadecimal digit found")
	}
	return t.NewBytes(out), nil
}

func b2aBase64(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [2]*runtime.Object
	if err := t.ParseArgs("b2a_base64", args, kw, []string{"data", "$newline"}, 1, a[:]); err != nil {
		return nil, err
	}
	in, err := data(t, a[0], false)
	if err != nil {
		return nil, err
	}
	newline := true
	if a[1] != nil {
		if newline, err = t.Truth(a[1]); err != nil {
			return nil, err
		}
	}
	out := base64Std(in)
	if newline {
		out += "\n"
	}
	return t.NewBytes([]byte(out)), nil
}

// base64Std encodes in with the standard alphabet and padding. It is
// written out rather than taken from encoding/base64, whose package
// initialization (four encodings with their decoding maps) ran at every
// start of the interpreter: 0.29 ms of it on this VM.
func base64Std(in []byte) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	out := make([]byte, 0, (len(in)+2)/3*4)
	for i := 0; i < len(in); i += 3 {
		var b [3]byte
		n := copy(b[:], in[i:])
		v := uint(b[0])<<16 | uint(b[1])<<8 | uint(b[2])
		out = append(out, alphabet[v>>18&63], alphabet[v>>12&63], '=', '=')
		if n > 1 {
			out[len(out)-2] = alphabet[v>>6&63]
		}
		if n > 2 {
			out[len(out)-1] = alphabet[v&63]
		}
	}
	return string(out)
}

// a2bBase64 decodes as binascii does when not strict: characters outside
// the alphabet are skipped, and decoding stops at the padding that ends
// a quantum.
func a2bBase64(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [2]*runtime.Object
	if err := t.ParseArgs("a2b_base64", args, kw, []string{"data", "$strict_mode"}, 1, a[:]); err != nil {
		return nil, err
	}
	in, err := data(t, a[0], true)
	if err != nil {
		return nil, err
	}
	strict := false
	if a[1] != nil {
		if strict, err = t.Truth(a[1]); err != nil {
			return nil, err
		}
	}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	var out []byte
	var acc uint32
	n, pads := 0, 0
	for i, c := range in {
		if c == '=' {
			if strict && i == 0 {
				return nil, raise(t, &binasciiError, "Leading padding not allowed")
			}
			// Padding ends the data once the quantum is full.
			if n >= 2 && n+pads+1 >= 4 {
				if strict && i+1 < len(in) {
					return nil, raise(t, &binasciiError, "Excess data after padding")
				}
				switch n {
				case 2:
					out = append(out, byte(acc>>4))
				case 3:
					out = append(out, byte(acc>>10), byte(acc>>2))
				}
				return t.NewBytes(out), nil
			}
			pads++
			continue
		}
		v := strings.IndexByte(alphabet, c)
		if v < 0 {
			if strict {
				return nil, raise(t, &binasciiError, "Only base64 data is allowed")
			}
			continue
		}
		if strict && pads > 0 {
			return nil, raise(t, &binasciiError, "Discontinuous padding not allowed")
		}
		pads = 0
		acc = acc<<6 | uint32(v)
		n++
		if n == 4 {
			out = append(out, byte(acc>>16), byte(acc>>8), byte(acc))
			acc, n = 0, 0
		}
	}
	switch n {
	case 0:
	case 1:
		count := 0
		for _, c := range in {
			if strings.IndexByte(alphabet, c) >= 0 {
				count++
			}
		}
		return nil, raise(t, &binasciiError, "Invalid base64-encoded string: number of data characters ("+strconv.Itoa(count)+") cannot be 1 more than a multiple of 4")
	default:
		return nil, raise(t, &binasciiError, "Incorrect padding")
	}
	return t.NewBytes(out), nil
}

func binasciiCRC32(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return checksum(t, "crc32", args, kw, 0, func(v uint32, b []byte) uint32 { return crc32.Update(v, crc32.IEEETable, b) })
}

// crcHqx is the CRC-CCITT (XModem) of binhex: polynomial 0x1021, no
// reflection, the start value given.
func crcHqx(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [2]*runtime.Object
	if err := t.ParseArgs("crc_hqx", args, kw, []string{"data", "crc"}, 2, a[:]); err != nil {
		return nil, err
	}
	in, err := data(t, a[0], false)
	if err != nil {
		return nil, err
	}
	v, err := t.IndexInt(a[1])
	if err != nil {
		return nil, err
	}
	crc := uint16(v)
	for _, c := range in {
		crc ^= uint16(c) << 8
		for range 8 {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return t.NewInt(int64(crc)), nil
}
