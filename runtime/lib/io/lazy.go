package io

import (
	"sync"

	"gilfree/runtime"
)

// readyTypes readies the package's types, once, at the first import of
// its module (see runtime.RegisterModule).
var readyTypes = sync.OnceFunc(func() {
	readyBytesio()
	readyStringio()
})

func init() { runtime.RegisterModule(readyTypes, newModule, "_io") }
