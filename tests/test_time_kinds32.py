"""Time, session 32: a yearless dateline falls after every dated fact the text tells as past, a yearless
month told in the sentence of a named edition's year included ("Lion Strike 2024, held near Gulu in
November": a story dated 18 January was written in 2025). Invented sentences."""
from __future__ import annotations

from graph.text.metadata import _stepwise_year


def test_a_named_edition_held_later_in_its_year_than_the_dateline_dates_the_story_the_year_after():
    body = ("Uganda and Kenya reviewed the results of Exercise Lion Strike 2024, which the two armies held near Gulu "
            "in November. A day later, the Kenyan contingent flew home, officials said.")
    assert _stepwise_year("0000-01-18", body) == "2025-01-18"
    body = "The army said the joint Lion Strike 2024 exercise ended on November 20. The troops flew home a day later."
    assert _stepwise_year("0000-01-18", body) == "2025-01-18"


def test_a_month_before_a_named_edition_in_its_sentence_counts_too():
    body = "In November, the two armies held Exercise Lion Strike 2024 near Gulu. The troops flew home a day later."
    assert _stepwise_year("0000-01-18", body) == "2025-01-18"


def test_a_weekday_the_lead_names_does_not_pull_the_story_before_the_edition():
    body = ("Uganda and Kenya on Thursday reviewed Exercise Lion Strike 2024, which the two armies held near Gulu "
            "in November. A day later, the Kenyan contingent flew home.")
    assert _stepwise_year("0000-01-18", body) == "2025-01-18"  # a Thursday 17 January: 2025 (2024's was a Wednesday)


def test_a_month_the_clause_sets_ahead_is_no_past_fact():
    # "closes on November 20" is a schedule told in the present: the story of 5 November is that year's
    body = "The joint Lion Strike 2024 exercise opened near Gulu on Monday and closes on November 20, the army said."
    assert _stepwise_year("0000-11-05", body) == "2024-11-05"
    body = "Exercise Lion Strike 2024 will be held near Gulu in November, the army said on Thursday."
    assert _stepwise_year("0000-01-18", body) != "2025-01-18"


# --- a span of days the text states dates the event and the facts of its sentence (ISO interval) ---

def _dates_of(pipeline, sentence: str, published: str) -> list[str]:
    from datetime import date

    from graph.relations.time import resolved_dates

    doc = pipeline.nlp(sentence)
    base = date.fromisoformat(published)
    return [v for s in doc.sents for _, v in resolved_dates(s, base)]


def test_spans_of_days_the_recogniser_splits_or_misses_resolve_to_one_interval(pipeline):
    published = "2024-11-20"
    assert _dates_of(pipeline, "The drill ran from 3 until 15 November off the coast.", published) == \
        ["2024-11-03/2024-11-15"]
    assert _dates_of(pipeline, "The drill ran 3 through 15 November off the coast.", published) == \
        ["2024-11-03/2024-11-15"]
    assert _dates_of(pipeline, "The drill ran Nov. 3 - Nov. 15 off the coast.", published) == ["2024-11-03/2024-11-15"]
    assert _dates_of(pipeline, "The drill ran 3 November - 15 November off the coast.", published) == \
        ["2024-11-03/2024-11-15"]
    assert _dates_of(pipeline, "Ships joined the drill from November 3 until November 15.", published) == \
        ["2024-11-03/2024-11-15"]
    assert _dates_of(pipeline, "Ships joined Exercise Blue Tide between 3 and 15 November.", published) == \
        ["2024-11-03/2024-11-15"]
    assert _dates_of(pipeline, "The drill ran between 20 October and 12 November 2024.", published) == \
        ["2024-10-20/2024-11-12"]
    assert _dates_of(pipeline, "The drill took place from 28 October through 8 November 2024.", published) == \
        ["2024-10-28/2024-11-08"]


