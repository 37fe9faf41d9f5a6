"""CPython's side of frontbench: how long compile() takes on a corpus.

Reads file paths from standard input, one per line, and the number of
runs from argv[1]. Reads every file into memory first, compiles each once
(reporting the ones compile() rejects as "REJECT<TAB>path"), then times
compile(source, path, "exec") over all the others, runs times, printing
"TIME<TAB>seconds" after each run.
"""

import sys
import time
import warnings


def main():
    warnings.simplefilter("ignore")
    runs = int(sys.argv[1])
    paths = [line.rstrip("\n") for line in sys.stdin if line.strip()]
    sources = []
    for path in paths:
        with open(path, "rb") as f:
            sources.append((path, f.read()))
    accepted = []
    for path, source in sources:
        try:
            compile(source, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            print("REJECT\t" + path, flush=True)
            continue
        accepted.append((path, source))
    for _ in range(runs):
        start = time.perf_counter()
        for path, source in accepted:
            compile(source, path, "exec", dont_inherit=True)
        print("TIME\t%.6f" % (time.perf_counter() - start), flush=True)


main()
