# pathlib (pure path arithmetic and the file-system methods), fnmatch,
# glob, shutil and tempfile, all inside a temporary directory that is
# removed at the end.

import fnmatch
import glob
import os
import shutil
import tempfile
from pathlib import Path, PosixPath, PurePath, PurePosixPath


def raises(exc, fn, *args, **kw):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args, **kw)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


# Pure paths.
p = PurePosixPath('/usr/lib/python3/site.py')
assert str(p) == '/usr/lib/python3/site.py' and repr(p) == "PurePosixPath('/usr/lib/python3/site.py')"
assert p.parts == ('/', 'usr', 'lib', 'python3', 'site.py')
assert p.name == 'site.py' and p.stem == 'site' and p.suffix == '.py' and p.suffixes == ['.py']
assert p.root == '/' and p.anchor == '/' and p.drive == ''
assert p.parent == PurePosixPath('/usr/lib/python3')
assert [str(x) for x in p.parents] == ['/usr/lib/python3', '/usr/lib', '/usr', '/']
assert len(p.parents) == 4 and p.parents[-1] == PurePosixPath('/') and p.parents[1] == PurePosixPath('/usr/lib')
assert p.parents[0:2] == (PurePosixPath('/usr/lib/python3'), PurePosixPath('/usr/lib'))
assert repr(p.parents) == '<PurePosixPath.parents>'
raises(IndexError, lambda: p.parents[4])
assert p.is_absolute() and not PurePosixPath('a/b').is_absolute()
assert type(PurePath('x')) is PurePosixPath and type(Path('x')) is PosixPath
assert str(PurePosixPath('a//b/./c/')) == 'a/b/c' and str(PurePosixPath('')) == '.'
assert str(PurePosixPath('a/../b')) == 'a/../b'
assert str(PurePosixPath('//a/b')) == '//a/b' and str(PurePosixPath('///a')) == '/a'
assert str(PurePosixPath('/a', '/b', 'c')) == '/b/c' and str(PurePosixPath('a', 'b', 'c')) == 'a/b/c'
assert PurePosixPath('a') / 'b' / PurePosixPath('c') == PurePosixPath('a/b/c')
assert 'x' / PurePosixPath('y') == PurePosixPath('x/y')
assert PurePosixPath('a') / '/abs' == PurePosixPath('/abs')
assert PurePosixPath('a').joinpath('b', 'c') == PurePosixPath('a/b/c')
assert PurePosixPath('.').parent == PurePosixPath('.') and PurePosixPath('/').parent == PurePosixPath('/')
assert PurePosixPath('/').name == '' and PurePosixPath('a.tar.gz').suffixes == ['.tar', '.gz']
assert PurePosixPath('a.tar.gz').stem == 'a.tar'
assert PurePosixPath('.bashrc').suffix == '' and PurePosixPath('.bashrc').stem == '.bashrc'
assert PurePosixPath('a.').suffix == '' and PurePosixPath('a.').suffixes == []
assert PurePosixPath('a/b.txt').with_name('c.py') == PurePosixPath('a/c.py')
assert PurePosixPath('a/b.txt').with_suffix('.md') == PurePosixPath('a/b.md')
assert PurePosixPath('a/b.txt').with_suffix('') == PurePosixPath('a/b')
assert PurePosixPath('a/b').with_suffix('.gz') == PurePosixPath('a/b.gz')
assert PurePosixPath('a/b.txt').with_stem('z') == PurePosixPath('a/z.txt')
e = raises(ValueError, PurePosixPath('/').with_name, 'x')
assert str(e) == "PurePosixPath('/') has an empty name"
e = raises(ValueError, PurePosixPath('a').with_name, 'b/c')
assert str(e) == "Invalid name 'b/c'"
e = raises(ValueError, PurePosixPath('a').with_suffix, 'txt')
assert str(e) == "Invalid suffix 'txt'"
assert PurePosixPath('/a/b/c').relative_to('/a') == PurePosixPath('b/c')
assert PurePosixPath('/a/b/c').relative_to(PurePosixPath('/a/b/c')) == PurePosixPath('.')
e = raises(ValueError, PurePosixPath('/a/b').relative_to, '/c')
assert str(e) == "'/a/b' is not in the subpath of '/c' OR one path is relative and the other is absolute."
assert PurePosixPath('/a/b').is_relative_to('/a') and not PurePosixPath('/a/b').is_relative_to('b')
e = raises(TypeError, PurePosixPath, b'x')
assert str(e) == "argument should be a str object or an os.PathLike object returning str, not <class 'bytes'>"
assert PurePosixPath('a/b.py').match('*.py') and PurePosixPath('/a/b.py').match('a/*.py')
assert not PurePosixPath('/a/b.py').match('/*.py') and PurePosixPath('/b.py').match('/*.py')
assert not PurePosixPath('a/b.py').match('*.txt') and PurePosixPath('a/b/c.py').match('b/*.py')
assert PurePosixPath('/a b/c').as_uri() == 'file:///a%20b/c'
e = raises(ValueError, PurePosixPath('rel').as_uri)
assert str(e) == "relative path can't be expressed as a file URI"
assert os.fspath(PurePosixPath('a/b')) == 'a/b' and PurePosixPath('a').__bytes__() == b'a'
assert PurePosixPath('x').as_posix() == 'x'

