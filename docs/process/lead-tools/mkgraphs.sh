#!/bin/bash
# build every dev half's graphs at int44 once, for helpers (read-only): /work/notes/s44/graphs-int44/HALF
cd /work/main
[ -d /work/wt-graphs-int44 ] || git worktree add -q --detach /work/wt-graphs-int44 int44
cd /work/wt-graphs-int44
HALVES="tune fresh $(for i in $(seq 2 40); do echo -n "fresh$i "; done)"
echo $HALVES | tr ' ' '\n' | xargs -P2 -I{} bash -c 'mkdir -p /work/notes/s44/graphs-int44/{} && PYTHONPATH=$PWD:$PWD/tests /work/main/.venv/bin/python -c "
import sys; sys.path.insert(0,\"tests\")
from pathlib import Path
from devset import build_graphs, DEV_DIR
build_graphs(DEV_DIR/\"{}\", Path(\"/work/notes/s44/graphs-int44/{}\"))
" && echo done {}'
