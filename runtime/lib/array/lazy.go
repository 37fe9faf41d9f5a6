package array

import (
	"sync"

	"gilfree/runtime"
)

// readyTypes readies the package's types, once, at the first import of
// its module (see runtime.RegisterModule).
var readyTypes = sync.OnceFunc(func() {
	readyModule()
})

func init() { runtime.RegisterModule(readyTypes, newModule, "array") }
