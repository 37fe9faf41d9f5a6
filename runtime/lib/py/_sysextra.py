"""The attributes of sys that are built on first use rather than at
start-up (sys.__getattr__ fetches them from here): hash_info,
thread_info, and the argument type of sys.unraisablehook."""


def _struct_type(name, fields):
    """A tuple subclass with named fields, like CPython's struct
    sequences in sys."""

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != len(fields):
            raise TypeError('sys.%s() takes a %d-sequence (%d-sequence given)'
                            % (name, len(fields), len(seq)))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return 'sys.%s(%s)' % (name, ', '.join(
            '%s=%r' % (n, v) for n, v in zip(fields, self)))

    def __reduce__(self):
        return (type(self), (tuple(self),))

    ns = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,
          '__module__': 'sys', 'n_sequence_fields': len(fields),
          'n_fields': len(fields), 'n_unnamed_fields': 0,
          '__match_args__': tuple(fields)}
    for i, n in enumerate(fields):
        ns[n] = property(lambda self, i=i: tuple.__getitem__(self, i))
    return type(name, (tuple,), ns)


# gilfree's real hash parameters: numbers hash as CPython's do (modulus
# 2**61 - 1, inf 314159, imag 1000003; a NaN hashes by identity, as in
# CPython 3.10 and later); str and bytes hash with Go's hash/maphash, a
# 64-bit seed drawn at start-up (PYTHONHASHSEED is not read), and no
# small-string cutoff.
hash_info = _struct_type('hash_info', (
    'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
    'seed_bits', 'cutoff'))((64, 2**61 - 1, 314159, 0, 1000003, 'maphash', 64, 64, 0))

# Python threads are goroutines on Go's OS threads; locks park on Go's
# runtime semaphores.
thread_info = _struct_type('thread_info', ('name', 'lock', 'version'))(
    ('pthread', 'semaphore', None))

UnraisableHookArgs = _struct_type('UnraisableHookArgs', (
    'exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object'))


def breakpointhook(*args, **kws):
    """The default sys.breakpointhook: call the function PYTHONBREAKPOINT
    names (pdb.set_trace when unset or empty; nothing when it is 0)."""
    import os
    hookname = os.environ.get('PYTHONBREAKPOINT')
    if hookname is None or len(hookname) == 0:
        hookname = 'pdb.set_trace'
    elif hookname == '0':
        return None
    modname, dot, funcname = hookname.rpartition('.')
    if dot == '':
        modname = 'builtins'
    try:
        import importlib
        module = importlib.import_module(modname)
        hook = getattr(module, funcname)
    except (ImportError, AttributeError):
        import warnings
        warnings.warn('Ignoring unimportable $PYTHONBREAKPOINT: "{}"'.format(hookname),
                      RuntimeWarning)
        return None
    return hook(*args, **kws)
