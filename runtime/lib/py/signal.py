"""Signals: set handlers that run in the main thread between bytecodes,
as CPython's do. The work is the runtime's _signal module; this module
gives the numbers and the two special handlers their enum types."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()

Signals = _IntEnum("Signals", {name: value for name, value in vars(_signal).items()
                               if name.isupper() and (name.startswith("SIG") and not name.startswith("SIG_")
                                                      or name.startswith("CTRL_"))},
                   module=__name__)
Handlers = _IntEnum("Handlers", {"SIG_DFL": _signal.SIG_DFL, "SIG_IGN": _signal.SIG_IGN}, module=__name__)

for _member in list(Signals) + list(Handlers):
    _globals[_member.name] = _member
del _member


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


signal.__doc__ = _signal.signal.__doc__
getsignal.__doc__ = _signal.getsignal.__doc__
del _globals, _IntEnum
