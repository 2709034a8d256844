"""Count-only: missed required entities of label L whose name contains a system node's name as a prefix/part: the
kinds of the extra tokens (year, number, Cap word, lower word) and where (before/after), and whether the short node
matched another gold entity. python evshort.py GOLD GRAPHS"""
import os, re, sys
from collections import Counter
from _articles import matched, pairs, sc
L = os.environ.get('L', 'Event'); C = Counter()
def kind(t): return 'year' if re.fullmatch(r'(19|20)\d\d', t) else 'num' if re.search(r'\d', t) else 'Cap' if t[:1].isupper() else 'low'
for gold_dir, graph_dir in pairs(sys.argv):
    for i, gp, gold, nodes, edges, ents, mapping in matched(gold_dir, graph_dir):
        got = {v for v in mapping.values() if isinstance(v, str)}
        for g in gold['entities']:
            if g.get('optional') or g['label'] != L or g['name'] in got: continue
            best = None
            for n in ents:
                nn = n.get('name', '')
                if not nn: continue
                for gn in [g['name'], *g.get('aliases', [])]:
                    gt, nt = gn.split(), nn.split()
                    for s in range(len(gt) - len(nt) + 1):
                        if [x.lower() for x in gt[s:s+len(nt)]] == [x.lower() for x in nt] and len(gt) > len(nt):
                            extra = ' '.join(('pre:' + kind(t)) for t in gt[:s]) + ' ' + ' '.join(('post:' + kind(t)) for t in gt[s+len(nt):])
                            cand = (n.get('label'), extra.strip(), 'short matched other gold' if isinstance(mapping.get(n['id']), str) else 'short unmatched')
                            if best is None or len(extra) < len(best[1]): best = cand
            if best: C[best] += 1
for k, v in C.most_common(): print(v, *k)
