package runtime

import "syscall"

// The standard exception classes, with CPython's names, bases and
// docstrings' first lines.

// excType allocates an exception class on the heap. It is not inlined so
// that the compiler does not lay the classes out in .data, as it does a
// package variable's &Type{...} of constants: the readying at package
// initialization writes every class, and a first write to a page of .data
// copies it from the executable (a fault and a copy per page), where a
// fresh heap page is one that the start-up populated already
// (internal/prefault).
//
//go:noinline
func excType(name, doc string) *Type { return &Type{Name: name, Doc: doc} }

var (
	BaseExceptionType      = excType("BaseException", "Common base class for all exceptions")
	BaseExceptionGroupType = excType("BaseExceptionGroup", "A combination of multiple unrelated exceptions.")
	GeneratorExitType      = excType("GeneratorExit", "Request that a generator exit.")
	KeyboardInterruptType  = excType("KeyboardInterrupt", "Program interrupted by user.")
	SystemExitType         = excType("SystemExit", "Request to exit from the interpreter.")
	ExceptionType          = excType("Exception", "Common base class for all non-exit exceptions.")

	ArithmeticErrorType        = excType("ArithmeticError", "Base class for arithmetic errors.")
	FloatingPointErrorType     = excType("FloatingPointError", "Floating point operation failed.")
	OverflowErrorType          = excType("OverflowError", "Result too large to be represented.")
	ZeroDivisionErrorType      = excType("ZeroDivisionError", "Second argument to a division or modulo operation was zero.")
	AssertionErrorType         = excType("AssertionError", "Assertion failed.")
	AttributeErrorType         = excType("AttributeError", "Attribute not found.")
	BufferErrorType            = excType("BufferError", "Buffer error.")
	EOFErrorType               = excType("EOFError", "Read beyond end of file.")
	ExceptionGroupType         = excType("ExceptionGroup", "")
	ImportErrorType            = excType("ImportError", "Import can't find module, or can't find name in module.")
	ModuleNotFoundErrorType    = excType("ModuleNotFoundError", "Module not found.")
	LookupErrorType            = excType("LookupError", "Base class for lookup errors.")
	IndexErrorType             = excType("IndexError", "Sequence index out of range.")
	KeyErrorType               = excType("KeyError", "Mapping key not found.")
	MemoryErrorType            = excType("MemoryError", "Out of memory.")
	NameErrorType              = excType("NameError", "Name not found globally.")
	UnboundLocalErrorType      = excType("UnboundLocalError", "Local name referenced but not bound to a value.")
	OSErrorType                = excType("OSError", "Base class for I/O related errors.")
	BlockingIOErrorType        = excType("BlockingIOError", "I/O operation would block.")
	ChildProcessErrorType      = excType("ChildProcessError", "Child process error.")
	ConnectionErrorType        = excType("ConnectionError", "Connection error.")
	BrokenPipeErrorType        = excType("BrokenPipeError", "Broken pipe.")
	ConnectionAbortedErrorType = excType("ConnectionAbortedError", "Connection aborted.")
	ConnectionRefusedErrorType = excType("ConnectionRefusedError", "Connection refused.")
	ConnectionResetErrorType   = excType("ConnectionResetError", "Connection reset.")
	FileExistsErrorType        = excType("FileExistsError", "File already exists.")
	FileNotFoundErrorType      = excType("FileNotFoundError", "File not found.")
	InterruptedErrorType       = excType("InterruptedError", "Interrupted by signal.")
	IsADirectoryErrorType      = excType("IsADirectoryError", "Operation doesn't work on directories.")
	NotADirectoryErrorType     = excType("NotADirectoryError", "Operation only works on directories.")
	PermissionErrorType        = excType("PermissionError", "Not enough permissions.")
	ProcessLookupErrorType     = excType("ProcessLookupError", "Process not found.")
	TimeoutErrorType           = excType("TimeoutError", "Timeout expired.")
	ReferenceErrorType         = excType("ReferenceError", "Weak ref proxy used after referent went away.")
	RuntimeErrorType           = excType("RuntimeError", "Unspecified run-time error.")
	NotImplementedErrorType    = excType("NotImplementedError", "Method or function hasn't been implemented yet.")
	RecursionErrorType         = excType("RecursionError", "Recursion limit exceeded.")
	StopAsyncIterationType     = excType("StopAsyncIteration", "Signal the end from iterator.__anext__().")
	StopIterationType          = excType("StopIteration", "Signal the end from iterator.__next__().")
	SyntaxErrorType            = excType("SyntaxError", "Invalid syntax.")
	IndentationErrorType       = excType("IndentationError", "Improper indentation.")
	TabErrorType               = excType("TabError", "Improper mixture of spaces and tabs.")
	SystemErrorType            = excType("SystemError", "Internal error in the Python interpreter.")
	TypeErrorType              = excType("TypeError", "Inappropriate argument type.")
	ValueErrorType             = excType("ValueError", "Inappropriate argument value (of correct type).")
	UnicodeErrorType           = excType("UnicodeError", "Unicode related error.")
	UnicodeDecodeErrorType     = excType("UnicodeDecodeError", "Unicode decoding error.")
	UnicodeEncodeErrorType     = excType("UnicodeEncodeError", "Unicode encoding error.")
	UnicodeTranslateErrorType  = excType("UnicodeTranslateError", "Unicode translation error.")

	WarningType                   = excType("Warning", "Base class for warning categories.")
	BytesWarningType              = excType("BytesWarning", "")
	DeprecationWarningType        = excType("DeprecationWarning", "Base class for warnings about deprecated features.")
	EncodingWarningType           = excType("EncodingWarning", "")
	FutureWarningType             = excType("FutureWarning", "")
	ImportWarningType             = excType("ImportWarning", "")
	PendingDeprecationWarningType = excType("PendingDeprecationWarning", "")
	ResourceWarningType           = excType("ResourceWarning", "")
	RuntimeWarningType            = excType("RuntimeWarning", "Base class for warnings about dubious runtime behavior.")
	SyntaxWarningType             = excType("SyntaxWarning", "")
	UnicodeWarningType            = excType("UnicodeWarning", "")
	UserWarningType               = excType("UserWarning", "Base class for warnings generated by user code.")
)

