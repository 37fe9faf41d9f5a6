package runtime

import "fmt"

// Python exceptions travel through Go code as error values: the exception
// object itself, a *BaseException, whose Error method gives the one-line
// form. These helpers build the common ones with CPython's messages;
// format arguments that are *Type print as the type's name.

// NewError returns a new exception of type typ with no arguments.
func (t *Thread) NewError(typ *Type) error {
	e := t.newException(typ, EmptyTuple())
	t.Raising(e)
	return e
}

// NewErrorMsg returns a new exception of type typ with the message as its
// only argument.
func (t *Thread) NewErrorMsg(typ *Type, msg string) error {
	s := t.NewStr(msg)
	args := t.NewTupleSteal([]*Object{s})
	e := t.newException(typ, args)
	t.Decref(args.Obj())
	t.Raising(e)
	return e
}

// NewErrorArgs returns a new exception with the given arguments.
func (t *Thread) NewErrorArgs(typ *Type, args ...*Object) error {
	tu := t.NewTuple(args...)
	e := t.newException(typ, tu)
	t.Decref(tu.Obj())
	t.Raising(e)
	return e
}

// newErrorFrom raises typ(*args) for arguments made for the exception
// alone, taking over their references. The exception is made by calling
// the type, so that an __init__ of its own (the Unicode errors' checks and
// attributes) runs as for one a program makes.
func (t *Thread) newErrorFrom(typ *Type, args ...*Object) error {
	e, err := t.Call(typ.Obj(), args, nil)
	for _, a := range args {
		t.Decref(a)
	}
	if err != nil {
		return err
	}
	exc := AsExc(e)
	t.Raising(exc)
	return exc
}

// Raising records the exception being handled as e's __context__, as
// raising an exception does in CPython, first breaking the cycle that
// would make if e is already in the handled exception's context chain.
func (t *Thread) Raising(e *BaseException) {
	cur := t.ExcInfo
	if cur == nil || cur == &e.Object {
		return
	}
	for o := cur; ; {
		ctx := As[BaseException](o).context
		if ctx == nil {
			break
		}
		if ctx == &e.Object {
			t.SetContext(As[BaseException](o), nil)
			break
		}
		o = ctx
	}
	t.SetContext(e, cur)
}

func (t *Thread) errorf(typ *Type, format string, a ...any) error {
	if len(a) == 0 {
		return t.NewErrorMsg(typ, format)
	}
	return t.NewErrorMsg(typ, fmt.Sprintf(format, a...))
}

func (t *Thread) TypeError(format string, a ...any) error {
	return t.errorf(TypeErrorType, format, a...)
}
func (t *Thread) ValueError(format string, a ...any) error {
	return t.errorf(ValueErrorType, format, a...)
}
func (t *Thread) IndexError(format string, a ...any) error {
	return t.errorf(IndexErrorType, format, a...)
}
func (t *Thread) AttributeError(format string, a ...any) error {
	return t.errorf(AttributeErrorType, format, a...)
}
func (t *Thread) NameError(format string, a ...any) error {
	return t.errorf(NameErrorType, format, a...)
}
func (t *Thread) OverflowError(format string, a ...any) error {
	return t.errorf(OverflowErrorType, format, a...)
}
func (t *Thread) ZeroDivisionError(format string, a ...any) error {
	return t.errorf(ZeroDivisionErrorType, format, a...)
}
func (t *Thread) RuntimeError(format string, a ...any) error {
	return t.errorf(RuntimeErrorType, format, a...)
}
func (t *Thread) RecursionError(format string, a ...any) error {
	return t.errorf(RecursionErrorType, format, a...)
}
func (t *Thread) SystemError(format string, a ...any) error {
	return t.errorf(SystemErrorType, format, a...)
}
func (t *Thread) NotImplementedError(format string, a ...any) error {
	return t.errorf(NotImplementedErrorType, format, a...)
}
func (t *Thread) UnboundLocalError(format string, a ...any) error {
	return t.errorf(UnboundLocalErrorType, format, a...)
}
func (t *Thread) ImportError(format string, a ...any) error {
	return t.errorf(ImportErrorType, format, a...)
}
func (t *Thread) UnicodeError(format string, a ...any) error {
	return t.errorf(UnicodeErrorType, format, a...)
}

// KeyError returns KeyError(key).
func (t *Thread) KeyError(key *Object) error { return t.NewErrorArgs(KeyErrorType, key) }

// StopIteration returns StopIteration(value), or StopIteration() for nil.
func (t *Thread) StopIteration(value *Object) error {
	if value == nil || value == None {
		return t.NewError(StopIterationType)
	}
	return t.NewErrorArgs(StopIterationType, value)
}

// ExcOf returns the exception an error carries. Every error in the
// runtime is a *BaseException; anything else is a Go bug, reported as
// SystemError.
func (t *Thread) ExcOf(err error) *BaseException {
	if e, ok := err.(*BaseException); ok {
		return e
	}
	return t.SystemError("internal error: %v", err).(*BaseException)
}

// Matches reports whether err is a Python exception of type typ (or
// derived from it).
func Matches(err error, typ *Type) bool {
	e, ok := err.(*BaseException)
	return ok && TypeOf(&e.Object).IsSubtype(typ)
}

// typeName is the type name of o, for messages.
func typeName(o *Object) string { return TypeOf(o).Name }
