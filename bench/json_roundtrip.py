# JSON round trip: encode a mid-size document (records of strings, ints,
# floats, nested lists and dicts, some non-ASCII text) with json.dumps in
# several styles and decode it back with json.loads, many times; prints
# sizes and checksums so the output can be compared with CPython's.
import json

seed = 2024


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


WORDS = ['alpha', 'beta', 'gamma', 'delta', 'épsilon', 'zeta', 'eta', 'théta', 'iota', 'kappa',
         'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho', 'sigma', 'tau', 'upsilon', '日本', 'quote"d',
         'back\\slash', 'tab\there', 'line\nbreak']


def make_record(i):
    return {
        'id': i,
        'name': ' '.join(WORDS[rand(len(WORDS))] for _ in range(3)),
        'active': rand(2) == 0,
        'score': rand(100000) / 7.0,
        'ratio': rand(1000) / 1000.0,
        'tags': [WORDS[rand(len(WORDS))] for _ in range(rand(6))],
        'owner': None if rand(5) == 0 else {'uid': rand(10 ** 9), 'email': 'user%d@example.com' % rand(1000)},
        'history': [[rand(2000), rand(1000) * 0.25, 'ok' if rand(3) else 'fail'] for _ in range(rand(8))],
        'big': 2 ** (60 + rand(20)),
    }


doc = {'version': 3, 'generated': 'bench', 'records': [make_record(i) for i in range(700)]}

total = 0
checks = []
for rnd in range(12):
    compact = json.dumps(doc, separators=(',', ':'))
    pretty = json.dumps(doc, indent=2, sort_keys=True)
    utf8 = json.dumps(doc, ensure_ascii=False)
    back = json.loads(compact)
    back2 = json.loads(pretty)
    back3 = json.loads(utf8)
    assert back == doc and back2 == doc and back3 == doc
    total += len(compact) + len(pretty) + len(utf8)
    checks.append(sum(r['id'] for r in back['records']) + len(back2['records'][rnd]['tags']))
print('bytes', total)
print('checks', sum(checks))
print('sample', json.dumps(doc['records'][5], sort_keys=True)[:160])
