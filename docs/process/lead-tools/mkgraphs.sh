#!/bin/bash
# build every dev half's graphs at int37 once, for helpers (read-only): /work/notes/s37/graphs-int37/HALF
cd /work/main
[ -d /work/wt-graphs-int37 ] || git worktree add -q --detach /work/wt-graphs-int37 int37
cd /work/wt-graphs-int37
HALVES="tune fresh $(for i in $(seq 2 33); do echo -n "fresh$i "; done)"
echo $HALVES | tr ' ' '\n' | xargs -P2 -I{} bash -c 'mkdir -p /work/notes/s37/graphs-int37/{} && PYTHONPATH=$PWD:$PWD/tests /work/main/.venv/bin/python -c "
import sys; sys.path.insert(0,\"tests\")
from pathlib import Path
from devset import build_graphs, DEV_DIR
build_graphs(DEV_DIR/\"{}\", Path(\"/work/notes/s37/graphs-int37/{}\"))
" && echo done {}'
