"""python -m json.tool: pretty-printing options, JSON Lines, and the
error message and status of invalid input."""

import subprocess
import sys

DOC = '{"b": 1, "a": [1, 2, {"\\u00e9": null}]}'


def tool(*args, stdin=DOC):
    p = subprocess.run([sys.executable, "-m", "json.tool", *args], input=stdin,
                       capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


assert tool() == (0, '{\n    "b": 1,\n    "a": [\n        1,\n        2,\n        {\n'
                     '            "\\u00e9": null\n        }\n    ]\n}\n', "")
assert tool("--sort-keys", "--compact") == (0, '{"a":[1,2,{"\\u00e9":null}],"b":1}\n', "")
assert tool("--no-indent", "--no-ensure-ascii") == (0, '{"b": 1, "a": [1, 2, {"\u00e9": null}]}\n', "")
assert tool("--indent", "1")[1].startswith('{\n "b": 1,\n "a": [\n  1,')
assert tool("--tab")[1].startswith('{\n\t"b": 1,')
assert tool("--json-lines", "--compact", stdin='{"a":1}\n[2]\n') == (0, '{"a":1}\n[2]\n', "")
assert tool("--json-lines", stdin='{"a":1}\n\n')[0] == 1
assert tool(stdin='{"a": \n') == (1, "", "Expecting value: line 2 column 1 (char 7)\n")
print("json.tool ok")
