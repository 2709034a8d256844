"""The article's unnamed accident (``accident`` in ``event_kinds``; ``families/accidents.py``,
``passes/accidents.py``): a crash the text calls by its noun twice is an Event named by what, where and when,
held where the crash words lead through place prepositions; no state takes part in it and no type is shown at
it. Sentences written for these tests."""
from __future__ import annotations


def _graph(pipeline, text: str):
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    return pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-03-10", date_source="cli")))


def _events(g) -> list[dict]:
    return [d for _, d in g.nodes(data=True) if d.get("label") == "Event"]


def _edges(g, type_: str) -> set[tuple[str, str]]:
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True) if d["type"] == type_}


_TOLD_TWICE = (
    "Chile's air force grounded its transport fleet on Monday after a CASA C-295 crashed in a wooded part of the "
    "Maule Region, killing all nine people on board. Peru and Argentina offered to take part in the inquiry into "
    "the crash. The crash is the worst in the service's history.")


def test_crash_told_twice_is_an_event_held_where_it_came_down(pipeline):
    """"crashed in a wooded part of the X Region" ... "the crash" ... "The crash": one Event, HELD_IN X Region."""
    g = _graph(pipeline, _TOLD_TWICE)
    crashes = [e for e in _events(g) if "crash" in {a.lower() for a in [e["name"], *e.get("aliases", [])]}]
    assert len(crashes) == 1
    assert crashes[0]["name"].startswith("crash")
    held = {p for e, p in _edges(g, "HELD_IN") if e == crashes[0]["name"]}
    assert held == {"Maule Region"}


def test_no_state_takes_part_in_a_crash(pipeline):
    """States offering help with the inquiry take no part in the crash."""
    g = _graph(pipeline, _TOLD_TWICE)
    took = {a for a, e in _edges(g, "PARTICIPATED_IN") if e.startswith("crash")}
    assert not took & {"Peru", "Argentina", "Chile"}


def test_crash_told_once_in_passing_is_no_event(pipeline):
    """"killed in a plane crash in 2019": a past crash told once is no event of the article."""
    text = ("General Tomas Vidal took command of the Chilean Army on Monday. His predecessor was killed in a plane "
            "crash in 2019, and the post had been held by an acting chief since then.")
    assert not [e for e in _events(_graph(pipeline, text)) if "crash" in e["name"].lower()]


def test_crash_site_is_not_where_it_was_spoken_of(pipeline):
    """"told a news conference in Santiago ... the crash": Santiago is where it was spoken of, not its place;
    "came down near the village of X" is."""
    text = ("SANTIAGO, March 10 - A Chilean Air Force helicopter came down near the village of Curanipe on Sunday, "
            "the defence minister told a news conference in Santiago. The crash killed four airmen. The minister said "
            "the crash would be investigated.")
    g = _graph(pipeline, text)
    held = {p for e, p in _edges(g, "HELD_IN") if e.startswith("crash")}
    assert "Santiago" not in held
    assert "Curanipe" in held


def test_crash_dated_by_its_own_clause(pipeline):
    """"named a new chief on Monday, a week after ... crashed": Monday is the report's day; "came down ... on
    March 2" dates the crash."""
    text = ("Chile named a new air force chief on Monday, a week after a transport crashed in the south. The chief "
            "of staff died when the CASA C-295 came down near the village of Curanipe on March 2. The crash "
            "killed nine people. Investigators have not said what caused the crash.")
    crashes = [e for e in _events(_graph(pipeline, text)) if e["name"].startswith("crash")]
    assert [e.get("date") for e in crashes] == ["2025-03-02"]
