"""An uncatalogued exercise's edition written as a name and a year ("Aurora 23", "Southern Anchor 26") is
one event, and the article's own where its headline or lead names it: the bare "the exercise" folds into
it. A model's number ("Type 26", "Block 70"), a plan's year ("Vision 2030") and a date are no editions."""
from __future__ import annotations

from tests.extracted import events_in, graph_maker, relations_in

graph_of = graph_maker("2025-05-12")


def test_name_and_short_year_is_the_articles_exercise(pipeline):
    text = ("Norway hosts Polar Lynx 25\n\n"
            "Norway opened Polar Lynx 25, its largest winter exercise this decade, on Monday, with troops from "
            "Denmark and Canada taking part. The exercise runs across Finnmark until Friday.")
    g = graph_of(pipeline, text)
    events = events_in(g)
    assert "Polar Lynx 25" in events, events
    assert not any(n.startswith("exercise") for n in events), events
    edges = relations_in(g)
    assert ("Denmark", "PARTICIPATED_IN", "Polar Lynx 25") in edges, edges


def test_edition_whose_exercise_noun_follows_in_the_next_sentence(pipeline):
    text = ("Chilean and Peruvian sailors are taking part in Pacific Harbour 2025 off Valparaiso. "
            "The exercise ends on Thursday.")
    events = events_in(graph_of(pipeline, text))
    assert "Pacific Harbour 2025" in events, events


def test_numbers_of_models_plans_and_dates_are_no_editions(pipeline):
    text = ("During the exercise, Canada tested two Type 26 frigates and F-16 Block 70 jets. "
            "The drills began in June 2025 and serve Vision 2030, officials said of the exercise.")
    events = events_in(graph_of(pipeline, text))
    assert not any(n.startswith(("Type 26", "Block 70", "June", "Vision")) for n in events), events


def test_quoted_name_after_a_naming_verb_is_the_articles_event(pipeline):
    text = "The navy said the drills, called \"Coral Shield\", were held off Crete with Greek and French ships."
    g = graph_of(pipeline, text)
    events = events_in(g)
    assert "Coral Shield" in events and "drills" not in events, events
    assert ("Coral Shield", "HELD_IN", "Crete") in relations_in(g), relations_in(g)


def test_quoted_code_name_of_an_operation_is_an_event(pipeline):
    text = ("Kenya's special forces said the operation, code-named \"Linda Pwani\", struck three camps near "
            "Kismayo on Tuesday.")
    assert "Linda Pwani" in events_in(graph_of(pipeline, text))


def test_state_hosting_a_named_edition_hosts_it(pipeline):
    text = ("Several national exercises fall under the umbrella this spring. "
            "Romania will host Iron Falcon 25 with a river crossing on the Danube.")
    edges = relations_in(graph_of(pipeline, text))
    assert ("Iron Falcon 25", "HOSTED_BY", "Romania") in edges, edges


def test_a_counted_group_is_no_edition(pipeline):
    text = "The 16-member bloc sent troops to the exercise. The 16 states joined the drills."
    events = events_in(graph_of(pipeline, text))
    assert not any(n.startswith("The 16") for n in events), events
