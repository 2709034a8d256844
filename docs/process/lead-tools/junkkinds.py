"""Count-only: junk nodes of one merged store built from a half, by label, the relation types they carry,
and whether the name holds a service word (army, navy, air force, forces, guard, command). No names.
    python junkkinds.py GOLD_DIR"""
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, '/work/main/tests')
from _articles import sc
from devset import build_merged  # noqa: E402

gold_dir = Path(sys.argv[1])
golds = [json.loads(p.read_text()) for p in sorted(gold_dir.glob('*.json'))]
with tempfile.TemporaryDirectory(prefix='lead29-') as d:
    nodes, edges = sc.load_graph(build_merged(gold_dir, Path(d)))
m = sc.score_merged(golds, nodes, edges)
junk = set(m['junk'])
rels = {}
for e in edges:
    if e['type'] in sc.SKIP_EDGE_TYPES:
        continue
    rels.setdefault(e['source'], set()).add(e['type'])
    rels.setdefault(e['target'], set()).add(e['type'])
SERVICE = re.compile(r'\b(army|navy|air force|forces?|guard|command|corps|brigade|division|regiment)\b', re.I)
c = Counter()
for n in sc.entity_nodes(nodes, edges):
    if f"{n.get('label')}:{n.get('name')}" in junk:
        c[(n.get('label'), ','.join(sorted(rels.get(n['id'], ()))) or '-', 'service' if SERVICE.search(n.get('name', '')) else '', len(n.get('name', '').split()))] += 1
print('junk', len(junk), 'of', m['nodes'])
for k, v in c.most_common():
    print(v, k)
