"""Time in queries and exports (issue 11): ``as_of``/``since``/``until`` on every named query, the
same answers on networkx and the embedded engine; ``timeline`` and ``changes``; a later report that
ends a fact closes it (``valid_to``) in the store and a later ``as_of`` leaves it out; reference terms
and memberships carry ``valid_from``/``valid_to``; the exports carry the dates."""
from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
from datetime import date

import networkx as nx
import pytest
from conftest import ROOT, SEED
from queryparams import TIME_FILTERS
from queryparams import params_for as _params_for

import queries
from graph.cypher import open_embedded
from graph.dates import day, holds, param, window
from graph.errors import QueryError
from graph.pipeline import ingest
from graph.store import Store
from graph.store.edges import merge_edge
from graph.synthetic import add_dates, synthetic_graph


def _same(a, b):
    assert list(a.columns) == list(b.columns)
    assert a.astype(str).values.tolist() == b.astype(str).values.tolist()


def _saved(g: nx.MultiDiGraph, path) -> Store:
    store = Store(path)
    store.graph = g
    store.save()
    return store


# -- the reading of dates --------------------------------------------------------------------------

def test_dates_at_any_precision_are_days():
    assert day("2019") == date(2019, 1, 1) and day("2019", end=True) == date(2019, 12, 31)
    assert day("2024-02", end=True) == date(2024, 2, 29) and day("2020-03-05") == date(2020, 3, 5)
    assert day("2019/2021", end=True) == date(2021, 12, 31) and day("/2021") is None and day("soon") is None
    assert window(as_of="2020-05") == (date(2020, 5, 1), date(2020, 5, 1))
    assert param("2019", "until", end=True) == "2019-12-31" and param("", "since") == ""
    with pytest.raises(QueryError, match="as_of"):
        param("last Tuesday", "as_of")
    # held on some day of the window: began by its end, did not end before its start; undated: always
    fact = {"first_reported": "2018-06-01", "valid_to": "2021"}
    assert holds(fact, *window(as_of="2021-12-31")) and not holds(fact, *window(as_of="2022-01-01"))
    assert not holds(fact, *window(until="2018-05")) and holds({}, *window(as_of="1900"))
    assert holds({"first_reported": "2025", "valid_from": "2001"}, *window(as_of="2010"))  # valid_from wins


# -- as_of, since, until: the same answers on networkx and the embedded engine -----------------------

@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    g = add_dates(synthetic_graph(1500, 6000, seed=21), seed=22)
    store = _saved(g, tmp_path_factory.mktemp("dated") / "store")
    return g, store.dir


def test_every_query_under_every_time_filter_agrees(dated):
    g, store_dir = dated
    rng = random.Random(7)
    sets = _params_for(g, rng, n=2)
    filtered = nonempty = smaller = 0
    with open_embedded(store_dir) as db:
        for name, ps in sets.items():
            for params in ps[:2]:
                whole = queries.run_named(g, name, **params)
                for times in TIME_FILTERS:
                    a = queries.run_named(g, name, **params, **times)
                    _same(a, queries.run_named(db, name, **params, **times))
                    filtered += 1
                    nonempty += not a.empty
                    smaller += len(a) < len(whole)
    assert filtered >= 4 * len(queries.names()) and nonempty > 30
    assert smaller > 15  # the filters do filter


def test_as_of_keeps_exactly_the_facts_that_held(dated):
    g, store_dir = dated
    day_ = "2012-07-01"
    kept = {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True)
            if d["type"] == "MEMBER_OF" and holds(d, *window(as_of=day_))}
    alliances = {g.nodes[v]["name"] for u, v, d in g.edges(data=True) if d["type"] == "MEMBER_OF"}
    got = set()
    with open_embedded(store_dir) as db:
        for name in sorted(alliances)[:40]:
            rows = queries.alliance_members(db, name, as_of=day_)
            got |= set(zip(rows["member"], rows["alliance"], strict=True))
    assert got == {pair for pair in kept if pair[1] in set(sorted(alliances)[:40])} and got


