# configparser: reading strings, files and dicts; get with its converters
# and fallbacks; DEFAULT; BasicInterpolation and ExtendedInterpolation;
# the exceptions and their messages; the mapping protocol; write; parser
# options (delimiters, comments, allow_no_value, strict, converters).
# A seeded random run over generated INI texts prints a digest that the
# harness compares with python3's.
import configparser
import hashlib
import io
import os
import random
import tempfile
import threading
from configparser import (ConfigParser, RawConfigParser, ExtendedInterpolation,
                          BasicInterpolation, NoSectionError, NoOptionError,
                          DuplicateSectionError, DuplicateOptionError,
                          MissingSectionHeaderError, ParsingError,
                          InterpolationMissingOptionError,
                          InterpolationSyntaxError, InterpolationDepthError)


def raises(exc, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


text = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
# a comment
; another
multi = first line
   second line

   after blank
Path: /usr/%(user)s/x
pct = 100%%
"""
cfg = ConfigParser()
cfg.read_string(text)
assert cfg.sections() == ['forge.example', 'topsecret.server.example']
assert 'forge.example' in cfg and 'python.org' not in cfg and 'DEFAULT' in cfg
assert cfg['forge.example']['user'] == 'hg'
assert cfg['forge.example']['User'] == 'hg'
assert cfg['DEFAULT']['compression'] == 'yes'
top = cfg['topsecret.server.example']
assert top['port'] == '50022' and top['forwardx11'] == 'no'
assert top.getint('port') == 50022 and top.getboolean('forwardx11') is False
assert top['multi'] == 'first line\nsecond line\n\nafter blank', repr(top['multi'])
assert top['pct'] == '100%'
assert cfg.get('topsecret.server.example', 'pct', raw=True) == '100%%'
assert cfg.getint('forge.example', 'compressionlevel') == 9
assert cfg.getfloat('forge.example', 'compressionlevel') == 9.0
assert cfg.getboolean('forge.example', 'compression') is True
assert list(cfg['forge.example']) == ['user', 'serveraliveinterval', 'compression',
                                       'compressionlevel', 'forwardx11']
assert list(cfg) == ['DEFAULT', 'forge.example', 'topsecret.server.example']
assert len(cfg) == 3 and len(cfg['forge.example']) == 5
assert cfg.options('forge.example') == ['user', 'serveraliveinterval', 'compression',
                                        'compressionlevel', 'forwardx11']
assert cfg.has_option('forge.example', 'compression')
assert not cfg.has_option('forge.example', 'port')
assert not cfg.has_option('nosuch', 'user')
assert cfg.has_option('', 'compression') and cfg.has_option('DEFAULT', 'compression')
assert cfg.has_section('forge.example') and not cfg.has_section('DEFAULT')
assert cfg.items('forge.example') == [('serveraliveinterval', '45'), ('compression', 'yes'),
                                      ('compressionlevel', '9'), ('forwardx11', 'yes'),
                                      ('user', 'hg')]
assert dict(cfg.items('forge.example', vars={'user': 'me'}))['user'] == 'me'
assert cfg.get('forge.example', 'user', vars={'User': 'v'}) == 'v'
assert repr(cfg['forge.example']) == '<Section: forge.example>'
assert cfg['forge.example'].name == 'forge.example' and cfg['forge.example'].parser is cfg
assert [k for k, v in cfg.items()] == ['DEFAULT', 'forge.example', 'topsecret.server.example']
assert cfg.defaults()['compression'] == 'yes'

# Fallbacks.
assert cfg.get('forge.example', 'missing', fallback='fb') == 'fb'
assert cfg.get('nosuch', 'missing', fallback=None) is None
assert cfg.getint('forge.example', 'missing', fallback=3) == 3
assert cfg.getboolean('nosuch', 'x', fallback=False) is False
assert cfg['forge.example'].get('missing') is None
assert cfg['forge.example'].get('missing', 'd') == 'd'
assert cfg['forge.example'].getint('missing', 7) == 7
assert cfg['forge.example'].get('user', raw=True) == 'hg'
e = raises(ValueError, cfg.getint, 'forge.example', 'user', fallback=1)
e = raises(ValueError, cfg.getboolean, 'forge.example', 'user')
assert str(e) == 'Not a boolean: hg'
for word, val in [('1', True), ('YES', True), ('true', True), ('On', True),
                  ('0', False), ('no', False), ('FALSE', False), ('off', False)]:
    cfg['forge.example']['flag'] = word
    assert cfg.getboolean('forge.example', 'flag') is val

# Exceptions and their messages.
e = raises(NoSectionError, cfg.get, 'nosuch', 'x')
assert str(e) == "No section: 'nosuch'" and e.section == 'nosuch' and e.args == ('nosuch',)
e = raises(NoOptionError, cfg.get, 'forge.example', 'Nope')
assert str(e) == "No option 'nope' in section: 'forge.example'" and e.option == 'nope'
e = raises(KeyError, lambda: cfg['nosuch'])
e = raises(KeyError, lambda: cfg['forge.example']['nope'])
e = raises(DuplicateSectionError, cfg.add_section, 'forge.example')
assert str(e) == "Section 'forge.example' already exists"
e = raises(ValueError, cfg.add_section, 'DEFAULT')
assert str(e) == "Invalid section name: 'DEFAULT'"
e = raises(DuplicateSectionError, ConfigParser().read_string, "[a]\n[b]\n[a]\n")
assert str(e) == "While reading from '<string>' [line  3]: section 'a' already exists", str(e)
assert (e.section, e.source, e.lineno) == ('a', '<string>', 3)
e = raises(DuplicateOptionError, ConfigParser().read_string, "[a]\nx=1\nX=2\n", 'src')
assert str(e) == "While reading from 'src' [line  3]: option 'x' in section 'a' already exists", str(e)
e = raises(DuplicateOptionError, ConfigParser().read_dict, {'a': {'x': 1, 'X': 2}})
assert str(e) == "While reading from '<dict>': option 'x' in section 'a' already exists", str(e)
e = raises(MissingSectionHeaderError, ConfigParser().read_string, "x = 1\n")
assert str(e) == "File contains no section headers.\nfile: '<string>', line: 1\n'x = 1\\n'", str(e)
assert (e.source, e.lineno, e.line) == ('<string>', 1, 'x = 1\n')
e = raises(ParsingError, ConfigParser().read_string, "[a]\nx = 1\nbad line\n= novalue\nok: 2\n")
assert e.errors == [(3, "'bad line\\n'"), (4, "'= novalue\\n'")], e.errors
assert str(e) == "Source contains parsing errors: '<string>'\n\t[line  3]: 'bad line\\n'\n\t[line  4]: '= novalue\\n'", str(e)
assert isinstance(e, configparser.Error) and isinstance(e, Exception)
cp = ConfigParser(strict=False)
cp.read_string("[a]\nx=1\n[a]\nx=2\ny=3\n")
assert cp['a']['x'] == '2' and cp['a']['y'] == '3'

# Setting values.
cp = ConfigParser()
cp.add_section('s')
cp.set('s', 'Key', 'value')
assert cp['s']['key'] == 'value'
cp['s']['other'] = 'o'
assert cp.get('s', 'OTHER') == 'o'
e = raises(TypeError, cp.set, 's', 'k', 1)
assert str(e) == 'option values must be strings'
e = raises(TypeError, cp.add_section, 1)
assert str(e) == 'section names must be strings'
e = raises(NoSectionError, cp.set, 'nosuch', 'k', 'v')
e = raises(ValueError, cp.set, 's', 'k', '50% off')
assert str(e) == "invalid interpolation syntax in '50% off' at position 2", str(e)
cp.set('s', 'k', '50%% off')
assert cp['s']['k'] == '50% off'
cp['new'] = {'a': 1, 'B': 2.5, 'c': None} if False else {'a': 1, 'B': 2.5}
assert cp['new']['a'] == '1' and cp['new']['b'] == '2.5'
cp['new'] = {'z': 'only'}
assert list(cp['new']) == ['z']
cp['DEFAULT'] = {'d': 'dv'}
assert cp['s']['d'] == 'dv' and cp.defaults() == {'d': 'dv'}
del cp['new']['z']
assert 'z' not in cp['new']
raises(KeyError, cp['new'].__delitem__, 'z')
del cp['new']
assert 'new' not in cp
raises(KeyError, cp.__delitem__, 'new')
e = raises(ValueError, cp.__delitem__, 'DEFAULT')
assert str(e) == 'Cannot remove the default section.'
assert cp.remove_option('s', 'OTHER') is True and cp.remove_option('s', 'other') is False
raises(NoSectionError, cp.remove_option, 'nosuch', 'x')
assert cp.remove_section('s') is True and cp.remove_section('s') is False
cp.read_dict({'p': {'x': '1'}, 'q': {'y': '2'}})
assert cp.popitem()[0] == 'p' and cp.sections() == ['q']
cp['q'] = cp['q']
assert cp['q']['y'] == '2'

# Interpolation.
cp = ConfigParser()
cp.read_string("""
[Paths]
home_dir: /Users
my_dir: %(home_dir)s/lumberjack
my_pictures: %(my_dir)s/Pictures
bad: %(nothere)s
syntax: %(oops
pct: 50%
loop1: %(loop2)s
loop2: %(loop1)s
""")
assert cp['Paths']['my_pictures'] == '/Users/lumberjack/Pictures'
assert cp.get('Paths', 'my_pictures', vars={'home_dir': '/h'}) == '/h/lumberjack/Pictures'
e = raises(InterpolationMissingOptionError, cp.get, 'Paths', 'bad')
assert str(e) == ("Bad value substitution: option 'bad' in section 'Paths' contains an "
                  "interpolation key 'nothere' which is not a valid option name. "
                  "Raw value: '%(nothere)s'"), str(e)
assert e.reference == 'nothere' and e.option == 'bad' and e.section == 'Paths'
e = raises(InterpolationSyntaxError, cp.get, 'Paths', 'syntax')
assert str(e) == "bad interpolation variable reference '%(oops'", str(e)
e = raises(InterpolationSyntaxError, cp.get, 'Paths', 'pct')
assert str(e) == "'%' must be followed by '%' or '(', found: '%'", str(e)
e = raises(InterpolationDepthError, cp.get, 'Paths', 'loop1')
assert str(e) == ("Recursion limit exceeded in value substitution: option 'loop1' in "
                  "section 'Paths' contains an interpolation key which cannot be "
                  "substituted in 10 steps. Raw value: '%(loop2)s'"), str(e)
assert isinstance(e, configparser.InterpolationError)
e = raises(InterpolationMissingOptionError, cp.items, 'Paths')
assert cp.items('Paths', raw=True)[1] == ('my_dir', '%(home_dir)s/lumberjack')
raw = RawConfigParser()
raw.read_string("[a]\nx = %(y)s 50%\n")
assert raw['a']['x'] == '%(y)s 50%'
raw.set('a', 'num', 3)
assert raw.get('a', 'num') == 3
noi = ConfigParser(interpolation=None)
noi.read_string("[a]\nx = %(y)s\n")
assert noi['a']['x'] == '%(y)s'
e = raises(TypeError, ConfigParser, interpolation=object())
d = ConfigParser(defaults={'Num': 5, 'pct': '%'})
assert d['DEFAULT']['num'] == '5' and d.get('DEFAULT', 'pct', raw=True) == '%'
r = RawConfigParser(defaults={'Num': 5})
assert r.defaults() == {'num': 5}

ext = ConfigParser(interpolation=ExtendedInterpolation())
ext.read_string("""
[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local

[Frameworks]
Python: 3.2
path: ${Common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
cost: $$5
bad: ${nope}
bad2: ${a:b:c}
bad3: $x
""")
assert ext['Arthur']['my_pictures'] == '/Users/twosheds/Pictures'
assert ext['Arthur']['python_dir'] == '/System/Library/Frameworks//Python/Versions/3.2'
assert ext['Arthur']['cost'] == '$5'
e = raises(InterpolationMissingOptionError, ext.get, 'Arthur', 'bad')
assert e.reference == 'nope'
e = raises(InterpolationSyntaxError, ext.get, 'Arthur', 'bad2')
assert str(e) == "More than one ':' found: ''", str(e)
e = raises(InterpolationSyntaxError, ext.get, 'Arthur', 'bad3')
assert str(e) == "'$' must be followed by '$' or '{', found: '$x'", str(e)
e = raises(ValueError, ext.set, 'Arthur', 'v', 'a $ b')
assert str(e) == "invalid interpolation syntax in 'a $ b' at position 2"

# Parser options.
p = ConfigParser(allow_no_value=True, delimiters=('=',), inline_comment_prefixes=('#', ';'),
                 comment_prefixes=('//',))
p.read_string("""
[mysqld]
skip-bdb
key = value ; comment
url = http://x.org/#frag # comment
path:with:colons = yes
// a comment line
""")
assert p['mysqld']['skip-bdb'] is None
assert p['mysqld']['key'] == 'value'
assert p['mysqld']['url'] == 'http://x.org/#frag'
assert p['mysqld']['path:with:colons'] == 'yes'
assert p.options('mysqld') == ['skip-bdb', 'key', 'url', 'path:with:colons']
out = io.StringIO()
p.write(out)
assert out.getvalue() == ("[mysqld]\nskip-bdb\nkey = value\nurl = http://x.org/#frag\n"
                          "path:with:colons = yes\n\n"), repr(out.getvalue())
p = ConfigParser(empty_lines_in_values=False)
p.read_string("[s]\nk = a\n  b\n\n  c = d\n")
assert p['s']['k'] == 'a\nb' and p['s']['c'] == 'd'
p = ConfigParser(default_section='general')
p.read_string("[general]\nx = 1\n[s]\n")
assert p['s']['x'] == '1' and list(p) == ['general', 's']


class CaseKept(ConfigParser):
    def optionxform(self, optionstr):
        return optionstr


p = CaseKept()
p.read_string("[s]\nKey = v\n")
assert p.options('s') == ['Key'] and not p.has_option('s', 'key')

p = ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
p.read_string("[s]\nitems = a, b ,c\n")
assert p.getlist('s', 'items') == ['a', 'b', 'c']
assert p['s'].getlist('items') == ['a', 'b', 'c']
assert p['s'].getlist('none', ['z']) == ['z']
assert sorted(p.converters) == ['boolean', 'float', 'int', 'list']
p.converters['upper'] = str.upper
assert p['s'].getupper('items') == 'A, B ,C'
del p.converters['upper']
assert not hasattr(p, 'getupper')

# write and read back.
cp = ConfigParser()
cp.read_dict({'DEFAULT': {'base': 'b'}, 'one': {'multi': 'l1\nl2', 'pct': '5%%'},
              'two': {}})
out = io.StringIO()
cp.write(out)
assert out.getvalue() == ("[DEFAULT]\nbase = b\n\n[one]\nmulti = l1\n\tl2\npct = 5%%\n\n"
                          "[two]\n\n"), repr(out.getvalue())
out2 = io.StringIO()
cp.write(out2, space_around_delimiters=False)
assert out2.getvalue().startswith("[DEFAULT]\nbase=b\n")
back = ConfigParser()
back.read_string(out.getvalue())
assert back['one']['multi'] == 'l1\nl2' and back['one']['pct'] == '5%'

# read from files, read_file.
with tempfile.TemporaryDirectory() as d:
    f1 = os.path.join(d, 'a.ini')
    with open(f1, 'w') as f:
        f.write("[x]\nv = 1\n")
    cp = ConfigParser()
    assert cp.read([f1, os.path.join(d, 'missing.ini')]) == [f1]
    assert cp.read(f1) == [f1]
    with open(f1) as f:
        cp2 = ConfigParser()
        cp2.read_file(f)
    assert cp2['x']['v'] == '1'
    e = raises(MissingSectionHeaderError, ConfigParser().read_file, ['k = v\n'])
    assert e.source == '<???>'
cp = ConfigParser()
cp.read_file(["[s]\n", "k = v\n"], source='lines')
assert cp['s']['k'] == 'v'

# A seeded random run over generated texts; the digest must equal python3's.
rnd = random.Random(77)
digest = hashlib.sha256()
pieces = ['[s1]', '[s2]', '[DEFAULT]', '[ s3 ]', 'k = v', 'K: w', 'x=%(k)s', 'y = ${k}',
          'z = ${s1:k}', '  cont', '\tcont2', '', '# c', '; c', 'v = a ; inline', 'bad',
          'n', 'p = 10%%', 'q = 5%', 'e =', ': novalue', 'a = b = c']
for it in range(300):
    lines = [rnd.choice(pieces) for _ in range(rnd.randint(0, 14))]
    kw = {}
    if rnd.random() < 0.3:
        kw['allow_no_value'] = True
    if rnd.random() < 0.3:
        kw['strict'] = False
    if rnd.random() < 0.3:
        kw['inline_comment_prefixes'] = (';',)
    if rnd.random() < 0.2:
        kw['empty_lines_in_values'] = False
    if rnd.random() < 0.3:
        kw['interpolation'] = ExtendedInterpolation()
    cls = rnd.choice([ConfigParser, RawConfigParser])
    p = cls(**kw)
    res = []
    try:
        p.read_string('\n'.join(lines) + '\n')
    except configparser.Error as e:
        res.append((type(e).__name__, str(e)))
    res.append(p.sections())
    for s in ['DEFAULT'] + p.sections():
        for k in list(p[s]):
            try:
                res.append((s, k, p.get(s, k)))
            except configparser.Error as e:
                res.append((s, k, type(e).__name__, str(e)))
            except AttributeError as e:
                # A read stopped by a duplicate leaves values unjoined
                # (lists), which interpolation cannot read: CPython's too.
                res.append((s, k, type(e).__name__))
    out = io.StringIO()
    p.write(out)
    res.append(out.getvalue())
    digest.update(repr(res).encode())
print("random digest", digest.hexdigest()[:16])

# Threads each with their own parser.
errors = []
def work(n):
    for i in range(30):
        c = ConfigParser()
        c.read_string("[s]\nbase = %d\nv = %%(base)s-%d\n" % (n, i))
        if c['s']['v'] != '%d-%d' % (n, i):
            errors.append((n, i))
threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not errors, errors
print("configparser ok")
