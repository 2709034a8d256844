"""Count-only: extracted entity nodes by label x (matched gold / optional gold / unmatched) x (has a relation)."""
import json, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, '/work/main/tests')
from devset import scorer_module
sc = scorer_module()
c = Counter()
for gold_dir, graph_dir in zip(sys.argv[1::2], sys.argv[2::2]):
    for gp in sorted(Path(gold_dir).glob('*.json')):
        gold = json.loads(gp.read_text()); g = Path(graph_dir) / gp.name
        if not g.exists(): continue
        nodes, edges = sc.load_graph(g)
        ents = sc.entity_nodes(nodes, edges)
        mapping = sc.match_entities(gold['entities'], ents, False)
        opt = {e['name'] for e in gold['entities'] if e.get('optional')}
        rel = Counter()
        for e in edges:
            if e['type'] in sc.SKIP_EDGE_TYPES or not e.get('evidence'): continue
            rel[e['source']] += 1; rel[e['target']] += 1
        for n in ents:
            m = mapping.get(n['id'])
            kind = 'opt' if isinstance(m, str) and m in opt else 'gold' if isinstance(m, str) else 'dup' if m else 'junk'
            c[(n.get('label'), kind, 'rel' if rel[n['id']] else 'norel')] += 1
labels = sorted({k[0] for k in c})
print(f"{'label':15} gold:rel/norel  opt:rel/norel  junk:rel/norel  dup")
for l in labels:
    g = lambda k, r: c[(l, k, r)]
    print(f"{l:15} {g('gold','rel'):4}/{g('gold','norel'):3}     {g('opt','rel'):3}/{g('opt','norel'):3}     {g('junk','rel'):3}/{g('junk','norel'):3}    {g('dup','rel')+g('dup','norel')}")
