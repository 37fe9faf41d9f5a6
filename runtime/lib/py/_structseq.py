"""Struct sequences written in Python: the tuples with named fields that
CPython's C modules return (pwd.struct_passwd, resource.struct_rusage)."""

from operator import itemgetter


def structseq(module, name, fields, doc):
    """A tuple type module.name whose items are also the attributes named
    by fields, made from a sequence of exactly len(fields) items, with
    CPython's repr and pickling."""
    n = len(fields)

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != n:
            raise TypeError('%s.%s() takes a %d-sequence (%d-sequence given)'
                            % (module, name, n, len(seq)))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return '%s.%s(%s)' % (module, name, ', '.join(
            '%s=%r' % (field, value) for field, value in zip(fields, self)))

    def __reduce__(self):
        return (type(self), (tuple(self),))

    ns = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,
          '__doc__': doc, '__slots__': (), '__module__': module,
          '__match_args__': tuple(fields), 'n_sequence_fields': n, 'n_fields': n,
          'n_unnamed_fields': 0}
    for i, field in enumerate(fields):
        ns[field] = property(itemgetter(i))
    return type(name, (tuple,), ns)
