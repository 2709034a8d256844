#!/bin/bash
# probe queue: lines "HASH LABEL" in /work/notes/s48/queue; runs each once, newest line of a branch wins
q=/work/notes/s48/queue; done_f=/work/notes/s48/queue.done
touch $q $done_f
while true; do
  line=""
  while read -r h l; do
    [ -z "$h" ] && continue
    grep -q "^$h $l$" $done_f && continue
    b=${l%%-*}
    # skip if a later line of the same branch exists
    last=$(grep " $b-\| $b$" $q | tail -1)
    if [ "$last" != "$h $l" ]; then echo "$h $l" >> $done_f; continue; fi
    line="$h $l"; break
  done < $q
  if [ -n "$line" ]; then
    set -- $line
    bash /work/main/tools/probe_heldout.sh $1 ${2%%-*} > /dev/null 2>&1
    cp /work/notes/probe-${2%%-*}.txt /work/notes/probe-$2.txt
    echo "$1 $2" >> $done_f
  else
    sleep 30
  fi
done
