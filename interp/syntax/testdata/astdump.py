"""CPython's side of gilfree's AST conformance test (conformance_test.go).

    python3 astdump.py hashes [SUBSTRING]
        Prints the standard library's directory, then one line per .py file
        below it (site-packages left out, sorted, paths relative to it, only
        those containing SUBSTRING if given), tab-separated:
            PATH  OK   SHA256(dump)  SHA256(dump with attributes)
            PATH  ERR  EXCEPTION-CLASS  LINENO  MESSAGE
        where dump is what `python3 -m ast PATH` prints, that is
        ast.dump(ast.parse(source, PATH, type_comments=True), indent=3), and
        the second one what `python3 -m ast -a PATH` prints.

    python3 astdump.py dump ATTRS PATH...
        For each PATH (relative to the standard library), prints the length
        in bytes of its dump as a decimal line, then the dump itself, in
        UTF-8; with ATTRS=1 the dump includes the attributes.
"""

import ast
import hashlib
import os
import sys
import sysconfig

ROOT = sysconfig.get_paths()["stdlib"]


def parse(rel):
    path = os.path.join(ROOT, rel)
    with open(path, "rb") as f:
        source = f.read()
    return ast.parse(source, path, type_comments=True)


def sha(text):
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def files(substring):
    out = []
    for d, dirs, names in os.walk(ROOT):
        dirs[:] = sorted(x for x in dirs if x != "site-packages")
        for name in sorted(names):
            if name.endswith(".py"):
                rel = os.path.relpath(os.path.join(d, name), ROOT)
                if substring in rel:
                    out.append(rel)
    return out


def hashes(substring):
    out = sys.stdout
    out.write(ROOT + "\n")
    for rel in files(substring):
        try:
            tree = parse(rel)
        except (SyntaxError, ValueError) as e:
            msg = str(getattr(e, "msg", e)).replace("\t", " ").replace("\n", " ")
            out.write("%s\tERR\t%s\t%s\t%s\n" % (rel, type(e).__name__, getattr(e, "lineno", 0) or 0, msg))
            continue
        plain = sha(ast.dump(tree, indent=3))
        attrs = sha(ast.dump(tree, include_attributes=True, indent=3))
        out.write("%s\tOK\t%s\t%s\n" % (rel, plain, attrs))


def dump(attrs, rels):
    out = sys.stdout.buffer
    for rel in rels:
        text = ast.dump(parse(rel), include_attributes=attrs, indent=3)
        data = text.encode("utf-8", "surrogatepass")
        out.write(b"%d\n" % len(data))
        out.write(data)


if __name__ == "__main__":
    if sys.argv[1] == "hashes":
        hashes(sys.argv[2] if len(sys.argv) > 2 else "")
    else:
        dump(sys.argv[2] == "1", sys.argv[3:])
