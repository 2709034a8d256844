"""Count-only: for matched SUPPLIES with a gold stage: (gold, sys, stages of the recipient's system OPERATES edges)."""
import json, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, '/work/main/tests')
from devset import scorer_module
sc = scorer_module()
ORDER = ['planned', 'negotiating', 'ordered', 'delivering', 'delivered', 'in_service']
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
            if r['type'] != 'SUPPLIES' or not r.get('stage'): continue
            e = sysd.get((r['type'], r['source'], r['target']))
            if e is None: continue
            ops = sorted({x.get('stage') for (t, s, _), x in sysd.items() if t == 'OPERATES' and s == r['target'] and x.get('stage')}, key=lambda s: ORDER.index(s) if s in ORDER else 9)
            gops = sorted({x.get('stage') for x in gold['relations'] if x['type'] == 'OPERATES' and x['source'] == r['target'] and x.get('stage')}, key=lambda s: ORDER.index(s) if s in ORDER else 9)
            c[(r['stage'], e.get('stage'), 'sysOPS=' + '/'.join(ops), 'goldOPS=' + '/'.join(gops))] += 1
for k, v in sorted(c.items(), key=lambda x: (x[0][0] == x[0][1], -x[1])):
    print(v, k, '' if k[0] == k[1] else 'WRONG')
