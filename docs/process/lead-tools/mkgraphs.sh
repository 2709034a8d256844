#!/bin/bash
# build every dev half's graphs at int42 once, for helpers (read-only): /work/notes/s42/graphs-int42/HALF
cd /work/main
[ -d /work/wt-graphs-int42 ] || git worktree add -q --detach /work/wt-graphs-int42 int42
cd /work/wt-graphs-int42
HALVES="tune fresh $(for i in $(seq 2 38); do echo -n "fresh$i "; done)"
echo $HALVES | tr ' ' '\n' | xargs -P2 -I{} bash -c 'mkdir -p /work/notes/s42/graphs-int42/{} && PYTHONPATH=$PWD:$PWD/tests /work/main/.venv/bin/python -c "
import sys; sys.path.insert(0,\"tests\")
from pathlib import Path
from devset import build_graphs, DEV_DIR
build_graphs(DEV_DIR/\"{}\", Path(\"/work/notes/s42/graphs-int42/{}\"))
" && echo done {}'
