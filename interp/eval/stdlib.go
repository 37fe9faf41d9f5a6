package eval

// Every program the eval loop runs can import the whole standard library.
import _ "gilfree/runtime/lib/all"
