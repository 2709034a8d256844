#!/bin/bash
# build every dev half's graphs at int47 once, for helpers (read-only): /work/notes/s47/graphs-int47/HALF
cd /work/main
[ -d /work/wt-graphs-int47 ] || git worktree add -q --detach /work/wt-graphs-int47 int47
cd /work/wt-graphs-int47
HALVES="tune fresh $(for i in $(seq 2 43); do echo -n "fresh$i "; done)"
echo $HALVES | tr ' ' '\n' | xargs -P2 -I{} bash -c 'mkdir -p /work/notes/s47/graphs-int47/{} && PYTHONPATH=$PWD:$PWD/tests /work/main/.venv/bin/python -c "
import sys; sys.path.insert(0,\"tests\")
from pathlib import Path
from devset import build_graphs, DEV_DIR
build_graphs(DEV_DIR/\"{}\", Path(\"/work/notes/s47/graphs-int47/{}\"))
" && echo done {}'
