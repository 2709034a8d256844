"""Count-only: missed required gold Events by kind of surface form; and extracted unmatched Events per doc."""
import json, re, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, '/work/main/tests')
from devset import scorer_module, article_of
sc = scorer_module()
KINDS = ['summit', 'exercise', 'drill', 'parade', 'talks', 'meeting', 'visit', 'war', 'crash', 'ceremony', 'show',
         'exhibition', 'expo', 'conference', 'dialogue', 'forum', 'operation', 'attack', 'strike', 'handover',
         'consultation', 'mission', 'invasion', 'conflict', 'flight', 'sortie', 'rollout', 'signing', 'ministerial']
c, ext = Counter(), Counter()
for gold_dir, graph_dir in zip(sys.argv[1::2], sys.argv[2::2]):
    for gp in sorted(Path(gold_dir).glob('*.json')):
        gold = json.loads(gp.read_text()); g = Path(graph_dir) / gp.name
        if not g.exists(): continue
        text = article_of(gp).read_text(errors='ignore')
        nodes, edges = sc.load_graph(g)
        ents = sc.entity_nodes(nodes, edges)
        mapping = sc.match_entities(gold['entities'], ents, False)
        matched = {v for v in mapping.values() if isinstance(v, str)}
        unmatched_events = sum(1 for n in ents if n.get('label') == 'Event' and not isinstance(mapping.get(n['id']), str))
        for e in gold['entities']:
            if e['label'] != 'Event' or e.get('optional') or e['name'] in matched: continue
            forms = [f for f in [e['name'], *e.get('aliases', [])] if f in text]
            title = any(re.match(r"^[A-Z0-9]", f) and sum(w[:1].isupper() for w in f.split()) >= max(1, len(f.split()) - 1) for f in forms)
            digit = any(re.search(r'\d', f) for f in forms)
            low = ' '.join(forms).lower()
            kind = next((k for k in KINDS if k in low), 'other')
            nrel = sum(1 for r in gold['relations'] if not r.get('optional') and e['name'] in (r['source'], r['target']))
            c[(kind, 'Title' if title else 'lower', 'digit' if digit else '-', f'forms{len(forms)}', 'unmatchedEventInDoc' if unmatched_events else '-')] += 1
            ext['rels'] += nrel
for k, v in c.most_common(): print(v, k)
print(ext)
