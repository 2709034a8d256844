#!/bin/bash
# build every dev half's graphs at int48 once, for helpers (read-only): /work/notes/s48/graphs-int48x/HALF
cd /work/main
[ -d /work/wt-graphs-int48xx ] || git worktree add -q --detach /work/wt-graphs-int48xx 803b6a16
cd /work/wt-graphs-int48xx
HALVES="tune fresh $(for i in $(seq 2 44); do echo -n "fresh$i "; done)"
echo $HALVES | tr ' ' '\n' | xargs -P2 -I{} bash -c 'mkdir -p /work/notes/s48/graphs-int48x/{} && PYTHONPATH=$PWD:$PWD/tests /work/main/.venv/bin/python -c "
import sys; sys.path.insert(0,\"tests\")
from pathlib import Path
from devset import build_graphs, DEV_DIR
build_graphs(DEV_DIR/\"{}\", Path(\"/work/notes/s48/graphs-int48x/{}\"))
" && echo done {}'
