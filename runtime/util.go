package runtime

import "strconv"

func itoa(n int) string { return strconv.Itoa(n) }

func hexAddr(o *Object) string { return "0x" + strconv.FormatUint(uint64(Addr(o)), 16) }
