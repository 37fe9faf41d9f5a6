package structmod

import (
	"sync"

	"gilfree/runtime"
)

// readyTypes readies the package's types, once, at the first import of
// its module (see runtime.RegisterModule).
var readyTypes = sync.OnceFunc(func() {
	readyCodes()
	readyStructTypes()
})

func init() { runtime.RegisterModule(readyTypes, newModule, "struct", "_struct") }
