"""Count-only: missed required relations whose two ends were found, by type and by how close the text
puts the ends (same sentence / next sentence / farther / never both named). No names, no sentences.
    python missdist.py GOLD_DIR GRAPH_DIR [GOLD_DIR GRAPH_DIR ...]"""
import re
import sys
from collections import Counter, defaultdict

from _articles import matched, matched_edges, pairs

UNDIR = {'COOPERATES_WITH', 'IN_CONFLICT_WITH'}


def text_of(gp):
    for ext in ('.txt', '.md', '.html', '.htm'):
        p = gp.with_suffix(ext)
        if p.exists():
            t = p.read_text(errors='ignore')
            if ext.startswith('.htm'):
                t = re.sub(r'<script.*?</script>|<style.*?</style>', ' ', t, flags=re.S)
                t = re.sub(r'<[^>]+>', ' ', t)
            return t
    return ''


def sent_idx(sents, names):
    pats = [re.compile(r'(?<!\w)' + re.escape(n) + r'(?!\w)') for n in names if n and (n[0].isupper() or n[0].isdigit())]
    return {i for i, s in enumerate(sents) if any(p.search(s) for p in pats)}


out = defaultdict(Counter)
for gold_dir, graph_dir in pairs(sys.argv):
    for _, gp, gold, _, edges, _, mapping in matched(gold_dir, graph_dir):
        found = {v for v in mapping.values() if isinstance(v, str)}
        have = set()
        for (t, s, d) in matched_edges(edges, mapping):
            have.add((t, s, d))
            if t in UNDIR:
                have.add((t, d, s))
        sents = re.split(r'(?<=[.!?])\s+|\n\s*\n', text_of(gp))
        names = {e['name']: [e['name']] + e.get('aliases', []) for e in gold['entities']}
        for r in gold['relations']:
            if r.get('optional') or (r['type'], r['source'], r['target']) in have:
                continue
            if r['source'] not in found or r['target'] not in found:
                continue
            a, b = sent_idx(sents, names.get(r['source'], [])), sent_idx(sents, names.get(r['target'], []))
            if a & b:
                k = 'same'
            elif a and b and min(abs(i - j) for i in a for j in b) == 1:
                k = 'next'
            elif a and b:
                k = 'far'
            else:
                k = 'unnamed'
            out[r['type']][k] += 1
tot = Counter()
for t, c in sorted(out.items(), key=lambda x: -sum(x[1].values())):
    tot.update(c)
    print(f"{t:18} " + '  '.join(f"{k} {c[k]}" for k in ('same', 'next', 'far', 'unnamed')))
print(f"{'all':18} " + '  '.join(f"{k} {tot[k]}" for k in ('same', 'next', 'far', 'unnamed')))
