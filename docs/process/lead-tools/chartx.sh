while [ $(grep -c "^done" /tmp/mkgraphs-x48.log) -lt 45 ]; do sleep 20; done
cd /work/wt-graphs-int48xx && /work/main/.venv/bin/python /work/notes/s48/chart_from_graphs.py /work/notes/s48/graphs-int48x /work/notes/s48/chart-int48x.tmp.json > /tmp/chartx.log 2>&1 && mv /work/notes/s48/chart-int48x.tmp.json /work/notes/s48/chart-int48x.json
