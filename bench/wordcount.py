# Dict and list work: count the words of a generated text with a dict,
# group and sort records by several keys, and build indexes. Measures dict
# lookups and stores with str keys, list appends, sorting with keys.

SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze"]


def words(n, seed):
    state = seed
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + (state >> 16) % 4
        w = ""
        for _ in range(k):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            w += SYLLABLES[(state >> 16) % 10]
        out.append(w)
    return out


text = words(400_000, 7)
counts = {}
for w in text:
    counts[w] = counts.get(w, 0) + 1

by_length = {}
for w, c in counts.items():
    by_length.setdefault(len(w), []).append((w, c))

records = [{"word": w, "count": c, "first": w[:2], "len": len(w)} for w, c in counts.items()]
records.sort(key=lambda r: (-r["count"], r["word"]))
top = [r["word"] for r in records[:5]]
by_first = sorted(records, key=lambda r: (r["first"], r["len"], r["word"]))
positions = {}
for i, w in enumerate(text):
    if w in counts and counts[w] > 60:
        positions.setdefault(w, []).append(i)
pairs = {}
for a, b in zip(text, text[1:]):
    key = (a, b)
    pairs[key] = pairs.get(key, 0) + 1
common_pair = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))

print("distinct:", len(counts), "top:", top)
print("lengths:", sorted((k, len(v)) for k, v in by_length.items()))
print("first by prefix:", by_first[0]["word"], "last:", by_first[-1]["word"])
print("indexed:", len(positions), sum(len(v) for v in positions.values()))
print("pairs:", len(pairs), "most common pair:", common_pair)
