"""Exploring a multi-article store in the page, in headless chromium: captions readable at the fitted
zoom, expansion on double-click and its history, the details panel, the confidence slider,
undirected relations, PNG and SVG export, and the map. The store is twelve of the development articles
and the seed, ingested afresh (a few hundred nodes). Saves the pictures of docs/ into tests/out/.
"""
from __future__ import annotations

import re
from xml.etree import ElementTree as ET

import networkx as nx
import pytest
from browser import open_view
from conftest import ROOT, SEED

from graph.ontology import UNDIRECTED
from graph.store import Store
from graph.view import Selection, write_html
from graph.view.explore import mentioned_only

OUT = ROOT / "tests" / "out"
ARTICLES = sorted(p for p in (ROOT / "tests" / "data" / "dev" / "tune").iterdir() if p.suffix != ".json")[:12]
FOCUS = "country:kazakhstan"


@pytest.fixture(scope="module")
def store(tmp_path_factory, pipeline) -> Store:
    from graph.pipeline import ingest

    assert len(ARTICLES) >= 10
    store = Store(tmp_path_factory.mktemp("articles"))
    report = ingest([*ARTICLES, SEED], store, pipeline)
    assert not report.failures
    return store


@pytest.fixture(scope="module")
def full_page(browser, store):
    path = write_html(store.graph, store.dir / "graph.html")
    page, log = open_view(browser, path)
    settle(page)
    yield page, log
    page.close()


def settle(page) -> None:
    """Wait for the final layout (computed in Python above the physics limit, else by vis-network)."""
    page.wait_for_function("() => !geopolView.data.physics || geopolView.stabilized === true", timeout=30_000)


def node_point(page, node_id: str) -> dict:
    return page.evaluate("""id => {
        const net = geopolView.network, n = net.body.nodes[id], d = net.canvasToDOM({x: n.x, y: n.y});
        const box = document.getElementById('network').getBoundingClientRect();
        return {x: box.left + d.x, y: box.top + d.y};
    }""", node_id)


def shown_nodes(page) -> set[str]:
    """The graph's nodes that vis-network shows now (it makes them when first shown)."""
    return set(page.evaluate("() => geopolView.data.nodes.map(n => n.id).filter(id => "
                             "geopolView.network.body.nodes[id] && !geopolView.network.body.nodes[id].options.hidden)"))


def hidden_edges(page) -> set[str]:
    return set(page.evaluate("() => geopolView.data.edges.map(e => e.id).filter(id => "
                             "!geopolView.network.body.edges[id] || geopolView.network.body.edges[id].options.hidden)"))


def core_degree(g: nx.MultiDiGraph) -> dict[str, int]:
    deg = dict.fromkeys(g, 0)
    for u, v, a in g.edges(data=True):
        if a["type"] != "MENTIONED_IN":
            deg[u] += 1
            deg[v] += 1
    return deg


# ---- readable at size ------------------------------------------------------------------------------