# Equality, hashing and ordering.
assert PurePosixPath('a') == PosixPath('a') and PurePosixPath('a/b') != PurePosixPath('a')
assert PurePosixPath('a') != 'a'
assert hash(PurePosixPath('a/b')) == hash(PurePosixPath('a//b/'))
assert len({Path('a'), Path('a/'), Path('b')}) == 2
assert sorted([Path('b'), Path('a/c'), Path('a')]) == [Path('a'), Path('a/c'), Path('b')]
assert PurePosixPath('a') < PurePosixPath('b') <= PurePosixPath('b') and PurePosixPath('c') > PurePosixPath('b')
assert PurePosixPath('/z') < PurePosixPath('a') or PurePosixPath('/z') > PurePosixPath('a')
e = raises(TypeError, lambda: PurePosixPath('a') < 'b')
assert str(e) == "'<' not supported between instances of 'PurePosixPath' and 'str'"
assert repr(Path('a') / 'b') == "PosixPath('a/b')"

# fnmatch.
assert fnmatch.fnmatch('a.py', '*.py') and not fnmatch.fnmatch('a.pyc', '*.py')
assert fnmatch.fnmatch('abc', 'a?c') and not fnmatch.fnmatch('abc', 'a[!b]c')
assert fnmatch.fnmatch('a-c', 'a[a-]c') and fnmatch.fnmatch('b', '[a-c]') and not fnmatch.fnmatch('d', '[a-c]')
assert fnmatch.fnmatch('[x', '[x') and fnmatch.fnmatch('aXbYc', 'a*b*c') and not fnmatch.fnmatch('ab', 'a*b*c')
assert fnmatch.fnmatch('', '*') and fnmatch.fnmatch('a\nb', 'a*b') and fnmatch.fnmatch(b'ab', b'a*')
assert fnmatch.fnmatch(']', '[]]') and fnmatch.fnmatch('!', '[!]') is False
assert not fnmatch.fnmatchcase('A', 'a') and fnmatch.fnmatchcase('Ab', 'A?')
assert fnmatch.filter(['x.txt', 'y.py', 'z.txt'], '*.txt') == ['x.txt', 'z.txt']
assert fnmatch.translate('*.py') == '(?s:.*\\.py)\\Z'
assert fnmatch.translate('a?[!x-z]b[') == '(?s:a.[^x-z]b\\[)\\Z'
assert fnmatch.translate('[^a]') == '(?s:[\\^a])\\Z' and fnmatch.translate('x**y') == '(?s:x.*y)\\Z'

