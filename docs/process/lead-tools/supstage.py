"""Count-only: for matched SUPPLIES with a gold stage: (gold, sys, stages of the recipient's system OPERATES edges).
    python supstage.py GOLD_DIR GRAPH_DIR [GOLD_DIR GRAPH_DIR ...]"""
import sys
from collections import Counter

from _articles import matched, matched_edges, pairs

ORDER = ['planned', 'negotiating', 'ordered', 'delivering', 'delivered', 'in_service']


def ranked(stages):
    return sorted(stages, key=lambda s: ORDER.index(s) if s in ORDER else 9)


c = Counter()
for gold_dir, graph_dir in pairs(sys.argv):
    for _, _, gold, _, edges, _, mapping in matched(gold_dir, graph_dir):
        sysd = matched_edges(edges, mapping)
        for r in gold['relations']:
            e = sysd.get((r['type'], r['source'], r['target'])) if r['type'] == 'SUPPLIES' and r.get('stage') else None
            if e is None:
                continue
            ops = ranked({x.get('stage') for (t, s, _), x in sysd.items() if t == 'OPERATES' and s == r['target'] and x.get('stage')})
            gops = ranked({x.get('stage') for x in gold['relations'] if x['type'] == 'OPERATES' and x['source'] == r['target'] and x.get('stage')})
            c[(r['stage'], e.get('stage'), 'sysOPS=' + '/'.join(ops), 'goldOPS=' + '/'.join(gops))] += 1
for k, v in sorted(c.items(), key=lambda x: (x[0][0] == x[0][1], -x[1])):
    print(v, k, '' if k[0] == k[1] else 'WRONG')
