package structmod

import (
	"sync"

	"gilfree/runtime"
)

// readyTypes readies the package's types once, at the first import of one
// of its modules rather than when gilfree starts: most programs import
// few of the library's modules, and readying every type at start-up was
// a large part of the time `gilfree -c pass` takes.
var readyTypes = sync.OnceFunc(func() {
	readyCodes()
	readyStructTypes()
})

func init() {
	runtime.BuiltinModules["struct"] = func(t *runtime.Thread) *runtime.Module {
		readyTypes()
		return newModule(t)
	}
	runtime.BuiltinModules["_struct"] = func(t *runtime.Thread) *runtime.Module {
		readyTypes()
		return newModule(t)
	}
}
