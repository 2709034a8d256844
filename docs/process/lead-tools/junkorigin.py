"""Count-only: how each junk node of a half's merged store arose. Per node: label, words, whether its tokens
sit inside a gold name or alias of the same half (fragment), share a token with one (overlap) or none,
the number of articles citing it, whether any of its mentions is in a headline only, whether its name is
all capitals, its relation count. No names.
    python junkorigin.py GOLD_DIR"""
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, '/work/main/tests')
sys.path.insert(0, '/work/main')
from _articles import sc
from devset import build_merged  # noqa: E402

gold_dir = Path(sys.argv[1])
golds = [json.loads(p.read_text()) for p in sorted(gold_dir.glob('*.json'))]
tok = lambda s: set(re.findall(r"\w+", s.lower()))
gold_names = []
for g in golds:
    for e in g['entities']:
        for n in [e['name'], *e.get('aliases', [])]:
            gold_names.append((e['label'], tok(n)))
with tempfile.TemporaryDirectory(prefix='lead-') as d:
    path = build_merged(gold_dir, Path(d))
    raw = json.loads(Path(path).read_text())
    nodes, edges = sc.load_graph(path)
m = sc.score_merged(golds, nodes, edges)
junk = set(m['junk'])
deg = Counter()
for e in edges:
    if e['type'] in sc.SKIP_EDGE_TYPES:
        continue
    deg[e['source']] += 1
    deg[e['target']] += 1
mention_docs = {}
for e in edges:
    if e['type'] in sc.SKIP_EDGE_TYPES:
        mention_docs.setdefault(e['target'], set()).add(e['source'])
        mention_docs.setdefault(e['source'], set()).add(e['target'])
print('junk', len(junk), 'of', m['nodes'])
rows = Counter()
for n in sc.entity_nodes(nodes, edges):
    if f"{n.get('label')}:{n.get('name')}" not in junk:
        continue
    t = tok(n.get('name', ''))
    kind = 'none'
    same = [gl for gl, gt in gold_names if t and t <= gt]
    if same:
        kind = 'fragment' + ('-samelabel' if n.get('label') in same else '-otherlabel')
    elif any(t & gt for _, gt in gold_names):
        kind = 'overlap'
    caps = 'CAPS' if n.get('name', '').isupper() else ''
    rows[(n.get('label'), len(n.get('name', '').split()), kind, caps, 'rel%d' % deg[n['id']], 'docs%d' % len(mention_docs.get(n['id'], ())))] += 1
for k, v in sorted(rows.items(), key=lambda kv: (-kv[1], str(kv[0]))):
    print(v, k)
print('skip types', sc.SKIP_EDGE_TYPES)

# where the junk names occur in the half's texts (count-only features of each occurrence)
texts = [p for p in sorted(gold_dir.iterdir()) if p.suffix in ('.txt', '.md', '.html')]
occ = Counter()
for n in sc.entity_nodes(nodes, edges):
    if f"{n.get('label')}:{n.get('name')}" not in junk:
        continue
    name = n.get('name', '')
    feats = Counter()
    for p in texts:
        lines = p.read_text(errors='replace').splitlines()
        first = next((i for i, l in enumerate(lines) if l.strip() and not l.startswith('---')), 0)
        for i, line in enumerate(lines):
            for mt in re.finditer(r'(?<!\w)' + re.escape(name) + r'(?!\w)', line):
                before = line[:mt.start()].rstrip()
                after = line[mt.end():mt.end() + 2]
                f = ['head' if i <= first + 1 or line.lstrip().startswith(('#', 'title:', '<title', '<h1')) else 'body',
                     'start' if not before or before[-1] in '.!?"“(' else ('after-the' if before.lower().endswith(' the') else 'mid'),
                     'poss' if after.startswith("'s") or after.startswith('’s') else ('then-Cap' if line[mt.end():mt.end() + 2].strip()[:1].isupper() else '')]
                feats[' '.join(f)] += 1
    occ[(n.get('label'), len(name.split()), tuple(sorted(feats.items())) or 'not-in-text')] += 1
for k, v in occ.most_common():
    print(v, k)
