"""CPython's answers for the differential test of the regular-expression engine.

Reads a JSON list of cases from standard input, each
{"p": pattern, "f": flags, "s": subject, "op": operation, "r": replacement,
 "b": bytes?, "pos": pos, "end": endpos}, and writes one JSON list of answers, each the
text the Go test builds for the same case. Bytes patterns and subjects travel as
latin-1 text.
"""
import json
import re
import sys


def spans(m):
    if m is None:
        return "None"
    return "%s li=%s" % ([m.span(i) for i in range(m.re.groups + 1)], m.lastindex)


def text(x):
    if x is None:
        return "<None>"
    if isinstance(x, bytes):
        return x.decode("latin-1")
    return x


def answer(case):
    enc = (lambda x: x.encode("latin-1")) if case["b"] else (lambda x: x)
    try:
        p = re.compile(enc(case["p"]), case["f"])
    except re.error as e:
        return "error %r at %s" % (e.msg, e.pos)
    except (OverflowError, ValueError) as e:
        return "%s: %s" % (type(e).__name__, e)
    s = enc(case["s"])
    op = case["op"]
    pos, end = case["pos"], case["end"]
    try:
        if op == "compile":
            return "ok %d %s" % (p.groups, sorted(p.groupindex.items()))
        if op == "search":
            return spans(p.search(s, pos, end))
        if op == "match":
            return spans(p.match(s, pos, end))
        if op == "fullmatch":
            return spans(p.fullmatch(s, pos, end))
        if op == "findall":
            return "[%s]" % "; ".join(spans(m) for m in p.finditer(s, pos, end))
        if op == "sub":
            r, n = p.subn(enc(case["r"]), s, case["n"])
            return "%s #%d" % (text(r), n)
        if op == "split":
            return "|".join(text(x) for x in p.split(s, case["n"]))
    except re.error as e:
        return "error %r at %s" % (e.msg, e.pos)
    except IndexError as e:
        return "IndexError: %s" % e
    raise ValueError(op)


json.dump([answer(c) for c in json.load(sys.stdin)], sys.stdout)
