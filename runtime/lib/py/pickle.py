"""Serialize objects to bytes and back, as CPython's pickle.

Protocols 0 to 5 are written and read. For the builtin types the bytes
written are those of CPython's C pickler: the same opcodes, memo indices,
batches of 1000 and frames (protocol 4 and up), so a pickle of ints,
strings, lists and dicts is byte for byte CPython's. Instances are reduced
through copyreg.dispatch_table, __reduce_ex__, __reduce__, or, where the
class defines neither, the reduction CPython's object.__reduce_ex__ makes
(copyreg.__newobj__ with __getnewargs__ and __getstate__ for protocol 2
and up, copyreg._reconstructor below).

A Pickler or Unpickler is used by one thread at a time; module state is
read-only after import (copyreg's registries take their own lock).
"""

import codecs
import io
import sys
from struct import pack, unpack
from types import FunctionType, BuiltinFunctionType
import copyreg
from copyreg import dispatch_table

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

# Opcodes.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_TUPLESIZE2CODE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

# Items per APPENDS/SETITEMS/ADDITEMS batch, and the size frames aim at.
_BATCHSIZE = 1000
_FRAME_TARGET = 64 * 1024
_FRAME_MIN = 4


class PickleError(Exception):
    """Base class of the pickling errors."""


class PicklingError(PickleError):
    """An object cannot be pickled."""


class UnpicklingError(PickleError):
    """A pickle cannot be read (it is corrupt, or names what is gone)."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """A wrapper around a bytes-like object, pickled out of band with
    protocol 5 and a buffer_callback, in band otherwise."""

    def __init__(self, buffer):
        if not isinstance(buffer, (bytes, bytearray, PickleBuffer)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(buffer).__name__)
        if isinstance(buffer, PickleBuffer):
            buffer = buffer._obj
        self._obj = buffer

    def raw(self):
        if self._obj is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._obj

    def release(self):
        self._obj = None

    @property
    def readonly(self):
        return not isinstance(self.raw(), bytearray)


# Python 2 names, for protocols 0-2 with fix_imports: modules and the few
# builtins that moved.
_PY2_MODULES = {'__builtin__': 'builtins', 'copy_reg': 'copyreg',
                'exceptions': 'builtins', 'Queue': 'queue',
                'ConfigParser': 'configparser', 'cPickle': 'pickle',
                'StringIO': 'io', 'cStringIO': 'io', 'UserDict': 'collections',
                'UserList': 'collections', 'UserString': 'collections'}
_PY2_NAMES = {('__builtin__', 'xrange'): ('builtins', 'range'),
              ('__builtin__', 'unicode'): ('builtins', 'str'),
              ('__builtin__', 'basestring'): ('builtins', 'str'),
              ('__builtin__', 'long'): ('builtins', 'int'),
              ('__builtin__', 'unichr'): ('builtins', 'chr'),
              ('__builtin__', 'raw_input'): ('builtins', 'input'),
              ('__builtin__', 'intern'): ('sys', 'intern'),
              ('__builtin__', 'reduce'): ('functools', 'reduce'),
              ('itertools', 'izip'): ('builtins', 'zip'),
              ('itertools', 'imap'): ('builtins', 'map'),
              ('itertools', 'ifilter'): ('builtins', 'filter'),
              ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
              ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
              ('UserDict', 'IterableUserDict'): ('collections', 'UserDict')}
_PY3_NAMES = {('builtins', 'range'): ('__builtin__', 'xrange'),
              ('builtins', 'str'): ('__builtin__', 'unicode'),
              ('builtins', 'int'): ('__builtin__', 'long'),
              ('builtins', 'chr'): ('__builtin__', 'unichr'),
              ('builtins', 'input'): ('__builtin__', 'raw_input'),
              ('sys', 'intern'): ('__builtin__', 'intern'),
              ('functools', 'reduce'): ('__builtin__', 'reduce'),
              ('builtins', 'zip'): ('itertools', 'izip'),
              ('builtins', 'map'): ('itertools', 'imap'),
              ('builtins', 'filter'): ('itertools', 'ifilter'),
              ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
              ('itertools', 'zip_longest'): ('itertools', 'izip_longest')}
_PY3_MODULES = {'builtins': '__builtin__', 'copyreg': 'copy_reg',
                'queue': 'Queue', 'configparser': 'ConfigParser'}
# Exceptions lived in Python 2's exceptions module.
_PY2_EXCEPTIONS = frozenset(
    'ArithmeticError AssertionError AttributeError BaseException '
    'BufferError BytesWarning DeprecationWarning EOFError EnvironmentError '
    'Exception FloatingPointError FutureWarning GeneratorExit IOError '
    'ImportError ImportWarning IndentationError IndexError KeyError '
    'KeyboardInterrupt LookupError MemoryError NameError NotImplementedError '
    'OSError OverflowError PendingDeprecationWarning ReferenceError '
    'RuntimeError RuntimeWarning StopIteration SyntaxError SyntaxWarning '
    'SystemError SystemExit TabError TypeError UnboundLocalError '
    'UnicodeDecodeError UnicodeEncodeError UnicodeError '
    'UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning '
    'ZeroDivisionError'.split())


def _getattribute(obj, name):
    # Follow a dotted qualified name; return (object, its parent).
    parent = None
    for sub in name.split('.'):
        if sub == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, obj))
        parent = obj
        obj = getattr(obj, sub)
    return obj, parent


def whichmodule(obj, name):
    """Return the name of the module obj (whose qualified name is name)
    belongs to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if (module_name == '__main__' or module_name == '__mp_main__'
                or module is None):
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _encode_long(x):
    # Little-endian two's complement, as short as it can be.
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _raw_unicode_escape(s):
    # Protocol 0's text form: Latin-1 bytes, with \uXXXX / \UXXXXXXXX for
    # the rest and for the characters that would break the line format.
    out = bytearray()
    for ch in s:
        o = ord(ch)
        if o >= 0x10000:
            out += b'\\U%08x' % o
        elif o >= 0x100 or ch in '\\\0\n\r\x1a':
            out += b'\\u%04x' % o
        else:
            out.append(o)
    return bytes(out)


