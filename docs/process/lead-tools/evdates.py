"""Count-only: matched Events with a gold date: (gold precision, system precision, agree) per doc index."""
import json, sys
from pathlib import Path
sys.path.insert(0, '/work/main/tests')
from devset import scorer_module
sc = scorer_module()
gold_dir, graph_dir = Path(sys.argv[1]), Path(sys.argv[2])
for i, gp in enumerate(sorted(gold_dir.glob('*.json'))):
    gold = json.loads(gp.read_text()); g = graph_dir / gp.name
    nodes, edges = sc.load_graph(g)
    ents = sc.entity_nodes(nodes, edges)
    m = sc.match_entities(gold['entities'], ents, True)
    gb = {e['name']: e for e in gold['entities']}
    for n in ents:
        x = m.get(n['id'])
        if isinstance(x, str) and gb[x].get('date'):
            gd, sd = gb[x]['date'], n.get('date')
            print(i, 'gold', len(gd), 'sys', len(sd or ''), 'agree' if sc.dates_agree(sd, gd) else 'DISAGREE', 'catalogued' if n.get('catalogued') or 'series' in n else '')
