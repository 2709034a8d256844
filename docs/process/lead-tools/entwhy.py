"""Count-only: for missed required Platforms named in the text with no node but catalogued, why: the catalogue row's
ambiguous flag, the matched form (name / alias), whether another node's name contains it, case of the text form,
followed by a capitalised word. L=Platform PREFIX=platforms python entwhy.py GOLD GRAPHS"""
import csv, glob, os, re, sys
from collections import Counter
from _articles import matched, pairs, sc
from missdist import text_of
def _n(s): return re.sub(r'[^a-z0-9]+', ' ', s.lower()).strip()
ROW = {}
for f in glob.glob('/work/main/graph/reference/data/'+os.environ.get('PREFIX','platforms')+'*.csv'):
    for r in csv.DictReader(open(f)):
        if 'name' not in r: continue
        for a in [r['name'], *(r.get('aliases') or '').split('|')]:
            if a: ROW.setdefault(_n(a), (os.path.basename(f), r.get('ambiguous','-'), r['name']))
C = Counter()
for gold_dir, graph_dir in pairs(sys.argv):
    for i, gp, gold, nodes, edges, ents, mapping in matched(gold_dir, graph_dir):
        got = {v for v in mapping.values() if isinstance(v, str)}
        text = text_of(gp)
        for g in gold['entities']:
            if g.get('optional') or g['label'] != os.environ.get('L','Platform') or g['name'] in got: continue
            names = [g['name'], *g.get('aliases', [])]
            keys = {sc.norm(n) for n in names}
            if any(sc.norm(n.get('name', '')) in keys for n in ents): continue
            hits = [n for n in names if re.search(r'(?<!\w)' + re.escape(n) + r'(?!\w)', text)]
            cat = [ROW[_n(n)] for n in names if _n(n) in ROW]
            if not hits or not cat: continue
            f, amb, canon = cat[0]
            canon_node = any(sc.norm(n.get('name','')) == sc.norm(canon) for n in ents)
            canon_gold = any(sc.norm(x) == sc.norm(canon) for e in gold['entities'] for x in [e['name'], *e.get('aliases', [])] if e is not g)
            h = hits[0]
            inside = any(h.lower() in (n.get('name') or '').lower() and (n.get('name') or '').lower() != h.lower() for n in ents)
            m = re.search(r'(?<!\w)' + re.escape(h) + r'(?!\w)(\s+\S+)?', text)
            nxt = (m.group(1) or '').strip()
            after = 'next Cap' if nxt[:1].isupper() else ('next lower' if nxt[:1].islower() else 'next other')
            prev = text[max(0, m.start()-20):m.start()].split()[-1:] 
            prevc = 'prev Cap' if prev and prev[0][:1].isupper() else 'prev other'
            shape = 'has digit' if re.search(r'\d', h) else ('all caps' if h.isupper() else 'word')
            C[('canon=own' if sc.norm(canon) in keys else ('canon node' if canon_node else 'canon no node') + (' canon other gold' if canon_gold else ''), f, 'amb' + amb, 'inside other node' if inside else 'not inside', shape, after, prevc, 'mentions %d' % len(re.findall(r'(?<!\w)' + re.escape(h) + r'(?!\w)', text)))] += 1
for k, v in C.most_common(): print(v, *k)
