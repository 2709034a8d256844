#!/bin/bash
# usage: probe.sh REF [LABEL] -> check + fresh46 + fresh47 totals of REF in a detached worktree
# (a half is probed once its gold is committed on main: a half still being written is skipped)
ref=$1; label=${2:-$1}
wt=/work/wt-probe-$label
cd /work/main
[ -d $wt ] || git worktree add -q --detach $wt $ref
cd $wt && git reset -q --hard && git checkout -q --detach $ref
# a branch made before 962aeed (session 37) crashes on fresh35's fk06 (a short firm folded into a folded firm):
# the probe reads it with that fix laid on top, uncommitted
git merge-base --is-ancestor 962aeed1 HEAD 2>/dev/null || git cherry-pick -n 962aeed1 > /dev/null 2>&1 || git reset -q --hard
out=/work/notes/probe-$label.txt
PY=/work/main/.venv/bin/python
score() { # half-dir graphs-dir
  $PY /work/shared/eval/score.py --gold-dir $1 --graph-dir $2 --json | $PY -c "
import json,sys;d=json.load(sys.stdin);e=d['entity'];r=d['relation'];t=d['time']
print('entity %.3f  relation P %.3f R %.3f F1 %.3f  time '%(e['f'],r['p'],r['r'],r['f'])+' '.join('%s %d/%d'%(k,v['agree'],v['of']) for k,v in t.items()))"
}
{
echo "== $label $(git rev-parse --short HEAD) $(date -u +%H:%M)"
for half in check /work/main/tests/data/dev/fresh46 /work/main/tests/data/dev/fresh47; do
  [ $half = check ] || git -C /work/main ls-files "$half/*.json" | grep -q . || continue
  g=$(PYTHONPATH=$wt $PY tests/devset.py $half 2>&1 | grep -oE "/tmp/geopol-[^ ]+" | tail -1)
  gold=$half; [ $half = check ] && gold=/work/main/tests/data/dev/check  # main's current gold, not the branch's copy
  echo -n "$(basename $half): "; score $gold $g
  echo "  graphs $g"
done
} > $out
cat $out