def test_timeline_and_changes(tmp_path):
    g = nx.MultiDiGraph()
    for n, label in (("country:a", "Country"), ("alliance:x", "Alliance"), ("platform:p", "Platform"),
                     ("country:b", "Country")):
        g.add_node(n, id=n, label=label, name=n.split(":")[1].upper(), aliases=[],
                   **({"category": "uav"} if label == "Platform" else {}))
    ev = [{"doc": "doc:1", "sentence": "A joined X.", "start": 0, "end": 11, "reported": "2019-03-01", "when": "2019"}]
    g.add_edge("country:a", "alliance:x", key="MEMBER_OF", type="MEMBER_OF", valid_from="2004-03-29",
               valid_to="2020-06", first_reported="2019-03-01", last_reported="2019-03-01", evidence=ev, confidence=0.8)
    g.add_edge("country:a", "platform:p", key="OPERATES", type="OPERATES", stage="in_service",
               first_reported="2021-05-07", last_reported="2023", provenance="reference")
    g.add_edge("country:a", "country:b", key="COOPERATES_WITH", type="COOPERATES_WITH", domain="defense",
               provenance="reference")
    g.add_edge("country:b", "country:a", key="SUPPLIES", type="SUPPLIES", first_reported="2010", provenance="reference")
    store = _saved(g, tmp_path / "s")
    with open_embedded(store.dir) as db:
        for backend in (g, db):
            t = queries.timeline(backend, "a")
            assert t["relation"].tolist() == ["MEMBER_OF", "SUPPLIES", "OPERATES", "COOPERATES_WITH"]  # undated last
            assert t["date"].tolist()[:3] == ["2004-03-29", "2010-01-01", "2021-05-07"]
            assert t["direction"].tolist()[1] == "in" and t["valid_to"].tolist()[0] == "2020-06-30"
            assert t["evidence"].tolist()[0] == ev
            assert queries.timeline(backend, "a", as_of="2021-01-01")["relation"].tolist() == ["SUPPLIES", "COOPERATES_WITH"]
            c = queries.changes(backend, since="2020", until="2021-12")
            assert list(zip(c["date"], c["change"], c["relation"], strict=True)) == [
                ("2020-06-30", "ended", "MEMBER_OF"), ("2021-05-07", "appeared", "OPERATES")]
            assert queries.changes(backend, since="2022", name="b").empty
        for name in ("timeline", "changes", "counts"):
            for times in ({}, *TIME_FILTERS):
                params = {"name": "A"} if name == "timeline" else {}
                _same(queries.run_named(g, name, **params, **times), queries.run_named(db, name, **params, **times))


# -- closing: a later document that ends a fact ------------------------------------------------------

def test_merge_closes_reopens_and_never_closes_from_an_older_report():
    known = {"type": "OPERATES", "stage": "ordered", "first_reported": "2019-05-14", "last_reported": "2021-01-02"}
    ending = {"stage": "cancelled", "first_reported": "2023-02-10", "last_reported": "2023-02-10",
              "evidence": [{"doc": "d", "start": 0, "reported": "2023-02-10", "when": "2022"}]}
    closed = merge_edge(known, ending)
    assert closed["valid_to"] == "2022" and closed["stage"] == "cancelled" and closed["last_reported"] == "2023-02-10"
    older = merge_edge(known, {**ending, "first_reported": "2018-01-01", "last_reported": "2018-01-01",
                               "evidence": [{"doc": "d", "start": 0, "reported": "2018-01-01"}]})
    assert "valid_to" not in older and older["stage"] == "ordered"
    reopened = merge_edge(closed, {"stage": "delivered", "first_reported": "2025-03-01", "last_reported": "2025-03-01"})
    assert "valid_to" not in reopened and reopened["stage"] == "delivered"