def test_captions_of_the_most_connected_are_drawn_readable_at_fit(store, full_page):
    g = store.graph
    page, log = full_page
    assert 200 <= g.number_of_nodes() <= 400
    page.evaluate("() => geopolView.network.fit()")
    # what the canvas really draws: record every text and its size on screen during one frame
    drawn = page.evaluate("""() => new Promise(resolve => {
        const net = geopolView.network, ctx = net.canvas.frame.canvas.getContext('2d'), texts = [];
        const fill = ctx.fillText;
        ctx.fillText = function (text, x, y) {
            const m = this.getTransform(), px = parseFloat(/(\\d+(\\.\\d+)?)px/.exec(this.font)[1]);
            texts.push({text: String(text), px: px * m.a / (net.canvas.pixelRatio || 1)});
            return fill.apply(this, arguments);
        };
        net.once('afterDrawing', () => { ctx.fillText = fill; resolve(texts); });
        net.redraw();
    })""")
    readable = {t["text"] for t in drawn if t["px"] >= 11}
    deg = core_degree(g)
    top = sorted((n for n in g if g.nodes[n]["label"] != "Document"), key=lambda n: -deg[n])[:8]
    captions = page.evaluate("() => Object.fromEntries(geopolView.captions)")
    assert sum(captions[n] in readable for n in top) >= 6, [captions[n] for n in top]
    assert len(readable) >= 25
    placed = page.evaluate("geopolView.drawnCaptions")
    assert len(placed) == len({c["id"] for c in placed})
    # zooming in names nodes that had no room at the fitted zoom
    redraw = "() => new Promise(r => { geopolView.network.once('afterDrawing', r); geopolView.network.redraw(); })"
    page.evaluate("() => geopolView.network.moveTo({scale: geopolView.network.getScale() * 2.5})")
    page.evaluate(redraw)
    closer = {c["id"] for c in page.evaluate("geopolView.drawnCaptions")}
    assert closer - {c["id"] for c in placed}
    page.evaluate("() => geopolView.network.fit()")
    page.evaluate(redraw)
    assert {c["id"] for c in page.evaluate("geopolView.drawnCaptions")} == {c["id"] for c in placed}
    OUT.mkdir(exist_ok=True)
    page.mouse.move(5, 5)
    page.screenshot(path=str(OUT / "articles-graph.png"))
    assert log.errors == [] and log.outside() == []


def test_entities_only_mentioned_are_hidden_behind_a_switch(store, full_page):
    g = store.graph
    page, _ = full_page
    quiet = set(mentioned_only(g))
    assert len(quiet) > 0.1 * g.number_of_nodes()
    docs = {n for n, a in g.nodes(data=True) if a["label"] == "Document"}
    assert shown_nodes(page) == set(g) - quiet - docs
    assert page.inner_text("#quiet-text") == f"Entities only mentioned ({len(quiet)})"
    page.click("#quiet")
    assert shown_nodes(page) == set(g) - docs
    page.click("#quiet")
    assert shown_nodes(page) == set(g) - quiet - docs


# ---- expansion, details, history --------------------------------------------------------------------

@pytest.fixture(scope="module")
def focus_page(browser, store):
    path = write_html(store.graph, store.dir / "focus.html", Selection(focus="Kazakhstan", depth=1))
    page, log = open_view(browser, path)
    settle(page)
    yield page, log
    page.close()


def test_double_click_expands_a_node_from_the_page_and_back_undoes_it(store, focus_page):
    g = store.graph
    page, log = focus_page
    start = shown_nodes(page)
    assert start == {FOCUS, *(n for n in nx.all_neighbors(g, FOCUS) if g.nodes[n]["label"] != "Document")}
    held = set(page.evaluate("geopolView.data.nodes.map(n => n.id)"))
    # a shown node with relations (not mentions) to nodes that are not shown
    node, hidden = next((n, {m for u, v, a in [*g.out_edges(n, data=True), *g.in_edges(n, data=True)]
                             if a["type"] != "MENTIONED_IN" for m in (u, v) if m != n and m not in start})
                        for n in sorted(start - {FOCUS}, key=lambda n: -core_degree(g)[n])
                        if any(a["type"] != "MENTIONED_IN" and (u if v == n else v) not in start
                               for u, v, a in [*g.out_edges(n, data=True), *g.in_edges(n, data=True)]))
    assert hidden and hidden <= held  # the page holds them: no new file
    page.evaluate("id => geopolView.network.focus(id, {scale: 1.2})", node)
    pt = node_point(page, node)
    page.mouse.dblclick(pt["x"], pt["y"])
    page.wait_for_function("id => geopolView.lastExpand && geopolView.lastExpand.node === id", arg=node)
    assert shown_nodes(page) == start | hidden
    assert page.inner_text("#details h3") == g.nodes[node]["name"]
    assert not page.is_disabled("#back")
    page.click("#back")
    assert shown_nodes(page) == start and page.is_disabled("#back")
    assert log.errors == [] and log.outside() == []


