#!/bin/bash
# every 60 s: a branch head (NAME31) that moved gets a queue line "HASH NAME-HHMM"
cd /work/main
declare -A seen
while true; do
  for b in $(git for-each-ref --format='%(refname:short)' refs/heads/ | grep -E '48$' | grep -v '^int48$'; cat /work/notes/s48/extra 2>/dev/null); do
    h=$(git rev-parse --short $b 2>/dev/null) || continue
    [ "${seen[$b]}" = "$h" ] && continue
    seen[$b]=$h
    [ "$h" = "$(git rev-parse --short int48)" ] && continue
    [ "$h" = "$(git rev-parse --short main)" ] && continue
    echo "$h ${b%48}-$(date -u +%H%M)" >> /work/notes/s48/queue
  done
  sleep 60
done
