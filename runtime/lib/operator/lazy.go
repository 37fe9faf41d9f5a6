package operator

import (
	"sync"

	"gilfree/runtime"
)

// readyTypes readies the package's types once, at the first import of one
// of its modules rather than when gilfree starts: most programs import
// few of the library's modules, and readying every type at start-up was
// a large part of the time `gilfree -c pass` takes.
var readyTypes = sync.OnceFunc(func() {
	readyGetters()
})

func init() {
	runtime.BuiltinModules["_operator"] = func(t *runtime.Thread) *runtime.Module {
		readyTypes()
		return newModule(t)
	}
}
