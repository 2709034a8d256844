"""Count-only: unmatched required gold entities by label and the required relations they cost. No names.
    python noent.py GOLD_DIR GRAPH_DIR"""
import sys
from collections import Counter

from _articles import matched

lab, cost, spur = Counter(), Counter(), Counter()
from _articles import pairs
for _gd, _gr in pairs(sys.argv):
 for _, _, gold, _, _, ents, mapping in matched(_gd, _gr):
    found = {v for v in mapping.values() if isinstance(v, str)}
    for e in gold['entities']:
        if e.get('optional') or e['name'] in found:
            continue
        lab[e['label']] += 1
        for r in gold['relations']:
            if not r.get('optional') and e['name'] in (r['source'], r['target']):
                cost[(e['label'], r['type'])] += 1
    # extracted nodes with no gold match, by label
    for n in ents:
        if not isinstance(mapping.get(n['id']), str):
            spur[n.get('label')] += 1
print('missed required entities by label:', dict(lab.most_common()))
print('required relations they cost:', dict(cost.most_common(15)))
print('extracted unmatched nodes by label:', dict(spur.most_common()))
