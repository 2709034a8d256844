"""What the pipeline extracts from one test text, in the shapes the test modules compare.

One place for the few ways the tests read a processed text (every module used to carry its own copy):

    edges = text_edges(pipeline, "Kenya ordered six Bayraktar TB2 drones.", "2024-05-02")
    assert ("Kenya", "SUPPLIES", "Bayraktar TB2") not in edges    # a buyer supplies nothing
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import networkx as nx

from graph.relations.time import event_date, relation_when
from graph.text.metadata import Metadata
from graph.text.sources import Document


def graph_of(pipeline, text: str, published: str | None = None, *, date_source: str | None = "cli",
             name: str | None = None) -> nx.MultiDiGraph:
    """The graph of ``text`` as one document published on ``published`` (``None``: no date known).

    ``date_source`` is recorded only when there is a date; ``name`` is the document's file name.
    """
    meta = Metadata(published=published, date_source=date_source if published else None)
    args = (text, name) if name else (text,)
    return pipeline.process(Document.from_text(*args, meta=meta))


def graph_maker(published: str | None, date_source: str | None = None):
    """A :func:`graph_of` whose date defaults to ``published`` (a module's own date of publication).

    >>> graph_of_2023 = graph_maker("2023-11-23")    # graph_of_2023(pipeline, text[, published])
    """
    def make(pipeline, text: str, published: str | None = published) -> nx.MultiDiGraph:
        return graph_of(pipeline, text, published, date_source=date_source)
    return make


def relations_in(g: nx.MultiDiGraph) -> dict[tuple[str, str, str], dict]:
    """(source name, type, target name) -> attributes of every relationship of ``g`` its text states:
    neither the MENTIONED_IN links nor facts added from the reference catalogues."""
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], d["type"], name[t]): d for s, t, d in g.edges(data=True)
            if d["type"] != "MENTIONED_IN" and d.get("provenance") != "reference"}


def events_in(g: nx.MultiDiGraph) -> dict[str, dict]:
    """Name -> attributes of every Event node of ``g``."""
    return {a["name"]: a for _, a in g.nodes(data=True) if a["label"] == "Event"}


def node_labels(pipeline, text: str, published: str | None = None, **kw) -> set[tuple[str, str]]:
    """(label, name) of every entity node of ``text`` (the Document node left out)."""
    g = graph_of(pipeline, text, published, **kw)
    return {(d["label"], d["name"]) for _, d in g.nodes(data=True) if d.get("label") != "Document"}


def node_names(pipeline, text: str, label: str | None = None, **kw) -> set[str]:
    """Names of the entity nodes of ``text``, only those labelled ``label`` when one is given."""
    return {n for lab, n in node_labels(pipeline, text, **kw) if label is None or lab == label}


def text_relations(pipeline, text: str, published: str | None = None, **kw) -> dict[tuple[str, str, str], dict]:
    """(source name, type, target name) -> attributes of every relationship ``text`` itself states
    (:func:`relations_in` of its graph)."""
    return relations_in(graph_of(pipeline, text, published, **kw))


def text_edges(pipeline, text: str, published: str | None = None, **kw) -> set[tuple[str, str, str]]:
    """(source name, type, target name) of every relationship ``text`` itself states."""
    return set(text_relations(pipeline, text, published, **kw))


def find_relation(relations: Mapping[tuple[str, str, str], dict], source: str, type_: str, target: str,
                  **attrs) -> dict | None:
    """The attributes of a relation of ``type_`` whose ends contain ``source`` and ``target`` (any case)
    and whose attributes equal ``attrs`` (``stage="ordered"``), or ``None``.

    >>> find_relation({("Kenya", "OPERATES", "Bayraktar TB2"): {"stage": "ordered"}}, "kenya", "OPERATES", "TB2")
    {'stage': 'ordered'}
    """
    return next((d for (s, t, o), d in relations.items()
                 if t == type_ and source.lower() in s.lower() and target.lower() in o.lower()
                 and all(d.get(k) == v for k, v in attrs.items())), None)


def staged_edges(pipeline, text: str) -> set[tuple[str, str, str, str | None]]:
    """(source, type, target, stage) of every text relationship of ``text`` (no date, no file name)."""
    g = pipeline.process(Document.from_text(text, "test.txt"))
    return {(g.nodes[u]["name"], d["type"], g.nodes[v]["name"], d.get("stage")) for u, v, d in g.edges(data=True)
            if d["type"] != "MENTIONED_IN" and d.get("provenance") == "text"}


def has_staged(edges: set, source: str, type_: str, target: str, stage: str | None = None) -> bool:
    """Whether ``edges`` (:func:`staged_edges`) hold a ``type_`` whose ends contain ``source`` and ``target``
    (any case), at ``stage`` when one is given.

    >>> has_staged({("Kenya", "OPERATES", "Bayraktar TB2", "ordered")}, "kenya", "OPERATES", "TB2", "ordered")
    True
    """
    return any(t == type_ and source.lower() in s.lower() and target.lower() in o.lower()
               and (stage is None or st == stage) for s, t, o, st in edges)


def corefs(pipeline, text: str) -> list[tuple[str, str]]:
    """(surface text, entity name) of each ``coref`` mention the resolver adds to ``text`` (a pronoun or a
    description standing for an entity named before)."""
    from graph.entities import resolve

    doc = pipeline.nlp(text)
    entities = resolve(doc, pipeline.ref)
    return [(m.text, entities[m.entity].name) for m in doc._.mentions if m.source == "coref" and m.entity]


def parsed(pipeline, text: str, published: date):
    """``text`` through the spaCy model with ``published`` in its user data (what the time rules read)."""
    doc = pipeline.nlp(text)
    doc.user_data["published"] = published.isoformat()
    return doc


def event_date_of(pipeline, text: str, name: str, published: date) -> str | None:
    """``time.event_date`` of the event ``name`` over the sentences of ``text`` published on ``published``."""
    return event_date(name, list(parsed(pipeline, text, published).sents), published)


def clause_when(pipeline, text: str, *anchors: str, published: date, sentence: int = 0):
    """``relation_when`` of the tokens spelled ``anchors`` in sentence ``sentence`` of ``text``."""
    sent = list(parsed(pipeline, text, published).sents)[sentence]
    return relation_when(sent, [next(t for t in sent if t.text == a) for a in anchors], published)


def stage_of(pipeline, text: str, source: str, type_: str, target: str, published: str | None = None) -> str | None:
    """The ``stage`` of the first text relation of ``type_`` whose ends contain ``source`` and ``target``
    (any case); the test fails when there is none."""
    meta = Metadata(published=published, date_source="cli" if published else None)
    g = pipeline.process(Document.from_text(text, "test.txt", meta=meta))
    found = [d for u, v, d in g.edges(data=True) if d["type"] == type_ and d.get("provenance") == "text"
             and source.lower() in g.nodes[u]["name"].lower() and target.lower() in g.nodes[v]["name"].lower()]
    assert found, f"no {source} -{type_}-> {target} in {text!r}"
    return found[0].get("stage")


def tie(type_: str, a: str, b: str) -> tuple[str, str, str]:
    """A symmetric relation as :func:`ties` gives it: ``(type, first name, second name)``, names sorted."""
    return (type_, *sorted((a, b)))


def ties(pipeline, text: str, types: set[str], published: str = "2024-05-02") -> set[tuple[str, str, str]]:
    """(type, name, name) of the edges of ``types`` in ``text``, the two names in order (:func:`tie`)."""
    g = graph_of(pipeline, text, published)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {tie(d["type"], name[s], name[t]) for s, t, d in g.edges(data=True) if d["type"] in types}


def members(pipeline, text: str, published: str = "2024-05-02") -> set[tuple[str, str]]:
    """(member name, bloc name) of every MEMBER_OF edge extracted from ``text``."""
    g = graph_of(pipeline, text, published)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], name[t]) for s, t, d in g.edges(data=True) if d["type"] == "MEMBER_OF"}


def has_member(found: set[tuple[str, str]], member: str, bloc: str) -> bool:
    """Whether ``found`` ties ``member`` to a bloc whose name holds ``bloc``."""
    return any(m == member and bloc in b for m, b in found)


def module_present(name: str) -> bool:
    """Whether module ``name`` exists in this checkout (a review's tests skip where a branch is not merged)."""
    import importlib.util

    return importlib.util.find_spec(name) is not None


def attr_present(module: str, name: str) -> bool:
    """Whether ``module`` exists and defines ``name``."""
    import importlib

    return module_present(module) and hasattr(importlib.import_module(module), name)


def cue_present(section: str, key: str) -> bool:
    """Whether ``cues.yaml``'s ``section`` holds ``key``."""
    from graph.relations.lexicon import cues

    return key in (cues().get(section) or {})


def has_edge(edges, source: str, type_: str, target: str) -> bool:
    """A relation of ``type_`` between ends whose names contain ``source`` and ``target`` (any case).

    >>> has_edge({("Republic of Korea", "OPERATES", "K9 Thunder")}, "korea", "OPERATES", "K9")
    True
    """
    return any(t == type_ and source.lower() in s.lower() and target.lower() in o.lower() for (s, t, o) in edges)
