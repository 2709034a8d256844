#!/bin/bash
# bench.sh: ingest ratio and extract_profile on main (final) and int48 in one run; needs /work/wt-bench-int48
PY=/work/main/.venv/bin/python
out=/work/notes/s48/bench.txt
{
echo "== $(date -u +%H:%M) load $(cut -d' ' -f1-3 /proc/loadavg)"
for side in /work/main /work/wt-bench-int48; do
  echo "-- $side $(git -C $side rev-parse --short HEAD) ingest --parallel-only"
  (cd $side && PYTHONPATH=$side $PY bench/ingest.py --docs 48 --parallel-only 2>&1 | tail -4)
done
echo "-- main extract_profile"
(cd /work/main && PYTHONPATH=/work/main $PY bench/extract_profile.py --docs 48 --rounds 2 2>&1 | tail -6)
} > $out
cat $out
