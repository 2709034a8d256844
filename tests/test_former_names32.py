"""A platform's earlier name set right after its present one ("X (ex-Y)", "X, the former Y", "X, formerly
Y") is one Platform node with the earlier name as an alias; two ships merely listed stay two."""
from __future__ import annotations

from graph.entities.entity import Entity
from graph.entities.former_names import former_names
from graph.mentions import Mention
from tests.extracted import graph_maker

graph_of = graph_maker("2024-06-03")


def _platforms(text: str, names: list[str]) -> tuple[dict[str, Entity], list[Mention]]:
    entities, mentions = {}, []
    for i, name in enumerate(names):
        start = text.index(name)
        m = Mention(i, i + 1, start, start + len(name), name, "Platform", "ner")
        e = Entity(f"Platform:{name}", "Platform", name)
        e.add(m)
        entities[e.id], m.entity = e, e.id
        mentions.append(m)
    return entities, mentions


def test_former_name_cues_merge():
    for text in ("The flagship is now BNS Padma, the former HMS Leeds, based at Khulna.",
                 "The flagship is now BNS Padma (ex-HMS Leeds), based at Khulna.",
                 "The flagship is now BNS Padma, formerly HMS Leeds, based at Khulna."):
        entities, mentions = _platforms(text, ["BNS Padma", "HMS Leeds"])
        former_names(entities, mentions, text)
        assert [(e.name, e.aliases) for e in entities.values()] == [("BNS Padma", {"HMS Leeds"})], text


def test_listed_ships_stay_apart():
    text = "The squadron is BNS Padma, HMS Leeds and BNS Surma."
    entities, mentions = _platforms(text, ["BNS Padma", "HMS Leeds", "BNS Surma"])
    former_names(entities, mentions, text)
    assert len(entities) == 3


def test_renamed_ship_is_one_node(pipeline):
    text = ("Bangladesh commissions second frigate\n\n"
            "CHITTAGONG, June 3, 2024 - The Bangladesh Navy commissioned BNS Padma (ex-HMS Leeds Castle) at "
            "Chittagong on Monday. The ship will patrol the Bay of Bengal.")
    g = graph_of(pipeline, text)
    ships = [(d["name"], d.get("aliases")) for _, d in g.nodes(data=True) if d.get("label") == "Platform"]
    assert len(ships) == 1 and "HMS Leeds Castle" in (ships[0][1] or []), ships
