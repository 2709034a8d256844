"""The HTML view in a real browser: Debian's headless chromium driven by Playwright.

On the seed graph (ingested afresh): no console error and no request outside the file; the vis
DataSets hold exactly the graph's nodes and edges; the legend lists the labels present; the
filters hide what they should; tooltips show the evidence; search finds aliases. On hostile
names: nothing runs. On a large generated graph: precomputed layout, physics off, clicks work.
In Jupyter's form (an iframe with srcdoc) the same view draws. Saves tests/out/seed-graph.png.
"""
from __future__ import annotations

import time
from collections import Counter

import networkx as nx
import pytest
from browser import open_view, wait_ready
from conftest import ROOT, SEED

from graph.store import Store
from graph.synthetic import synthetic_graph
from graph.view import NotebookView, Selection, render_html, select, write_html
from graph.view.network import CLUSTER_LIMIT, PHYSICS_LIMIT

OUT = ROOT / "tests" / "out"
XSS = "<img src=x onerror=alert(1)>"
XSS_SENTENCE = '<script>alert("evidence")</script><img src=y onerror="window.__pwned=1"> was said.'


@pytest.fixture(scope="module")
def seed(tmp_path_factory, pipeline):
    """The seed article ingested into a fresh store, and its page written by the view."""
    from graph.pipeline import ingest

    store = Store(tmp_path_factory.mktemp("seedstore"))
    report = ingest([SEED], store, pipeline)
    assert not report.failures
    return store.graph, write_html(store.graph, store.dir / "graph.html")


@pytest.fixture(scope="module")
def seed_page(browser, seed):
    page, log = open_view(browser, seed[1])
    page.wait_for_function("() => window.geopolView.stabilized === true", timeout=15_000)
    yield page, log
    page.close()


def dataset(page) -> dict:
    """The graph's nodes and edges as the page holds them, each hidden unless vis-network draws it now.

    vis-network makes a node or edge when it is first shown (and hides it later rather than dropping it):
    ``drawn`` counts the nodes it holds. What it shows must be what the page says it shows."""
    data = page.evaluate("""() => { const body = geopolView.network.body;
        const hidden = (made) => !made || made.options.hidden !== false;
        const nodes = geopolView.data.nodes.map(n => ({id: n.id, group: n.group, hidden: hidden(body.nodes[n.id]),
                                                       says: geopolView.isShown(n.id)}));
        const edges = geopolView.data.edges.map(e => ({id: e.id, from: e.from, to: e.to, type: e.type,
                                                       hidden: hidden(body.edges[e.id]), says: geopolView.isShown(e.id)}));
        return {nodes: nodes, edges: edges, drawn: Object.keys(body.nodes).length}; }""")
    assert all(x["hidden"] != x["says"] for x in [*data["nodes"], *data["edges"]])
    return data


def dom_point(page, kind: str, item_id: str) -> dict:
    """Page coordinates of a node's centre or an edge's midpoint, as drawn."""
    return page.evaluate("""([kind, id]) => {
        const net = geopolView.network;
        const p = kind === 'node' ? net.getPosition(id) : net.body.edges[id].edgeType.getPoint(0.5);
        const d = net.canvasToDOM(p);
        const box = document.getElementById('network').getBoundingClientRect();
        return {x: box.left + d.x, y: box.top + d.y};
    }""", [kind, item_id])


def hover(page, kind: str, item_id: str) -> str:
    page.mouse.move(5, 5)
    page.wait_for_selector("#tooltip", state="hidden")
    pt = dom_point(page, kind, item_id)
    page.mouse.move(pt["x"] + 1, pt["y"] + 1, steps=3)
    page.wait_for_selector("#tooltip", state="visible", timeout=5_000)
    return page.inner_text("#tooltip")


# ---- the seed graph --------------------------------------------------------------------------------

