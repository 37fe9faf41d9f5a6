# The string module (constants, capwords, Template, Formatter) and textwrap
# (wrap, fill, shorten, dedent, indent, TextWrapper options).
import string
import textwrap
from string import Formatter, Template


def raises(exc, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


# Constants.
assert string.ascii_lowercase == 'abcdefghijklmnopqrstuvwxyz'
assert string.ascii_uppercase == string.ascii_lowercase.upper()
assert string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase
assert string.digits == '0123456789'
assert string.hexdigits == '0123456789abcdefABCDEF'
assert string.octdigits == '01234567'
assert string.whitespace == ' \t\n\r\x0b\x0c'
assert len(string.punctuation) == 32 and '!' in string.punctuation and '~' in string.punctuation
assert len(string.printable) == 100
assert string.capwords(' hello   world  foo-bar ') == 'Hello World Foo-bar'
assert string.capwords('a-b-c', '-') == 'A-B-C'
assert string.capwords('ÉCOLE élève') == 'École Élève'

# Template.
T = Template('$who likes $what; $$5 ${x}y')
assert T.substitute(who='tim', what='kung pao', x=1) == 'tim likes kung pao; $5 1y'
assert T.substitute({'who': 'a', 'what': 'b', 'x': 'c'}) == 'a likes b; $5 cy'
assert T.substitute({'who': 'a', 'what': 'b', 'x': 'c'}, who='kw') == 'kw likes b; $5 cy'
assert Template('$who $missing ${bad').safe_substitute({'who': 1}) == '1 $missing ${bad'
assert Template('${a} $a').safe_substitute() == '${a} $a'
e = raises(KeyError, Template('$a').substitute, {})
assert e.args == ('a',)
for text, where in [('$', 'line 1, col 1'), ('a $1', 'line 1, col 3'), ('line1\n  $ x', 'line 2, col 3'),
                    ('${}', 'line 1, col 1'), ('ok\n\n$!', 'line 3, col 1')]:
    e = raises(ValueError, Template(text).substitute)
    assert str(e) == 'Invalid placeholder in string: ' + where, (text, str(e))
assert Template('$a ${b} $a $$c').get_identifiers() == ['a', 'b']
assert Template('$a $').is_valid() is False and Template('$a $$').is_valid() is True
assert Template('$_x9 $é').safe_substitute(_x9='u') == 'u $é'
assert Template('${a}b$ab').substitute(a=1, ab=2) == '1b2'
assert Template('x').template == 'x'


class Percent(Template):
    delimiter = '%'


assert Percent('%a %% %{b}').substitute(a=1, b=2) == '1 % 2'


class Pounds(Template):
    delimiter = '££'


assert Pounds('££x and ££££ and £').substitute(x='y') == 'y and ££ and £'

# Formatter.
f = Formatter()
assert f.format('{0} {x!r:>5} {1[0]} {y.real}', 1, [2], x='s', y=3j) == "1   's' 2 0.0"
assert f.format('{}-{}', 'a', 'b') == 'a-b'
assert f.vformat('{:{}}', (3, 5), {}) == '    3'
assert f.vformat('{a[k]}', (), {'a': {'k': 'v'}}) == 'v'
assert list(f.parse('a{{b}}c{0!r:>5}d')) == [('a{', None, None, None), ('b}', None, None, None),
                                             ('c', '0', '>5', 'r'), ('d', None, None, None)]
assert list(f.parse('{}')) == [('', '', '', None)]
assert list(f.parse('')) == []
assert list(f.parse('{0!:}')) == [('', '0', '', ':')]
assert f.get_field('a.real', (), {'a': 2}) == (2, 'a')
assert f.get_field('0[1]', ([5, 6],), {}) == (6, 0)
assert f.convert_field(1, 'r') == '1' and f.convert_field('é', 'a') == "'\\xe9'"
assert f.format_field(3.5, '>6') == '   3.5'
for fmt, msg in [('{0}{}', 'cannot switch from manual field specification to automatic field numbering'),
                 ('{}{0}', 'cannot switch from manual field specification to automatic field numbering'),
                 ('{:{:{}}}', 'Max string recursion exceeded'),
                 ('{!x}', 'Unknown conversion specifier x'),
                 ('{', "Single '{' encountered in format string"),
                 ('}', "Single '}' encountered in format string"),
                 ('{0[}', "expected '}' before end of string"),
                 ('{0.}', 'Empty attribute in format string')]:
    e = raises(ValueError, f.format, fmt, 1, 2, 3)
    assert str(e) == msg, (fmt, str(e))
raises(IndexError, f.format, '{5}', 1)
raises(KeyError, f.format, '{k}')


class Loud(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '?')
        return args[key]

    def format_field(self, value, spec):
        return '<' + super().format_field(value, spec) + '>'

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def check_unused_args(self, used, args, kwargs):
        self.used = sorted(map(str, used))


loud = Loud()
assert loud.format('{a} {b:>3} {0} {c!u}', 9, a=1, c='hi') == '<1> <  ?> <9> <HI>'
assert loud.used == ['0', 'a', 'b', 'c']

# textwrap.
text = ("The quick brown fox jumps over the lazy dog. A well-known state-of-the-art "
        "e-mail client -- surely -- wraps supercalifragilisticexpialidocious words.")
assert textwrap.wrap('hello world', 5) == ['hello', 'world']
assert textwrap.wrap('', 10) == []
assert textwrap.wrap('   ', 10) == []
assert textwrap.fill('a b c d e f', 3) == 'a b\nc d\ne f'
assert textwrap.wrap('well-known words', 6) == ['well-', 'known', 'words']
assert textwrap.wrap('well-known words', 6, break_on_hyphens=False) == ['well-k', 'nown', 'words']
assert textwrap.wrap('abcdefghij', 4) == ['abcd', 'efgh', 'ij']
assert textwrap.wrap('abcdefghij xy', 4, break_long_words=False) == ['abcdefghij', 'xy']
assert textwrap.wrap('a  b', 2, drop_whitespace=False) == ['a', '  ', 'b']
assert textwrap.wrap('one\ttwo', 20) == ['one     two']
assert textwrap.wrap('one\ttwo', 20, tabsize=4) == ['one two']
assert textwrap.wrap('one\ttwo', 20, expand_tabs=False) == ['one two']
assert textwrap.wrap('one\ttwo', 20, expand_tabs=False, replace_whitespace=False) == ['one\ttwo']
assert textwrap.wrap('a\nb', 20) == ['a b']
assert textwrap.wrap('x ' * 10, 9, initial_indent='* ', subsequent_indent='  ') == ['* x x x x', '  x x x x', '  x x']
assert textwrap.wrap('Hi there. You ok? yes', 40, fix_sentence_endings=True) == ['Hi there.  You ok?  yes']
assert textwrap.wrap('a b c d e f g', 5, max_lines=2) == ['a b c', '[...]']
assert textwrap.wrap('a b c d e f g', 5, max_lines=2, placeholder='~') == ['a b c', 'd e~']
assert textwrap.shorten('Hello  world!', width=12) == 'Hello world!'
assert textwrap.shorten('Hello  world!', width=11) == 'Hello [...]'
assert textwrap.shorten('Hello world', width=10, placeholder='...') == 'Hello...'
e = raises(ValueError, textwrap.wrap, 'x', 0)
assert str(e) == 'invalid width 0 (must be > 0)'
e = raises(ValueError, textwrap.shorten, 'a b', 3)
assert str(e) == 'placeholder too large for max width'
w = textwrap.TextWrapper(width=30, initial_indent='> ', subsequent_indent='. ')
assert w.wrap(text)[0] == '> The quick brown fox jumps'
assert all(len(line) <= 30 for line in w.wrap(text))
assert w.fill('short') == '> short'
assert textwrap.dedent('  a\n    b\n  c') == 'a\n  b\nc'
assert textwrap.dedent('\ta\n\tb') == 'a\nb'
assert textwrap.dedent('  a\n\tb') == '  a\n\tb'
assert textwrap.dedent('   \n  x\n   y\n') == '\nx\n y\n'
assert textwrap.dedent(' a\n  \n b') == 'a\n\nb'
assert textwrap.indent('a\n\nb\n', '> ') == '> a\n\n> b\n'
assert textwrap.indent('a\n\nb', '+', lambda line: True) == '+a\n+\n+b'
assert textwrap.indent('a\r\nb', '-') == '-a\r\n-b'

# Many wrapping configurations, printed and compared with CPython's output.
words = ['hello', 'world', 'a', 'well-known', 'state-of-the-art', 'x-y', 'e-mail', 'ab-cd-ef', '--',
         'dash--here', 'Mr.', 'end.', 'What?', 'stop!', '"quoted."', 'supercalifragilisticexpialidocious',
         'long-hyphenated-wordthing', '1-2', 'A-1', 'tab\there', 'new\nline', '', ' ', 'über-groß', 'x',
         'foo_bar-baz', '---', 'a--b', 'end--', "it's"]
seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


for trial in range(300):
    text = ' '.join(words[rand(len(words))] for _ in range(rand(25)))
    width = 1 + rand(40)
    options = {}
    for name, value in [('break_on_hyphens', False), ('break_long_words', False), ('drop_whitespace', False),
                        ('replace_whitespace', False), ('fix_sentence_endings', True),
                        ('initial_indent', '* '), ('subsequent_indent', '  '), ('expand_tabs', False)]:
        if rand(4) == 0:
            options[name] = value
    if rand(4) == 0:
        options['max_lines'] = 1 + rand(4)
        options['placeholder'] = [' [...]', ' ...', '~'][rand(3)]
    try:
        result = textwrap.wrap(text, width, **options)
    except ValueError as e:
        result = str(e)
    print(trial, result)
print(textwrap.fill(text, 25))
print('string and textwrap ok')
