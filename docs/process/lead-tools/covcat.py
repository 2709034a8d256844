"""Count-only: share of required gold entities of label L (default Platform) whose name or an alias is a catalogue
name/alias (graph/reference/data/PREFIX*.csv). python covcat.py HALF_DIR... ; L=Company PREFIX=companies"""
import csv, json, os, sys, glob, re
L = os.environ.get('L', 'Platform'); P = os.environ.get('PREFIX', 'platforms')
def norm(s): return re.sub(r'[^a-z0-9]+', ' ', s.lower()).strip()
cat = set()
for f in glob.glob(f'/work/main/graph/reference/data/{P}*.csv'):
    for r in csv.DictReader(open(f)):
        if 'name' not in r: continue
        cat.add(norm(r['name'])); cat.update(norm(a) for a in (r.get('aliases') or '').split('|') if a)
tot = [0, 0]
for h in sys.argv[1:]:
    n = k = 0
    for g in glob.glob(h + '/*.json'):
        for e in json.load(open(g)).get('entities', []):
            if e.get('optional') or e['label'] != L: continue
            n += 1; k += any(norm(x) in cat for x in [e['name'], *e.get('aliases', [])])
    tot[0] += n; tot[1] += k
    print(f'{os.path.basename(h.rstrip("/"))}: {k}/{n}')
print('all', tot[1], '/', tot[0])
