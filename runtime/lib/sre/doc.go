// Package sre is gilfree's regular-expression engine and the _sre module
// that Python's re module (runtime/lib/py/re.py) is built on. It is our
// own engine with CPython's semantics: Go's regexp guarantees linear time
// by leaving out backreferences and lookaround, and Python programs use
// both.
//
// A pattern goes through three stages:
//
//   - The parser (lexer.go, parse.go, escape.go) reads Python's syntax
//     into a tree, token by token as CPython's parser does, so that a bad
//     pattern fails with CPython's message at CPython's position.
//   - The compiler (compile.go) turns the tree into a program for a
//     backtracking machine, applying the flags as it goes: case folding,
//     MULTILINE and DOTALL, Unicode or ASCII classes become different
//     instructions, so the machine never tests a flag.
//   - The machine (exec.go, search.go) runs the program over a Subject
//     (bytes, the bytes of an ASCII str, or the code points of any other
//     str), backtracking through an explicit stack of choice points and
//     register restores. Searches skip ahead by a literal prefix or a
//     first-character test.
//
// A compiled Prog is immutable: any number of threads match with it at
// once, each with a machine of its own from a pool.
//
// The module glue (module.go, pattern.go, match.go) exposes Pattern and
// Match objects and the module-level functions, with a compile cache
// behind a mutex.
package sre
