#!/bin/bash
# pv.sh [PATTERN]: this session's probe files (written after START, HH:MM, the session's start), one line per half, compact
for f in $(ls -tr $(find /work/notes -maxdepth 1 -name "probe-${1:-*}-*.txt" -newermt "${START:-2026-12-07 20:19}") /work/notes/probe-int48.txt 2>/dev/null); do
  awk -v f=$(basename $f .txt) '/^==/{h=$3" "$4} /^(check|fresh(45|46)):/{printf "%-22s %-8s %s %-7s e %s P %s R %s F1 %s | pub %s when %s st %s ev %s\n", f, h, "", $1, $3, $6, $8, $10, $13, $15, $17, $19}' $f
done
