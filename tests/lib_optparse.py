# optparse: every action and type, abbreviations, clustering of short
# options, nargs, defaults (with %default in help), option groups, the help
# layout of both formatters, errors (usage and message on stderr, exit
# status 2), conflicts, and parsers used from many threads.
import io
import sys
import threading
from optparse import (OptionParser, OptionGroup, Option, make_option, Values,
                      OptionError, OptionConflictError, OptionValueError,
                      BadOptionError, TitledHelpFormatter,
                      IndentedHelpFormatter, SUPPRESS_HELP, SUPPRESS_USAGE)


def raises(exc, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


def fails(parser, args):
    """Runs parse_args expecting an error; returns (status, stderr)."""
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        e = raises(SystemExit, parser.parse_args, args)
        return e.code, sys.stderr.getvalue()
    finally:
        sys.stderr = old


def make():
    p = OptionParser(prog="prog", usage="%prog [options] FILE...",
                     description="Does things to files.", version="%prog 1.0",
                     formatter=IndentedHelpFormatter(width=78))
    p.add_option("-f", "--file", dest="filename", metavar="FILE",
                 help="write report to FILE")
    p.add_option("-q", "--quiet", action="store_false", dest="verbose",
                 default=True, help="don't print status messages to stdout")
    p.add_option("-n", type="int", default=3, help="how many [default: %default]")
    p.add_option("--ratio", type="float")
    p.add_option("-v", action="count", dest="verbosity")
    p.add_option("-I", "--include", action="append", default=[])
    p.add_option("--mode", choices=["fast", "slow"], default="fast",
                 help="one of fast, slow")
    p.add_option("--point", type="int", nargs=2)
    p.add_option("--debug", action="store_const", const=9, dest="level")
    p.add_option("--tag", action="append_const", const="t", dest="tags")
    p.add_option("--secret", help=SUPPRESS_HELP)
    p.add_option("--with-a-rather-long-option-name", action="store_true",
                 help="a long option whose help starts on the next line and "
                      "wraps because it goes on and on for some time")
    return p


p = make()
opts, args = p.parse_args([])
assert args == []
assert opts.filename is None and opts.verbose is True and opts.n == 3
assert opts.ratio is None and opts.verbosity is None and opts.include == []
assert opts.mode == "fast" and opts.point is None and opts.level is None
assert opts.tags is None and opts.with_a_rather_long_option_name is None

opts, args = p.parse_args(["-f", "out.txt", "a", "-qvvv", "--ratio=0.5", "b",
                           "-Iinc1", "--include", "inc2", "--inc=inc3",
                           "-n0x10", "--mode", "slow", "--point", "1", "2",
                           "--debug", "--tag", "--tag", "--", "-x", "--y"])
assert args == ["a", "b", "-x", "--y"], args
assert opts.filename == "out.txt" and opts.verbose is False
assert opts.verbosity == 3 and opts.ratio == 0.5 and opts.n == 16
assert opts.include == ["inc1", "inc2", "inc3"] and opts.mode == "slow"
assert opts.point == (1, 2) and opts.level == 9 and opts.tags == ["t", "t"]
assert p.parse_args(["-n", "010"])[0].n == 8
assert p.parse_args(["-n", "0b101"])[0].n == 5
assert p.parse_args(["-n", "-7"])[0].n == -7
assert p.parse_args(["--file=x=y"])[0].filename == "x=y"
assert p.parse_args(["-fvalue"])[0].filename == "value"
assert p.parse_args(["--qu"])[0].verbose is False
assert isinstance(opts, Values)
assert str(Values({"a": 1})) == "{'a': 1}"
assert Values({"a": 1}) == {"a": 1} and Values({"a": 1}) == Values({"a": 1})
assert repr(Values()).startswith("<Values at 0x")

# Interspersed arguments can be turned off.
q = OptionParser()
q.add_option("-a", action="store_true")
q.disable_interspersed_args()
assert q.parse_args(["-a", "x", "-a"])[1] == ["x", "-a"]
q.enable_interspersed_args()
assert q.parse_args(["-a", "x", "-a"])[1] == ["x"]

# Callbacks.
seen = []
def cb(option, opt_str, value, parser, *a, **kw):
    seen.append((str(option), opt_str, value, a, kw, parser.rargs[:]))
    setattr(parser.values, option.dest, value * 2)
c = OptionParser()
c.add_option("-c", "--call", action="callback", callback=cb, type="int",
             dest="called", callback_args=(1,), callback_kwargs={"k": 2})
o, a = c.parse_args(["--call", "4", "rest"])
assert o.called == 8 and seen == [("-c/--call", "--call", 4, (1,), {"k": 2}, ["rest"])], seen

# Help output.
help_text = p.format_help()
expected = """\
Usage: prog [options] FILE...

Does things to files.

Options:
  --version             show program's version number and exit
  -h, --help            show this help message and exit
  -f FILE, --file=FILE  write report to FILE
  -q, --quiet           don't print status messages to stdout
  -n N                  how many [default: 3]
  --ratio=RATIO         $
  -v                    $
  -I INCLUDE, --include=INCLUDE
  --mode=MODE           one of fast, slow
  --point=POINT         $
  --debug               $
  --tag                 $
  --with-a-rather-long-option-name
                        a long option whose help starts on the next line and
                        wraps because it goes on and on for some time
""".replace("$\n", "\n")
assert help_text == expected, help_text
assert p.get_usage() == "Usage: prog [options] FILE...\n"
assert p.get_version() == "prog 1.0"

g = OptionParser(prog="tool", add_help_option=False, epilog="See the manual for more.",
                 formatter=IndentedHelpFormatter(width=60))
g.add_option("-x", action="store_true", help="the x")
grp = OptionGroup(g, "Dangerous Options",
                  "Caution: use these options at your own risk.  It is "
                  "believed that some of them bite.")
grp.add_option("-g", action="store_true", help="Group option.")
g.add_option_group(grp)
grp2 = g.add_option_group("Empty")
assert g.get_option_group("-g") is grp and g.get_option_group("-x") is None
assert g.format_help() == """\
Usage: tool [options]

Options:
  -x    the x

  Dangerous Options:
    Caution: use these options at your own risk.  It is
    believed that some of them bite.

    -g  Group option.

  Empty:

See the manual for more.
""", g.format_help()

t = OptionParser(prog="tt", formatter=TitledHelpFormatter(width=60))
t.add_option("-o", "--output", help="where to write")
assert t.format_help() == """\
Usage
=====
  tt [options]

Options
=======
--help, -h              show this help message and exit
--output=OUTPUT, -o OUTPUT
                        where to write
""", t.format_help()

# --help and --version print and exit 0.
out = io.StringIO()
old = sys.stdout
sys.stdout = out
try:
    assert raises(SystemExit, p.parse_args, ["--version"]).code in (0, None)
    assert raises(SystemExit, p.parse_args, ["-h"]).code in (0, None)
finally:
    sys.stdout = old
assert out.getvalue() == "prog 1.0\n" + expected

# Errors: usage, a blank line, then "prog: error: message".
assert fails(p, ["--nope"]) == (2, "Usage: prog [options] FILE...\n\nprog: error: no such option: --nope\n")
assert fails(p, ["-z"])[1].endswith("prog: error: no such option: -z\n")
assert fails(p, ["-n", "x"])[1].endswith("error: option -n: invalid integer value: 'x'\n")
assert fails(p, ["--ratio", "y"])[1].endswith("error: option --ratio: invalid floating-point value: 'y'\n")
assert fails(p, ["--mode", "medium"])[1].endswith(
    "error: option --mode: invalid choice: 'medium' (choose from 'fast', 'slow')\n")
assert fails(p, ["-f"])[1].endswith("error: -f option requires 1 argument\n")
assert fails(p, ["--point", "1"])[1].endswith("error: --point option requires 2 arguments\n")
assert fails(p, ["--quiet=1"])[1].endswith("error: --quiet option does not take a value\n")
assert fails(p, ["--i"])[1].endswith("error: --include option requires 1 argument\n")
amb = OptionParser(prog="a")
amb.add_option("--alpha")
amb.add_option("--alps")
assert fails(amb, ["--al"])[1].endswith("a: error: ambiguous option: --al (--alpha, --alps?)\n")
nousage = OptionParser(prog="n", usage=SUPPRESS_USAGE)
assert fails(nousage, ["-k"]) == (2, "n: error: no such option: -k\n")

# Building options wrongly.
assert str(raises(OptionError, Option, "-")) == \
    "invalid option string '-': must be at least two characters long"
assert str(raises(OptionError, Option, "--x", type="choice", choices="ab")) == \
    "option --x: choices must be a list of strings ('str' supplied)"
assert str(raises(OptionError, Option, "--x", action="jump")) == "option --x: invalid action: 'jump'"
assert str(raises(OptionError, Option, "--x", type="bool")) == "option --x: invalid option type: 'bool'"
assert str(raises(OptionError, Option, "--x", action="count", type="int")) == \
    "option --x: must not supply a type for action 'count'"
assert str(raises(OptionError, Option, "--x", bogus=1, other=2)) == \
    "option --x: invalid keyword arguments: bogus, other"
assert str(raises(OptionError, Option, "--x", type="choice")) == \
    "option --x: must supply a list of choices for type 'choice'"
assert str(raises(OptionError, Option, "--x", action="callback", callback=3)) == \
    "option --x: callback not callable: 3"
assert Option("--x", type=int).type == "int" and Option("--y", type=str).type == "string"
assert make_option("-a", "--all-things").dest == "all_things"
assert Option("-a").dest == "a" and Option("-a", action="help").dest is None
e = raises(OptionConflictError, p.add_option, "-f", "--file")
assert str(e) == "option -f/--file: conflicting option string(s): -f, --file", str(e)
r = OptionParser(conflict_handler="resolve")
first = r.add_option("-f", "--file", dest="first")
r.add_option("-f", dest="second")
assert first._short_opts == [] and r.get_option("-f").dest == "second"
assert r.get_option("--file") is first
r.remove_option("--file")
assert not r.has_option("--file") and r.has_option("-f")
raises(ValueError, r.remove_option, "--file")
raises(TypeError, r.add_option, 3)

# Defaults: set_defaults, string defaults converted by type.
d = OptionParser()
d.add_option("-n", type="int", default="7")
d.add_option("-m", dest="mode")
d.set_defaults(mode="auto")
o, _ = d.parse_args([])
assert o.n == 7 and o.mode == "auto"
d.set_process_default_values(False)
assert d.parse_args([])[0].n == "7"
assert d.parse_args([], values=Values({"n": 1, "mode": "m"}))[0].n == 1

# Many threads each parsing with their own parser and a shared one.
shared = make()
errors = []
def worker(k):
    try:
        own = make()
        for i in range(50):
            o, a = own.parse_args(["-n", str(i), "-v", "x%d" % k])
            assert o.n == i and a == ["x%d" % k] and o.verbosity == 1
            o, a = shared.parse_args(["--mode=slow", "-n", str(k)])
            assert o.mode == "slow" and o.n == k
            assert own.format_help() == expected
    except Exception as e:
        errors.append(e)
threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
assert not errors, errors
print("optparse ok")
