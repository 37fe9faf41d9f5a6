package collections

import (
	"sync"

	"gilfree/runtime"
)

// readyTypes readies the package's types, once, at the first import of
// its module (see runtime.RegisterModule).
var readyTypes = sync.OnceFunc(func() {
	readyDefaultdict()
	readyDequeMethods()
	readyTuplegetter()
})

func init() { runtime.RegisterModule(readyTypes, newModule, "_collections") }
