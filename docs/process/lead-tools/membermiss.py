"""Lead only (shows names): missed required MEMBER_OF of a half, by target and article."""
import sys
from collections import Counter
from _articles import matched, pairs, matched_edges
import os
T = os.environ.get('T', 'MEMBER_OF')
c = Counter()
for gd, gr in pairs(sys.argv):
    for i, gp, gold, nodes, edges, ents, mapping in matched(gd, gr):
        got = matched_edges(edges, mapping)
        found = {v for v in mapping.values() if isinstance(v, str)}
        for r in gold['relations']:
            if r['type'] != T: continue
            if r.get('optional'): continue
            if (T, r['source'], r['target']) in got: continue
            c[(gp.name[:4], r['target'], r['source'] in found and r['target'] in found)] += 1
for k, v in sorted(c.items()): print(v, k)