def test_seed_page_is_clean_and_holds_exactly_the_graph(seed, seed_page):
    g, path = seed
    page, log = seed_page
    OUT.mkdir(exist_ok=True)
    page.mouse.move(5, 5)
    page.screenshot(path=str(OUT / "seed-graph.png"))
    assert (OUT / "seed-graph.png").stat().st_size > 20_000
    assert log.errors == []
    assert log.outside() == [] and log.requests == [path.resolve().as_uri()]
    data = dataset(page)
    assert sorted(n["id"] for n in data["nodes"]) == sorted(g.nodes)
    assert data["drawn"] == sum(not n["hidden"] for n in data["nodes"])  # made when first shown
    assert {n["id"]: n["group"] for n in data["nodes"]} == {n: a["label"] for n, a in g.nodes(data=True)}
    assert Counter((e["from"], e["to"], e["type"]) for e in data["edges"]) == Counter(
        (u, v, a["type"]) for u, v, a in g.edges(data=True))
    # the provenance links, the document and the entities it only mentions start hidden; the rest is shown
    only_mentioned = {n for n in g if g.nodes[n]["label"] != "Document"
                      and all(a["type"] == "MENTIONED_IN" for *_, a in [*g.out_edges(n, data=True), *g.in_edges(n, data=True)])}
    assert only_mentioned  # the seed has some
    assert {n["id"] for n in data["nodes"] if n["hidden"]} == {n for n, a in g.nodes(data=True)
                                                                 if a["label"] == "Document"} | only_mentioned
    assert {e["type"] for e in data["edges"] if e["hidden"]} == {"MENTIONED_IN"}


def test_legend_lists_the_labels_and_types_present(seed, seed_page):
    g, _ = seed
    page, _ = seed_page
    labels = page.eval_on_selector_all("#legend-labels li", "els => els.map(e => e.dataset.label)")
    assert sorted(labels) == sorted({a["label"] for _, a in g.nodes(data=True)})
    counts = page.eval_on_selector_all("#legend-labels li .count", "els => els.map(e => e.textContent)")
    assert dict(zip(labels, map(int, counts), strict=True)) == Counter(a["label"] for _, a in g.nodes(data=True))
    types = page.eval_on_selector_all("#legend-types li", "els => els.map(e => e.dataset.type)")
    assert sorted(types) == sorted({k for _, _, k in g.edges(keys=True)})
    # each label row shows its own colour
    fills = page.eval_on_selector_all("#legend-labels li svg :first-child", "els => els.map(e => e.getAttribute('fill'))")
    assert len(set(fills)) == len(fills)


def test_filters_hide_what_they_should_and_bring_it_back(seed, seed_page):
    g, _ = seed
    page, _ = seed_page
    countries = {n for n, a in g.nodes(data=True) if a["label"] == "Country"}
    page.click("#legend-labels li[data-label='Country'] input")
    data = dataset(page)
    hidden = {n["id"] for n in data["nodes"] if n["hidden"]}
    quiet = set(page.evaluate("geopolView.data.quiet"))
    assert hidden == countries | quiet | {n for n, a in g.nodes(data=True) if a["label"] == "Document"}
    for e in data["edges"]:
        assert e["hidden"] == (e["from"] in countries or e["to"] in countries or e["type"] == "MENTIONED_IN"), e
    assert "Country" not in page.evaluate(
        "() => [...new Set(Object.values(geopolView.network.body.nodes).filter(n => n.options.hidden === false)"
        ".map(n => n.options.group))]")
    page.click("#legend-labels li[data-label='Country'] input")
    page.click("#legend-types li[data-type='COOPERATES_WITH'] input")
    data = dataset(page)
    assert {n["id"] for n in data["nodes"] if n["hidden"]} <= {n for n in g if n.startswith("doc:")} | quiet
    assert {e["type"] for e in data["edges"] if e["hidden"]} == {"COOPERATES_WITH", "MENTIONED_IN"}
    page.click("#legend-types li[data-type='COOPERATES_WITH'] input")
    page.click("#legend-types li[data-type='MENTIONED_IN'] input")
    page.click("#legend-labels li[data-label='Document'] input")
    page.click("#quiet")
    data = dataset(page)
    assert not any(n["hidden"] for n in data["nodes"]) and not any(e["hidden"] for e in data["edges"])
    assert page.inner_text("#summary").startswith(f"{g.number_of_nodes()} of {g.number_of_nodes()} nodes")
    page.click("#legend-types li[data-type='MENTIONED_IN'] input")
    page.click("#legend-labels li[data-label='Document'] input")
    page.click("#quiet")