def test_a_later_cancellation_closes_the_fact_and_a_later_as_of_leaves_it_out(tmp_path, pipeline):
    """Real pipeline, real store: an order reported in 2019, its cancellation in 2023."""
    (tmp_path / "a.md").write_text("---\npublished: 2019-05-14\ntitle: Order\n---\n"
                                   "Kazakhstan ordered Su-30SM fighters from Russia.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\npublished: 2023-02-10\ntitle: Cancelled\n---\n"
                                   "Kazakhstan cancelled its order for the Su-30SM fighters.\n", encoding="utf-8")
    store = Store(tmp_path / "s")
    ingest([tmp_path / "a.md"], store, pipeline)
    first = {(u, d["type"], v): d for u, v, d in Store(store.dir).graph.edges(data=True)}
    edge = ("country:kazakhstan", "OPERATES", "platform:su-30")
    assert edge in first and "valid_to" not in first[edge], first.keys()
    ingest([tmp_path / "b.md"], Store(store.dir), pipeline)
    g = Store(store.dir).graph
    d = g.edges[edge[0], edge[2], edge[1]]
    assert d["stage"] == "cancelled" and d["valid_to"] == "2023-02-10" and len(d["evidence"]) == 2  # closed, kept
    with open_embedded(store.dir) as db:
        for backend in (g, db):
            assert "Kazakhstan" in queries.platform_actors(backend, "Su-30", as_of="2020-01-01")["actor"].tolist()
            assert "Kazakhstan" not in queries.platform_actors(backend, "Su-30", as_of="2024-01-01")["actor"].tolist()
            assert "Kazakhstan" in queries.platform_actors(backend, "Su-30")["actor"].tolist()
            ended = queries.changes(backend, since="2023", until="2023")
            assert ("Kazakhstan", "ended") in set(zip(ended["source"], ended["change"], strict=True))


# -- reference terms ---------------------------------------------------------------------------------

def test_memberships_and_terms_carry_their_dates(tmp_path, pipeline):
    ingest([SEED], Store(tmp_path / "seed"), pipeline)
    g = Store(tmp_path / "seed").graph
    member = g.edges["country:russia", "alliance:collective-security-treaty-organization", "MEMBER_OF"]
    assert member["valid_from"] == "1992-05-15" and "valid_to" not in member
    (tmp_path / "n.md").write_text("---\npublished: 2015-06-01\n---\nPresident Nursultan Nazarbayev of "
                                   "Kazakhstan met officials in Astana.\n", encoding="utf-8")
    ingest([tmp_path / "n.md"], Store(tmp_path / "n"), pipeline)
    h = Store(tmp_path / "n").graph
    leads = [d for _, v, d in h.out_edges("person:nursultan-nazarbayev", data=True) if d["type"] == "LEADS"]
    assert leads and leads[0]["valid_from"] == "1990-04-24" and leads[0]["valid_to"] == "2019-03-20"
    assert not queries.people_roles(h, "Nursultan Nazarbayev", as_of="2020").query("relation == 'LEADS'").shape[0]
    assert queries.people_roles(h, "Nursultan Nazarbayev", as_of="2015").query("relation == 'LEADS'").shape[0]


# -- exports -----------------------------------------------------------------------------------------

def _small_dated_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("doc:1", id="doc:1", label="Document", name="An article", aliases=[], published="2023-11-24",
               title="An article", source="Reuters")
    g.add_node("country:a", id="country:a", label="Country", name="A", aliases=[])
    g.add_node("alliance:x", id="alliance:x", label="Alliance", name="X", aliases=[])
    g.add_node("event:s", id="event:s", label="Event", name="X summit", aliases=[], date="2023-11-23")
    g.add_edge("country:a", "alliance:x", key="MEMBER_OF", type="MEMBER_OF", valid_from="1992", valid_to="2024-02",
               first_reported="2023-11-24", last_reported="2023-11-24", confidence=0.8, provenance="text",
               evidence=[{"doc": "doc:1", "sentence": "A is in X.", "start": 0, "end": 10, "reported": "2023-11-24"}])
    g.add_edge("country:a", "doc:1", key="MENTIONED_IN", type="MENTIONED_IN")
    g.add_edge("country:a", "event:s", key="PARTICIPATED_IN", type="PARTICIPATED_IN", first_reported="2023-11-24",
               last_reported="2023-11-24", confidence=0.7, provenance="text",
               evidence=[{"doc": "doc:1", "sentence": "A attended.", "start": 11, "end": 22}])
    return g


