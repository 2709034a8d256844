"""geopol review: duplicate, shared-alias, junk and weak candidates; merges written to reference.yaml."""
from __future__ import annotations

import networkx as nx
import yaml

from graph.reference.loader import read_entries
from graph.review import acronym, add_entries, find_candidates, junk_reason, reference_junk_reason, review


def _graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("doc:1", id="doc:1", label="Document", name="one", aliases=[])
    g.add_node("doc:2", id="doc:2", label="Document", name="two", aliases=[])
    nodes = [
        ("company:kupol", "Company", "Kupol", []),
        ("company:iemz-kupol", "Company", "IEMZ Kupol", []),
        ("company:kae", "Company", "KAE", []),
        ("company:kazakhstan-aselsan-engineering", "Company", "Kazakhstan Aselsan Engineering", []),
        ("organization:national-bank-of-the", "Organization", "National Bank of the", []),
        ("place:gliwice", "Place", "Gliwice", ["Gliwice works"]),
        ("person:gliwice", "Person", "Gliwice", ["Gliwice works"]),
        ("country:russia", "Country", "Russia", ["Moscow"]),
    ]
    for nid, label, name, aliases in nodes:
        g.add_node(nid, id=nid, label=label, name=name, aliases=aliases)
        g.add_edge(nid, "doc:1", key="MENTIONED_IN", type="MENTIONED_IN")
    g.nodes["country:russia"]["wikidata"] = "Q159"
    g.add_edge("company:iemz-kupol", "doc:2", key="MENTIONED_IN", type="MENTIONED_IN")
    g.add_edge("company:kazakhstan-aselsan-engineering", "country:russia", key="BASED_IN", type="BASED_IN",
               confidence=0.9, evidence=[{"doc": "doc:1", "sentence": "s", "start": 0, "end": 1}])
    return g


def test_acronym():
    assert acronym("Kazakhstan Aselsan Engineering") == "kae"
    assert acronym("Office of Foreign Assets Control") == "ofac"
    assert acronym("Kupol") == ""


def test_duplicates_prefix_and_acronym():
    found = {(c.keep, c.drop) for c in find_candidates(_graph(), ["duplicate"])}
    assert ("company:iemz-kupol", "company:kupol") in found  # short name, kept: the more documented
    assert ("company:kazakhstan-aselsan-engineering", "company:kae") in found
    assert not any("place:gliwice" in pair for pair in found)  # two labels are no duplicate


def test_shared_alias_and_junk_and_low_confidence():
    cands = find_candidates(_graph(), ["shared_alias", "junk", "low_confidence"])
    shared = [c for c in cands if c.kind == "shared_alias"]
    assert [sorted(c.nodes) for c in shared] == [["person:gliwice", "place:gliwice"]]
    assert not shared[0].mergeable  # different labels: listed, not merged
    junk = [c.nodes[0] for c in cands if c.kind == "junk"]
    assert junk == ["organization:national-bank-of-the"]
    weak = {c.nodes[0] for c in cands if c.kind == "low_confidence"}
    assert "company:kupol" in weak and "country:russia" not in weak
    assert "company:kazakhstan-aselsan-engineering" not in weak  # it has a strong relation


def test_junk_reason():
    assert junk_reason({"label": "Organization", "name": "Government of"})
    assert junk_reason({"label": "Organization", "name": "states and Union Territories"})
    assert junk_reason({"label": "Place", "name": "Astana"}) is None
    assert junk_reason({"label": "Event", "name": "the parade"}) is None


def test_accept_all_writes_reference_the_loader_reads(tmp_path):
    ref = tmp_path / "reference.yaml"
    lines: list[str] = []
    accepted = review(_graph(), ref, accept_all=True, kinds=["duplicate"], say=lines.append)
    assert len(accepted) == 2
    entries = {e.name: e for e in read_entries(ref)}
    assert "Kupol" in entries["IEMZ Kupol"].aliases
    assert "KAE" in entries["Kazakhstan Aselsan Engineering"].aliases
    assert entries["IEMZ Kupol"].label == "Company"
    # a second review extends the same entries instead of repeating them
    review(_graph(), ref, accept_all=True, kinds=["duplicate"], say=lines.append)
    data = yaml.safe_load(ref.read_text(encoding="utf-8"))
    assert len(data) == 2


def test_dry_run_writes_nothing(tmp_path):
    ref = tmp_path / "reference.yaml"
    lines: list[str] = []
    review(_graph(), ref, dry_run=True, say=lines.append)
    assert not ref.exists()
    assert any("dry run" in line for line in lines)


def test_interactive_answers(tmp_path):
    ref = tmp_path / "reference.yaml"
    answers = iter(["y", "n"])
    accepted = review(_graph(), ref, ask=lambda q: next(answers), kinds=["duplicate"], say=lambda s: None)
    assert len(accepted) == 1
    assert len(yaml.safe_load(ref.read_text(encoding="utf-8"))) == 1
    answers = iter(["q"])
    assert review(_graph(), tmp_path / "other.yaml", ask=lambda q: next(answers), kinds=["duplicate"],
                  say=lambda s: None) == []


