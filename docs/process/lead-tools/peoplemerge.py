"""3-way merge of people.csv rows keyed by (name, role, office, occurrence): python peoplemerge.py BASE OURS THEIRS OUT
Rows only in THEIRS are placed after their predecessor in THEIRS' order."""
import sys, csv
from collections import Counter
def rows(p):
    lines = open(p, newline='').read().splitlines(keepends=True)
    out, order, seen = {}, [], Counter()
    for ln in lines[1:]:
        r = next(csv.reader([ln]))
        k0 = (r[0], r[3], r[4]); seen[k0] += 1; k = k0 + (seen[k0],)
        out[k] = ln; order.append(k)
    return lines[0], out, order
h, base, _ = rows(sys.argv[1]); _, ours, oorder = rows(sys.argv[2]); _, theirs, torder = rows(sys.argv[3])
keys = list(oorder)
pos = {k: i for i, k in enumerate(keys)}
prev = None
for k in torder:
    if k not in pos:
        i = keys.index(prev) + 1 if prev in keys else len(keys)
        keys.insert(i, k)
    prev = k
res, conflicts = [], 0
for k in keys:
    b, o, t = base.get(k), ours.get(k), theirs.get(k)
    if o == t: v = o
    elif o == b: v = t
    elif t == b: v = o
    else: conflicts += 1; print('CONFLICT', k, repr(o), repr(t)); v = o
    if v is not None: res.append(v)
open(sys.argv[4], 'w', newline='').write(h + ''.join(res))
print('rows', len(res), 'conflicts', conflicts)
