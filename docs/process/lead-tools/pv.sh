#!/bin/bash
# pv.sh [PATTERN]: each probe file of this session, one line per half, compact
for f in $(ls -tr /work/notes/probe-${1:-*}-1[5-7]*.txt /work/notes/probe-int29.txt 2>/dev/null); do
  awk -v f=$(basename $f .txt) '/^==/{h=$3" "$4} /^(check|fresh2[67]):/{printf "%-22s %-8s %s %-7s e %s P %s R %s F1 %s | pub %s when %s st %s ev %s\n", f, h, "", $1, $3, $6, $8, $10, $13, $15, $17, $19}' $f
done
