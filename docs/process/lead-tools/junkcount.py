"""Count-only: system nodes matching no gold entity, by label: nodes and the relations they carry."""
import sys
from collections import Counter
from _articles import matched, pairs
nodes_c, rels_c = Counter(), Counter()
for gd, gr in pairs(sys.argv):
    for i, gp, gold, nodes, edges, ents, mapping in matched(gd, gr):
        deg = Counter()
        for e in edges:
            if e.get('type') != 'MENTIONED_IN':
                deg[e['source']] += 1; deg[e['target']] += 1
        for n in ents:
            if isinstance(mapping.get(n['id']), str): continue
            nodes_c[n.get('label')] += 1; rels_c[n.get('label')] += deg[n['id']]
for lab, c in nodes_c.most_common():
    print(f'{lab:16} nodes {c:3}  relations {rels_c[lab]:3}')
