#!/bin/bash
# bench2.sh: bench/extract_profile.py alternating main (final) and int48, three pairs, in one run
PY=/work/main/.venv/bin/python
out=/work/notes/s48/bench2.txt
{
echo "== $(date -u +%H:%M) load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in 1 2 3; do
  for side in /work/main /work/wt-bench-int48; do
    echo "-- pair $i $side $(git -C $side rev-parse --short HEAD)"
    (cd $side && PYTHONPATH=$side $PY bench/extract_profile.py --docs 32 --rounds 1 2>&1 | tail -6)
  done
done
} > $out
cat $out
