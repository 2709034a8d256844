"""Lead only (shows names): per article, missed required relations whose ends were found (-), those with an
unfound end (?), and false relations (+, with the first evidence sentence)."""
import sys
from _articles import matched, pairs, matched_edges, sc
UND = {'COOPERATES_WITH', 'IN_CONFLICT_WITH'}
for gd, gr in pairs(sys.argv):
    for i, gp, gold, nodes, edges, ents, mapping in matched(gd, gr):
        got = matched_edges(edges, mapping)
        found = {v for v in mapping.values() if isinstance(v, str)}
        gk = set()
        for r in gold['relations']:
            k = (r['type'], r['source'], r['target'])
            gk.add(k)
            if r['type'] in UND: gk.add((r['type'], r['target'], r['source']))
            if r.get('optional'): continue
            if k in got or (r['type'] in UND and (r['type'], r['target'], r['source']) in got): continue
            both = r['source'] in found and r['target'] in found
            print(gp.name[:4], '-' if both else '?', r['source'], r['type'], r['target'])
        names = {n['id']: n.get('name') for n in nodes}
        for e in edges:
            if e.get('type') == 'MENTIONED_IN': continue
            s, t = mapping.get(e['source']), mapping.get(e['target'])
            if isinstance(s, str) and isinstance(t, str) and (e['type'], s, t) in gk: continue
            if e.get('provenance') == 'reference': continue
            ev = (e.get('evidence') or [{}])[0]
            sent = ev.get('sentence') or ev.get('text') or ''
            print(gp.name[:4], '+' if isinstance(s, str) and isinstance(t, str) else '+j', names.get(e['source']), e['type'], names.get(e['target']), '|', sent[:160])
