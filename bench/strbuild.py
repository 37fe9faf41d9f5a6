# String building and methods: records formatted with f-strings and %,
# joined into a text, then split, searched, replaced and re-cased.
# Measures str creation, concatenation, join/split and common methods.

NAMES = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]


def build(n):
    lines = []
    for i in range(n):
        name = NAMES[i % len(NAMES)]
        lines.append(f"{i:06d},{name},{name.upper()},{i * 37 % 1000:>4},%s" % ("x" * (i % 7)))
    return "\n".join(lines)


def process(text):
    total = 0
    upper = 0
    found = 0
    out = []
    for line in text.split("\n"):
        fields = line.split(",")
        total += int(fields[3])
        if fields[1].startswith("c") or fields[2].endswith("O"):
            upper += 1
        found += line.find("golf") >= 0
        key = fields[1].capitalize().replace("a", "4").center(12, ".")
        out.append(key.strip(".") + ":" + fields[4][::-1])
    return total, upper, found, "|".join(out)


def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 1000:
            s = s[500:].lower()
    return s


checksum = 0
for round_ in range(20):
    text = build(20_000 + round_)
    total, upper, found, joined = process(text)
    checksum = (checksum * 31 + total + upper * 7 + found * 13 + len(joined)) % 1_000_000_007
tail = concat(300_000)
print("checksum:", checksum)
print("tail:", len(tail), tail[-20:], tail.count("7"))
