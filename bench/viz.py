"""Time from navigation to a stable, interactive network view in headless chromium.

For generated ontology-valid graphs of 500, 2,000 and 5,000 nodes (two edges per node), the page
of ``geopol viz`` is written and opened in Debian's chromium (``/usr/bin/chromium``, driven by
Playwright; a fresh page each run) and timed on the page's own clock, whose origin is the start
of the navigation:

* **stable**: the first frame of the final layout has been drawn. Above the physics threshold the
  layout is computed in Python and physics is off, so that frame is final (checked: no node moves in
  the next half second); below it, the frame after vis-network's stabilisation.
* **interactive**: as soon as the page is stable, the bench clicks the most connected node at its
  drawn position; the time is when the page's click handler has selected it.

Target: interactive <= 3 s at 5,000 nodes.

    python bench/viz.py [--sizes 500 2000 5000] [--edges-per-node 2] [--runs 3]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from browser import launch, open_view  # noqa: E402

from graph.synthetic import synthetic_graph  # noqa: E402
from graph.view import write_html  # noqa: E402
from graph.view.network import PHYSICS_LIMIT  # noqa: E402

TARGET_NODES, TARGET_MS = 5000, 3000


def measure(browser, path: Path, node: str) -> tuple[float, float, bool]:
    """(stable ms, interactive ms, positions unchanged afterwards) for one fresh page."""
    page, log = open_view(browser, path)
    stable = page.evaluate("geopolView.readyAt")
    point = page.evaluate("""id => {
        const net = geopolView.network, d = net.canvasToDOM(net.getPosition(id));
        const box = document.getElementById('network').getBoundingClientRect();
        return {x: box.left + d.x, y: box.top + d.y};
    }""", node)
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function("id => geopolView.lastClick && geopolView.lastClick.nodes[0] === id", arg=node,
                           polling="raf")
    interactive = page.evaluate("geopolView.lastClick.at")
    before = page.evaluate("geopolView.network.getPositions()")
    page.wait_for_timeout(500)
    still = page.evaluate("geopolView.network.getPositions()") == before
    if log.errors or log.outside():
        raise SystemExit(f"{path}: console errors {log.errors} or requests {log.outside()}")
    page.close()
    return stable, interactive, still


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 5000])
    ap.add_argument("--edges-per-node", type=float, default=2.0)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = launch(p)
        for n in args.sizes:
            g = synthetic_graph(n, int(n * args.edges_per_node), seed=11)
            start = time.perf_counter()
            path = write_html(g, Path(tmp) / f"view-{n}.html")
            build = time.perf_counter() - start
            hub = max(g.degree, key=lambda d: d[1])[0]
            runs = [measure(browser, path, hub) for _ in range(args.runs)]
            rows.append((n, g.number_of_edges(), path.stat().st_size / 1e6, build,
                         statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
                         all(r[2] for r in runs)))
        version = browser.version
        browser.close()
    print(f"chromium {version} headless; median of {args.runs} fresh page loads; physics off above "
          f"{PHYSICS_LIMIT} nodes")
    print(f"{'nodes':>6} {'edges':>7} {'html MB':>8} {'python s':>9} {'stable ms':>10} {'interactive ms':>15} "
          f"{'still':>6}")
    for n, m, size, build, stable, interactive, still in rows:
        print(f"{n:>6} {m:>7} {size:>8.1f} {build:>9.2f} {stable:>10.0f} {interactive:>15.0f} "
              f"{'yes' if still else 'NO':>6}")
    at = [r for r in rows if r[0] == TARGET_NODES]
    if at:
        verdict = "met" if at[0][5] <= TARGET_MS else "MISSED"
        print(f"target: interactive <= {TARGET_MS} ms at {TARGET_NODES:,} nodes: {at[0][5]:.0f} ms, {verdict}")


if __name__ == "__main__":
    main()