def test_tooltips_show_node_facts_and_edge_evidence(seed, seed_page):
    g, _ = seed
    page, _ = seed_page
    u, v, key, attrs = max(((u, v, k, a) for u, v, k, a in g.edges(keys=True, data=True) if k == "COOPERATES_WITH"),
                           key=lambda e: len(e[3].get("evidence") or []))  # the best-attested tie
    edge_id = page.evaluate("([u, v, k]) => geopolView.data.edges.find(e => e.from === u && e.to === v && "
                            "e.type === k).id", [u, v, key])
    text = hover(page, "edge", edge_id)
    assert attrs["evidence"][0]["sentence"] in text
    assert g.nodes[u]["name"] in text and g.nodes[v]["name"] in text and "COOPERATES_WITH" in text
    assert f"{attrs['confidence']:.2f}" in text and "seeds/000_407af643d6740a8b.txt" in text
    node = "country:kazakhstan"
    text = hover(page, "node", node)
    a = g.nodes[node]
    assert a["name"] in text and "Country" in text and a["wikidata"] in text
    assert all(alias in text for alias in a["aliases"])


def test_search_finds_aliases_and_focuses_the_node(seed_page):
    page, _ = seed_page
    page.fill("#search", "qazaq")
    assert page.inner_text("#search-results li:first-child") .startswith("Kazakhstan")
    page.press("#search", "Enter")
    assert page.evaluate("geopolView.network.getSelectedNodes()") == ["country:kazakhstan"]
    assert page.inner_text("#details h3") == "Kazakhstan"
    page.fill("#search", "")


def test_physics_toggle(seed_page):
    page, _ = seed_page
    assert page.is_checked("#physics")
    page.click("#physics")
    assert page.evaluate("geopolView.network.physics.physicsEnabled") is False
    page.click("#physics")
    assert page.evaluate("geopolView.network.physics.physicsEnabled") is True


# ---- hostile text ----------------------------------------------------------------------------------

def hostile_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("person:x", id="person:x", label="Person", name=XSS, aliases=['"><svg onload=alert(3)>'],
               wikidata="Q1<b>")
    g.add_node("country:y", id="country:y", label="Country", name="Ruritania</script><script>alert(4)</script>",
               aliases=[])
    g.add_edge("person:x", "country:y", key="LEADS", type="LEADS", confidence=0.5, provenance="text",
               role="<i>president</i>",
               evidence=[{"doc": "doc:<x>", "sentence": XSS_SENTENCE, "start": 0, "end": 10}])
    return g


def test_hostile_names_and_sentences_stay_text(browser, tmp_path):
    path = write_html(hostile_graph(), tmp_path / "x.html")
    page, log = open_view(browser, path)
    page.wait_for_function("() => window.geopolView.stabilized === true", timeout=15_000)
    assert hover(page, "node", "person:x").startswith(XSS)
    assert XSS_SENTENCE in hover(page, "edge", "e0")
    page.fill("#search", "onerror")
    assert page.inner_text("#search-results li:first-child").startswith(XSS)
    page.press("#search", "Enter")
    assert page.inner_text("#details h3") == XSS
    page.wait_for_timeout(200)
    assert page.evaluate("document.images.length + document.querySelectorAll('iframe, svg image').length") == 0
    assert page.evaluate("document.scripts.length") == 5  # vis-network, the data, the view, export, map
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert log.dialogs == [] and log.errors == [] and log.outside() == []
    # defence in depth: markup injected behind the view's back still cannot run a handler
    page.evaluate("""() => { const d = document.createElement('div');
        d.innerHTML = '<img src="data:," onerror="window.__pwned=2">'; document.body.appendChild(d); }""")
    deadline = time.monotonic() + 15  # the refusal is reported when the image fails: waited for, not slept on
    while not any("Content Security Policy" in e for e in log.errors) and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    assert any("Content Security Policy" in e for e in log.errors)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.close()


# ---- a large graph ---------------------------------------------------------------------------------

POSITIONS = "() => Object.fromEntries(Object.values(geopolView.network.body.nodes).map(n => [n.id, {x: n.x, y: n.y}]))"

