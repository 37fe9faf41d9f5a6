// Package all imports every standard-library module written in Go, so
// that importing it registers them all in runtime.BuiltinModules.
package all

import (
	// Each module package registers itself in its init function.
	_ "gilfree/runtime/lib"
	_ "gilfree/runtime/lib/array"
	_ "gilfree/runtime/lib/bisect"
	_ "gilfree/runtime/lib/cmath"
	_ "gilfree/runtime/lib/collections"
	_ "gilfree/runtime/lib/faulthandler"
	_ "gilfree/runtime/lib/fcntl"
	_ "gilfree/runtime/lib/functools"
	_ "gilfree/runtime/lib/hashlib"
	_ "gilfree/runtime/lib/heapq"
	_ "gilfree/runtime/lib/io"
	_ "gilfree/runtime/lib/itertools"
	_ "gilfree/runtime/lib/json"
	_ "gilfree/runtime/lib/operator"
	_ "gilfree/runtime/lib/os"
	_ "gilfree/runtime/lib/random"
	_ "gilfree/runtime/lib/resource"
	_ "gilfree/runtime/lib/selectmod"
	_ "gilfree/runtime/lib/socket"
	_ "gilfree/runtime/lib/sre"
	_ "gilfree/runtime/lib/struct"
	_ "gilfree/runtime/lib/subprocess"
	_ "gilfree/runtime/lib/tb"
	_ "gilfree/runtime/lib/unicodedata"
	_ "gilfree/runtime/lib/zlib"
)
