# Regular expressions: the everyday uses of re on a generated text. Finds
# every word (findall), replaces numbers (sub with a template and with a
# function), searches lines for email-like addresses, parses key=value
# records with groups (many small matches: the cost of a call), and splits.
import re

SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze"]
DOMAINS = ["example.com", "mail.org", "post.net"]


def make_lines(n, seed):
    state = seed
    lines = []
    for i in range(n):
        parts = []
        for _ in range(8):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = state >> 16
            k = r % 10
            if k == 0:
                parts.append(str(r % 1000))
            elif k == 1 and i % 7 == 0:
                parts.append("%s.%s@%s" % (SYLLABLES[r % 10], SYLLABLES[(r >> 4) % 10],
                                           DOMAINS[r % 3]))
            else:
                parts.append(SYLLABLES[r % 10] + SYLLABLES[(r >> 3) % 10])
        lines.append(" ".join(parts) + ("," if i % 3 else "."))
    return lines


lines = make_lines(10_000, 11) * 3
text = "\n".join(lines)

# 1. Every word of the text.
words = re.findall(r"\w+", text)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print("words", len(words), len(counts), max(counts.values()))

# 2. Numbers replaced, by template and by function.
masked = re.sub(r"\d+", "#", text)
doubled = re.sub(r"\d+", lambda m: str(2 * int(m.group())), text)
print("sub", len(masked), masked.count("#"), len(doubled))

# 3. Email-like addresses, line by line.
email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
found = 0
domains = {}
for line in lines:
    m = email.search(line)
    if m:
        found += 1
        d = m.group().split("@")[1]
        domains[d] = domains.get(d, 0) + 1
print("emails", found, sorted(domains.items()))

# 4. key=value records: many small matches with groups.
records = ["%s=%d;%s" % (SYLLABLES[i % 10] * (1 + i % 3), i, "x" * (i % 5)) for i in range(60_000)]
record = re.compile(r"(?P<key>[a-z]+)=(?P<value>\d+);(x*)$")
total = 0
keys = set()
for rec in records:
    m = record.match(rec)
    total += int(m.group("value")) + len(m.group(3))
    keys.add(m["key"])
print("records", total, len(keys))

# 5. Splitting on punctuation and runs of spaces, and a case-blind count.
pieces = 0
for line in lines[:10_000]:
    pieces += len(re.split(r"[\s,.]+", line))
print("split", pieces, len(re.findall(r"\bKA\w*", text, re.IGNORECASE)))
