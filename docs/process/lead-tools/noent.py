"""Count-only: unmatched required gold entities by label and the required relations they cost. No names."""
import json, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, '/work/main/tests')
from devset import scorer_module
sc = scorer_module()
gold_dir, graph_dir = Path(sys.argv[1]), Path(sys.argv[2])
lab, cost, spur = Counter(), Counter(), Counter()
for gp in sorted(gold_dir.glob('*.json')):
    gold = json.loads(gp.read_text()); g = graph_dir / gp.name
    if not g.exists(): continue
    nodes, edges = sc.load_graph(g)
    ents = sc.entity_nodes(nodes, edges)
    mapping = sc.match_entities(gold['entities'], ents, False)
    matched = {v for v in mapping.values() if isinstance(v, str)}
    for e in gold['entities']:
        if e.get('optional') or e['name'] in matched: continue
        lab[e['label']] += 1
        for r in gold['relations']:
            if not r.get('optional') and e['name'] in (r['source'], r['target']):
                cost[(e['label'], r['type'])] += 1
    # extracted nodes with no gold match, by label
    inv = {k for k, v in mapping.items() if isinstance(v, str)}
    for n in ents:
        if n['id'] not in inv:
            spur[n.get('label')] += 1
print('missed required entities by label:', dict(lab.most_common()))
print('required relations they cost:', dict(cost.most_common(15)))
print('extracted unmatched nodes by label:', dict(spur.most_common()))
