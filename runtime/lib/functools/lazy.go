package functools

import (
	"sync"

	"gilfree/runtime"
)

// readyTypes readies the package's types, once, at the first import of
// its module (see runtime.RegisterModule).
var readyTypes = sync.OnceFunc(func() {
	readyLru()
	readyPartial()
})

func init() { runtime.RegisterModule(readyTypes, newModule, "_functools") }
