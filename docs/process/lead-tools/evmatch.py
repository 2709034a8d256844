"""Count-only: missed gold Events that have an unmatched extracted Event in the same article: how their
names compare (shared tokens, a year in one but not the other, kind word shared). No names.
    python evmatch.py GOLD GRAPHS [GOLD GRAPHS ...]"""
import re
import sys
from collections import Counter

from _articles import matched, pairs

tok = lambda s: set(re.findall(r"[a-z0-9]+", s.lower())) - {'the', 'of', 'a', 'in', 'and', 'for'}
c = Counter()
for gold_dir, graph_dir in pairs(sys.argv):
    for i, gp, gold, nodes, edges, ents, mapping in matched(gold_dir, graph_dir):
        got = {v for v in mapping.values() if isinstance(v, str)}
        sys_ev = [n for n in ents if n.get('label') == 'Event' and not isinstance(mapping.get(n['id']), str)]
        for e in gold['entities']:
            if e['label'] != 'Event' or e.get('optional') or e['name'] in got:
                continue
            gt = set().union(*(tok(x) for x in [e['name'], *e.get('aliases', [])]))
            if not sys_ev:
                c['no unmatched system event in article'] += 1
                continue
            best = max(sys_ev, key=lambda n: len(gt & set().union(*(tok(x) for x in [n.get('name', ''), *(n.get('aliases') or [])]))))
            st = set().union(*(tok(x) for x in [best.get('name', ''), *(best.get('aliases') or [])]))
            shared = len(gt & st)
            gy = {t for t in gt if re.fullmatch(r'(19|20)\d\d', t)}
            sy = {t for t in st if re.fullmatch(r'(19|20)\d\d', t)}
            c[('shared%d' % min(shared, 3), 'gold-year' if gy else '', 'sys-year' if sy else '', 'same-year' if gy & sy else '', 'gold-only %d' % min(len(gt - st), 4), 'sys-only %d' % min(len(st - gt), 4))] += 1
for k, v in c.most_common():
    print(v, k)
