"""The HTML view without a browser: selection, the self-contained page, limits, the command, Jupyter.

The browser half (what vis-network actually shows) is in test_view_browser.py.
"""
from __future__ import annotations

import argparse
import html
import json
import re

import networkx as nx
import pytest
from rich.console import Console

from graph.errors import GeopolError, ViewError
from graph.store import DEFAULT_STORE, Store
from graph.synthetic import synthetic_graph
from graph.view import NotebookView, Selection, render_html, select, show
from graph.view import cli as view_cli
from graph.view import network as view_network
from graph.view.build import find_node, resolve_labels, resolve_types
from graph.view.layout import spring_positions
from graph.view.render import embed_json, render
from graph.view.style import LABEL_STYLE, TYPE_STYLE

EVIDENCE = [{"doc": "doc:1", "sentence": "Kazakhstan and Turkey signed a defence pact.", "start": 0, "end": 44}]


def small_graph() -> nx.MultiDiGraph:
    """Two countries that cooperate, one alliance, one document mentioning everything, a platform."""
    g = nx.MultiDiGraph()
    nodes = [("country:kz", "Country", "Kazakhstan", ["Qazaqstan"]), ("country:tr", "Country", "Turkey", []),
             ("alliance:csto", "Alliance", "CSTO", []), ("platform:anka", "Platform", "Anka", []),
             ("company:tai", "Company", "TAI", []), ("doc:1", "Document", "An article", [])]
    for node_id, label, name, aliases in nodes:
        g.add_node(node_id, id=node_id, label=label, name=name, aliases=aliases,
                   **({"category": "uav"} if label == "Platform" else {}))
    g.add_edge("country:kz", "country:tr", key="COOPERATES_WITH", type="COOPERATES_WITH", evidence=EVIDENCE * 2,
               confidence=0.8, provenance="text", domain="defense")
    g.add_edge("country:kz", "alliance:csto", key="MEMBER_OF", type="MEMBER_OF", evidence=EVIDENCE,
               confidence=0.9, provenance="text")
    g.add_edge("company:tai", "platform:anka", key="MANUFACTURES", type="MANUFACTURES", provenance="reference")
    for node_id, *_ in nodes[:-1]:
        g.add_edge(node_id, "doc:1", key="MENTIONED_IN", type="MENTIONED_IN")
    return g


def payload_of(page: str) -> dict:
    raw = re.search(r'<script type="application/json" id="geopol-data">(.*?)</script>', page, re.S).group(1)
    return json.loads(raw)


# ---- selection ---------------------------------------------------------------------------------

def test_no_selection_keeps_the_whole_graph():
    g = small_graph()
    sub = select(g, Selection())
    assert set(sub.nodes) == set(g.nodes)
    assert set(sub.edges(keys=True)) == set(g.edges(keys=True))


def test_label_filter_keeps_those_labels_and_the_edges_among_them():
    sub = select(small_graph(), Selection(labels=("Country", "Alliance")))
    assert set(sub.nodes) == {"country:kz", "country:tr", "alliance:csto"}
    assert {k for _, _, k in sub.edges(keys=True)} == {"COOPERATES_WITH", "MEMBER_OF"}


def test_type_filter_drops_nodes_left_without_edges():
    sub = select(small_graph(), Selection(types=("COOPERATES_WITH",)))
    assert set(sub.nodes) == {"country:kz", "country:tr"}


def test_min_evidence_drops_reference_facts_and_counts_sentences():
    assert {k for *_, k in select(small_graph(), Selection(min_evidence=1)).edges(keys=True)} == {
        "COOPERATES_WITH", "MEMBER_OF"}
    assert {k for *_, k in select(small_graph(), Selection(min_evidence=2)).edges(keys=True)} == {
        "COOPERATES_WITH"}


