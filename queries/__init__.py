"""Named Cypher queries over the geopol graph, and Python helpers that run them.

Every helper takes a backend first: the networkx graph (``graph.store.Store(...).graph``), the
embedded engine (an :class:`graph.cypher.EmbeddedGraph` or a store directory), or a Neo4j driver or
session; names may be given as any alias, in any case. Each returns a pandas DataFrame.

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


def partners(g: Any, name: str, domain: str | None = None) -> pd.DataFrame:
    """Actors a country cooperates with, optionally in one domain (defense, security, ...)."""
    return run_named(g, "partners", name=name, domain=domain)


def alliance_members(g: Any, name: str) -> pd.DataFrame:
    """Members of an alliance or organisation."""
    return run_named(g, "alliance_members", name=name)


def platform_actors(g: Any, name: str) -> pd.DataFrame:
    """Who operates a platform (with stage) and who makes it (with role)."""
    return run_named(g, "platform_actors", name=name)


def supply_chains(g: Any, name: str | None = None) -> pd.DataFrame:
    """Supplier -> platform -> operator chains, optionally around one supplier, operator or platform."""
    return run_named(g, "supply_chains", name=name)


def joint_ventures(g: Any, name: str | None = None) -> pd.DataFrame:
    """Joint ventures and their parents."""
    return run_named(g, "joint_ventures", name=name)


def people_roles(g: Any, name: str | None = None) -> pd.DataFrame:
    """People, the bodies they lead or work for, and their roles."""
    return run_named(g, "people_roles", name=name)


def event_displays(g: Any, name: str | None = None) -> pd.DataFrame:
    """Events and the platforms displayed at them."""
    return run_named(g, "event_displays", name=name)


def conflicts(g: Any, name: str | None = None) -> pd.DataFrame:
    """Pairs of actors in conflict, optionally around one actor."""
    return run_named(g, "conflicts", name=name)


def shortest_path(g: Any, source: str, target: str) -> pd.DataFrame:
    """Every shortest path (up to 4 hops) between two named entities, as lists of names."""
    return run_named(g, "shortest_path", source=source, target=target)


def neighbourhood(g: Any, name: str) -> pd.DataFrame:
    """Every relationship of an entity and the entity at its other end."""
    return run_named(g, "neighbourhood", name=name)


def relation_evidence(g: Any, source: str, target: str, type: str | None = None) -> pd.DataFrame:  # noqa: A002
    """One row per evidence item behind the relations between two entities: the relation, its
    confidence, and the document id, sentence and character offsets it was read from."""
    rows = []
    for r in run_named(g, "relation_evidence", source=source, target=target, type=type).to_dict("records"):
        for item in r.pop("evidence") or []:
            rows.append({**r, **json.loads(item)})
    cols = ["source", "relation", "target", "confidence", "provenance", "doc", "sentence", "start", "end"]
    return pd.DataFrame(rows, columns=cols)


def partners_of_partners(g: Any, name: str) -> pd.DataFrame:
    """Second-degree partners of the country so named, and the partner in between."""
    return run_named(g, "partners_of_partners", country=name)


def two_hop(g: Any, name: str) -> pd.DataFrame:
    """What lies two hops from the entity so named, and what lies between."""
    return run_named(g, "two_hop", entity=name)


def entity(g: Any, name: str) -> pd.DataFrame:
    """Entities with this name or alias: id, label, canonical name, aliases, Wikidata id."""
    return run_named(g, "entity", name=name)


__all__ = ["all_queries", "alliance_members", "centrality", "communities", "conflicts", "ego_network", "entity",
           "event_displays", "get", "joint_ventures", "names", "neighbourhood", "partners", "people_roles",
           "partners_of_partners", "platform_actors", "relation_evidence", "run_named", "shortest_path", "supply_chains", "two_hop"]