def test_large_graph_opens_with_precomputed_layout_and_answers_clicks(browser, tmp_path):
    g = synthetic_graph(1500, 3000, seed=12)
    path = write_html(g, tmp_path / "large.html")
    page, log = open_view(browser, path)
    assert page.evaluate("geopolView.readyAt") < 5_000  # ms from navigation to the first frame
    assert page.evaluate("geopolView.network.physics.physicsEnabled") is False
    assert not page.is_checked("#physics") and 1500 > PHYSICS_LIMIT
    data = dataset(page)
    real = [n for n in data["nodes"] if not n["id"].startswith("group:")]
    assert len(real) == g.number_of_nodes()
    assert len([e for e in data["edges"] if not e["id"].startswith("group:")]) == g.number_of_edges()
    given = page.evaluate("Object.fromEntries(geopolView.data.nodes.map(n => [n.id, [n.x, n.y]]))")
    drawn = page.evaluate(POSITIONS)
    assert len(drawn) < 200  # vis-network holds what the overview shows, not the 1,500 nodes behind it
    assert all(abs(drawn[n]["x"] - x) <= 1 and abs(drawn[n]["y"] - y) <= 1 for n, (x, y) in given.items()
               if n in drawn)  # vis rounds
    # above CLUSTER_LIMIT nodes the page opens on the overview: groups, whose members are hidden
    groups = page.evaluate("Array.from(geopolView.closed)")
    assert 1500 > CLUSTER_LIMIT and len(groups) >= 5
    shown = {n["id"] for n in data["nodes"] if not n["hidden"]}
    visible = "() => geopolView.network.body.nodeIndices"
    assert set(groups) <= set(page.evaluate(visible)) and len(shown) < 200
    node = max(g.degree, key=lambda d: d[1])[0]
    group = page.evaluate("id => Array.from(geopolView.groups).find(([k, v]) => v.members.includes(id))[0]", node)
    assert node not in shown and group in groups
    for _ in range(len(groups)):  # a click opens the group on top where it lands (groups may overlap)
        pt = dom_point(page, "node", group)
        before = page.evaluate("geopolView.lastClick ? geopolView.lastClick.at : 0")
        page.mouse.click(pt["x"], pt["y"])
        page.wait_for_function("t => geopolView.lastClick && geopolView.lastClick.at > t", arg=before)
        clicked = page.evaluate("geopolView.lastClick.nodes[0]")
        assert clicked in groups and not page.evaluate("g => geopolView.closed.has(g)", clicked)
        if clicked == group:
            break
    members = page.evaluate("g => geopolView.groups.get(g).members", group)
    after = {n["id"] for n in dataset(page)["nodes"] if not n["hidden"]}
    assert set(members) - set(page.evaluate("geopolView.data.quiet")) <= after
    assert group not in page.evaluate(visible)
    at = page.evaluate("id => geopolView.network.getPositions([id])[id]", node)  # made where it was laid out
    assert node not in drawn and abs(at["x"] - given[node][0]) <= 1 and abs(at["y"] - given[node][1]) <= 1
    page.evaluate("id => geopolView.network.focus(id, {scale: 1.5})", node)
    pt = dom_point(page, "node", node)
    page.mouse.click(pt["x"], pt["y"])
    page.wait_for_function("id => geopolView.lastClick && geopolView.lastClick.nodes[0] === id", arg=node)
    assert page.inner_text("#details h3") == g.nodes[node]["name"]
    assert log.errors == [] and log.outside() == []
    page.close()


def test_regrouping_filters_and_expansion_keep_vis_in_step_with_the_page(browser, tmp_path):
    """vis-network makes nodes and edges on their first showing: through every change of grouping,
    filter and expansion it draws exactly what the page says is shown, groups beneath the nodes and the
    most connected nodes on top (vis finds the node under the pointer in the same order)."""
    g = synthetic_graph(CLUSTER_LIMIT + 200, 2 * CLUSTER_LIMIT + 400, seed=5)
    page, log = open_view(browser, write_html(g, tmp_path / "regroup.html"))
    groups_drawn = """() => { const b = geopolView.network.body, ids = b.nodeIndices;
        const first = ids.findIndex(id => !id.startsWith('group:'));
        return {drawn: ids.filter(id => id.startsWith('group:')).sort(), closed: [...geopolView.closed].sort(),
                beneath: first < 0 || ids.slice(first).every(id => !id.startsWith('group:')),
                ranks: first < 0 ? [] : ids.slice(first).map(id => geopolView.data.order.indexOf(id))}; }"""
    hub = max(g, key=g.degree)
    steps = ["geopolView.setGroup('label')", "geopolView.openGroup([...geopolView.closed][0])",
             "geopolView.setGroup('none')", "geopolView.setGroup('community')", "document.getElementById('quiet').click()",
             "document.querySelector(\"#legend-labels li[data-label='Country'] input\").click()",
             f"geopolView.expand('{hub}')", "geopolView.back()",
             "document.querySelector(\"#legend-labels li[data-label='Country'] input\").click()",
             f"geopolView.expand('{hub}')", "geopolView.setGroup('label')"]
    made = []
    for step in steps:
        page.evaluate(f"() => {{ {step}; }}")
        data = dataset(page)  # asserts that vis shows what the page says
        made.append(data["drawn"])
        groups = page.evaluate(groups_drawn)
        assert groups["drawn"] == groups["closed"] and groups["beneath"], step
        assert groups["ranks"] == sorted(groups["ranks"], reverse=True), step
    assert made[0] < 100 < max(made)  # few made for the overview, more as groups open
    shown = page.evaluate("() => geopolView.data.nodes.filter(n => geopolView.isShown(n.id)).length")
    assert page.inner_text("#summary").startswith(f"{shown:,} of {g.number_of_nodes():,} nodes")
    assert log.errors == [] and log.outside() == []
    page.close()


