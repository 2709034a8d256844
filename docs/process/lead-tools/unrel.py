"""Count-only: extracted entity nodes by label x (matched gold / optional gold / unmatched) x (has a relation).
    python unrel.py GOLD_DIR GRAPH_DIR [GOLD_DIR GRAPH_DIR ...]"""
import sys
from collections import Counter

from _articles import matched, pairs, sc

c = Counter()
for gold_dir, graph_dir in pairs(sys.argv):
    for _, _, gold, _, edges, ents, mapping in matched(gold_dir, graph_dir):
        opt = {e['name'] for e in gold['entities'] if e.get('optional')}
        rel = Counter()
        for e in edges:
            if e['type'] in sc.SKIP_EDGE_TYPES or not e.get('evidence'):
                continue
            rel[e['source']] += 1
            rel[e['target']] += 1
        for n in ents:
            m = mapping.get(n['id'])
            kind = 'opt' if isinstance(m, str) and m in opt else 'gold' if isinstance(m, str) else 'dup' if m else 'junk'
            c[(n.get('label'), kind, 'rel' if rel[n['id']] else 'norel')] += 1
print(f"{'label':15} gold:rel/norel  opt:rel/norel  junk:rel/norel  dup")
for label in sorted({k[0] for k in c}):
    def g(k, r, label=label):
        return c[(label, k, r)]
    print(f"{label:15} {g('gold','rel'):4}/{g('gold','norel'):3}     {g('opt','rel'):3}/{g('opt','norel'):3}     "
          f"{g('junk','rel'):3}/{g('junk','norel'):3}    {g('dup','rel')+g('dup','norel')}")