def _raw_unicode_unescape(data):
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b == 0x5c:
            # Count the run of backslashes: only an odd one escapes.
            j = i
            while j < n and data[j] == 0x5c:
                j += 1
            run = j - i
            if run % 2 == 1 and j < n and data[j] in (0x75, 0x55):
                width = 4 if data[j] == 0x75 else 8
                digits = data[j + 1:j + 1 + width]
                try:
                    if len(digits) != width:
                        raise ValueError
                    code = int(digits, 16)
                    out.append('\\' * (run - 1) + chr(code))
                except ValueError:
                    raise UnicodeDecodeError(
                        'rawunicodeescape', bytes(data), i, j + 1,
                        'truncated \\uXXXX escape' if width == 4
                        else 'truncated \\UXXXXXXXX escape') from None
                i = j + 1 + width
                continue
            out.append('\\' * run)
            i = j
            continue
        out.append(chr(b))
        i += 1
    return ''.join(out)


def _object_reduce_ex():
    return getattr(object, '__reduce_ex__', None)


def _reduce(obj, proto):
    """Call the class's own __reduce_ex__ or __reduce__, or make the
    default reduction."""
    cls = type(obj)
    rex = getattr(cls, '__reduce_ex__', None)
    if rex is not None and rex is not _object_reduce_ex():
        return obj.__reduce_ex__(proto)
    red = getattr(cls, '__reduce__', None)
    if red is not None and red is not getattr(object, '__reduce__', None):
        return obj.__reduce__()
    return copyreg._default_reduce_ex(obj, proto)


