"""Where an incident struck, told by its article's lead (session 49, ``events._lead_venue`` with
``_INCIDENT_KINDS``): "seized a tanker in the Gulf of X", "shot down the drone over Y" place the article's
strike, seizure or clash there (HELD_IN), but not a region the lead names as background, the city the report
is datelined from, or where someone merely is."""
from __future__ import annotations


def _graph(pipeline, text: str):
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    return pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-05-10", date_source="cli")))


def _held(pipeline, text: str) -> set[tuple[str, str]]:
    g = _graph(pipeline, text)
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True) if d["type"] == "HELD_IN"}


def _places(pipeline, text: str) -> set[str]:
    return {p for _, p in _held(pipeline, text)}


def test_a_seizure_is_held_where_the_lead_says_it_struck(pipeline):
    """ "seized an oil tanker in the Gulf of X": the article's seizure happened there."""
    text = ("Navy says seized tanker was boarded at night\n\n"
            "Bordurian commandos seized an oil tanker in the Gulf of Tarlenheim on Friday, the first seizure of a "
            "merchant ship in those waters this year.\n\n"
            "The seizure drew protests from the ship's owners.\n")
    assert "Gulf of Tarlenheim" in _places(pipeline, text)


def test_the_dateline_city_is_no_incident_site(pipeline):
    """ "ZENDA, May 4 - ... laid out the wreckage on tables in Zenda": where the report was filed and the
    wreckage shown, not where the drones struck."""
    text = ("Rebel drones strike fuel depot in Ruritanian port\n\n"
            "ZENDA, May 4 (Wire) - Rebel drones hit a fuel depot on Sunday, the deadliest attack on the port this "
            "year, and officials laid out the wreckage on tables in Zenda hours later.\n\n"
            "The attack set two storage tanks on fire.\n")
    assert "Zenda" not in _places(pipeline, text)


def test_a_city_not_the_dateline_is_the_incident_site(pipeline):
    """The same strike datelined from another city, the place told in the striking clause: the attack's site."""
    text = ("Rebel drones strike fuel depot in Ruritanian port\n\n"
            "TARLENHEIM, May 4 (Wire) - Rebel drones hit a fuel depot in Zenda on Sunday, the deadliest attack on "
            "the port this year, and officials laid out the wreckage on tables hours later.\n\n"
            "The attack set two storage tanks on fire.\n")
    assert "Zenda" in _places(pipeline, text)


def test_a_conjoined_clauses_place_is_no_incident_site(pipeline):
    """(session 49 mend) "..., and officials laid out the wreckage on tables in Zenda": a clause of another verb
    with its own subject tells where the wreckage was shown, not where the drones struck."""
    text = ("Rebel drones strike fuel depot in Ruritanian port\n\n"
            "TARLENHEIM, May 4 (Wire) - Rebel drones hit a fuel depot on Sunday, the deadliest attack on the port "
            "this year, and officials laid out the wreckage on tables in Zenda hours later.\n\n"
            "The attack set two storage tanks on fire.\n")
    assert "Zenda" not in _places(pipeline, text)


def test_a_region_named_as_background_is_no_incident_site(pipeline):
    """ "the first deaths from hostile fire in the Middle East": a region the lead names around the strike."""
    text = ("Drone strike kills three soldiers at desert outpost\n\n"
            "A drone struck a small outpost on Sunday, killing three soldiers in the first deaths from hostile "
            "fire in the Middle East since the war began.\n\n"
            "The strike wounded 30 others.\n")
    assert "Middle East" not in _places(pipeline, text)


def test_a_named_persons_own_act_is_no_incident_site(pipeline):
    """ "X told parliament in Zenda": where a person spoke of the attack, not where it struck."""
    text = ("Rebel drones strike fuel depot in Ruritanian port\n\n"
            "Rebel drones hit a fuel depot on Sunday, killing three workers in the deadliest attack on the port "
            "this year. Rudolf Rassendyll told parliament in Zenda on Monday that the army would respond.\n\n"
            "The attack set two storage tanks on fire.\n")
    assert "Zenda" not in _places(pipeline, text)