def test_details_panel_groups_relations_by_type_and_lists_the_articles(store, browser, tmp_path):
    g = store.graph.copy()
    docs = sorted(n for n, a in g.nodes(data=True) if a["label"] == "Document" and g.has_edge(FOCUS, n))
    assert docs
    g.nodes[docs[0]].update(title="<b>Kazakhstan</b> parades its new armour", source="The Diplomat",
                            published="2024-05-07")
    path = write_html(g, tmp_path / "details.html")
    page, log = open_view(browser, path)
    settle(page)
    page.evaluate("id => geopolView.network.focus(id, {scale: 1.5})", FOCUS)
    pt = node_point(page, FOCUS)
    page.mouse.click(pt["x"], pt["y"])
    page.wait_for_selector("#details .relations")
    groups = page.eval_on_selector_all("#details .relation-group", "els => els.map(e => [e.dataset.type, "
                                       "e.querySelectorAll('li').length])")
    edges = [a["type"] for _, _, a in [*g.out_edges(FOCUS, data=True), *g.in_edges(FOCUS, data=True)]
             if a["type"] != "MENTIONED_IN"]
    assert dict(groups) == {t: edges.count(t) for t in set(edges)}
    # undirected relations are listed with a dash, directed ones with an arrow
    dirs = page.eval_on_selector_all("#details .relation-group", "els => els.map(e => [e.dataset.type, "
                                     "[...e.querySelectorAll('.dir')].map(d => d.textContent.trim())])")
    for rel, marks in dirs:
        assert set(marks) <= ({"—"} if rel in UNDIRECTED else {"→", "←"}), (rel, marks)
    articles = page.inner_text("#details .articles")
    assert "<b>Kazakhstan</b> parades its new armour" in articles and "The Diplomat · 2024-05-07" in articles
    assert page.evaluate("document.querySelectorAll('#details b').length") == 0
    assert page.eval_on_selector_all("#details .articles li", "els => els.length") == len(docs)
    # a related name is a link: it selects that node
    other = page.eval_on_selector("#details .relation-group button.link", "b => b.textContent")
    page.click("#details .relation-group button.link")
    assert page.inner_text("#details h3") == other
    assert log.errors == [] and log.outside() == []
    page.close()


def test_confidence_slider_hides_weaker_relations(store, full_page):
    g = store.graph
    page, _ = full_page
    page.evaluate("""() => { const s = document.getElementById('confidence'); s.value = '0.8';
                            s.dispatchEvent(new Event('input')); }""")
    hidden = hidden_edges(page)
    edges = page.evaluate("geopolView.data.edges")
    weak = {e["id"] for e in edges if isinstance(e.get("confidence"), float | int) and e["confidence"] < 0.8}
    assert weak and weak <= hidden
    assert page.inner_text("#confidence-value") == "0.80"
    page.evaluate("""() => { const s = document.getElementById('confidence'); s.value = '0';
                            s.dispatchEvent(new Event('input')); }""")
    assert not weak & hidden_edges(page)
    assert g.number_of_edges() == len(edges)


def test_undirected_relations_are_drawn_without_arrows(full_page):
    page, _ = full_page
    arrows = page.evaluate("""() => geopolView.data.edges.filter(e => geopolView.isShown(e.id)).map(e =>
        [e.type, geopolView.network.body.edges[e.id].options.arrows.to.enabled])""")
    assert len(arrows) > 100 and {t for t, _ in arrows} & UNDIRECTED
    assert {t for t, on in arrows if not on} == {t for t, _ in arrows if t in UNDIRECTED}
    assert any(on for _, on in arrows)


# ---- pictures out ------------------------------------------------------------------------------------

