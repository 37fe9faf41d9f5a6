# `if x is y` / `if x is not y` (IS_OP + POP_JUMP_IF_*) and `if a is None`
# / `while a is not None` with a a local (LOAD_FAST_BORROW +
# POP_JUMP_IF_NONE / _NOT_NONE) run as superinstructions: both senses,
# counted and borrowed operands, a jump into the middle of the pair's
# loop, and an unbound local raising at the right line.

import sys


class Node:
    def __init__(self, value, link=None):
        self.value = value
        self.link = link


SENTINEL = object()


def classify(x, y):
    out = []
    if x is y:
        out.append("is")
    if x is not y:
        out.append("is not")
    if x is None:
        out.append("None")
    if x is not None:
        out.append("not None")
    if [x][0] is SENTINEL:  # a counted operand (the list's item)
        out.append("sentinel")
    if not (x is y):
        out.append("not is")
    return out


assert classify(None, None) == ["is", "None"], classify(None, None)
assert classify(1, None) == ["is not", "not None", "not is"], classify(1, None)
assert classify(SENTINEL, SENTINEL) == ["is", "not None", "sentinel"], classify(SENTINEL, SENTINEL)
big = 10**30
assert classify(big, big) == ["is", "not None"]
assert classify(big, 10**30 + 0 * len(sys.argv)) == ["is not", "not None", "not is"]


def walk(head):
    n = 0
    node = head
    while node is not None:
        n += node.value
        node = node.link
    return n


chain = None
for i in range(1, 101):
    chain = Node(i, chain)
assert walk(chain) == 5050
assert walk(None) == 0


def count_nones(items):
    # The loop's head is the LOAD_FAST_BORROW of the pair: the back edge
    # jumps to the pair's first word.
    n = 0
    for x in items:
        if x is None:
            n += 1
            continue
        if x is not None and x is items:
            n += 100
    return n


lst = [None, 1, None, "a", None]
lst.append(lst)
assert count_nones(lst) == 103


def unbound(flag):
    if flag:
        a = 1
    if a is None:  # line checked below
        return "none"
    return "set"


assert unbound(True) == "set"
try:
    unbound(False)
except UnboundLocalError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    assert tb.tb_frame.f_code.co_name == "unbound"
    with open(__file__) as fh:
        assert "if a is None:" in fh.read().splitlines()[tb.tb_lineno - 1]
    assert "'a'" in str(e), str(e)
else:
    raise AssertionError("no UnboundLocalError")


def unbound_not_none(flag):
    if flag:
        a = 1
    while a is not None:
        return "set"
    return "none"


assert unbound_not_none(True) == "set"
try:
    unbound_not_none(False)
except UnboundLocalError as e:
    with open(__file__) as fh:
        line = fh.read().splitlines()[e.__traceback__.tb_next.tb_lineno - 1]
    assert "while a is not None:" in line, line
else:
    raise AssertionError("no UnboundLocalError")

print("ok")
