#!/bin/bash
# build every dev half's graphs at int40 once, for helpers (read-only): /work/notes/s40/graphs-int40/HALF
cd /work/main
[ -d /work/wt-graphs-int40 ] || git worktree add -q --detach /work/wt-graphs-int40 int40
cd /work/wt-graphs-int40
HALVES="tune fresh $(for i in $(seq 2 36); do echo -n "fresh$i "; done)"
echo $HALVES | tr ' ' '\n' | xargs -P2 -I{} bash -c 'mkdir -p /work/notes/s40/graphs-int40/{} && PYTHONPATH=$PWD:$PWD/tests /work/main/.venv/bin/python -c "
import sys; sys.path.insert(0,\"tests\")
from pathlib import Path
from devset import build_graphs, DEV_DIR
build_graphs(DEV_DIR/\"{}\", Path(\"/work/notes/s40/graphs-int40/{}\"))
" && echo done {}'
