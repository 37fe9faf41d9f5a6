package main

// The command populates, before the runtime's package initialization,
// the heap and .bss pages that every start touches: one system call
// instead of a page fault for each (internal/prefault says why and how).
import _ "gilfree/internal/prefault"
