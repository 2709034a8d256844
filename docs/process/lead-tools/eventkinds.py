"""Count-only: missed required gold Events by kind of surface form; and extracted unmatched Events per doc.
    python eventkinds.py GOLD_DIR GRAPH_DIR [GOLD_DIR GRAPH_DIR ...]"""
import re
import sys
from collections import Counter

from _articles import matched, pairs
from devset import article_of

KINDS = ['summit', 'exercise', 'drill', 'parade', 'talks', 'meeting', 'visit', 'war', 'crash', 'ceremony', 'show',
         'exhibition', 'expo', 'conference', 'dialogue', 'forum', 'operation', 'attack', 'strike', 'handover',
         'consultation', 'mission', 'invasion', 'conflict', 'flight', 'sortie', 'rollout', 'signing', 'ministerial']
c, ext = Counter(), Counter()
for gold_dir, graph_dir in pairs(sys.argv):
    for _, gp, gold, _, _, ents, mapping in matched(gold_dir, graph_dir):
        text = article_of(gp).read_text(errors='ignore')
        found = {v for v in mapping.values() if isinstance(v, str)}
        unmatched_events = sum(1 for n in ents if n.get('label') == 'Event' and not isinstance(mapping.get(n['id']), str))
        for e in gold['entities']:
            if e['label'] != 'Event' or e.get('optional') or e['name'] in found:
                continue
            forms = [f for f in [e['name'], *e.get('aliases', [])] if f in text]
            title = any(re.match(r"^[A-Z0-9]", f) and sum(w[:1].isupper() for w in f.split()) >= max(1, len(f.split()) - 1)
                        for f in forms)
            digit = any(re.search(r'\d', f) for f in forms)
            low = ' '.join(forms).lower()
            kind = next((k for k in KINDS if k in low), 'other')
            nrel = sum(1 for r in gold['relations'] if not r.get('optional') and e['name'] in (r['source'], r['target']))
            c[(kind, 'Title' if title else 'lower', 'digit' if digit else '-', f'forms{len(forms)}',
               'unmatchedEventInDoc' if unmatched_events else '-')] += 1
            ext['rels'] += nrel
for k, v in c.most_common():
    print(v, k)
print(ext)
