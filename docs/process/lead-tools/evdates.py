"""Count-only: matched Events with a gold date: (gold precision, system precision, agree) per doc index.
    python evdates.py GOLD_DIR GRAPH_DIR"""
import sys

from _articles import matched, sc

for i, _, gold, _, _, ents, m in matched(sys.argv[1], sys.argv[2], strict=True):
    gb = {e['name']: e for e in gold['entities']}
    for n in ents:
        x = m.get(n['id'])
        if isinstance(x, str) and gb[x].get('date'):
            gd, sd = gb[x]['date'], n.get('date')
            print(i, 'gold', len(gd), 'sys', len(sd or ''), 'agree' if sc.dates_agree(sd, gd) else 'DISAGREE',
                  'catalogued' if n.get('catalogued') or 'series' in n else '')
