package compile

import "gilfree/interp/syntax"

// This file is the second pass of the symbol table: it gives every name
// of every scope its resolved scope.
//
// A name in scope S is, in order:
//   - global (explicit) if S declares it global;
//   - free if S declares it nonlocal (an error unless an enclosing
//     function binds it);
//   - local if S binds it (assignment, parameter, import, def, class,
//     for, with, except ... as);
//   - free if an enclosing function binds it, skipping class scopes
//     (names bound in a class body are not visible to nested functions),
//     and stopping at a function that declares it global;
//   - global (implicit) otherwise.
//
// The name __class__ is also bound by every class scope for the
// functions nested in it: a method that uses super or __class__ gets a
// free __class__, and the class gets a __class__ cell that
// __build_class__ fills with the new class.
//
// When a name is free in S, the function that binds it turns its local
// into a cell, and every scope between them passes the cell through: it
// gets the name as a free variable (a class that binds the same name
// itself keeps it local and passes the cell through as well, flag
// defFreeClass).
//
// CPython computes the same answer by passing sets of bound and global
// names down the tree and sets of free names up; walking up the scope
// chain for each free name gives the same result without copying sets
// for every scope.

func analyze(st *symtable, filename string) {
	analyzeScope(st.top, filename)
	finishScope(st.top)
}

func analyzeScope(s *scope, filename string) {
	for i := range s.syms {
		sym := &s.syms[i]
		f := sym.flags
		switch {
		case f&defGlobal != 0:
			if f&defNonlocal != 0 {
				panic(stError{newError(filename, "name '"+sym.name+"' is nonlocal and global", s.directive(sym.name))})
			}
			sym.scope = scopeGlobalExplicit
		case f&defNonlocal != 0:
			if s.kind == moduleScope {
				panic(stError{newError(filename, "nonlocal declaration not allowed at module level", s.directive(sym.name))})
			}
			binder := bindingScope(s, sym.name)
			if binder == nil {
				panic(stError{newError(filename, "no binding for nonlocal '"+sym.name+"' found", s.directive(sym.name))})
			}
			sym.scope = scopeFree
			markFree(s, binder, sym.name)
		case f&defBound != 0:
			sym.scope = scopeLocal
		default:
			if binder := bindingScope(s, sym.name); binder != nil {
				sym.scope = scopeFree
				markFree(s, binder, sym.name)
			} else {
				sym.scope = scopeGlobalImplicit
			}
		}
	}
	for _, c := range s.children {
		analyzeScope(c, filename)
	}
}

// bindingScope returns the scope that binds free name of s: a function
// with name as a local, or a class for __class__. It returns nil when
// the name is global.
func bindingScope(s *scope, name string) *scope {
	for a := s.parent; a != nil; a = a.parent {
		switch a.kind {
		case moduleScope:
			return nil
		case classScope:
			if name == "__class__" {
				return a
			}
		case functionScope:
			f := a.lookup(name)
			if f&defGlobal != 0 {
				return nil
			}
			if f&defNonlocal == 0 && f&defBound != 0 {
				return a
			}
		}
	}
	return nil
}

// markFree records that name, free in s, is bound by binder: the scopes
// in between pass its cell through, and binder makes it a cell.
func markFree(s, binder *scope, name string) {
	for a := s.parent; a != binder; a = a.parent {
		if sym := a.sym(name); sym != nil {
			if a.kind == classScope {
				sym.flags |= defFreeClass
			}
			continue
		}
		a.addFlags(name, 0).scope = scopeFree
	}
	if binder.kind == classScope {
		binder.needsClassClosure = true
		return
	}
	if sym := binder.sym(name); sym != nil && sym.scope == scopeLocal {
		sym.scope = scopeCell
	}
}

// finishScope lists the cell and free variables of every scope.
func finishScope(s *scope) {
	switch s.kind {
	case functionScope:
		s.cellVars = sortedNames(s, func(y *symbol) bool { return y.scope == scopeCell && y.flags&defParam == 0 })
		s.freeVars = sortedNames(s, func(y *symbol) bool { return y.scope == scopeFree })
	case classScope:
		if s.needsClassClosure {
			s.cellVars = []string{"__class__"}
		}
		s.freeVars = sortedNames(s, func(y *symbol) bool { return y.scope == scopeFree || y.flags&defFreeClass != 0 })
	}
	for _, c := range s.children {
		finishScope(c)
	}
}

// directive returns the position of the first global or nonlocal
// statement (or walrus in a comprehension) that named name in s.
func (s *scope) directive(name string) *syntax.Pos {
	for i := range s.directives {
		if s.directives[i].name == name {
			return &s.directives[i].pos
		}
	}
	return nil
}

// directiveRec is one global or nonlocal declaration of a scope.
type directiveRec struct {
	name string
	pos  syntax.Pos
}