def test_neo4j_admin_csv_has_typed_dates_and_keeps_their_precision(tmp_path):
    from graph.export.neo4j_admin import read_admin_csv, write_admin_csv

    g = _small_dated_graph()
    write_admin_csv(g, tmp_path / "out")
    with (tmp_path / "out" / "relationships_MEMBER_OF.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    for col in ("first_reported:date", "last_reported:date", "valid_from:date", "valid_to:date"):
        assert col in header
    row = dict(zip(header, rows[1], strict=True))
    assert row["valid_from:date"] == "1992-01-01" and row["valid_to:date"] == "2024-02-29"
    with (tmp_path / "out" / "nodes_Document.csv").open(encoding="utf-8", newline="") as fh:
        doc = dict(zip(*list(csv.reader(fh))[:2], strict=True))
    assert doc["published:date"] == "2023-11-24"
    back = read_admin_csv(tmp_path / "out")
    assert back.edges["country:a", "alliance:x", "MEMBER_OF"]["valid_from"] == "1992"  # the text as given
    assert back.nodes["event:s"]["date"] == "2023-11-23"


def test_writer_and_script_send_date_values(tmp_path):
    from graph.cypher.embedded import EmbeddedGraph
    from graph.export.cypher_script import script
    from graph.export.neo4j_writer import as_session, write

    g = _small_dated_graph()
    with EmbeddedGraph(tmp_path / "w.lbug", read_only=False) as db:
        write(g, as_session(db))
        got = db.run("MATCH (a)-[r:MEMBER_OF]->(b) RETURN r.valid_from AS f, r.valid_to AS t, "
                     "r.valid_to < date('2024-03-01') AS closed").to_dict("records")[0]
        assert str(got["f"])[:10] == "1992-01-01" and str(got["t"])[:10] == "2024-02-29" and got["closed"]
        assert db.run("MATCH (d:Document) RETURN d.published > date('2023-01-01') AS x")["x"].tolist() == [True]
    text, _ = script(g)
    assert "date('2023-11-24')" in text and "date('1992-01-01')" in text


def test_graphml_and_gexf_carry_the_dates(tmp_path):
    import xmlschema

    from graph.export.files import write_file

    g = _small_dated_graph()
    write_file(g, "gexf", tmp_path / "g.gexf")
    write_file(g, "graphml", tmp_path / "g.graphml")
    xmlschema.XMLSchema(ROOT / "tests" / "data" / "gexf-1.3" / "gexf.xsd").validate(tmp_path / "g.gexf")
    text = (tmp_path / "g.gexf").read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    assert 'start="1992-01-01" end="2024-02-29"' in text  # the membership's spell
    assert 'start="2023-11-24"' in text and 'start="2023-11-23"' in text  # the article, the event
    gm = nx.read_graphml(tmp_path / "g.graphml")
    edge = next(d for _, _, d in gm.edges(data=True) if d.get("relationship") == "MEMBER_OF")
    assert edge["valid_from"] == "1992" and edge["first_reported"] == "2023-11-24"
    assert gm.nodes["doc:1"]["published"] == "2023-11-24"


# -- command line ------------------------------------------------------------------------------------

def test_cli_query_as_of_and_stats_since(tmp_path):
    g = _small_dated_graph()
    store = _saved(g, tmp_path / "s")

    def geopol(*args):
        return subprocess.run([sys.executable, "-m", "graph", *args, "--store", str(store.dir)],
                              capture_output=True, text=True, cwd=ROOT)

    run = geopol("query", "alliance_members", "-p", "name=X", "--as-of", "2020-01-01", "--format", "json")
    assert run.returncode == 0, run.stderr
    assert [r["member"] for r in json.loads(run.stdout)] == ["A"]
    run = geopol("query", "alliance_members", "-p", "name=X", "--as-of", "2024-06", "--format", "json")
    assert run.returncode == 0 and json.loads(run.stdout) == []
    run = geopol("query", "timeline", "-p", "name=A", "--since", "2023", "--format", "csv")
    assert run.returncode == 0 and "PARTICIPATED_IN" in run.stdout and "MEMBER_OF" in run.stdout
    bad = geopol("query", "alliance_members", "-p", "name=X", "--as-of", "someday")
    assert bad.returncode == 2 and "as_of" in bad.stderr and "Traceback" not in bad.stderr
    stats = geopol("stats", "--since", "2024-03")
    assert stats.returncode == 0, stats.stderr
    assert "PARTICIPATED_IN" in stats.stdout and "MEMBER_OF" not in stats.stdout
    assert "documents published then (or undated): 0" in stats.stdout


# -- the HTML view's date slider ---------------------------------------------------------------------

def test_view_date_slider_hides_the_relations_outside_the_years(tmp_path, browser):
    """In headless chromium: the slider spans the years of the relations; moving its start past a
    relation's end hides it, undated relations stay; the card shows when the relation held."""
    from browser import open_view

    from graph.view import write_html

    g = _small_dated_graph()
    g.add_node("country:b", id="country:b", label="Country", name="B", aliases=[])
    g.add_edge("country:a", "country:b", key="COOPERATES_WITH", type="COOPERATES_WITH", provenance="reference")
    g.add_edge("country:b", "alliance:x", key="MEMBER_OF", type="MEMBER_OF", provenance="reference", valid_from="2025-01")
    path = write_html(g, tmp_path / "g.html")
    page, log = open_view(browser, path)
    assert page.evaluate("document.getElementById('dates').hidden") is False
    assert page.evaluate("[document.getElementById('date-from').min, document.getElementById('date-to').max]") \
        == ["1992", "2025"]

    def years(a, b):
        page.evaluate(f"""(() => {{ for (const [id, v] of [['date-from', {a}], ['date-to', {b}]]) {{
            const box = document.getElementById(id); box.value = v; box.dispatchEvent(new Event('input')); }} }})()""")
        return {(e["from"], e["type"], e["to"]) for e in page.evaluate(
            "geopolView.data.edges.filter(e => geopolView.network.body.edges[e.id]"
            " && geopolView.network.body.edges[e.id].options.hidden)") if e["type"] != "MENTIONED_IN"}

    assert years(1992, 2025) == set()
    assert years(1992, 1992) == {("country:a", "PARTICIPATED_IN", "event:s"), ("country:b", "MEMBER_OF", "alliance:x")}
    assert years(2025, 2025) == {("country:a", "MEMBER_OF", "alliance:x")}  # ended 2024-02
    assert years(2024, 2024) == {("country:b", "MEMBER_OF", "alliance:x")}
    assert page.inner_text("#date-value") == "2024–2024"
    assert not log.errors and not log.outside()
    page.close()


def test_another_sentence_of_the_closing_article_does_not_reopen_the_fact():
    from graph.store.edges import merge_edge

    # Peru's Mirage 5s: "retired on Friday" and, later in the same article, "received them in 1968"
    retired = {"type": "OPERATES", "stage": "retired", "first_reported": "2024-05-04", "last_reported": "2024-05-04",
               "valid_to": "2024-05-03"}
    same_day = merge_edge(retired, {"stage": "delivered", "first_reported": "2024-05-04", "last_reported": "2024-05-04"})
    assert same_day["stage"] == "retired" and same_day["valid_to"] == "2024-05-03"
    # Egypt's MiG-21s closed by a 2023 article; a 2025 article about the type flying again reopens them
    closed = {"type": "OPERATES", "stage": "retired", "first_reported": "2023-01-10", "last_reported": "2023-01-10",
              "valid_to": "2023-01-09"}
    later = merge_edge(closed, {"stage": "in_service", "first_reported": "2025-06-01", "last_reported": "2025-06-01"})
    assert later["stage"] == "in_service" and "valid_to" not in later
