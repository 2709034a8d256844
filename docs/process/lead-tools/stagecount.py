"""Count-only: (type, gold stage, system stage, #evidence) over matched relations with a gold stage.
    python stagecount.py GOLD_DIR GRAPH_DIR [GOLD_DIR GRAPH_DIR ...]"""
import sys
from collections import Counter

from _articles import matched, matched_edges, pairs

c = Counter()
for gold_dir, graph_dir in pairs(sys.argv):
    for _, _, gold, _, edges, _, mapping in matched(gold_dir, graph_dir):
        sysd = matched_edges(edges, mapping)
        for r in gold['relations']:
            e = sysd.get((r['type'], r['source'], r['target'])) if r.get('stage') else None
            if e is None:
                continue
            n = len({i.get('sentence') for i in e.get('evidence') or []})
            c[(r['type'], r['stage'], e.get('stage'), 'ev1' if n == 1 else 'ev2+', 'opt' if r.get('optional') else 'req')] += 1
for k, v in sorted(c.items(), key=lambda x: (x[0][1] != x[0][2], -x[1])):
    print(v, k, '' if k[1] == k[2] else 'WRONG')
