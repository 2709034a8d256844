"""3-way merge of operators.csv rows keyed by (platform, operator): python rowmerge.py BASE OURS THEIRS OUT"""
import sys, csv, io
def rows(p):
    data = open(p, newline='').read()
    lines = data.splitlines(keepends=True)
    out = {}
    order = []
    for ln in lines[1:]:
        r = next(csv.reader([ln]))
        k = (r[0], r[1]); out[k] = ln; order.append(k)
    return lines[0], out, order
h, base, border = rows(sys.argv[1]); _, ours, oorder = rows(sys.argv[2]); _, theirs, torder = rows(sys.argv[3])
res = []; conflicts = 0
keys = list(dict.fromkeys(oorder + torder))
for k in keys:
    b, o, t = base.get(k), ours.get(k), theirs.get(k)
    if o == t: v = o
    elif o == b: v = t
    elif t == b: v = o
    else: conflicts += 1; print('CONFLICT', k, o, t); v = o
    if v is not None and not (k in base and (o is None or t is None)): res.append(v)
open(sys.argv[4], 'w', newline='').write(h + ''.join(res))
print('rows', len(res), 'conflicts', conflicts)
