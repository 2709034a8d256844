"""Count-only: if every relation whose producing rules ALL give a true relation in at most N dev halves were
dropped, how would tp/fp change (pooled dev, and on a second run's halves)? python prunesim.py DEV.json [OTHER.json]"""
import json, sys
from collections import defaultdict
dev = json.load(open(sys.argv[1]))
halves = defaultdict(set)
for h in dev:
    for it in h['items']:
        if it['kind'] == 'tp':
            for r in it['rules']: halves[(it['type'], r)].add(h['half'])
def sim(run, n):
    out = {}
    for h in run:
        lost = {'tp': 0, 'fp': 0, 'opt': 0}
        for it in h['items']:
            if all(len(halves.get((it['type'], r), ())) <= n for r in it['rules']):
                k = 'fp' if it['kind'] in ('fp', 'fpj') else it['kind']
                lost[k] += 1
        out[h['half']] = lost
    return out
for n in (0, 1, 2):
    for name, run in [('dev', dev)] + ([('other', json.load(open(sys.argv[2])))] if len(sys.argv) > 2 else []):
        s = sim(run, n); t = {k: sum(v[k] for v in s.values()) for k in ('tp', 'fp', 'opt')}
        print(f'N<={n} {name}: dropped true {t["tp"]} false {t["fp"]} optional {t["opt"]}' + ('  ' + ' '.join(f'{h}:{v["tp"]}/{v["fp"]}' for h, v in s.items()) if name == 'other' else ''))