class _Output:
    """Collects the pickle, with protocol 4's frames: opcodes go into the
    current frame, which is emitted (with a FRAME header when it holds at
    least 4 bytes) once it reaches 64 KiB at an object's boundary, or at
    the end."""

    def __init__(self, write=None):
        self.chunks = []
        self.write_file = write
        self.framing = False
        self.frame = None

    def write(self, data):
        if self.framing:
            if self.frame is None:
                self.frame = bytearray()
            self.frame += data
        else:
            self._emit(data)

    def _emit(self, data):
        if self.write_file is not None:
            self.write_file(data)
        else:
            self.chunks.append(bytes(data))

    def commit(self):
        f = self.frame
        if f is None:
            return
        self.frame = None
        if len(f) >= _FRAME_MIN:
            self._emit(FRAME + pack('<Q', len(f)) + bytes(f))
        elif f:
            self._emit(bytes(f))

    def boundary(self):
        if self.frame is not None and len(self.frame) >= _FRAME_TARGET:
            self.commit()

    def write_large(self, header, payload):
        # A payload of a frame's size or more goes out on its own, after
        # the frame so far.
        if self.framing and len(payload) >= _FRAME_TARGET:
            self.commit()
            self._emit(header)
            self._emit(payload)
        else:
            self.write(header)
            self.write(payload)

    def getvalue(self):
        return b''.join(self.chunks)


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        if file is not None:
            try:
                self._file_write = file.write
            except AttributeError:
                raise TypeError("file must have a 'write' attribute")
        else:
            self._file_write = None
        self._buffer_callback = buffer_callback
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write the pickle of obj to the file."""
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        out = self._out = _Output(self._file_write)
        if self.proto >= 2:
            out.write(PROTO + pack('<B', self.proto))
            if self.proto >= 4:
                out.framing = True
        self.save(obj)
        out.write(STOP)
        out.commit()
        out.framing = False
        return out

    # Memo.

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self._out.write(self._put(idx))
        self.memo[id(obj)] = idx, obj

    def _put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + pack('<B', idx)
            return LONG_BINPUT + pack('<I', idx)
        return PUT + repr(idx).encode('ascii') + b'\n'

    def _get(self, idx):
        if self.bin:
            if idx < 256:
                return BINGET + pack('<B', idx)
            return LONG_BINGET + pack('<I', idx)
        return GET + repr(idx).encode('ascii') + b'\n'

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        out = self._out
        out.boundary()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            out.write(NONE)
            return
        if obj is True or obj is False:
            if self.proto >= 2:
                out.write(NEWTRUE if obj else NEWFALSE)
            else:
                out.write(TRUE if obj else FALSE)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.save_float(obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            out.write(self._get(x[0]))
            return
        if t is bytes:
            self.save_bytes(obj)
            return
        if t is str:
            self.save_str(obj)
            return
        if t is dict:
            self.save_dict(obj)
            return
        if t is set:
            self.save_set(obj)
            return
        if t is frozenset:
            self.save_frozenset(obj)
            return
        if t is list:
            self.save_list(obj)
            return
        if t is tuple:
            self.save_tuple(obj)
            return
        if t is bytearray:
            self.save_bytearray(obj)
            return
        if t is PickleBuffer:
            self.save_picklebuffer(obj)
            return
        override = getattr(self, 'reducer_override', None)
        rv = NotImplemented
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            if t is type or t is FunctionType:
                self.save_global(obj)
                return
            table = getattr(self, 'dispatch_table', dispatch_table)
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            elif t is BuiltinFunctionType:
                self.save_global(obj)
                return
            else:
                rv = _reduce(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        l = len(rv)
        if not 2 <= l <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out.write(BINPERSID)
        else:
            try:
                self._out.write(PERSID + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be "
                                    "ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if listitems is not None and not hasattr(listitems, '__next__'):
            raise PicklingError("fourth element of the tuple returned by "
                                "__reduce__ must be an iterator, not %s"
                                % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, '__next__'):
            raise PicklingError("fifth element of the tuple returned by "
                                "__reduce__ must be an iterator, not %s"
                                % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by "
                                "__reduce__ must be a function, not %s"
                                % type(state_setter).__name__)
        save = self.save
        write = self._out.write
        name = getattr(func, '__name__', '') if self.proto >= 2 else ''
        if name == '__newobj_ex__':
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple "
                                    "must be exactly 3, not %d" % len(args))
            cls, nargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple "
                                    "must be a class, not %s" % type(cls).__name__)
            if not isinstance(nargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple "
                                    "must be a tuple, not %s" % type(nargs).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple "
                                    "must be a dict, not %s" % type(kwargs).__name__)
            if self.proto >= 4:
                save(cls)
                save(nargs)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                save(functools.partial(cls.__new__, cls, *nargs, **kwargs))
                save(())
                write(REDUCE)
        elif name == '__newobj__':
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                # obj was pickled while its arguments were: it is
                # recursive; drop what was built and fetch it.
                write(POP + self._get(x[0]))
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    def save_long(self, obj):
        write = self._out.write
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    write(BININT1 + pack('<B', obj))
                elif 0 <= obj <= 0xffff:
                    write(BININT2 + pack('<H', obj))
                else:
                    write(BININT + pack('<i', obj))
            else:
                write(INT + repr(obj).encode('ascii') + b'\n')
            return
        if self.proto >= 2:
            data = _encode_long(obj)
            n = len(data)
            if n < 256:
                write(LONG1 + pack('<B', n) + data)
            else:
                write(LONG4 + pack('<i', n) + data)
            return
        write(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self._out.write(BINFLOAT + pack('>d', obj))
        else:
            self._out.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(codecs.encode, (str(obj, 'latin1'), 'latin1'),
                                 obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._out.write(SHORT_BINBYTES + pack('<B', n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._out.write_large(BINBYTES8 + pack('<Q', n), obj)
        else:
            self._out.write_large(BINBYTES + pack('<I', n), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._out.write_large(BYTEARRAY8 + pack('<Q', len(obj)), bytes(obj))
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        raw = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if obj.readonly:
                self.save_bytes(bytes(raw))
            else:
                self.save_bytearray(raw)
        else:
            self._out.write(NEXT_BUFFER)
            if obj.readonly:
                self._out.write(READONLY_BUFFER)

    def save_str(self, obj):
        write = self._out.write
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                write(SHORT_BINUNICODE + pack('<B', n) + data)
            elif n > 0xffffffff and self.proto >= 4:
                self._out.write_large(BINUNICODE8 + pack('<Q', n), data)
            else:
                self._out.write_large(BINUNICODE + pack('<I', n), data)
        else:
            write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        write = self._out.write
        n = len(obj)
        if not n:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            x = memo.get(id(obj))
            if x is not None:
                write(POP * n + self._get(x[0]))
                return
            write(_TUPLESIZE2CODE[n])
            self.memoize(obj)
            return
        write(MARK)
        for item in obj:
            save(item)
        x = memo.get(id(obj))
        if x is not None:
            # The tuple holds itself (through a list, say): drop what was
            # pushed and fetch it from the memo.
            if self.bin:
                write(POP_MARK + self._get(x[0]))
            else:
                write(POP * (n + 1) + self._get(x[0]))
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self._out.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if obj:
            if self.proto > 0:
                self._batch_list_exact(obj)
            else:
                self._batch_appends(iter(obj))

    def _batch_list_exact(self, obj):
        save = self.save
        write = self._out.write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while True:
            write(MARK)
            count = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                count += 1
                if count == _BATCHSIZE:
                    break
            write(APPENDS)
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        save = self.save
        write = self._out.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        while True:
            try:
                first = next(items)
            except StopIteration:
                return
            try:
                second = next(items)
            except StopIteration:
                save(first)
                write(APPEND)
                return
            write(MARK)
            save(first)
            save(second)
            n = 2
            while n < _BATCHSIZE:
                try:
                    x = next(items)
                except StopIteration:
                    break
                save(x)
                n += 1
            write(APPENDS)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self._out.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if obj:
            if self.proto > 0:
                self._batch_dict_exact(obj)
            else:
                self._batch_setitems(iter(obj.items()))

    def _batch_dict_exact(self, obj):
        save = self.save
        write = self._out.write
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        items = iter(obj.items())
        while True:
            write(MARK)
            count = 0
            for k, v in items:
                save(k)
                save(v)
                count += 1
                if count == _BATCHSIZE:
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if count != _BATCHSIZE:
                break

    def _batch_setitems(self, items):
        save = self.save
        write = self._out.write

        def pair(x):
            if not isinstance(x, tuple) or len(x) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            return x
        if not self.bin:
            for x in items:
                k, v = pair(x)
                save(k)
                save(v)
                write(SETITEM)
            return
        while True:
            try:
                first = pair(next(items))
            except StopIteration:
                return
            try:
                second = pair(next(items))
            except StopIteration:
                save(first[0])
                save(first[1])
                write(SETITEM)
                return
            write(MARK)
            for k, v in (first, second):
                save(k)
                save(v)
            n = 2
            while n < _BATCHSIZE:
                try:
                    k, v = pair(next(items))
                except StopIteration:
                    break
                save(k)
                save(v)
                n += 1
            write(SETITEMS)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write = self._out.write
        write(EMPTY_SET)
        self.memoize(obj)
        size = len(obj)
        items = iter(obj)
        while True:
            write(MARK)
            count = 0
            for item in items:
                self.save(item)
                count += 1
                if count == _BATCHSIZE:
                    break
            write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if count != _BATCHSIZE:
                break

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self._out.write
        write(MARK)
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK + self._get(x[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self._out.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % (name,))
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except ImportError:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            found, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s "
                                "failed" % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object "
                                "as %s.%s" % (obj, module_name, name))
        lastname = name.rpartition('.')[2]
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + pack('<B', code))
                elif code <= 0xffff:
                    write(EXT2 + pack('<H', code))
                else:
                    write(EXT4 + pack('<i', code))
                return
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                if (module_name, name) in _PY3_NAMES:
                    module_name, name = _PY3_NAMES[(module_name, name)]
                elif module_name == 'builtins' and name in _PY2_EXCEPTIONS:
                    module_name = 'exceptions'
                elif module_name in _PY3_MODULES:
                    module_name = _PY3_MODULES[module_name]
            enc = 'utf-8' if self.proto >= 3 else 'ascii'
            try:
                write(GLOBAL + module_name.encode(enc) + b'\n' +
                      name.encode(enc) + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' "
                                    "using pickle protocol %i"
                                    % (module_name, name, self.proto)) from None
        self.memoize(obj)


class _Input:
    """Reads a pickle from a file, through the current frame when there
    is one, so that a file holding several pickles is read exactly."""

    def __init__(self, file):
        self.file_read = file.read
        self.file_readline = file.readline
        self.file_readinto = getattr(file, 'readinto', None)
        self.frame = None
        self.pos = 0

    def read(self, n):
        f = self.frame
        if f is not None:
            if self.pos < len(f):
                data = f[self.pos:self.pos + n]
                self.pos += len(data)
                if len(data) != n:
                    raise UnpicklingError("pickle exhausted before end of frame")
                return data
            self.frame = None
        data = self.file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def opcode(self):
        # The next opcode byte, or -1 at the end of the input.
        f = self.frame
        if f is not None:
            if self.pos < len(f):
                self.pos += 1
                return f[self.pos - 1]
            self.frame = None
        data = self.file_read(1)
        if not data:
            return -1
        return data[0]

    def readline(self):
        f = self.frame
        if f is not None:
            if self.pos < len(f):
                end = f.find(b'\n', self.pos)
                if end < 0:
                    raise UnpicklingError("pickle exhausted before end of frame")
                data = f[self.pos:end + 1]
                self.pos = end + 1
                return data
            self.frame = None
        data = self.file_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def load_frame(self, size):
        if self.frame is not None and self.pos < len(self.frame):
            raise UnpicklingError("beginning of a new frame before end of "
                                  "current frame")
        data = self.file_read(size)
        if len(data) < size:
            raise UnpicklingError("pickle data was truncated")
        self.frame = bytes(data)
        self.pos = 0


class Unpickler:
    """Reads pickles from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        try:
            file.read
            file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._file = file
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read one pickle from the file and return its object."""
        if not hasattr(self, '_file'):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % type(self).__name__)
        self._in = _Input(self._file)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        dispatch = self._dispatch
        opcode = self._in.opcode
        try:
            while True:
                key = opcode()
                fn = dispatch.get(key)
                if fn is None:
                    if key < 0:
                        raise EOFError("Ran out of input")
                    if 0x20 <= key <= 0x7e:
                        raise UnpicklingError("invalid load key, '%c'." % key)
                    raise UnpicklingError("invalid load key, '\\x%02x'." % key)
                fn(self)
        except _Stop as stop:
            return stop.value

    def pop_mark(self):
        items = self.stack
        try:
            self.stack = self.metastack.pop()
        except IndexError:
            raise UnpicklingError("could not find MARK") from None
        self.append = self.stack.append
        return items

    def _pop(self):
        try:
            return self.stack.pop()
        except IndexError:
            raise UnpicklingError("unpickling stack underflow") from None

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered, but no persistent_load function "
                              "was specified.")

    def find_class(self, module, name):
        """Return the global module.name (mapping Python 2 names for
        protocols below 3)."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY2_NAMES:
                module, name = _PY2_NAMES[(module, name)]
            elif module in _PY2_MODULES:
                module = _PY2_MODULES[module]
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    # The opcode handlers, each reading its arguments and changing the stack.

    def load_proto(self):
        proto = self._in.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size, = unpack('<Q', self._in.read(8))
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        self._in.load_frame(size)

    def load_persid(self):
        try:
            pid = self._in.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be "
                                  "ASCII strings") from None
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._in.readline()
        if data == b'I00\n'[1:]:
            val = False
        elif data == b'I01\n'[1:]:
            val = True
        else:
            val = int(data, 0) if data[:2] in (b'0x', b'0X') else int(data)
        self.append(val)

    def load_binint(self):
        self.append(unpack('<i', self._in.read(4))[0])

    def load_binint1(self):
        self.append(self._in.read(1)[0])

    def load_binint2(self):
        self.append(unpack('<H', self._in.read(2))[0])

    def load_long(self):
        val = self._in.readline()[:-1]
        if val and val[-1] == ord('L'):
            val = val[:-1]
        self.append(int(val, 0) if val[:2] in (b'0x', b'0X') else int(val))

    def load_long1(self):
        n = self._in.read(1)[0]
        self.append(_decode_long(self._in.read(n)))

    def load_long4(self):
        n, = unpack('<i', self._in.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(_decode_long(self._in.read(n)))

    def load_float(self):
        self.append(float(self._in.readline()[:-1]))

    def load_binfloat(self):
        self.append(unpack('>d', self._in.read(8))[0])

    def _decode_string(self, value):
        # Python 2 str objects: bytes when the encoding says so, else text.
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._in.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(codecs.escape_decode(data)[0]))

    def load_binstring(self):
        n, = unpack('<i', self._in.read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._in.read(n)))

    def load_short_binstring(self):
        n = self._in.read(1)[0]
        self.append(self._decode_string(self._in.read(n)))

    def load_binbytes(self):
        n, = unpack('<I', self._in.read(4))
        self.append(bytes(self._in.read(n)))

    def load_short_binbytes(self):
        n = self._in.read(1)[0]
        self.append(bytes(self._in.read(n)))

    def load_binbytes8(self):
        n, = unpack('<Q', self._in.read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(bytes(self._in.read(n)))

    def load_bytearray8(self):
        n, = unpack('<Q', self._in.read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(bytearray(self._in.read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buf)

    def load_readonly_buffer(self):
        buf = self.stack[-1]
        if isinstance(buf, PickleBuffer):
            buf = buf.raw()
        if isinstance(buf, bytearray):
            self.stack[-1] = bytes(buf)

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._in.readline()[:-1]))

    def load_binunicode(self):
        n, = unpack('<I', self._in.read(4))
        self.append(str(self._in.read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n, = unpack('<Q', self._in.read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(str(self._in.read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self._in.read(1)[0]
        self.append(str(self._in.read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        b = self._pop()
        a = self._pop()
        self.append((a, b))

    def load_tuple3(self):
        c = self._pop()
        b = self._pop()
        a = self._pop()
        self.append((a, b, c))

    def load_empty_list(self):
        self.append([])

    def load_empty_dict(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or
                hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" %
                                (klass.__name__, str(err)), err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._in.readline()[:-1].decode("ascii")
        name = self._in.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, "
                                  "not %s" % type(cls).__name__)
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._in.readline()[:-1].decode("utf-8")
        name = self._in.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self._in.read(1)[0])

    def load_ext2(self):
        self._get_extension(unpack('<H', self._in.read(2))[0])

    def load_ext4(self):
        self._get_extension(unpack('<i', self._in.read(4))[0])

    def _get_extension(self, code):
        obj = copyreg._extension_cache.get(code, self)
        if obj is not self:
            self.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        self.append(self.stack[-1])

    def _memo_get(self, idx):
        try:
            self.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def load_get(self):
        self._memo_get(int(self._in.readline()[:-1]))

    def load_binget(self):
        self._memo_get(self._in.read(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._in.read(4))[0])

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def load_put(self):
        i = int(self._in.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()

    def load_binput(self):
        self.memo[self._in.read(1)[0]] = self._top()

    def load_long_binput(self):
        i, = unpack('<I', self._in.read(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        lst = self._top()
        lst.append(value)

    def load_appends(self):
        items = self.pop_mark()
        lst = self._top()
        try:
            extend = lst.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = lst.append
        for item in items:
            append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        s = self._top()
        if isinstance(s, set):
            s.update(items)
        else:
            for item in items:
                s.add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        raise _Stop(self._pop())

    _dispatch = {}


# The dispatch table, by opcode byte.
for _code, _fn in [
        (PROTO, 'proto'), (FRAME, 'frame'), (PERSID, 'persid'),
        (BINPERSID, 'binpersid'), (NONE, 'none'), (NEWFALSE, 'false'),
        (NEWTRUE, 'true'), (INT, 'int'), (BININT, 'binint'),
        (BININT1, 'binint1'), (BININT2, 'binint2'), (LONG, 'long'),
        (LONG1, 'long1'), (LONG4, 'long4'), (FLOAT, 'float'),
        (BINFLOAT, 'binfloat'), (STRING, 'string'), (BINSTRING, 'binstring'),
        (SHORT_BINSTRING, 'short_binstring'), (BINBYTES, 'binbytes'),
        (SHORT_BINBYTES, 'short_binbytes'), (BINBYTES8, 'binbytes8'),
        (BYTEARRAY8, 'bytearray8'), (NEXT_BUFFER, 'next_buffer'),
        (READONLY_BUFFER, 'readonly_buffer'), (UNICODE, 'unicode'),
        (BINUNICODE, 'binunicode'), (BINUNICODE8, 'binunicode8'),
        (SHORT_BINUNICODE, 'short_binunicode'), (TUPLE, 'tuple'),
        (EMPTY_TUPLE, 'empty_tuple'), (TUPLE1, 'tuple1'), (TUPLE2, 'tuple2'),
        (TUPLE3, 'tuple3'), (EMPTY_LIST, 'empty_list'),
        (EMPTY_DICT, 'empty_dict'), (EMPTY_SET, 'empty_set'),
        (FROZENSET, 'frozenset'), (LIST, 'list'), (DICT, 'dict'),
        (INST, 'inst'), (OBJ, 'obj'), (NEWOBJ, 'newobj'),
        (NEWOBJ_EX, 'newobj_ex'), (GLOBAL, 'global'),
        (STACK_GLOBAL, 'stack_global'), (EXT1, 'ext1'), (EXT2, 'ext2'),
        (EXT4, 'ext4'), (REDUCE, 'reduce'), (POP, 'pop'),
        (POP_MARK, 'pop_mark'), (DUP, 'dup'), (GET, 'get'),
        (BINGET, 'binget'), (LONG_BINGET, 'long_binget'), (PUT, 'put'),
        (BINPUT, 'binput'), (LONG_BINPUT, 'long_binput'),
        (MEMOIZE, 'memoize'), (APPEND, 'append'), (APPENDS, 'appends'),
        (SETITEM, 'setitem'), (SETITEMS, 'setitems'),
        (ADDITEMS, 'additems'), (BUILD, 'build'), (MARK, 'mark'),
        (STOP, 'stop')]:
    Unpickler._dispatch[_code[0]] = getattr(Unpickler, 'load_' + _fn)
del _code, _fn


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickle of obj to the binary file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickle of obj as bytes."""
    p = Pickler(None, protocol, fix_imports=fix_imports,
                buffer_callback=buffer_callback)
    return p.dump(obj).getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """Read one pickle from the binary file and return its object."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """Return the object pickled in data."""
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports,
                     buffers=buffers, encoding=encoding, errors=errors).load()
