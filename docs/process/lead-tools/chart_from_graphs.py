"""dev_chart JSON from already-built graphs: python chart_from_graphs.py GRAPHS_ROOT OUT.json"""
import json, sys
from pathlib import Path
sys.path.insert(0, 'tests'); sys.path.insert(0, '.')
from devset import DEV_DIR, score, totals
root, out = Path(sys.argv[1]), Path(sys.argv[2])
res = {}
for h in ["tune", "fresh"] + [f"fresh{i}" for i in range(2, 45)]:
    res[h] = score(DEV_DIR / h, root / h)[0]
    print(h, totals(res[h]), flush=True)
out.write_text(json.dumps(res, indent=2) + "\n")
