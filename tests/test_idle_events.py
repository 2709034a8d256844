"""A generic occasion (a ceremony, a meeting, a show, a visit) that the article ties to nothing, or only to
its place, is no event of the graph (graph/entities/idle_events.py); one somebody attends stays, and so does
a clash nobody is named in."""
from __future__ import annotations

from tests.extracted import graph_maker

graph_of = graph_maker("2024-05-02")


def _events(pipeline, text: str) -> set[str]:
    g = graph_of(pipeline, text)
    return {d["name"] for _, d in g.nodes(data=True) if d["label"] == "Event"}


def _edges(pipeline, text: str) -> set[tuple[str, str, str]]:
    g = graph_of(pipeline, text)
    name = {n: d["name"] for n, d in g.nodes(data=True)}
    return {(name[a], t, name[b]) for a, b, t in g.edges(keys=True) if t != "MENTIONED_IN"}


def test_a_planned_ceremony_tied_to_nothing_is_no_event(pipeline):
    events = _events(pipeline, "Peru received its first two frigates from Norway on Monday. An official ceremony "
                               "introducing the ships is planned for June.")
    assert not any(e.startswith("ceremony") for e in events)


def test_a_ceremony_tied_only_to_the_place_of_another_sentence_is_no_event(pipeline):
    text = ("The first four Gripen jets bought by Peru landed in Lima on Tuesday. A formal ceremony to welcome "
            "them is planned for next month.")
    assert not any(e.startswith("ceremony") for e in _events(pipeline, text))
    assert not any(t == "HELD_IN" for _, t, _ in _edges(pipeline, text))


def test_a_ceremony_whose_own_sentence_places_it_stays(pipeline):
    text = "The handover ceremony was held at Las Palmas air base in Lima on Tuesday."
    assert any(e.startswith("handover ceremony") for e in _events(pipeline, text))


def test_a_ceremony_somebody_attends_stays(pipeline):
    text = "President Dina Boluarte attended a ceremony in Lima on Tuesday to receive the first Gripen jets."
    assert any(e.startswith("ceremony") for e in _events(pipeline, text))


def test_a_clash_nobody_is_named_in_stays(pipeline):
    from graph.entities import Entity
    from graph.entities.idle_events import drop_idle_occasions

    clash = Entity("event:clash", "Event", "clash, 2024-03-01", props={"kind": "clash"})
    meeting = Entity("event:meeting", "Event", "meeting, 2024-03-01", props={"kind": "summit"})
    entities = {e.id: e for e in (clash, meeting)}
    drop_idle_occasions(entities, [])
    assert set(entities) == {"event:clash"}


def test_a_review_read_as_a_body_is_no_entity(pipeline):
    g = graph_of(pipeline, "The numbers were cut in last year's Defence Capability Review, and Chile bought "
                           "four frigates instead.")
    assert not any(d["name"].endswith("Review") for _, d in g.nodes(data=True) if d["label"] != "Document")


def test_an_institution_named_for_a_policy_stays(pipeline):
    g = graph_of(pipeline, "Ana Ruiz, an analyst at the Santiago Centre for Defence Policy, said Chile would "
                           "buy four frigates.")
    assert any(d["name"] == "Santiago Centre for Defence Policy" for _, d in g.nodes(data=True))
