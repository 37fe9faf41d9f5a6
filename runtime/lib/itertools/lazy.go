package itertools

import (
	"sync"

	"gilfree/runtime"
)

// readyTypes readies the package's types, once, at the first import of
// its module (see runtime.RegisterModule).
var readyTypes = sync.OnceFunc(func() {
	readyCombinatorics()
	readySimple()
	readySlice()
	readyTee()
})

func init() { runtime.RegisterModule(readyTypes, newModule, "itertools") }