def test_focus_view_starts_with_the_focus_selected(browser, tmp_path, seed):
    g, _ = seed
    path = write_html(g, tmp_path / "focus.html", Selection(focus="Qazaqstan", depth=1))
    page, log = open_view(browser, path)
    assert page.evaluate("geopolView.network.getSelectedNodes()") == ["country:kazakhstan"]
    assert page.inner_text("#details h3") == "Kazakhstan"
    assert page.inner_text("#subtitle") == "within 1 hop of Qazaqstan"
    near = {"country:kazakhstan", *nx.all_neighbors(g, "country:kazakhstan")}
    shown = {n["id"] for n in dataset(page)["nodes"] if not n["hidden"]}
    assert shown == {n for n in near if g.nodes[n]["label"] != "Document"}
    held = {n["id"] for n in dataset(page)["nodes"]}  # and two hops more, to expand into
    assert near < held and held == set(select(g, Selection(focus="Qazaqstan", depth=3)))
    assert log.errors == [] and log.outside() == []
    page.close()


# ---- Jupyter's form ----------------------------------------------------------------------------------

def test_iframe_srcdoc_view_draws(browser, tmp_path, seed):
    g, _ = seed
    cell = NotebookView(render_html(g), height=600)._repr_html_()
    host = tmp_path / "notebook.html"
    host.write_text(f"<!DOCTYPE html><html><body><h1>notebook</h1>{cell}</body></html>", encoding="utf-8")
    page, log = open_view(browser, host, wait=False)
    frame = page.frame_locator("iframe")
    frame.locator("body[data-ready]").wait_for(timeout=15_000)
    child = next(f for f in page.frames if f != page.main_frame)
    wait_ready(child)
    assert child.evaluate("geopolView.data.nodes.length") == g.number_of_nodes()
    assert child.evaluate("geopolView.data.edges.length") == g.number_of_edges()
    assert frame.locator("#legend-labels li").count() == len({a["label"] for _, a in g.nodes(data=True)})
    assert log.errors == [] and log.outside() == []
    page.close()



def test_notebook_views_share_one_vis_network(browser, tmp_path, seed, monkeypatch):
    """Two cells' views as Jupyter shows them: the first output carries vis-network, both views draw."""
    from graph.view import notebook, show

    g, _ = seed
    monkeypatch.setattr(notebook._Session, "vis_sent", False)
    cells = [show(g, height=500)._repr_html_(), show(g, focus="Kazakhstan", depth=1, height=500)._repr_html_()]
    from graph.view.assets import vis_script

    lib = vis_script()
    assert cells[0].count(lib) == 1 and lib not in cells[1] and "vis-network" not in cells[1][:2000]
    host = tmp_path / "notebook.html"
    host.write_text("<!DOCTYPE html><html><body>" + "".join(f"<div class='cell'>{c}</div>" for c in cells)
                    + "</body></html>", encoding="utf-8")
    page, log = open_view(browser, host, wait=False)
    for i in range(2):
        page.frame_locator("iframe").nth(i).locator("body[data-ready]").wait_for(timeout=30_000)
    frames = [f for f in page.frames if f != page.main_frame]
    assert len(frames) == 2
    assert frames[0].evaluate("geopolView.data.nodes.length") == g.number_of_nodes()
    assert frames[1].evaluate("geopolView.network.getSelectedNodes()") == ["country:kazakhstan"]
    assert log.errors == [] and log.outside() == []
    page.close()
