"""A place written before a run of common nouns naming a site of it ("the Ak Orda state residence in Astana",
"Bukhara airport in the Bukhara region"): the place lies where the site does (events._site_noun_end, read by
``located`` and by an event's venue town). Invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges_of = partial(text_edges, published="2024-05-10", date_source=None)


def located(edges) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in edges if t == "LOCATED_IN"}


def test_site_run_lies_in_the_next_place(pipeline):
    text = ("The president received his Tajik guest at the Ak Orda state residence in Astana on Tuesday. "
            "The drones are assembled at a plant in the Yelabuga special economic zone in Tatarstan.")
    pairs = located(edges_of(pipeline, text))
    assert ("Ak Orda", "Astana") in pairs
    assert ("Yelabuga", "Tatarstan") in pairs


def test_sea_before_a_site_run_is_no_site_of_the_town(pipeline):
    text = "The frigate docked at the Black Sea port in Novorossiysk on Friday after a week of patrols."
    assert not any(s == "Black Sea" for s, o in located(edges_of(pipeline, text)))


def test_unit_run_is_no_site(pipeline):
    text = "Paratroopers of the Pskov airborne division in Ukraine were withdrawn to Belarus in March."
    assert not any(s == "Pskov" for s, o in located(edges_of(pipeline, text)))


def test_venue_site_run_gives_its_town(pipeline):
    text = "The Steppe Security Forum 2025 was held on Friday at the Ak Orda state residence in Astana."
    edges = edges_of(pipeline, text)
    assert any(t == "HELD_IN" and o == "Astana" for s, t, o in edges)


def test_sea_lies_in_no_state(pipeline):
    """passes/wide_places.py: a sea, ocean or wider region is LOCATED_IN no state."""
    text = ("Vietnam was left out of the drills in 2019 over its militarisation of the South China Sea and has not "
            "been invited since. Two Chinese bombers flew over the Sea of Japan and then on towards the Pacific, the "
            "Korean defence ministry said.")
    pairs = located(edges_of(pipeline, text))
    assert ("South China Sea", "Vietnam") not in pairs
    assert ("Pacific Ocean", "South Korea") not in pairs


def test_water_within_a_wider_water_stays():
    from graph.entities import Entity
    from graph.relations.passes.wide_places import drop_wide_containers
    from graph.relations.relation import Relation

    entities = {e.id: e for e in (Entity("p:riga", "Place", "Gulf of Riga", props={"kind": "gulf"}),
                                  Entity("p:baltic", "Place", "Baltic Sea", props={"kind": "sea"}),
                                  Entity("c:lv", "Country", "Latvia"))}
    rels = [Relation("p:riga", "LOCATED_IN", "p:baltic", {}, 0.7, "located-in"),
            Relation("p:riga", "LOCATED_IN", "c:lv", {}, 0.7, "located-in")]
    assert [(r.source, r.target) for r in drop_wide_containers(rels, entities)] == [("p:riga", "p:baltic")]
