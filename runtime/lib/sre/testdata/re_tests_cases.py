"""Print the (pattern, subject) pairs of CPython's own regular-expression
test table (test.re_tests) as JSON, for the differential test; print an
empty list when the table is not installed."""
import json
import sys

try:
    from test import re_tests
except ImportError:
    json.dump([], sys.stdout)
else:
    json.dump([[t[0], t[1]] for t in re_tests.tests if isinstance(t[0], str)], sys.stdout)
