# A traceback through functions, with CPython 3.11's caret lines under
# subscripts, binary operators and calls.
def lookup(table, key):
    return table[key] + 1


def total(rows):
    return sum(lookup(r, "n") for r in rows) / len(rows)


print(total([{"n": 1}, {"n": 2}]))
print(total([{"n": 1}, {"m": 2}]))
