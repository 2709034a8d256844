"""Lead only (shows names): system nodes of a label (L=Event) matching no gold entity, with relation count."""
import os
import sys
from collections import Counter
from _articles import matched, pairs
L = os.environ.get('L', 'Event')
for gd, gr in pairs(sys.argv):
    for i, gp, gold, nodes, edges, ents, mapping in matched(gd, gr):
        deg = Counter()
        for e in edges:
            if e.get('type') != 'MENTIONED_IN':
                deg[e['source']] += 1; deg[e['target']] += 1
        for n in ents:
            if n.get('label') != L or isinstance(mapping.get(n['id']), str): continue
            print(gp.name[:4], repr(n.get('name')), n.get('aliases', [])[:3], deg[n['id']])