d = tempfile.mkdtemp(prefix='gfpath')
try:
    assert os.path.isdir(d) and os.path.basename(d).startswith('gfpath') and os.path.isabs(d)
    assert os.stat(d).st_mode & 0o777 == 0o700
    base = Path(d)
    (base / 'sub' / 'deep').mkdir(parents=True)
    assert (base / 'sub' / 'deep').is_dir()
    assert (base / 'f.txt').write_text('hello\n') == 6 and (base / 'f.txt').read_text() == 'hello\n'
    assert (base / 'g.bin').write_bytes(b'\x00\x01') == 2 and (base / 'g.bin').read_bytes() == b'\x00\x01'
    e = raises(TypeError, (base / 'x').write_text, b'bytes')
    assert str(e) == 'data must be str, not bytes'
    (base / 'sub' / 'x.py').write_text('x')
    (base / 'sub' / 'deep' / 'y.py').write_text('y')
    (base / '.hidden.py').write_text('h')
    with (base / 'f.txt').open() as f:
        assert f.readline() == 'hello\n'
    assert sorted(q.name for q in base.iterdir()) == ['.hidden.py', 'f.txt', 'g.bin', 'sub']
    assert all(isinstance(q, PosixPath) for q in base.iterdir())

    def rel(paths):
        return sorted(str(q.relative_to(base)) for q in paths)

    assert rel(base.glob('*.py')) == ['.hidden.py']
    assert rel(base.glob('*')) == ['.hidden.py', 'f.txt', 'g.bin', 'sub']
    assert rel(base.rglob('*.py')) == ['.hidden.py', 'sub/deep/y.py', 'sub/x.py']
    assert rel(base.glob('**/*.py')) == ['.hidden.py', 'sub/deep/y.py', 'sub/x.py']
    assert rel(base.glob('**')) == ['.', 'sub', 'sub/deep']
    assert rel(base.glob('sub/*/*.py')) == ['sub/deep/y.py']
    assert rel(base.glob('sub/x.py')) == ['sub/x.py'] and rel(base.glob('nope/*')) == []
    assert rel(base.glob('[fg].*')) == ['f.txt', 'g.bin']
    e = raises(ValueError, lambda: list(base.glob('')))
    assert str(e) == "Unacceptable pattern: ''"
    e = raises(NotImplementedError, lambda: list(base.glob('/x')))
    assert str(e) == 'Non-relative patterns are unsupported'

    # glob: hidden files need a pattern that starts with a dot.
    def grel(paths):
        return sorted(os.path.relpath(q, d) for q in paths)

    assert grel(glob.glob(os.path.join(d, '*'))) == ['f.txt', 'g.bin', 'sub']
    assert grel(glob.glob(os.path.join(d, '.*'))) == ['.hidden.py']
    assert grel(glob.glob(os.path.join(d, '*'), include_hidden=True)) == ['.hidden.py', 'f.txt', 'g.bin', 'sub']
    assert grel(glob.glob(os.path.join(d, '**', '*.py'), recursive=True)) == ['sub/deep/y.py', 'sub/x.py']
    assert grel(glob.glob(os.path.join(d, '**', '*.py'))) == ['sub/x.py']
    assert grel(glob.glob(os.path.join(d, 's*', 'd*'))) == ['sub/deep']
    assert grel(glob.glob(os.path.join(d, 'f.txt'))) == ['f.txt'] and glob.glob(os.path.join(d, 'zz')) == []
    assert grel(glob.iglob(os.path.join(d, '?.txt'))) == ['f.txt']
    assert sorted(glob.glob('*.py', root_dir=os.path.join(d, 'sub'))) == ['x.py']
    assert sorted(glob.glob('**', root_dir=d, recursive=True)) == ['f.txt', 'g.bin', 'sub', 'sub/deep', 'sub/deep/y.py', 'sub/x.py']
    assert glob.escape('a*[b]?') == 'a[*][[]b][?]' and glob.has_magic('a[b') and not glob.has_magic('abc')

    # The file-system methods.
    assert base.exists() and (base / 'f.txt').is_file() and (base / 'sub').is_dir()
    assert not (base / 'nope').exists() and not (base / 'nope').is_file() and not (base / 'nope').is_dir()
    assert (base / 'f.txt').stat().st_size == 6 and not (base / 'f.txt').is_symlink()
    e = raises(FileExistsError, (base / 'sub').mkdir)
    assert e.errno == 17
    (base / 'sub').mkdir(exist_ok=True)
    e = raises(FileNotFoundError, (base / 'a' / 'b').mkdir)
    assert e.filename == str(base / 'a' / 'b')
    (base / 'nope').unlink(missing_ok=True)
    e = raises(FileNotFoundError, (base / 'nope').unlink)
    assert e.strerror == 'No such file or directory'
    q = (base / 'f.txt').rename(base / 'h.txt')
    assert q == base / 'h.txt' and q.exists() and not (base / 'f.txt').exists()
    (base / 'touched').touch()
    assert (base / 'touched').is_file() and (base / 'touched').stat().st_size == 0
    raises(FileExistsError, (base / 'touched').touch, exist_ok=False)
    (base / 'touched').unlink()
    (base / 'lnk').symlink_to('h.txt')
    assert (base / 'lnk').is_symlink() and (base / 'lnk').readlink() == Path('h.txt')
    assert (base / 'lnk').resolve() == (base / 'h.txt').resolve()
    (base / 'lnk').unlink()
    assert Path(d).resolve() == Path(os.path.realpath(d))
    assert Path('rel').absolute() == Path.cwd() / 'rel' and Path('/x').absolute() == Path('/x')
    assert Path('~').expanduser() == Path.home() and Path('~/a').expanduser() == Path.home() / 'a'
    assert Path.cwd() == Path(os.getcwd()) and Path('x/../y').resolve() == Path.cwd() / 'y'
    (base / 'emptydir').mkdir()
    (base / 'emptydir').rmdir()
    assert not (base / 'emptydir').exists()
    assert (base / 'h.txt').samefile(str(base / 'h.txt'))

    # shutil.
    assert shutil.copy(base / 'h.txt', base / 'sub') == os.path.join(base / 'sub', 'h.txt')
    assert sorted(os.listdir(base / 'sub')) == ['deep', 'h.txt', 'x.py']
    assert shutil.copyfile(base / 'h.txt', base / 'copy.txt') == base / 'copy.txt'
    assert (base / 'copy.txt').read_text() == 'hello\n'
    os.chmod(base / 'copy.txt', 0o640)
    shutil.copy2(base / 'copy.txt', base / 'copy2.txt')
    assert os.stat(base / 'copy2.txt').st_mode & 0o777 == 0o640
    assert os.stat(base / 'copy2.txt').st_mtime_ns == os.stat(base / 'copy.txt').st_mtime_ns
    e = raises(shutil.SameFileError, shutil.copyfile, base / 'h.txt', base / 'h.txt')
    assert isinstance(e, OSError) and str(e).endswith('are the same file')
    shutil.copytree(base / 'sub', base / 'sub2', ignore=shutil.ignore_patterns('*.py'))
    assert sorted(os.listdir(base / 'sub2')) == ['deep', 'h.txt'] and os.listdir(base / 'sub2' / 'deep') == []
    raises(FileExistsError, shutil.copytree, base / 'sub', base / 'sub2')
    shutil.copytree(base / 'sub', base / 'sub2', dirs_exist_ok=True)
    assert sorted(os.listdir(base / 'sub2')) == ['deep', 'h.txt', 'x.py']
    assert shutil.move(str(base / 'sub2'), str(base / 'sub3')) == str(base / 'sub3')
    assert not os.path.exists(base / 'sub2') and os.path.isdir(base / 'sub3')
    shutil.move(str(base / 'copy.txt'), str(base / 'sub3'))
    assert os.path.isfile(base / 'sub3' / 'copy.txt')
    shutil.rmtree(base / 'sub3')
    assert not os.path.exists(base / 'sub3')
    e = raises(FileNotFoundError, shutil.rmtree, base / 'missing')
    assert e.filename == str(base / 'missing')
    shutil.rmtree(base / 'missing', ignore_errors=True)
    calls = []
    shutil.rmtree(base / 'missing', onerror=lambda fn, path, info: calls.append((fn.__name__, info[0].__name__)))
    assert calls == [('lstat', 'FileNotFoundError')]
    os.symlink(d, base / 'dirlink')
    e = raises(OSError, shutil.rmtree, base / 'dirlink')
    assert str(e) == 'Cannot call rmtree on a symbolic link'
    os.unlink(base / 'dirlink')
    assert shutil.which('sh') in ('/bin/sh', '/usr/bin/sh') and shutil.which('no_such_program_gf') is None
    du = shutil.disk_usage(d)
    assert du.total > 0 and du.total >= du.used and du.free >= 0 and len(du) == 3
    buf_src = open(str(base / 'h.txt'))  # open(Path) needs os.PathLike support in open()
    import io
    dst = io.StringIO()
    shutil.copyfileobj(buf_src, dst)
    buf_src.close()
    assert dst.getvalue() == 'hello\n'
    assert shutil.get_terminal_size((33, 11)) in (os.terminal_size((33, 11)), shutil.get_terminal_size())

    # tempfile.
    fd, name = tempfile.mkstemp(suffix='.tmp', prefix='pre', dir=d)
    assert os.write(fd, b'abc') == 3
    os.close(fd)
    assert name.endswith('.tmp') and os.path.basename(name).startswith('pre') and os.path.getsize(name) == 3
    assert os.stat(name).st_mode & 0o777 == 0o600
    names = {tempfile.mkdtemp(dir=d) for _ in range(20)}
    assert len(names) == 20 and all(os.path.isdir(n) for n in names)
    with tempfile.TemporaryDirectory(dir=d) as td:
        assert os.path.isdir(td)
        Path(td, 'inner.txt').write_text('inside')
        keep = td
    assert not os.path.exists(keep)
    tdo = tempfile.TemporaryDirectory(suffix='_x', dir=d)
    assert tdo.name.endswith('_x') and repr(tdo) == '<TemporaryDirectory %r>' % tdo.name
    tdo.cleanup()
    assert not os.path.exists(tdo.name)
    with tempfile.NamedTemporaryFile('w', dir=d, suffix='.txt') as f:
        f.write('zz')
        f.flush()
        with open(f.name) as g:
            assert g.read() == 'zz'
        n = f.name
    assert n.endswith('.txt') and not os.path.exists(n)
    f = tempfile.NamedTemporaryFile('w', dir=d, delete=False)
    f.write('kept')
    f.close()
    assert Path(f.name).read_text() == 'kept'
    os.remove(f.name)
    assert tempfile.gettempdir() == os.path.realpath(tempfile.gettempdir()) or os.path.isdir(tempfile.gettempdir())
    assert tempfile.gettempprefix() == 'tmp'
finally:
    shutil.rmtree(d)
assert not os.path.exists(d)

print(PurePosixPath('a/b.tar.gz').suffixes, repr(PurePath('x') / 'y'), fnmatch.filter(['a', 'b'], '[a]'))
print("ok")