def test_counts_and_scores_are_no_span_of_days(pipeline):
    published = "2024-11-20"
    assert _dates_of(pipeline, "Troops from 3 to 5 countries took part on 15 November.", published) == ["2024-11-15"]
    assert _dates_of(pipeline, "Their team won 3-1 on 4 May.", published) == ["2024-05-04"]


def _times(pipeline, text: str, published: str) -> tuple[dict, dict]:
    from tests.extracted import graph_of

    g = graph_of(pipeline, text, published)
    events = {d["name"]: d.get("date") for _, d in g.nodes(data=True) if d.get("label") == "Event"}
    whens = {(g.nodes[u]["name"], d["type"], g.nodes[v]["name"]): [i.get("when") for i in d.get("evidence") or []]
             for u, v, d in g.edges(data=True) if d.get("type") != "MENTIONED_IN"}
    return events, whens


def test_a_span_the_sentence_states_dates_the_participations_in_it(pipeline):
    text = ("Blue Tide drill ends off Mombasa\n\nTwelve ships from the Kenyan Navy and the Tanzanian Navy took part "
            "in Exercise Blue Tide 2024 from 3 until 15 November off the coast of Mombasa.\n")
    events, whens = _times(pipeline, text, "2024-11-20")
    assert events.get("Exercise Blue Tide 2024") == "2024-11-03/2024-11-15"
    assert whens[("Kenya Navy", "PARTICIPATED_IN", "Exercise Blue Tide 2024")] == ["2024-11-03/2024-11-15"]


def test_an_edition_label_does_not_date_an_event_the_text_dates_in_the_year_before(pipeline):
    text = ("Sahel Shield 2025 ends in northern Ghana\n\nGhana and Togo held Exercise Sahel Shield 2025 between 20 "
            "October and 12 November 2024 in the north of Ghana.\n\nThe Ghana Army and the Togolese Army trained "
            "together during the exercise, officials said.\n")
    events, whens = _times(pipeline, text, "2025-01-15")
    assert events["Exercise Sahel Shield 2025"] == "2024-10-20/2024-11-12"
    assert whens[("Ghana Army", "PARTICIPATED_IN", "Exercise Sahel Shield 2025")] == ["2024-10-20/2024-11-12"]


# --- "retired/decommissioned in YEAR" dates the retirement ---

def test_a_year_on_the_verb_that_retires_a_type_dates_its_retirement(pipeline):
    text = ("Navy commissions new carrier\n\nThe Indian Navy, which retired its Sea Harrier jets in 2016, "
            "commissioned the aircraft carrier INS Vikrant on Friday in Kochi.\n")
    _, whens = _times(pipeline, text, "2022-09-05")
    assert whens[("Indian Navy", "OPERATES", "Sea Harrier")] == ["2016"]
    assert whens[("Indian Navy", "OPERATES", "Vikrant-class aircraft carrier")] == ["2022-09-02"]


def test_another_holders_retirement_does_not_date_a_purchase(pipeline):
    text = ("Chile buys a frigate\n\nChile bought the frigate Almirante Lynch, which was decommissioned by the "
            "Royal Navy in 2006, on Tuesday.\n")
    _, whens = _times(pipeline, text, "2022-09-05")
    assert whens[("Chile", "OPERATES", "Almirante Lynch")] != ["2006"]


def test_taking_part_in_an_event_dated_by_the_day_it_ended_holds_over_its_days(pipeline):
    text = ("Blue Tide drill ends off Mombasa\n\nThe Blue Tide 2024 exercise opened on 3 November off the coast of "
            "Mombasa with 12 ships.\n\nThe Tanzanian Navy sent six ships to Blue Tide 2024, which ended on Friday.\n")
    events, whens = _times(pipeline, text, "2024-11-16")
    assert events["Blue Tide 2024"] == "2024-11-03/2024-11-15"
    assert whens[("Tanzanian Navy", "PARTICIPATED_IN", "Blue Tide 2024")] == ["2024-11-03/2024-11-15"]
