"""One name is one entity (an organisation the tagger finds under an edition's name is that edition),
a Roman-numeral edition keeps its name, a series' origin never dates the edition an article reports,
and a summit named in passing is not the article's."""
from __future__ import annotations

from graph.entities.resolve import _numbered_edition, edition_stem
from tests.extracted import events_in as events_of
from tests.extracted import graph_maker
from tests.extracted import relations_in as edges_of

graph_of = graph_maker("2023-11-23")

PUBLISHED_MONDAY = "2026-03-18"


def test_edition_stems():
    assert edition_stem("Falcon LXV") == "Falcon"
    assert edition_stem("Falcon 2024") == "Falcon"
    assert edition_stem("Falcon-2024") == "Falcon"
    assert edition_stem("Air Force") is None
    assert edition_stem("World War I") is None
    assert _numbered_edition("Falcon LXV") and _numbered_edition("Cope Thunder II")
    assert not _numbered_edition("Falcon 2024")


def test_roman_edition_is_one_event_not_dated_by_its_founding(pipeline):
    text = ("SOLIDARIDAD LXII opens in Montevideo\n\n"
            "The 62nd edition of SOLIDARIDAD, the naval exercise that the Brazilian Navy launched with its "
            "neighbours more than six decades ago, got under way in Montevideo on Monday. "
            "Ships from Uruguay, Argentina, Brazil and Peru are taking part, making SOLIDARIDAD LXII "
            "one of the largest editions in years. The exercise was first held in 1961.")
    g = graph_of(pipeline, text, "2026-03-18")
    events = events_of(g)
    trident = [n for n in events if "SOLIDARIDAD" in n]
    assert trident == ["SOLIDARIDAD LXII"], events
    assert events[trident[0]].get("date", "").startswith("2026"), events[trident[0]]
    labels = {d.get("name"): d.get("label") for _, d in g.nodes(data=True)}
    assert labels.get("SOLIDARIDAD LXII") == "Event", labels


def test_series_since_a_year_keeps_that_start(pipeline):
    text = ("Armenia, Georgia and Moldova have held joint drills under the \"Black Lion\" label since 2019. "
            "The Black Lion exercise is held every summer.")
    events = events_of(graph_of(pipeline, text, "2026-03-18"))
    lion = next((a for n, a in events.items() if "Black Lion" in n), None)
    assert lion is None or not lion.get("date") or lion["date"].startswith("2019"), events


def test_summit_named_in_passing_is_not_the_articles(pipeline):
    text = ("Nordic leaders meet at a castle\n\n"
            "Prime Minister Jonas Gahr Store gathered the Nordic leaders at Akershus Fortress in Oslo on Saturday "
            "for what he called a farewell summit. Finland's Petteri Orpo and Sweden's Ulf Kristersson "
            "attended the summit. The 2026 leaders' summit had been due to take place in Helsinki.\n\n"
            "Orpo went on to New York, where he was due to address the United Nations Summit of the Future.")
    g = graph_of(pipeline, text, "2026-03-16")
    events = events_of(g)
    main = [n for n, a in events.items() if "farewell summit" in a.get("aliases", [])]
    assert main and "United Nations" not in main[0], events
    assert "2026 leaders' summit" in events[main[0]].get("aliases", []), events[main[0]]
    edges = edges_of(g)
    assert ("Petteri Orpo", "PARTICIPATED_IN", main[0]) in edges or ("Finland", "PARTICIPATED_IN", main[0]) in edges \
        or any(e[2] == main[0] for e in edges), edges


def test_venue_inside_a_town_places_the_event_in_both(pipeline):
    text = ("Air show opens\n\n"
            "The Defence Minister opened the 9th edition of the Andean Air Show at Mariscal Air Base in Cochabamba "
            "on Monday. The show runs until Friday.")
    g = graph_of(pipeline, text, PUBLISHED_MONDAY)
    held = {t for s, r, t in edges_of(g) if r == "HELD_IN"}
    assert "Cochabamba" in held, held


def test_drills_involve_personnel_from_listed_states(pipeline):
    text = ("Coastal Shield opens\n\n"
            "Kenya and Tanzania opened their joint Coastal Shield exercise on Monday near Mombasa. "
            "Alongside the Kenya Defence Forces, this year's drills involve personnel from Uganda, Rwanda and Burundi.")
    g = graph_of(pipeline, text, PUBLISHED_MONDAY)
    took_part = {s for s, r, t in edges_of(g) if r == "PARTICIPATED_IN"}
    assert {"Uganda", "Rwanda", "Burundi"} <= took_part, took_part


def test_places_troops_drill_at_are_the_exercise_venues(pipeline):
    text = ("Steppe Eagle 2026 begins\n\n"
            "Kazakhstan and Kyrgyzstan opened the Steppe Eagle 2026 exercise on Monday. "
            "Astana said that around 5,000 Kazakh and Kyrgyz troops would exercise on Kazakh soil until Friday, "
            "chiefly at the Otar training ground and in the Zhambyl Region.")
    g = graph_of(pipeline, text, PUBLISHED_MONDAY)
    held = {t for s, r, t in edges_of(g) if r == "HELD_IN"}
    assert "Zhambyl Region" in held or "Otar training ground" in held, held


def test_venue_named_after_its_town_holds_the_event_in_the_town(pipeline):
    text = ("Andean leaders meet\n\n"
            "The leaders opened the 12th Andean Security Summit at the Quito Convention Centre on Monday. "
            "Security in Quito was tight.")
    g = graph_of(pipeline, text, PUBLISHED_MONDAY)
    held = {t for s, r, t in edges_of(g) if r == "HELD_IN"}
    assert "Quito" in held, held


def test_an_indefinite_drill_later_is_not_the_named_exercise(pipeline):
    text = ("Cobra Gold begins next week\n\n"
            "Thailand and the United States will begin their annual exercise, Cobra Gold, on Monday. "
            "On Thursday two Thai jets crashed while taking part in a live-fire exercise of the Royal Thai Army "
            "and the Royal Thai Navy at the Lopburi range.")
    g = graph_of(pipeline, text, PUBLISHED_MONDAY)
    cobra = next(n for n in events_of(g) if "Cobra Gold" in n)
    took_part = {s for s, r, t in edges_of(g) if r == "PARTICIPATED_IN" and t == cobra}
    assert "Royal Thai Navy" not in took_part, took_part

