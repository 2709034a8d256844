"""A named operation's strikes (``families/strikes.py``), an event spread "across" places and an event held
through a generic noun (``families/events.py``): sentences written for these tests."""
from __future__ import annotations


def _edges(pipeline, text: str, type_: str) -> set[tuple[str, str]]:
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    g = pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-03-10", date_source="cli")))
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True) if d["type"] == type_}


def test_operation_named_by_its_noun_struck_listed_bases(pipeline):
    """"the operation, code-named X, struck A air base and B air base": both bases are its venues."""
    text = ("The Estonian Defence Forces said the operation, code-named \"Nightjar\", struck Kuressaare air base "
            "in the north and Valga air base on Tuesday.")
    held = {p.lower() for e, p in _edges(pipeline, text, "HELD_IN") if "Nightjar" in e}
    assert {"kuressaare air base", "valga air base"} <= held


def test_doers_of_a_strike_in_a_named_operation_took_part(pipeline):
    """"In an operation it named X, Chile's armed forces hit targets near Y": the forces and the state took part."""
    text = ("In an operation it named Cold Harbour, Chile's armed forces hit targets near the town of Tacna in "
            "Peru's Tacna Region.")
    took = {a for a, e in _edges(pipeline, text, "PARTICIPATED_IN") if "Cold Harbour" in e}
    held = {p for e, p in _edges(pipeline, text, "HELD_IN") if "Cold Harbour" in e}
    assert "Chile" in took
    assert "Tacna Region" in held


def test_namer_and_places_of_carried_out_strikes(pipeline):
    """"A carried out strikes on locations in B and C, in an operation A named X": A took part; B and C held it."""
    text = ("Kenya carried out air strikes on six locations in Somalia and Ethiopia on Monday, in an operation "
            "Nairobi named Operation Red Acacia.")
    took = {a for a, e in _edges(pipeline, text, "PARTICIPATED_IN") if "Red Acacia" in e}
    held = {p for e, p in _edges(pipeline, text, "HELD_IN") if "Red Acacia" in e}
    assert "Kenya" in took
    assert {"Somalia", "Ethiopia"} <= held


def test_strike_of_another_clause_places_nothing(pipeline):
    """A strike verb in a clause the operation is not in gives the operation no venue."""
    text = ("Operation Red Acacia ended in May, officials in Nairobi said, while rebels who had struck the town of "
            "Garissa were still at large.")
    held = {p for e, p in _edges(pipeline, text, "HELD_IN") if "Red Acacia" in e}
    assert "Garissa" not in held


def test_drills_across_listed_states(pipeline):
    """"drills across A, B and C": each state is a venue of the exercise."""
    text = ("Exercise Polar Lynx 2025 closed on Friday. Three weeks of Arctic drills across Iceland, Greenland "
            "and Norway ended with a landing.")
    held = {p for e, p in _edges(pipeline, text, "HELD_IN") if "Polar Lynx" in e}
    assert {"Iceland", "Norway"} <= held


def test_event_held_through_its_round(pipeline):
    """"A and B held the fourth round of their X Dialogue in C": both took part, held in C."""
    text = ("Brazil and Argentina held the fourth round of their Southern Cone Strategic Dialogue in Montevideo "
            "on Friday.")
    took = {a for a, e in _edges(pipeline, text, "PARTICIPATED_IN") if "Dialogue" in e}
    assert {"Brazil", "Argentina"} <= took


def test_opened_together_with(pipeline):
    """"X opened the exercise together with Y": Y took part as X did."""
    text = ("Exercise Blue Condor 2025 began in Chile on Monday. General Ana Rojas opened the exercise together "
            "with General Tomas Herrera, the chief of the Peruvian Air Force.")
    took = {a for a, e in _edges(pipeline, text, "PARTICIPATED_IN") if "Blue Condor" in e}
    assert {"Ana Rojas", "Tomas Herrera"} <= took


def test_table_of_guests_is_no_visits_company(pipeline):
    """In a state visit's article, guests "around the table" unnamed to any event are not put on the visit."""
    text = ("Brazilian President Ana Ferreira began a three-day state visit to Chile on Monday. The state visit "
            "was the first in a decade. Around the table were Peru's Carlos Mendez, Bolivia's Luis Arce "
            "and Paraguay's Santiago Pena.")
    took = {a for a, e in _edges(pipeline, text, "PARTICIPATED_IN") if "visit" in e.lower()}
    assert not {"Carlos Mendez", "Luis Arce", "Santiago Pena", "Peru", "Bolivia"} & took


def test_lead_strike_of_an_operations_article(pipeline):
    """The lead's strike, unnamed, is the operation a later sentence names: "Jets struck the port of X ...
    The raid, which the navy called Operation Y"."""
    text = ("Chilean fighter jets struck the Peruvian port of Matarani on Saturday, setting fuel tanks ablaze. "
            "Officials said the raid, which the Chilean Navy called Operation Grey Heron, had been planned for weeks.")
    held = {p for e, p in _edges(pipeline, text, "HELD_IN") if "Grey Heron" in e}
    assert "Matarani" in held


def test_lead_strike_without_a_named_operation_places_nothing(pipeline):
    """Without an operation named anywhere, the lead's strike gives no event a venue by this rule."""
    text = ("Chilean fighter jets struck the Peruvian port of Matarani on Saturday, setting fuel tanks ablaze. "
            "Officials said the summit in Lima would go ahead.")
    held = {(e, p) for e, p in _edges(pipeline, text, "HELD_IN")}
    assert not any(p == "Matarani" for _, p in held)
