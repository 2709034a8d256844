"""Count-only: per (type, rule), pooled tp/fp and the number of distinct halves where it gives a tp;
how much of the pooled tp comes from rules that give tp in few halves. python rulespread.py RP.json [HELDOUT.json]"""
import json, sys
from collections import defaultdict, Counter
def load(p):
    tp, fp, halves = Counter(), Counter(), defaultdict(set)
    for h in json.load(open(p)):
        for it in h['items']:
            for r in it['rules']:
                key = (it['type'], r)
                if it['kind'] == 'tp':
                    tp[key] += 1; halves[key].add(h['half'])
                elif it['kind'] in ('fp', 'fpj'):
                    fp[key] += 1
    return tp, fp, halves
tp, fp, halves = load(sys.argv[1])
rules = set(tp) | set(fp)
buckets = Counter(); btp = Counter(); bfp = Counter()
for k in rules:
    n = len(halves[k]); b = '0' if n == 0 else '1' if n == 1 else '2-4' if n < 5 else '5-9' if n < 10 else '10+'
    buckets[b] += 1; btp[b] += tp[k]; bfp[b] += fp[k]
print('rules by number of dev halves with a tp: bucket rules tp fp')
for b in ['0', '1', '2-4', '5-9', '10+']:
    print(f'{b:5} {buckets[b]:5} {btp[b]:6} {bfp[b]:5}')
if len(sys.argv) > 2:
    htp, hfp, _ = load(sys.argv[2])
    hb = Counter(); hbf = Counter()
    for k in set(htp) | set(hfp):
        n = len(halves.get(k, ())); b = '0' if n == 0 else '1' if n == 1 else '2-4' if n < 5 else '5-9' if n < 10 else '10+'
        hb[b] += htp[k]; hbf[b] += hfp[k]
    print('held-out tp / fp by the same dev bucket of the rule')
    for b in ['0', '1', '2-4', '5-9', '10+']:
        print(f'{b:5} {hb[b]:6} {hbf[b]:5}')
