# argparse: parse results, help and usage text, errors (message and exit
# status 2), subparsers, groups, formatter classes.
import argparse
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def capture(fn, *args):
    """Run fn; return (exit code or None, stdout, stderr, result)."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    code = result = None
    try:
        result = fn(*args)
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout, sys.stderr = saved
    return code, out.getvalue(), err.getvalue(), result


def error_of(parser, argv):
    code, out, err, _ = capture(parser.parse_args, argv)
    assert code == 2 and out == '', (code, out)
    return err.splitlines()[-1]


def raises(exc, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError('%s not raised' % exc.__name__)


NS = argparse.Namespace

# Namespace ----------------------------------------------------------------------
ns = NS(a=1, b='x')
assert repr(ns) == "Namespace(a=1, b='x')"
assert ns == NS(a=1, b='x') and ns != NS(a=1)
assert 'a' in ns and 'c' not in ns
assert repr(NS(**{'not valid': 1, 'ok': 2})) == "Namespace(ok=2, **{'not valid': 1})"
assert vars(NS(z=1)) == {'z': 1}

# optionals and positionals ----------------------------------------------------
p = argparse.ArgumentParser(prog='t')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out')
p.add_argument('-n', '--num', type=int, default=3)
p.add_argument('-f', '--flag', action='store_true')
p.add_argument('--no-cache', dest='cache', action='store_false')
p.add_argument('-I', action='append', dest='include')
p.add_argument('--const', action='append_const', const='C', dest='consts')
p.add_argument('-v', action='count')
p.add_argument('--ratio', type=float)
p.add_argument('--pair', nargs=2, metavar=('A', 'B'))
p.add_argument('--many', nargs='*')
p.add_argument('--some', nargs='+', choices=['x', 'y'])
p.add_argument('--maybe', nargs='?', const='C', default='D')
assert p.parse_args(['a']) == NS(src='a', dst='out', num=3, flag=False, cache=True, include=None,
                                 consts=None, v=None, ratio=None, pair=None, many=None, some=None, maybe='D')
r = p.parse_args(['a', 'b', '-n', '7', '-f', '--no-cache', '-I', 'x', '-Iy', '--const', '--const',
                  '-vvv', '--ratio=2.5', '--pair', '1', '2', '--many', '--some', 'x', 'y', '--maybe'])
assert (r.src, r.dst, r.num, r.flag, r.cache, r.include, r.consts, r.v, r.ratio, r.pair, r.many, r.some, r.maybe) == (
    'a', 'b', 7, True, False, ['x', 'y'], ['C', 'C'], 3, 2.5, ['1', '2'], [], ['x', 'y'], 'C')
assert p.parse_args(['--maybe', 'q', 'a']).maybe == 'q'
assert p.parse_args(['--num', '-5', 'a']).num == -5
assert p.parse_args(['--nu', '4', 'a']).num == 4
assert p.parse_args(['a', '-fn5']).num == 5
assert p.parse_args(['--', '-a']).src == '-a'
assert p.parse_known_args(['a', '--zzz', 'b', 'c']) == (p.parse_args(['a']), ['--zzz', 'b', 'c'])
print(p.parse_args(['x', '-vv', '-I', 'i']))

assert error_of(p, []) == 't: error: the following arguments are required: src'
assert error_of(p, ['a', '-n', 'x']) == "t: error: argument -n/--num: invalid int value: 'x'"
assert error_of(p, ['a', '--ratio', 'z']) == "t: error: argument --ratio: invalid float value: 'z'"
assert error_of(p, ['a', '-n']) == 't: error: argument -n/--num: expected one argument'
assert error_of(p, ['a', '--pair', '1']) == 't: error: argument --pair: expected 2 arguments'
assert error_of(p, ['a', '--some']) == 't: error: argument --some: expected at least one argument'
assert error_of(p, ['a', '--some', 'z']) == "t: error: argument --some: invalid choice: 'z' (choose from 'x', 'y')"
assert error_of(p, ['a', 'b', 'c']) == 't: error: unrecognized arguments: c'
assert error_of(p, ['a', '--flag=1']) == "t: error: argument -f/--flag: ignored explicit argument '1'"
assert error_of(p, ['a', '--n', '1']) == 't: error: ambiguous option: --n could match --num, --no-cache'
code, out, err, _ = capture(p.parse_args, ['--bad'])
assert code == 2
print(err, end='')

# help output -----------------------------------------------------------------------
code, out, err, _ = capture(p.parse_args, ['-h'])
assert code == 0 and err == ''
print(out, end='')
assert out == p.format_help()
assert p.format_usage().startswith('usage: t [-h] [-n NUM] [-f] [--no-cache] [-I INCLUDE] [--const] [-v]\n')

q = argparse.ArgumentParser(prog='calc', description='Compute things.   Spaces   collapse.',
                            epilog='Bye %(prog)s.')
q.add_argument('x', type=int, help='the first number (%(type)s)')
q.add_argument('op', choices=['add', 'mul'], help='operation: %(choices)s')
q.add_argument('--scale', default=1.5, type=float, help='scale (default: %(default)s)')
q.add_argument('--secret', help=argparse.SUPPRESS)
q.add_argument('--output-directory-for-results', metavar='DIR', help='a very long help text ' * 6)
grp = q.add_argument_group('tuning', 'Knobs for tuning.')
grp.add_argument('--level', type=int, choices=range(1, 4), help='level')
mx = q.add_mutually_exclusive_group(required=True)
mx.add_argument('--fast', action='store_true')
mx.add_argument('--slow', action='store_true')
q.add_argument('--version', action='version', version='%(prog)s 1.0')
help_text = q.format_help()
print(help_text, end='')
assert help_text.startswith('usage: calc [-h] [--scale SCALE] [--output-directory-for-results DIR]\n')
assert '  --secret' not in help_text
assert q.parse_args(['2', 'mul', '--fast', '--level', '2']) == NS(
    x=2, op='mul', scale=1.5, secret=None, output_directory_for_results=None, level=2, fast=True, slow=False)
assert error_of(q, ['2', 'add']) == 'calc: error: one of the arguments --fast --slow is required'
assert error_of(q, ['2', 'add', '--fast', '--slow']) == 'calc: error: argument --slow: not allowed with argument --fast'
assert error_of(q, ['2', 'div', '--fast']) == "calc: error: argument op: invalid choice: 'div' (choose from 'add', 'mul')"
assert error_of(q, ['2', 'add', '--fast', '--level', '9']) == (
    'calc: error: argument --level: invalid choice: 9 (choose from 1, 2, 3)')
code, out, err, _ = capture(q.parse_args, ['--version'])
assert (code, out, err) == (0, 'calc 1.0\n', '')

# subparsers ------------------------------------------------------------------------
git = argparse.ArgumentParser(prog='git')
git.add_argument('--git-dir')
subs = git.add_subparsers(dest='command', title='commands', description='What to do.', required=True)
commit = subs.add_parser('commit', help='record changes')
commit.add_argument('-m', '--message', required=True)
commit.add_argument('--amend', action='store_true')
commit.set_defaults(handler='do_commit')
add = subs.add_parser('add', aliases=['stage'], help='add files')
add.add_argument('paths', nargs='+')
push = subs.add_parser('push')
push.add_argument('remote', nargs='?', default='origin')
push.add_argument('rest', nargs=argparse.REMAINDER)
assert git.parse_args(['commit', '-m', 'hi']) == NS(git_dir=None, command='commit', message='hi', amend=False,
                                                   handler='do_commit')
assert git.parse_args(['--git-dir', 'd', 'stage', 'a', 'b']) == NS(git_dir='d', command='stage', paths=['a', 'b'])
assert git.parse_args(['push']) == NS(git_dir=None, command='push', remote='origin', rest=[])
assert git.parse_args(['push', 'up', '--force', 'x']) == NS(git_dir=None, command='push', remote='up',
                                                           rest=['--force', 'x'])
assert error_of(git, []) == 'git: error: the following arguments are required: command'
assert error_of(git, ['fetch']) == (
    "git: error: argument command: invalid choice: 'fetch' (choose from 'commit', 'add', 'stage', 'push')")
assert error_of(git, ['commit']) == 'git commit: error: the following arguments are required: -m/--message'
assert error_of(git, ['add', 'x', '--bogus']) == 'git: error: unrecognized arguments: --bogus'
print(git.format_help(), end='')
print(commit.format_help(), end='')
print(add.format_usage(), end='')
nested = argparse.ArgumentParser(prog='tool')
nested.add_argument('target')
nsub = nested.add_subparsers()
nsub.add_parser('run').add_argument('--fast', action='store_true')
assert nested.parse_args(['t', 'run', '--fast']) == NS(target='t', fast=True)
print(nsub.choices['run'].format_usage(), end='')

# nargs patterns ------------------------------------------------------------------------
r = argparse.ArgumentParser(prog='r')
r.add_argument('first', nargs='?')
r.add_argument('middle', nargs='*')
r.add_argument('last')
assert r.parse_args(['z']) == NS(first=None, middle=[], last='z')
assert r.parse_args(['a', 'z']) == NS(first='a', middle=[], last='z')
assert r.parse_args(['a', 'b', 'c', 'z']) == NS(first='a', middle=['b', 'c'], last='z')
n = argparse.ArgumentParser(prog='n')
n.add_argument('x', nargs=2, type=int)
n.add_argument('-1', dest='one', action='store_true')
assert n.parse_args(['3', '4', '-1']) == NS(x=[3, 4], one=True)
assert error_of(n, ['3', '-5']) == 'n: error: the following arguments are required: x'
neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('v', type=float)
assert neg.parse_args(['-2.5']).v == -2.5

# formatter classes, usage=, defaults, parents ------------------------------------------
f = argparse.ArgumentParser(prog='fmt', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='line one\n  indented two\n', usage='%(prog)s [opts]')
f.add_argument('--n', type=int, default=2, help='a number')
print(f.format_help(), end='')
d = argparse.ArgumentParser(prog='dflt', formatter_class=argparse.ArgumentDefaultsHelpFormatter, add_help=False)
d.add_argument('--size', default=10, help='the size')
d.add_argument('name', nargs='?', default='anon', help='who')
print(d.format_help(), end='')
t = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter)
t.add_argument('--x', help='first\n  second')
print(t.format_help(), end='')
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--common', default='c')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('--own')
assert child.parse_args([]) == NS(common='c', own=None)
child.set_defaults(own='o', extra=1)
assert child.parse_args([]) == NS(common='c', own='o', extra=1)
assert child.get_default('extra') == 1

# errors without exiting, and bad definitions ---------------------------------------------
e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('--n', type=int)
msg = raises(argparse.ArgumentError, e.parse_args, ['--n', 'x'])
assert msg == "argument --n: invalid int value: 'x'"


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % value)
    return value


e2 = argparse.ArgumentParser(prog='e2')
e2.add_argument('n', type=positive)
assert error_of(e2, ['-3']) == 'e2: error: argument n: -3 is not positive'
assert e2.parse_args(['4']).n == 4
assert raises(ValueError, e2.add_argument, 'bad', action='nope') == 'unknown action "nope"'
assert raises(ValueError, e2.add_argument, '--k', nargs=0) == (
    'nargs for store actions must be != 0; if you have nothing to store, actions such as store true '
    'or store const may be more appropriate')
assert raises(argparse.ArgumentError, e2.add_argument, '-h') == 'argument -h: conflicting option string: -h'
assert raises(TypeError, e2.add_argument, 'pos', required=True) == "'required' is an invalid argument for positionals"
assert raises(ValueError, e2.add_argument, 'x', '--y') == "invalid option string 'x': must start with a character '-'"
act = e2.add_argument('--opt', default=5)
assert repr(act) == ("_StoreAction(option_strings=['--opt'], dest='opt', nargs=None, const=None, default=5, "
                     "type=None, choices=None, required=False, help=None, metavar=None)")
assert repr(argparse.ArgumentParser(prog='rp')) == (
    "ArgumentParser(prog='rp', usage=None, description=None, "
    "formatter_class=<class 'argparse.HelpFormatter'>, conflict_handler='error', add_help=True)")
b = argparse.ArgumentParser(prog='b')
b.add_argument('--feature', action=argparse.BooleanOptionalAction, default=True, help='use it')
assert b.parse_args(['--no-feature']).feature is False
assert b.parse_args([]).feature is True
print(b.format_help(), end='')
ext = argparse.ArgumentParser(prog='ext')
ext.add_argument('--i', action='extend', nargs='+', type=int)
assert ext.parse_args(['--i', '1', '2', '--i', '3']).i == [1, 2, 3]
long_prog = argparse.ArgumentParser(prog='a-program-with-a-rather-long-name-indeed-yes')
for name in ('alpha', 'beta', 'gamma', 'delta', 'epsilon'):
    long_prog.add_argument('--' + name, metavar=name.upper() * 2)
long_prog.add_argument('inputs', nargs='+')
long_prog.add_argument('output')
print(long_prog.format_usage(), end='')

# intermixed parsing ----------------------------------------------------------------------
im = argparse.ArgumentParser(prog='im')
im.add_argument('--foo')
im.add_argument('cmd')
im.add_argument('rest', nargs='*', type=int)
assert im.parse_intermixed_args('doit 1 --foo bar 2 3'.split()) == NS(foo='bar', cmd='doit', rest=[1, 2, 3])
assert im.parse_known_intermixed_args('doit 1 --foo bar 2 --zz 3'.split()) == (
    NS(foo='bar', cmd='doit', rest=[1, 2]), ['--zz', '3'])
assert im.parse_known_args('doit 1 --foo bar 2 3'.split()) == (NS(foo='bar', cmd='doit', rest=[1]), ['2', '3'])
assert error_of(im, ['--foo', 'x']) == 'im: error: the following arguments are required: cmd, rest'
print('ok')
