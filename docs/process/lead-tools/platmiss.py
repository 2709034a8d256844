"""Count-only: missed required gold entities of one label (L=Platform) by cause: a system node of another label has
its name or an alias (wrong label); a system node's name is a prefix/part of the gold name or vice versa (fragment
or family merge: the node matched another gold entity or none); the name occurs in the text but no node (no node);
the name is not in the text at all. python platmiss.py GOLD GRAPHS [GOLD GRAPHS ...]"""
import os, re, sys
from collections import Counter
from _articles import matched, pairs, sc
from missdist import text_of  # (missdist prints its own table when imported: run it on its own first or ignore it)
L = os.environ.get('L', 'Platform')
causes, halves = Counter(), {}
import csv, glob
def _n(s): return re.sub(r'[^a-z0-9]+', ' ', s.lower()).strip()
CAT=set()
for f in glob.glob('/work/main/graph/reference/data/'+os.environ.get('PREFIX','platforms')+'*.csv'):
    for r in csv.DictReader(open(f)):
        if 'name' not in r: continue
        CAT.add(_n(r['name'])); CAT.update(_n(a) for a in (r.get('aliases') or '').split('|') if a)
for gold_dir, graph_dir in pairs(sys.argv):
    for i, gp, gold, nodes, edges, ents, mapping in matched(gold_dir, graph_dir):
        got = {v for v in mapping.values() if isinstance(v, str)}
        text = text_of(gp)
        for g in gold['entities']:
            if g.get('optional') or g['label'] != L or g['name'] in got:
                continue
            names = [g['name'], *g.get('aliases', [])]
            keys = {sc.norm(n) for n in names}
            node_names = [(sc.norm(n.get('name', '')), n.get('label'), mapping.get(n['id'])) for n in ents]
            if any(nn in keys for nn, lab, m in node_names):
                c = 'node with the name, matched elsewhere or dup'
            elif any(nn and any(k.startswith(nn + ' ') or k.startswith(nn + '-') or nn in k.split() for k in keys) for nn, lab, m in node_names):
                c = 'a node holds a shorter form (family / fragment)'
            elif any(nn and any(nn.startswith(k + ' ') or nn.startswith(k + '-') for k in keys) for nn, lab, m in node_names):
                c = 'a node holds a longer form'
            elif any(re.search(r'(?<!\w)' + re.escape(n) + r'(?!\w)', text) for n in names):
                c = 'named in text, no node'
            else:
                c = 'not in text as written'
            c += ' [catalogued]' if any(_n(x) in CAT for x in names) else ' [not catalogued]'
            causes[c] += 1
            halves.setdefault(c, set()).add(gold_dir)
for c, n in causes.most_common():
    print(f'{n:4}  halves {len(halves[c]):2}  {c}')
