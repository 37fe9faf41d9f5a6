"""Small members of the builtin types (bytearray.fromhex, __bytes__,
__complex__, float.__getformat__, type's layout numbers) and help().
Passes under python3 too."""

import contextlib
import io
import sys

assert bytearray.fromhex('de ad BE ef') == bytearray(b'\xde\xad\xbe\xef')
assert type(bytearray.fromhex('')) is bytearray
try:
    bytearray.fromhex('zz')
except ValueError as e:
    assert 'non-hexadecimal number found in fromhex() arg at position 0' == str(e)
else:
    raise AssertionError('bad hex accepted')


class BA(bytearray):
    pass


ba = BA.fromhex('0102')
assert type(ba) is BA and ba == b'\x01\x02'

assert b'abc'.__bytes__() == b'abc'


class B(bytes):
    pass


assert type(B(b'xy').__bytes__()) is bytes and B(b'xy').__bytes__() == b'xy'
assert (1 + 2j).__complex__() == 1 + 2j


class Cx(complex):
    pass


assert type(Cx(3).__complex__()) is complex
assert float.__getformat__('double') == 'IEEE, little-endian'
assert float.__getformat__('float') == 'IEEE, little-endian'
try:
    float.__getformat__('half')
except ValueError:
    pass
else:
    raise AssertionError('__getformat__ of half')


class Plain:
    pass


class Slotted:
    __slots__ = ('a',)


HEAPTYPE = 1 << 9
assert Plain.__flags__ & HEAPTYPE and not int.__flags__ & HEAPTYPE
assert list.__flags__ & (1 << 25) and tuple.__flags__ & (1 << 26) and dict.__flags__ & (1 << 29)
assert int.__flags__ & (1 << 24) and bool.__flags__ & (1 << 24) and str.__flags__ & (1 << 28)
assert type.__flags__ & (1 << 31) and ValueError.__flags__ & (1 << 30)
assert object.__basicsize__ > 0 and Plain.__basicsize__ >= object.__basicsize__
assert tuple.__itemsize__ == 8 and bytes.__itemsize__ == 1 and list.__itemsize__ == 0
assert Plain.__dictoffset__ != 0 and Slotted.__dictoffset__ == 0 and object.__dictoffset__ == 0
assert Plain.__weakrefoffset__ > 0 and int.__weakrefoffset__ == 0


def documented(a, b=2):
    """Add a and b.

    The second line."""
    return a + b


class Shape:
    """A shape."""
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self, scale=1):
        """The area, scaled."""
        return 0

    @property
    def label(self):
        """The shape's label."""
        return self.name

    @classmethod
    def make(cls):
        """Make one."""
        return cls('x')


def helptext(obj):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        r = help(obj)
    assert r is None
    return out.getvalue()


text = helptext(documented)
assert text.startswith('Help on function documented in module __main__:\n\ndocumented(a, b=2)\n    Add a and b.\n'), text
assert '    The second line.\n' in text

text = helptext(Shape)
assert text.startswith('Help on class Shape in module __main__:\n\nclass Shape(builtins.object)\n'), text
for line in (' |  Shape(name)', ' |  A shape.', ' |  Methods defined here:', ' |  area(self, scale=1)',
             ' |      The area, scaled.', ' |  make() from builtins.type', ' |      Make one.',
             ' |  label', ' |      The shape\'s label.', ' |  sides = 0'):
    assert line in text.split('\n'), (line, text)

text = helptext(len)
assert text.startswith('Help on built-in function len in module builtins:\n\nlen('), text
assert 'Return the number of items in a container.' in text

text = helptext(Shape('sq'))
assert text.startswith('Help on Shape in module __main__ object:\n\nclass Shape(builtins.object)'), text

mod = type(sys)('helpdemo', 'Demo module.\n\nMore about it.')
mod.VALUE = 42
mod.documented = documented
documented.__module__ = 'helpdemo'
sys.modules['helpdemo'] = mod
text = helptext(mod)
for line in ('NAME', '    helpdemo - Demo module.', 'DESCRIPTION', '    More about it.',
             'FUNCTIONS', '    documented(a, b=2)', 'DATA', '    VALUE = 42'):
    assert line in text.split('\n'), (line, text)

text = helptext('no_such_module_for_help.thing')
assert text.startswith("No Python documentation found for 'no_such_module_for_help.thing'."), text
assert 'help(object)' in repr(help) or 'help' in repr(help)
print('ok')
