"""Lead only (shows names): missed required entities per article, with relation count they carry."""
import sys
from _articles import matched, pairs
for gd, gr in pairs(sys.argv):
    for i, gp, gold, nodes, edges, ents, mapping in matched(gd, gr):
        found = {v for v in mapping.values() if isinstance(v, str)}
        for e in gold['entities']:
            if e.get('optional') or e['name'] in found: continue
            n = sum(1 for r in gold['relations'] if not r.get('optional') and e['name'] in (r['source'], r['target']))
            print(gp.name[:4], e['label'], repr(e['name']), e.get('aliases'), n)