def test_focus_and_depth_do_not_walk_through_documents():
    g = small_graph()
    one = select(g, Selection(focus="Turkey", depth=1))
    assert set(one.nodes) == {"country:tr", "country:kz", "doc:1"}
    two = select(g, Selection(focus="turkey", depth=2))
    assert set(two.nodes) == {"country:tr", "country:kz", "doc:1", "alliance:csto"}  # not TAI nor Anka
    assert set(select(g, Selection(focus="country:tr", depth=0)).nodes) == {"country:tr"}


def test_focus_survives_the_label_filter():
    sub = select(small_graph(), Selection(focus="CSTO", depth=2, labels=("Country",)))
    assert set(sub.nodes) == {"alliance:csto", "country:kz", "country:tr"}


def store_like(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """A generated graph with what a store adds: document nodes with MENTIONED_IN links, reference facts."""
    g = synthetic_graph(n, 2 * n, seed=seed, documents=max(2, n // 50))
    docs = sorted({e["doc"] for *_, a in g.edges(data=True) for e in a["evidence"]})
    for d in docs:
        g.add_node(d, id=d, label="Document", name=d, aliases=[], path=f"{d}.txt")
    for i, (u, v, a) in enumerate(list(g.edges(data=True))):
        if i % 5 == 0:
            a["evidence"], a["provenance"] = [], "reference"
        else:
            for node in (u, v):
                g.add_edge(node, a["evidence"][0]["doc"], key="MENTIONED_IN", type="MENTIONED_IN")
    return g


def whole_then_focus(g: nx.MultiDiGraph, sel: Selection) -> set:
    """The focused selection as defined: filter the whole graph, then walk ``depth`` hops, not through documents."""
    whole = select(g, Selection(labels=sel.labels, types=sel.types, min_evidence=sel.min_evidence))
    focus = find_node(g, sel.focus)
    whole.add_node(focus)  # the focus survives every filter
    seen, frontier = {focus}, [focus]
    for _ in range(sel.depth):
        frontier = [m for n in frontier if n == focus or g.nodes[n]["label"] != "Document"
                    for m in nx.all_neighbors(whole, n) if m not in seen and not seen.add(m)]
    return seen | set(whole.subgraph(seen).edges(keys=True))


def test_focused_selection_is_the_neighbourhood_in_the_filtered_graph():
    g = store_like(400)
    hub = max((n for n in g if g.nodes[n]["label"] != "Document"), key=g.degree)
    quiet = min((n for n in g if g.nodes[n]["label"] == "Person"), key=g.degree)
    for sel in [Selection(focus=hub, depth=d) for d in (0, 1, 2, 3)] + [
            Selection(focus=hub, labels=("Country", "Company")), Selection(focus=hub, types=("MENTIONED_IN",), depth=2),
            Selection(focus=hub, types=("SUPPLIES", "OPERATES", "BASED_IN"), depth=3),
            Selection(focus=hub, min_evidence=1, depth=3), Selection(focus=quiet, labels=("Country",), depth=2),
            Selection(focus=g.nodes[hub]["name"], depth=1, min_evidence=1)]:
        sub = select(g, sel)
        assert set(sub) | set(sub.edges(keys=True)) == whole_then_focus(g, sel), sel
        assert all(sub.nodes[n] == g.nodes[n] for n in sub)
        assert all(a == g.edges[u, v, k] for u, v, k, a in sub.edges(keys=True, data=True))


class _Walks(dict):
    """A dict that counts the times it is walked whole (networkx keeps a graph's nodes and adjacency in these)."""

    count = 0

    def __iter__(self):
        _Walks.count += 1
        return super().__iter__()

    def items(self):
        _Walks.count += 1
        return super().items()

    def keys(self):
        _Walks.count += 1
        return super().keys()

    def values(self):
        _Walks.count += 1
        return super().values()


class _Watched(nx.MultiDiGraph):
    node_dict_factory = _Walks
    adjlist_outer_dict_factory = _Walks


def test_focused_selection_and_page_visit_the_neighbourhood_not_the_store():
    """``--focus`` costs what the neighbourhood holds: neither select nor the page walks the whole graph."""
    g = _Watched(store_like(3000, seed=2))
    hub = max((n for n in g if g.nodes[n]["label"] != "Document"), key=g.degree)
    _Walks.count = 0
    sub = select(g, Selection(focus=hub, depth=2, min_evidence=1))
    assert _Walks.count == 0 and 10 < sub.number_of_nodes() < 300
    rendered = render(g, Selection(focus=hub, depth=1))
    assert _Walks.count == 0 and rendered.nodes == select(g, Selection(focus=hub, depth=1)).number_of_nodes()
    select(g, Selection(labels=("Country",)))  # without a focus: the whole graph, walked
    assert _Walks.count > 0


def test_names_labels_and_types_are_resolved_or_refused():
    g = small_graph()
    assert find_node(g, "qazaqstan") == "country:kz"
    assert resolve_labels(["country", "GOVERNMENTBODY"]) == ("Country", "GovernmentBody")
    assert resolve_types(["cooperates-with", "member_of"]) == ("COOPERATES_WITH", "MEMBER_OF")
    with pytest.raises(ViewError, match="no node is named"):
        find_node(g, "Atlantis")
    with pytest.raises(ViewError, match="unknown label"):
        resolve_labels(["Planet"])
    with pytest.raises(ViewError, match="unknown relationship type"):
        resolve_types(["LIKES"])
    g.add_node("country:tr2", id="country:tr2", label="Country", name="Turkey", aliases=[])
    with pytest.raises(ViewError, match="names 2 nodes"):
        find_node(g, "Turkey")
    assert issubclass(ViewError, GeopolError)


# ---- style and layout ----------------------------------------------------------------------------

def test_every_label_and_type_has_its_own_look():
    looks = {(s.color, s.shape) for s in LABEL_STYLE.values()}
    assert len(looks) == len(LABEL_STYLE)
    assert len({s.color for s in TYPE_STYLE.values()}) == len(TYPE_STYLE)
    coop, conflict = TYPE_STYLE["COOPERATES_WITH"], TYPE_STYLE["IN_CONFLICT_WITH"]
    assert coop.color != conflict.color and coop.dashes != conflict.dashes


def test_communities_of_a_big_graph_are_as_good_as_louvains_and_stable():
    from graph.view.explore import PRESEED_OVER, communities

    g = synthetic_graph(PRESEED_OVER + 500, 2 * PRESEED_OVER + 1000, seed=4)
    core = nx.Graph(g.to_undirected())
    found = communities(g)
    parts: dict[int, set] = {}
    for node, c in found.items():
        parts.setdefault(c, set()).add(node)
    louvain = nx.community.louvain_communities(core, seed=7)
    assert nx.community.modularity(core, parts.values()) >= 0.97 * nx.community.modularity(core, louvain)
    assert 0.5 * len(louvain) <= len(parts) <= 2 * len(louvain) and communities(g) == found
    assert sorted(parts) == list(range(len(parts))) and len(parts[0]) == max(map(len, parts.values()))


def test_layout_is_deterministic_and_spreads_nodes():
    g = synthetic_graph(400, 800, seed=3)
    a, b = spring_positions(g), spring_positions(g)
    assert a == b and set(a) == set(g.nodes)
    points = sorted(a.values())
    distinct = {(round(x / 10), round(y / 10)) for x, y in points}
    assert len(distinct) > 0.95 * len(points)  # hardly any two nodes on the same 10-pixel spot



def test_big_layouts_start_from_the_communities_and_keep_them_together():
    """Above SEEDED_OVER nodes the layout starts from that of the communities: as spread out, in fewer
    iterations, and a community's members sit closer together, so the overview's groups stand apart."""
    import numpy as np

    from graph.view.explore import communities
    from graph.view.layout import SEEDED_OVER

    g = nx.Graph(synthetic_graph(SEEDED_OVER + 300, 2 * SEEDED_OVER + 600, seed=8).to_undirected())
    community = communities(nx.MultiDiGraph(g))
    seeded, plain = spring_positions(g, groups=community), spring_positions(g)
    assert seeded == spring_positions(g, groups=community) and set(seeded) == set(g)

    def spread_of_communities(pos: dict) -> float:
        xy = {n: np.array(p) for n, p in pos.items()}
        members: dict[int, list] = {}
        for n, c in community.items():
            members.setdefault(c, []).append(xy[n])
        radius = [np.sqrt(((np.array(m) - np.mean(m, axis=0)) ** 2).sum(axis=1).mean()) for m in members.values()
                  if len(m) >= 10]
        whole = np.sqrt((np.array(list(xy.values())) ** 2).sum(axis=1).mean())
        return float(np.mean(radius) / whole)

    assert spread_of_communities(seeded) < 0.85 * spread_of_communities(plain)
    distinct = {(round(x / 10), round(y / 10)) for x, y in seeded.values()}
    assert len(distinct) > 0.95 * len(seeded)

# ---- the page --------------------------------------------------------------------------------------

def test_page_loads_nothing_from_outside():
    page = render_html(small_graph())
    assert "<link" not in page.lower()
    assert not re.search(r"<(script|img|iframe|source|video|audio|embed|object)\b[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page, re.I)
    assert "sourceMappingURL" not in page
    assert "bootstrap" not in page.lower() and "cdnjs" not in page and "jsdelivr" not in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp
    scripts = re.search(r"script-src ([^;]+);", csp).group(1).split()
    assert len(scripts) == 4  # vis-network, the view, export, map; no 'unsafe-inline'
    assert all(x.startswith("'sha256-") for x in scripts)


def test_page_data_is_the_graph_and_hostile_text_stays_data():
    g = small_graph()
    hostile = '<img src=x onerror=alert(1)></script><script>alert(2)</script>&amp;\u2028'
    g.nodes["country:tr"]["name"] = hostile
    page = render_html(g)
    assert "<img src=x" not in page and "alert(2)</script>" not in page
    data = payload_of(page)
    assert data["info"]["nodes"]["country:tr"]["name"] == hostile
    assert {n["id"] for n in data["nodes"]} == set(g.nodes)
    assert sorted((e["from"], e["to"], e["type"]) for e in data["edges"]) == sorted(g.edges(keys=True))
    assert json.loads(embed_json({"x": hostile}))["x"] == hostile


def test_documents_and_mentions_start_hidden_unless_asked_for():
    data = payload_of(render_html(small_graph()))
    assert data["hidden"] == {"labels": ["Document"], "types": ["MENTIONED_IN"]}
    asked = payload_of(render_html(small_graph(), Selection(types=("MENTIONED_IN",))))
    assert asked["hidden"] == {"labels": [], "types": []}


def test_edge_tooltips_carry_evidence_and_its_source():
    data = payload_of(render_html(small_graph()))
    coop = next(e for e in data["edges"] if e["type"] == "COOPERATES_WITH")
    info = data["info"]["edges"][coop["id"]]
    assert info["count"] == 2 and info["evidence"][0]["sentence"] == EVIDENCE[0]["sentence"]
    assert info["evidence"][0]["doc"] == "doc:1" and data["sources"]["doc:1"] == "An article"
    assert coop["confidence"] == 0.8 and "provenance" not in info  # the usual one, "text", goes without saying
    assert data["info"]["edges"][next(e["id"] for e in data["edges"] if e["type"] == "MANUFACTURES")][
        "provenance"] == "reference"
    # edges travel lean (the page styles them by type from the legend): undirected types have no arrow
    assert set(coop) == {"id", "from", "to", "type", "confidence"}
    styles = {t["name"]: t for t in data["legend"]["types"]}
    assert styles["COOPERATES_WITH"]["arrows"] is False and styles["MENTIONED_IN"]["arrows"] is True


def test_large_graphs_are_laid_out_in_python_with_physics_off():
    g = synthetic_graph(view_network.PHYSICS_LIMIT + 50, 700, seed=4)
    data = payload_of(render_html(g))
    assert data["physics"] is False and data["options"]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in data["nodes"])
    small = payload_of(render_html(small_graph()))
    assert small["physics"] is True and not any("x" in n for n in small["nodes"])


def test_too_large_a_selection_is_refused_with_a_hint(monkeypatch):
    monkeypatch.setattr(view_network, "NODE_LIMIT", 150)
    with pytest.raises(ViewError, match="--focus"):
        render_html(synthetic_graph(200, 300, seed=5))
    render_html(synthetic_graph(200, 300, seed=5), Selection(labels=("Country",)))  # a selection fits


# ---- the command -----------------------------------------------------------------------------------

def parse(*argv: str) -> argparse.Namespace:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", default=DEFAULT_STORE)
    ap = argparse.ArgumentParser(prog="geopol")
    sub = ap.add_subparsers(dest="command", required=True)
    view_cli.add_parser(sub, common)
    return ap.parse_args(["viz", *argv])


def test_command_writes_the_page_into_the_store_by_default(tmp_path):
    store = Store(tmp_path / "s")
    store.graph = synthetic_graph(200, 400, seed=6)
    store.save()
    console = Console(record=True, width=200)
    assert view_cli.run(parse("--store", str(store.dir)), console) == 0
    out = store.dir / "graph.html"
    assert out.exists() and "200 nodes" in console.export_text()
    args = parse("--store", str(store.dir), "--out", str(tmp_path / "v.html"), "--label", "country", "Person",
                 "--label", "Alliance", "--type", "MEMBER_OF", "--min-evidence", "1")
    assert args.label == ["country", "Person", "Alliance"] and args.types == ["MEMBER_OF"]
    assert view_cli.run(args, console) == 0
    labels = {n["group"] for n in payload_of((tmp_path / "v.html").read_text())["nodes"]}
    assert labels <= {"Country", "Person", "Alliance"}


def test_command_errors_are_geopol_errors(tmp_path):
    console = Console(record=True)
    with pytest.raises(ViewError, match="no graph"):
        view_cli.run(parse("--store", str(tmp_path / "empty")), console)
    store = Store(tmp_path / "s")
    store.graph = synthetic_graph(200, 300, seed=7)
    store.save()
    with pytest.raises(ViewError, match="--depth needs --focus"):
        view_cli.run(parse("--store", str(store.dir), "--depth", "2"), console)
    with pytest.raises(ViewError, match="unknown label"):
        view_cli.run(parse("--store", str(store.dir), "--label", "Planet"), console)
    with pytest.raises(ViewError, match="no node is named"):
        view_cli.run(parse("--store", str(store.dir), "--focus", "Atlantis"), console)


def test_limit_error_from_the_command_suggests_focus(tmp_path, monkeypatch):
    store = Store(tmp_path / "s")
    store.graph = synthetic_graph(200, 300, seed=8)
    store.save()
    monkeypatch.setattr(view_network, "NODE_LIMIT", 100)
    with pytest.raises(ViewError, match=r"200 nodes.*--focus NAME --depth N"):
        view_cli.run(parse("--store", str(store.dir)), Console(record=True))


def test_command_draws_a_static_figure_in_the_views_colours(tmp_path):
    store = Store(tmp_path / "s")
    store.graph = synthetic_graph(120, 240, seed=9)
    store.save()
    console = Console(record=True, width=200)
    assert view_cli.run(parse("--store", str(store.dir), "--format", "svg"), console) == 0
    svg = (store.dir / "graph.svg").read_text()
    assert "<svg" in svg and LABEL_STYLE["Country"].color in svg and TYPE_STYLE["SUPPLIES"].color in svg
    from graph.view.explore import importance
    from graph.view.figure import core

    hub = importance(core(store.graph))[0]
    assert f">{store.graph.nodes[hub]['name']}<" in svg  # the most connected node is named first, as text
    assert view_cli.run(parse("--store", str(store.dir), "--out", str(tmp_path / "g.png")), console) == 0
    png = (tmp_path / "g.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 50_000 and "g.png" in console.export_text()
    with pytest.raises(ViewError, match="nothing to draw"):
        view_cli.run(parse("--store", str(store.dir), "--format", "png", "--type", "SUPPLIES", "--label",
                           "Person"), console)


def test_map_command_opens_the_page_on_the_map_of_a_country(tmp_path):
    from graph.view.cli import add_map_parser, run_map

    g = small_graph()
    g.nodes["country:kz"]["iso3"], g.nodes["country:tr"]["iso3"] = "KAZ", "TUR"
    store = Store(tmp_path / "s")
    store.graph = g
    store.save()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", default=DEFAULT_STORE)
    ap = argparse.ArgumentParser(prog="geopol")
    add_map_parser(ap.add_subparsers(dest="command", required=True), common)
    console = Console(record=True, width=200)
    assert run_map(ap.parse_args(["map", "--store", str(store.dir), "--focus", "Qazaqstan"]), console) == 0
    data = payload_of((store.dir / "map.html").read_text())
    assert data["tab"] == "map" and data["mapFocus"] == "KAZ"
    assert {"KAZ", "TUR"} <= set(data["map"]["shapes"]) and data["map"]["shapes"]["KAZ"]["d"].startswith("M")
    with pytest.raises(ViewError, match="not a country"):
        run_map(ap.parse_args(["map", "--store", str(store.dir), "--focus", "CSTO"]), console)
    bare = Store(tmp_path / "bare")
    bare.graph = small_graph()
    bare.save()
    with pytest.raises(ViewError, match="ISO codes"):
        run_map(ap.parse_args(["map", "--store", str(bare.dir)]), console)


# ---- Jupyter ---------------------------------------------------------------------------------------

def test_notebook_view_is_an_iframe_with_the_whole_page_in_srcdoc():
    view = show(small_graph(), focus="Kazakhstan", depth=1, height=500, standalone=True)
    assert isinstance(view, NotebookView)
    frame = view._repr_html_()
    srcdoc = re.fullmatch(r'<iframe srcdoc="([^"]*)" sandbox="allow-scripts allow-downloads" .*</iframe>', frame,
                          re.S).group(1)
    assert html.unescape(srcdoc) == view.page and "500px" in frame
    assert payload_of(view.page)["subtitle"] == "within 1 hop of Kazakhstan"


def test_notebook_views_carry_vis_network_once(monkeypatch):
    from graph.view import notebook
    from graph.view.assets import vis_script

    monkeypatch.setattr(notebook._Session, "vis_sent", False)
    lib = vis_script()
    first, second = show(small_graph()), show(small_graph(), tab="map")
    assert lib not in first.page and lib not in second.page  # the pages ask the notebook for it
    out1, out2 = first._repr_html_(), second._repr_html_()
    assert out1.count(lib) == 1 and lib not in out2 and len(out2) < len(out1) - len(lib) + 50_000
    assert 'id="geopol-vis-network"' in out1 and 'id="geopol-vis-network"' not in out2
    # the page allows vis-network by its hash, and the boot script that fetches it
    csp = re.search(r'script-src ([^;]+);', first.page).group(1).split()
    assert len(csp) == 5
    saved = show(small_graph())
    path = __import__("tempfile").mktemp(suffix=".html")
    saved.save(path)
    assert lib in open(path, encoding="utf-8").read()  # a saved page is self-contained


def test_an_empty_selection_is_refused():
    with pytest.raises(ViewError, match="nothing to draw"):
        render_html(small_graph(), Selection(types=("SUPPLIES",)))


@pytest.mark.parametrize("module", ["assets", "build", "explore", "geo", "layout", "network", "notebook", "render", "style"])
def test_docstring_examples(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(f"graph.view.{module}"))
    assert result.attempted > 0 and result.failed == 0