// ExceptionTypes lists every standard exception class in the order the
// builtins module shows them, each after its base.
var ExceptionTypes []*Type

// errnoTypes maps errno values to OSError subclasses, as CPython does.
var errnoTypes = map[int]*Type{
	int(syscall.EAGAIN):       BlockingIOErrorType,
	int(syscall.EALREADY):     BlockingIOErrorType,
	int(syscall.EINPROGRESS):  BlockingIOErrorType,
	int(syscall.ECHILD):       ChildProcessErrorType,
	int(syscall.EPIPE):        BrokenPipeErrorType,
	int(syscall.ESHUTDOWN):    BrokenPipeErrorType,
	int(syscall.ECONNABORTED): ConnectionAbortedErrorType,
	int(syscall.ECONNREFUSED): ConnectionRefusedErrorType,
	int(syscall.ECONNRESET):   ConnectionResetErrorType,
	int(syscall.EEXIST):       FileExistsErrorType,
	int(syscall.ENOENT):       FileNotFoundErrorType,
	int(syscall.EISDIR):       IsADirectoryErrorType,
	int(syscall.ENOTDIR):      NotADirectoryErrorType,
	int(syscall.EINTR):        InterruptedErrorType,
	int(syscall.EACCES):       PermissionErrorType,
	int(syscall.EPERM):        PermissionErrorType,
	int(syscall.ESRCH):        ProcessLookupErrorType,
	int(syscall.ETIMEDOUT):    TimeoutErrorType,
}

