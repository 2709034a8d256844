"""What the pipeline extracts from one test text, in the shapes the test modules compare.

One place for the few ways the tests read a processed text (every module used to carry its own copy):

    edges = text_edges(pipeline, "Kenya ordered six Bayraktar TB2 drones.", "2024-05-02")
    assert ("Kenya", "SUPPLIES", "Bayraktar TB2") not in edges    # a buyer supplies nothing
"""
from __future__ import annotations

from collections.abc import Mapping

import networkx as nx

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


def node_labels(pipeline, text: str, published: str | None = None, **kw) -> set[tuple[str, str]]:
    """(label, name) of every entity node of ``text`` (the Document node left out)."""
    g = graph_of(pipeline, text, published, **kw)
    return {(d["label"], d["name"]) for _, d in g.nodes(data=True) if d.get("label") != "Document"}


def node_names(pipeline, text: str, label: str | None = None, **kw) -> set[str]:
    """Names of the entity nodes of ``text``, only those labelled ``label`` when one is given."""
    return {n for lab, n in node_labels(pipeline, text, **kw) if label is None or lab == label}


def text_relations(pipeline, text: str, published: str | None = None, **kw) -> dict[tuple[str, str, str], dict]:
    """(source name, type, target name) -> attributes of every relationship ``text`` itself states:
    neither the MENTIONED_IN links nor facts added from the reference catalogues."""
    g = graph_of(pipeline, text, published, **kw)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], d["type"], name[t]): d for s, t, d in g.edges(data=True)
            if d["type"] != "MENTIONED_IN" and d.get("provenance") != "reference"}


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
