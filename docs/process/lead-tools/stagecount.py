"""Count-only: (type, gold stage, system stage, #evidence) over matched relations with a gold stage."""
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
        mapping = sc.match_entities(gold['entities'], sc.entity_nodes(nodes, edges), False)
        sysd = {}
        for e in edges:
            s, t = mapping.get(e['source']), mapping.get(e['target'])
            if isinstance(s, str) and isinstance(t, str):
                sysd[(e['type'], s, t)] = e
        for r in gold['relations']:
            if not r.get('stage'): continue
            e = sysd.get((r['type'], r['source'], r['target']))
            if e is None: continue
            n = len({i.get('sentence') for i in e.get('evidence') or []})
            c[(r['type'], r['stage'], e.get('stage'), 'ev1' if n == 1 else 'ev2+', 'opt' if r.get('optional') else 'req')] += 1
for k, v in sorted(c.items(), key=lambda x: (x[0][1] != x[0][2], -x[1])):
    print(v, k, '' if k[1] == k[2] else 'WRONG')
