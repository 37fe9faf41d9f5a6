# abc and enum, plus the runtime pieces they rest on (metaclass __dict__).


# A class made by a Python metaclass shows its own namespace in __dict__.
class _Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls


class _WithMeta(metaclass=_Meta):
    x = 1

    def f(self):
        return 2


_WithMeta.y = 3
assert sorted(k for k in _WithMeta.__dict__ if not k.startswith('__')) == ['f', 'tag', 'x', 'y']
assert type(_WithMeta.__dict__).__name__ == 'mappingproxy'
assert vars(_WithMeta)['x'] == 1
del _WithMeta.y
assert 'y' not in _WithMeta.__dict__
assert _WithMeta().f() == 2
print("metaclass dict ok")


# bytes(obj) through __bytes__, and the bytes predicates.
class _HasBytes:
    def __bytes__(self):
        return b'hi'


class _BadBytes:
    def __bytes__(self):
        return 'x'


assert bytes(_HasBytes()) == b'hi'
try:
    bytes(_BadBytes())
    assert False
except TypeError as e:
    assert str(e) == "__bytes__ returned non-bytes (type str)"
assert b'123'.isdigit() and not b''.isdigit() and not b'1a'.isdigit()
assert b'abC'.isalpha() and not b'ab1'.isalpha() and b'ab1'.isalnum()
assert b' \t\n'.isspace() and not b' x'.isspace()
assert b'ab1'.islower() and not b'aB'.islower() and not b'12'.islower()
assert b'AB1'.isupper() and not b'12'.isupper()
assert b'Ab Cd'.istitle() and not b'AB'.istitle() and not b''.istitle()
assert b''.isascii() and not b'\x80'.isascii()

# complex() keeps signed zeros, infinities and NaNs in its parts.
_inf, _nan = float('inf'), float('nan')
assert repr(complex(0, -0.0)) == '-0j'
assert repr(complex(-0.0, 2)) == '(-0+2j)'
assert repr(complex(_inf, _nan)) == '(inf+nanj)'
assert repr(complex(_nan, _inf)) == '(nan+infj)'
assert repr(complex(-0.0, -0.0)) == '(-0-0j)'
assert repr(complex(imag=-0.0)) == '-0j'
assert complex(1 + 2j, 3 + 4j) == -3 + 5j
assert complex(2, 1j) == 1 + 0j


class _HasComplex:
    def __complex__(self):
        return 3 + 4j


assert complex(_HasComplex()) == 3 + 4j
try:
    complex(1, 'x')
    assert False
except TypeError as e:
    assert str(e) == "complex() second arg can't be a string"
print("bytes and complex ok")

# bytearray % args formats like bytes and gives a bytearray.
_ba = bytearray(b'%d-%s') % (5, b'x')
assert _ba == bytearray(b'5-x') and type(_ba) is bytearray
assert bytearray(b'%05.1f') % 2.25 == bytearray(b'002.2')
assert bytearray(b'12').isdigit() and bytearray(b'Ab').istitle()
print("bytearray ok")