def test_png_and_svg_export_of_the_current_view(full_page, tmp_path):
    page, log = full_page
    with page.expect_download() as png:
        page.click("#export-png")
    png_path = tmp_path / png.value.suggested_filename
    png.value.save_as(png_path)
    data = png_path.read_bytes()
    assert png.value.suggested_filename == "geopol-network.png" and data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width >= 800 and height >= 600 and len(data) > 30_000
    with page.expect_download() as svg:
        page.click("#export-svg")
    svg_path = tmp_path / svg.value.suggested_filename
    svg.value.save_as(svg_path)
    root = ET.parse(svg_path).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg" and not list(root.iter(f"{ns}script"))
    marks = [el for tag in ("circle", "rect", "polygon") for el in root.iter(f"{ns}{tag}") if el.get("data-id")]
    shown = len(shown_nodes(page))
    assert len(marks) >= 0.9 * shown and len(list(root.iter(f"{ns}line"))) > 50
    texts = {t.text for t in root.iter(f"{ns}text")}
    assert texts == {c["text"] for c in page.evaluate("geopolView.drawnCaptions")} and len(texts) >= 20
    assert log.outside() == [] or all(re.match(r"(blob|data):", u) for u in log.outside())


# ---- the map -----------------------------------------------------------------------------------------

def test_map_colours_the_focus_country_and_draws_arcs(store, browser, tmp_path):
    from graph.view.render import render

    g = store.graph
    path = tmp_path / "map.html"
    path.write_text(render(g, tab="map", map_focus="Kazakhstan").html, encoding="utf-8")
    page, log = open_view(browser, path)
    page.wait_for_selector("#map-svg")
    assert page.is_visible("#map") and page.evaluate("geopolView.map.focus") == "KAZ"
    assert page.get_attribute("#map-svg path[data-iso='KAZ']", "data-kind") == "focus"
    partners = {g.nodes[v if u == FOCUS else u].get("iso3") for u, v, a in g.edges(data=True)
                if a["type"] == "COOPERATES_WITH" and FOCUS in (u, v)} - {None}  # countries, not companies
    coloured = dict(page.eval_on_selector_all("#map-svg path[data-kind]", "els => els.map(e => [e.dataset.iso, "
                                                                            "e.dataset.kind])"))
    assert partners and partners <= set(coloured)
    arcs = page.eval_on_selector_all("#map-svg path.arc", "els => els.map(e => [e.dataset.from, e.dataset.to, "
                                                           "e.dataset.kind])")
    assert {frozenset({"KAZ", iso}) for iso in partners} <= {frozenset(a[:2]) for a in arcs if a[2] == "cooperation"}
    assert all("KAZ" in a[:2] for a in arcs)
    # another focus from the list: a country in conflict with another
    a, b = next((g.nodes[u]["iso3"], g.nodes[v]["iso3"]) for u, v, e in g.edges(data=True)
                if e["type"] == "IN_CONFLICT_WITH" and g.nodes[u].get("iso3") and g.nodes[v].get("iso3"))
    page.select_option("#map-focus", a)
    assert page.get_attribute(f"#map-svg path[data-iso='{a}']", "data-kind") == "focus"
    assert page.get_attribute(f"#map-svg path[data-iso='{b}']", "data-kind") == "conflict"
    page.select_option("#map-focus", "KAZ")
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "articles-map.png"))
    with page.expect_download() as svg:
        page.click("#export-svg")
    assert svg.value.suggested_filename == "geopol-map.svg"
    assert log.errors == [] and log.outside() == []
    page.close()


def test_expanded_view_picture(store, browser):
    """The picture of an expanded node for docs/: Kazakhstan's neighbourhood, then Russia expanded."""
    g = store.graph
    path = write_html(g, store.dir / "expand.html", Selection(focus="Kazakhstan", depth=1))
    page, log = open_view(browser, path)
    settle(page)
    added = page.evaluate("id => geopolView.expand(id)", "country:russia")
    assert added and set(added) <= shown_nodes(page)
    page.wait_for_timeout(2500)  # the new nodes settle
    page.evaluate("() => geopolView.network.fit()")
    page.mouse.move(5, 5)
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "articles-expanded.png"))
    assert log.errors == [] and log.outside() == []
    page.close()
