"""python -m unittest: run tests named on the command line (modules,
classes, methods or files), or discover them below a directory."""

import sys

from .main import main

if sys.argv[0].endswith('__main__.py'):
    sys.argv[0] = 'python -m unittest'
main(module=None)
