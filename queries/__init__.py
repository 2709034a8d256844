"""Named Cypher queries over the geopol graph, and Python helpers that run them.

Every helper takes a backend first: the networkx graph (``graph.store.Store(...).graph``), the
embedded engine (an :class:`graph.cypher.EmbeddedGraph` or a store directory), or a Neo4j driver or
session; names may be given as any alias, in any case. Each returns a pandas DataFrame. Every helper also takes
``as_of`` (the graph as it stood on that day: relations that had begun and not yet ended), or
``since``/``until`` (relations that held on some day of the window); ISO dates at any precision
(``2020``, ``2020-05``, ``2020-05-07``); see :mod:`graph.dates` for what "held" means.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("country:a", label="Country", name="Armenia", aliases=["Hayastan"])
>>> g.add_node("country:f", label="Country", name="France", aliases=[])
>>> g.add_edge("country:a", "country:f", key="COOPERATES_WITH", type="COOPERATES_WITH", domain="defense")
'COOPERATES_WITH'
>>> partners(g, "hayastan")["partner"].tolist()
['France']
"""
from __future__ import annotations

import json
from typing import Any

import pandas as pd

from .analytics import centrality, communities, ego_network
from .backends import run_named
from .library import all_queries, get, names


def partners(g: Any, name: str, domain: str | None = None, as_of: str | None = None, since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """Actors a country cooperates with, optionally in one domain (defense, security, ...)."""
    return run_named(g, "partners", name=name, domain=domain, as_of=as_of, since=since, until=until)


def alliance_members(g: Any, name: str, as_of: str | None = None, since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """Members of an alliance or organisation."""
    return run_named(g, "alliance_members", name=name, as_of=as_of, since=since, until=until)


def platform_actors(g: Any, name: str, as_of: str | None = None, since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """Who operates a platform (with stage) and who makes it (with role)."""
    return run_named(g, "platform_actors", name=name, as_of=as_of, since=since, until=until)


def supply_chains(g: Any, name: str | None = None, as_of: str | None = None, since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """Supplier -> platform -> operator chains, optionally around one supplier, operator or platform."""
    return run_named(g, "supply_chains", name=name, as_of=as_of, since=since, until=until)


def joint_ventures(g: Any, name: str | None = None, as_of: str | None = None, since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """Joint ventures and their parents."""
    return run_named(g, "joint_ventures", name=name, as_of=as_of, since=since, until=until)


def people_roles(g: Any, name: str | None = None, as_of: str | None = None, since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """People, the bodies they lead or work for, and their roles."""
    return run_named(g, "people_roles", name=name, as_of=as_of, since=since, until=until)


def event_displays(g: Any, name: str | None = None, as_of: str | None = None, since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """Events and the platforms displayed at them."""
    return run_named(g, "event_displays", name=name, as_of=as_of, since=since, until=until)


def conflicts(g: Any, name: str | None = None, as_of: str | None = None, since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """Pairs of actors in conflict, optionally around one actor."""
    return run_named(g, "conflicts", name=name, as_of=as_of, since=since, until=until)


def shortest_path(g: Any, source: str, target: str, as_of: str | None = None, since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """Every shortest path (up to 4 hops) between two named entities, as lists of names."""
    return run_named(g, "shortest_path", source=source, target=target, as_of=as_of, since=since, until=until)


def neighbourhood(g: Any, name: str, as_of: str | None = None, since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """Every relationship of an entity and the entity at its other end."""
    return run_named(g, "neighbourhood", name=name, as_of=as_of, since=since, until=until)


def relation_evidence(g: Any, source: str, target: str, type: str | None = None, as_of: str | None = None, since: str | None = None, until: str | None = None) -> pd.DataFrame:  # noqa: A002
    """One row per evidence item behind the relations between two entities: the relation, its
    confidence, and the document id, sentence and character offsets it was read from."""
    rows = []
    for r in run_named(g, "relation_evidence", source=source, target=target, type=type, as_of=as_of, since=since, until=until).to_dict("records"):
        for item in r.pop("evidence") or []:
            rows.append({**r, **json.loads(item)})
    cols = ["source", "relation", "target", "confidence", "provenance", "doc", "sentence", "start", "end"]
    return pd.DataFrame(rows, columns=cols)


def partners_of_partners(g: Any, name: str, as_of: str | None = None, since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """Second-degree partners of the country so named, and the partner in between."""
    return run_named(g, "partners_of_partners", country=name, as_of=as_of, since=since, until=until)


def two_hop(g: Any, name: str, as_of: str | None = None, since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """What lies two hops from the entity so named, and what lies between."""
    return run_named(g, "two_hop", entity=name, as_of=as_of, since=since, until=until)


def timeline(g: Any, name: str, as_of: str | None = None, since: str | None = None,
             until: str | None = None) -> pd.DataFrame:
    """An entity's relationships in date order (undated last): the day each began, its direction,
    type, the entity at the other end, stage/role/domain, valid and reported days, and its evidence
    (a list of dicts: doc, sentence, offsets, ``reported`` and ``when``)."""
    out = run_named(g, "timeline", name=name, as_of=as_of, since=since, until=until)
    out["evidence"] = [[json.loads(e) for e in items or []] for items in out["evidence"]]
    return out


def changes(g: Any, since: str | None = None, until: str | None = None, name: str | None = None,
            as_of: str | None = None) -> pd.DataFrame:
    """What appeared (began, or was first reported) or ended (``valid_to``) between ``since`` and
    ``until`` (either open), optionally around one entity, in date order."""
    return run_named(g, "changes", name=name, as_of=as_of, since=since, until=until)


def entity(g: Any, name: str, as_of: str | None = None, since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """Entities with this name or alias: id, label, canonical name, aliases, Wikidata id."""
    return run_named(g, "entity", name=name, as_of=as_of, since=since, until=until)


__all__ = ["all_queries", "alliance_members", "centrality", "changes", "communities", "conflicts", "ego_network", "entity",
           "event_displays", "get", "joint_ventures", "names", "neighbourhood", "partners", "people_roles",
           "partners_of_partners", "platform_actors", "relation_evidence", "run_named", "shortest_path", "supply_chains", "timeline", "two_hop"]