def test_add_entries_extends_existing():
    old = [{"label": "Company", "name": "Kupol", "aliases": "A|B"}]
    out = add_entries(old, [{"label": "Company", "name": "kupol", "aliases": ["C"]}])
    assert out == [{"label": "Company", "name": "Kupol", "aliases": ["A", "B", "C"]}]


def test_cli_review(tmp_path, capsys):
    from graph.cli import main
    from graph.store import Store

    store = Store(tmp_path / "store")
    store.add(_graph())
    assert main(["review", "--store", str(tmp_path / "store"), "--accept-all", "--kind", "duplicate"]) == 0
    out = capsys.readouterr().out
    assert "[duplicate]" in out and "wrote 2 entries" in out
    entries = {e.name for e in read_entries(tmp_path / "store" / "reference.yaml")}
    assert {"IEMZ Kupol", "Kazakhstan Aselsan Engineering"} <= entries


def _store(nodes, docs) -> nx.MultiDiGraph:
    """A small store: ``nodes`` as (id, label, name, aliases, extra props); ``docs`` id -> documents."""
    g = nx.MultiDiGraph()
    for doc in {d for ds in docs.values() for d in ds}:
        g.add_node(doc, id=doc, label="Document", name=doc, aliases=[])
    for nid, label, name, aliases, extra in nodes:
        g.add_node(nid, id=nid, label=label, name=name, aliases=aliases, **extra)
        for doc in docs.get(nid, ["doc:1"]):
            g.add_edge(nid, doc, key="MENTIONED_IN", type="MENTIONED_IN")
    return g


def test_review_lists_series_beside_its_edition_and_one_word_acronyms():
    g = _store([("event:fidae", "Event", "FIDAE", [], {}),
                ("event:fidae-2024", "Event", "FIDAE 2024", ["FIDAE"], {"date": "2024-04-09"}),
                ("event:fidae-2022", "Event", "FIDAE 2022", ["FIDAE"], {"date": "2022-04-05"}),
                ("event:dsei", "Event", "DSEI", [], {"date": "2023-09"}),
                ("event:dsei-2025", "Event", "DSEI 2025", [], {}),
                ("company:vneshtorgbank", "Company", "Vneshtorgbank", [], {}),
                ("organization:vtb", "Organization", "VTB", [], {}),
                ("company:rostec", "Company", "Rostec", [], {})],
               {"event:fidae": ["doc:1"], "company:vneshtorgbank": ["doc:2"], "organization:vtb": ["doc:2"],
                "company:rostec": ["doc:3"]})
    found = {(c.keep, c.drop) for c in find_candidates(g, ["duplicate"])}
    assert not any("event:fidae" in pair for pair in found)  # an undated series beside two editions: which?
    assert not any("event:dsei" in pair for pair in found)  # dated 2023: not the 2025 edition
    assert ("company:vneshtorgbank", "organization:vtb") in found
    assert not any("company:rostec" in pair for pair in found)  # "VTB" is not in Rostec's article


def test_review_ignores_a_generic_alias_two_bodies_share():
    g = _store([("governmentbody:chilean-navy", "GovernmentBody", "Chilean Navy", ["Navy", "navy"], {}),
                ("governmentbody:peruvian-navy", "GovernmentBody", "Peruvian Navy", ["Navy"], {}),
                ("person:ali-khan", "Person", "Ali Khan", ["Khan"], {}),
                ("person:imran-khan", "Person", "Imran Khan", ["Khan"], {}),
                ("person:juan-carlos", "Person", "Juan Carlos", [], {}),
                ("person:juan-carlos-ortega", "Person", "Juan Carlos Ortega", [], {})], {})
    found = {frozenset((c.keep, c.drop)) for c in find_candidates(g, ["duplicate"])}
    assert found == {frozenset(("person:juan-carlos", "person:juan-carlos-ortega"))}


def test_reference_junk_reasons():
    assert reference_junk_reason({"label": "Place", "name": "Chilean"})
    assert reference_junk_reason({"label": "Person", "name": "Supreme Commander"})
    assert reference_junk_reason({"label": "Organization", "name": "Peru-Chile"})
    assert reference_junk_reason({"label": "Place", "name": "Guinea-Bissau"}) is None
    assert reference_junk_reason({"label": "Person", "name": "Gabriel Boric"}) is None
    assert junk_reason({"label": "Place", "name": "LIMA/SANTIAGO"})
    assert junk_reason({"label": "Platform", "name": "SAMP/T"}) is None
    assert junk_reason({"label": "Place", "name": "Villafranca de"})
    assert junk_reason({"label": "Organization", "name": "al-Shabaab"}) is None


def test_merge_entry_leaves_common_noun_aliases_out(tmp_path):
    g = _store([("governmentbody:kenyan-navy", "GovernmentBody", "Kenyan Navy", ["Navy", "Kenya Navy"], {}),
                ("governmentbody:kenya-navy-command", "GovernmentBody", "Kenyan Navy Command", ["the navy"], {})],
               {})
    accepted = review(g, tmp_path / "reference.yaml", accept_all=True, kinds=["duplicate"], say=lambda _: None)
    assert accepted and not {"Navy", "the navy"} & set(accepted[0]["aliases"])