func initExceptionTypes() {
	var e BaseException
	layout := layoutOf[BaseException]()
	dictOff := fieldOffset(&e, &e.dict)
	ready := func(typ, base *Type) {
		if typ == BaseExceptionType {
			typ.New = excNew
			typ.Init = excInit
			typ.Str = excStr
			typ.Repr = excRepr
			typ.clear = excClear
			typ.addGetSets(
				GetSetDef{Name: "args", Get: excGetArgs, Set: excSetArgs},
				GetSetDef{Name: "__traceback__", Get: excGetTraceback, Set: excSetTraceback},
				GetSetDef{Name: "__context__", Get: excChainGetter(func(e *BaseException) **Object { return &e.context }),
					Set: excChainSetter(func(e *BaseException) **Object { return &e.context }, "__context__", false)},
				GetSetDef{Name: "__cause__", Get: excChainGetter(func(e *BaseException) **Object { return &e.cause }),
					Set: excChainSetter(func(e *BaseException) **Object { return &e.cause }, "__cause__", true)},
				GetSetDef{Name: "__suppress_context__", Get: func(t *Thread, o *Object) (*Object, error) {
					return NewBool(As[BaseException](o).suppressContext), nil
				}, Set: func(t *Thread, o, v *Object) error {
					if v == nil {
						return t.TypeError("__suppress_context__ may not be deleted")
					}
					b, err := t.Truth(v)
					As[BaseException](o).suppressContext = b
					return err
				}},
				GetSetDef{Name: "__dict__", Get: instanceGetDict, Set: instanceSetDict},
			)
			typ.addMethods(
				MethodDef{"with_traceback", excWithTraceback, "Set self.__traceback__ to tb and return self."},
				MethodDef{"add_note", excAddNote, "Add a note to the exception"},
			)
		}
		readyBuiltin(typ, base, FlagBaseType|FlagExcSubclass, layout, dictOff)
		if base != ObjectType {
			// Every exception shares BaseException's layout, so, as in
			// CPython, a class may derive from two of them
			// (class FloatOperation(DecimalException, TypeError)).
			typ.solid = base.solid
		}
		typ.Dealloc = excDealloc
		ExceptionTypes = append(ExceptionTypes, typ)
	}
	ready(BaseExceptionType, ObjectType)
	initExceptionGroupType()
	ready(BaseExceptionGroupType, BaseExceptionType)
	ready(GeneratorExitType, BaseExceptionType)
	ready(KeyboardInterruptType, BaseExceptionType)
	SystemExitType.Init = stopIterationInit
	SystemExitType.addGetSets(GetSetDef{Name: "code", Get: excValueGetter, Set: excValueSetter})
	ready(SystemExitType, BaseExceptionType)
	ready(ExceptionType, BaseExceptionType)
	ready(ArithmeticErrorType, ExceptionType)
	ready(FloatingPointErrorType, ArithmeticErrorType)
	ready(OverflowErrorType, ArithmeticErrorType)
	ready(ZeroDivisionErrorType, ArithmeticErrorType)
	ready(AssertionErrorType, ExceptionType)
	AttributeErrorType.Init = excAttrInit([]string{"name", "obj"}, true)
	ready(AttributeErrorType, ExceptionType)
	ready(BufferErrorType, ExceptionType)
	ready(EOFErrorType, ExceptionType)
	ImportErrorType.Init = excAttrInit([]string{"msg", "name", "path"}, true)
	ImportErrorType.Str = importErrorStr
	ready(ImportErrorType, ExceptionType)
	ready(ModuleNotFoundErrorType, ImportErrorType)
	ready(LookupErrorType, ExceptionType)
	ready(IndexErrorType, LookupErrorType)
	KeyErrorType.Str = keyErrorStr
	ready(KeyErrorType, LookupErrorType)
	ready(MemoryErrorType, ExceptionType)
	NameErrorType.Init = excAttrInit([]string{"name"}, true)
	ready(NameErrorType, ExceptionType)
	ready(UnboundLocalErrorType, NameErrorType)
	OSErrorType.Init = osErrorInit
	OSErrorType.Str = osErrorStr
	ready(OSErrorType, ExceptionType)
	for _, sub := range []*Type{BlockingIOErrorType, ChildProcessErrorType, ConnectionErrorType} {
		ready(sub, OSErrorType)
	}
	for _, sub := range []*Type{BrokenPipeErrorType, ConnectionAbortedErrorType, ConnectionRefusedErrorType, ConnectionResetErrorType} {
		ready(sub, ConnectionErrorType)
	}
	for _, sub := range []*Type{FileExistsErrorType, FileNotFoundErrorType, InterruptedErrorType, IsADirectoryErrorType,
		NotADirectoryErrorType, PermissionErrorType, ProcessLookupErrorType, TimeoutErrorType} {
		ready(sub, OSErrorType)
	}
	ready(ReferenceErrorType, ExceptionType)
	ready(RuntimeErrorType, ExceptionType)
	ready(NotImplementedErrorType, RuntimeErrorType)
	ready(RecursionErrorType, RuntimeErrorType)
	ready(StopAsyncIterationType, ExceptionType)
	StopIterationType.Init = stopIterationInit
	StopIterationType.addGetSets(GetSetDef{Name: "value", Get: excValueGetter, Set: excValueSetter})
	ready(StopIterationType, ExceptionType)
	SyntaxErrorType.Init = syntaxErrorInit
	SyntaxErrorType.Str = syntaxErrorStr
	ready(SyntaxErrorType, ExceptionType)
	ready(IndentationErrorType, SyntaxErrorType)
	ready(TabErrorType, IndentationErrorType)
	ready(SystemErrorType, ExceptionType)
	ready(TypeErrorType, ExceptionType)
	ready(ValueErrorType, ExceptionType)
	ready(UnicodeErrorType, ValueErrorType)
	UnicodeDecodeErrorType.Init = unicodeErrorInit(unicodeDecode)
	UnicodeDecodeErrorType.Str = unicodeDecodeErrorStr
	ready(UnicodeDecodeErrorType, UnicodeErrorType)
	UnicodeEncodeErrorType.Init = unicodeErrorInit(unicodeEncode)
	UnicodeEncodeErrorType.Str = unicodeEncodeErrorStr
	ready(UnicodeEncodeErrorType, UnicodeErrorType)
	UnicodeTranslateErrorType.Init = unicodeErrorInit(unicodeTranslate)
	ready(UnicodeTranslateErrorType, UnicodeErrorType)
	ready(WarningType, ExceptionType)
	for _, w := range []*Type{BytesWarningType, DeprecationWarningType, EncodingWarningType, FutureWarningType,
		ImportWarningType, PendingDeprecationWarningType, ResourceWarningType, RuntimeWarningType,
		SyntaxWarningType, UnicodeWarningType, UserWarningType} {
		ready(w, WarningType)
	}
	// ExceptionGroup derives from BaseExceptionGroup and Exception; its
	// layout is BaseException's, so the second base changes nothing.
	ready(ExceptionGroupType, BaseExceptionGroupType)
	ExceptionGroupType.Bases = []*Type{BaseExceptionGroupType, ExceptionType}
	ExceptionGroupType.MRO = []*Type{ExceptionGroupType, BaseExceptionGroupType, ExceptionType, BaseExceptionType, ObjectType}
}
