"""The store folds a document's clipped names into the node they clip (graph/store/fold.py)."""
from __future__ import annotations

import networkx as nx

from graph.store import Store
from graph.store.fold import fold_clipped

DOC = "doc:0001"


def _fragment(*nodes: tuple[str, str, list[str]], edges=()) -> nx.MultiDiGraph:
    """A document's fragment: (label, name, aliases) nodes, each mentioned in DOC, and text edges."""
    g = nx.MultiDiGraph()
    g.add_node(DOC, id=DOC, label="Document", name="An invented report", aliases=[])
    for label, name, aliases in nodes:
        node_id = f"{label.lower()}:{name.lower().replace(' ', '-')}"
        g.add_node(node_id, id=node_id, label=label, name=name, aliases=list(aliases))
        g.add_edge(node_id, DOC, key="MENTIONED_IN", type="MENTIONED_IN")
    for source, type_, target in edges:
        ev = {"doc": DOC, "sentence": "Invented.", "start": 0, "end": 9}
        g.add_edge(source, target, key=type_, type=type_, evidence=[ev], confidence=0.7, provenance="text")
    return g


def _names(g: nx.MultiDiGraph) -> set[str]:
    return {a["name"] for _, a in g.nodes(data=True) if a["label"] != "Document"}


def test_a_clipped_body_folds_into_its_full_name_with_its_relations():
    part = _fragment(("Organization", "Northland Trade Council", []), ("GovernmentBody", "Council", []),
                     ("Country", "Norvania", ["Norvanian"]),
                     edges=[("governmentbody:council", "BASED_IN", "country:norvania")])
    g = fold_clipped(part)
    assert _names(g) == {"Northland Trade Council", "Norvania"}
    assert g.nodes["organization:northland-trade-council"]["aliases"] == ["Council"]
    assert g.has_edge("organization:northland-trade-council", "country:norvania", key="BASED_IN")
    assert g.edges["organization:northland-trade-council", "country:norvania", "BASED_IN"]["evidence"]
    assert "governmentbody:council" in part  # the document's own graph is untouched


def test_a_wrongly_labelled_clipped_name_takes_the_full_nodes_label():
    part = _fragment(("Organization", "Redfern Group", ["Redfern PMC"]), ("Platform", "Redfern", []))
    g = fold_clipped(part)
    assert _names(g) == {"Redfern Group"} and g.nodes["organization:redfern-group"]["label"] == "Organization"


def test_a_person_keeps_to_people_and_only_by_the_surname():
    part = _fragment(("Person", "Anna Velk", []), ("Organization", "Velk", []))
    assert len(_names(fold_clipped(part))) == 2  # a body never folds into a person
    part = _fragment(("Person", "Anna Velk", []), ("Person", "Velk", []))
    assert _names(fold_clipped(part)) == {"Anna Velk"}
    part = _fragment(("Person", "Anna Velk Moro", []), ("Person", "Anna Velk", []))
    assert len(_names(fold_clipped(part))) == 2  # a first-name form may be a relative's name


def test_two_real_entities_are_not_folded():
    cases = [
        [("Place", "Port Ostra", []), ("Company", "Port Ostra Shipyard", [])],  # a city and its shipyard
        [("Company", "Kelmar", []), ("Company", "Kelmar Naval Systems", [])],  # a firm and its division
        [("Company", "Kelmar", []), ("Platform", "Kelmar Star", [])],  # a ship named after its owner
        [("Platform", "Falco", []), ("Platform", "Falco II", [])],  # a family and its variant
        [("GovernmentBody", "Navy", []), ("GovernmentBody", "Ruritanian Navy", []),
         ("GovernmentBody", "Vespian Navy", [])],  # which navy: two fit
        [("GovernmentBody", "Council", ["Council of Elders"]), ("Organization", "Harbour Council", [])],
    ]
    for nodes in cases:
        assert len(_names(fold_clipped(_fragment(*nodes)))) == len(nodes), nodes


def test_related_nodes_are_not_folded():
    part = _fragment(("Company", "Orvik Aerospace", []), ("Organization", "Orvik", []),
                     edges=[("company:orvik-aerospace", "PART_OF", "organization:orvik")])
    assert len(_names(fold_clipped(part))) == 2


def test_the_store_folds_a_documents_fragment(tmp_path):
    part = _fragment(("Organization", "Northland Trade Council", []), ("GovernmentBody", "Council", []))
    store = Store(tmp_path / "s")
    store.add_documents([(DOC, part)])
    assert {a["name"] for _, a in store.graph.nodes(data=True) if a["label"] != "Document"} == \
        {"Northland Trade Council"}
    store.remove_document(DOC)
    assert store.graph.number_of_nodes() == 0
