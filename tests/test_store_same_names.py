"""The store folds one name read under two labels in a document into one node (graph/store/same_names.py)."""
from __future__ import annotations

import networkx as nx

from graph.store import Store
from graph.store.same_names import fold_same_names

DOC = "doc:0002"


def _fragment(*nodes: tuple[str, str, list[str]], edges=(), wikidata=()) -> nx.MultiDiGraph:
    """A document's fragment: (label, name, aliases) nodes, each mentioned in DOC, and text edges;
    the node ids in ``wikidata`` carry a (made-up) wikidata id."""
    g = nx.MultiDiGraph()
    g.add_node(DOC, id=DOC, label="Document", name="An invented report", aliases=[])
    for label, name, aliases in nodes:
        node_id = f"{label.lower()}:{name.lower().replace(' ', '-')}"
        g.add_node(node_id, id=node_id, label=label, name=name, aliases=list(aliases))
        if label == "Platform":
            g.nodes[node_id]["category"] = "naval_vessel"
        if node_id in wikidata:
            g.nodes[node_id]["wikidata"] = f"Q9{len(node_id)}"
        g.add_edge(node_id, DOC, key="MENTIONED_IN", type="MENTIONED_IN")
    for source, type_, target in edges:
        ev = {"doc": DOC, "sentence": "Invented.", "start": 0, "end": 9}
        g.add_edge(source, target, key=type_, type=type_, evidence=[ev], confidence=0.7, provenance="text")
    return g


def _shown(g: nx.MultiDiGraph) -> set[str]:
    return {f"{a['label']}:{a['name']}" for _, a in g.nodes(data=True) if a["label"] != "Document"}


def test_the_reading_with_more_relations_is_kept_with_every_relation():
    # "the Varna Fleet" read as a command (BASED_IN and PART_OF its state) and as a ship (in an exercise)
    part = _fragment(("GovernmentBody", "Varna Fleet", []), ("Platform", "Varna Fleet", []),
                     ("Event", "Exercise Gale", []), ("Country", "Norvania", ["Norvanian"]),
                     edges=[("governmentbody:varna-fleet", "BASED_IN", "country:norvania"),
                            ("governmentbody:varna-fleet", "PART_OF", "country:norvania")])
    g = fold_same_names(part)
    assert _shown(g) == {"GovernmentBody:Varna Fleet", "Event:Exercise Gale", "Country:Norvania"}
    assert g.has_edge("governmentbody:varna-fleet", "country:norvania", key="BASED_IN")
    assert g.has_edge("governmentbody:varna-fleet", DOC, key="MENTIONED_IN")
    assert "platform:varna-fleet" in part  # the document's own graph is untouched


def test_a_catalogued_reading_wins_and_accents_fold():
    part = _fragment(("Event", "Concord-2031", ["Concord 2031"]), ("Organization", "Concord-2031", []),
                     ("Company", "Velmar", []), ("Place", "Vélmar", []), ("Country", "Norvania", []),
                     edges=[("company:velmar", "BASED_IN", "country:norvania")],
                     wikidata=("event:concord-2031",))  # (mendb38: a catalogue row, not aliases alone)
    g = fold_same_names(part)
    assert _shown(g) == {"Event:Concord-2031", "Company:Velmar", "Country:Norvania"}


def test_a_place_on_equal_terms_gives_way():
    part = _fragment(("Place", "Korsa", []), ("Company", "Korsa", []))  # (a firm read as a town too)
    assert _shown(fold_same_names(part)) == {"Company:Korsa"}


def test_two_real_entities_are_not_folded():
    cases = [
        # two catalogued entries of one name (a country and a region elsewhere)
        ([("Country", "Tavria", ["Tavrian"]), ("Place", "Tavria", ["Tavria State"])], ()),
        # a place beside a country of its name: a capital or a region named like a state
        ([("Country", "Norvania", ["Norvanian"]), ("Place", "Norvania", [])], ()),
        # a person and the body or place named after them
        ([("Person", "Arlo Brenn", []), ("Organization", "Arlo Brenn", [])], ()),
        # two names that only share words
        ([("Company", "Kelmar", []), ("Place", "Kelmar Bay", [])], ()),
    ]
    for nodes, wikidata in cases:
        assert len(_shown(fold_same_names(_fragment(*nodes, wikidata=wikidata)))) == len(nodes), nodes


def test_related_readings_are_not_folded():
    part = _fragment(("Company", "Orvik", []), ("Place", "Orvik", []),
                     edges=[("company:orvik", "BASED_IN", "place:orvik")])
    assert len(_shown(fold_same_names(part))) == 2


def test_a_relation_that_would_not_fit_the_kept_label_stops_the_fold():
    # the kept reading (the company: more relations) cannot be LOCATED_IN: the place stays
    part = _fragment(("Company", "Dremna", []), ("Place", "Dremna", []), ("Country", "Norvania", ["Norvanian"]),
                     ("Person", "Ida Voss", []),
                     edges=[("company:dremna", "BASED_IN", "country:norvania"),
                            ("person:ida-voss", "AFFILIATED_WITH", "company:dremna"),
                            ("place:dremna", "LOCATED_IN", "country:norvania")])
    assert len(_shown(fold_same_names(part))) == 4


def test_the_store_folds_a_documents_fragment_and_takes_it_out_again(tmp_path):
    part = _fragment(("Place", "Korsa", []), ("Company", "Korsa", []))
    store = Store(tmp_path / "s")
    store.add_documents([(DOC, part)])
    assert _shown(store.graph) == {"Company:Korsa"}
    store.remove_document(DOC)
    assert store.graph.number_of_nodes() == 0
