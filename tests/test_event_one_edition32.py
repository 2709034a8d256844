"""One edition of a series is one Event node in an article, whatever mark names it ("Exercise X",
"X exercise", "X 2022", "X-22", "seventh X", "X VII"); two editions stay two; an article's own
exercise built from its noun folds into the one named edition of its year."""
from __future__ import annotations

from graph.entities.entity import Entity
from graph.entities.event_names import edition_of, one_edition, unnamed_edition
from tests.extracted import events_in as events_of
from tests.extracted import graph_maker

graph_of = graph_maker("2024-03-04")


def _events(*specs: tuple[str, set[str], str | None]) -> dict[str, Entity]:
    out = {}
    for name, aliases, date in specs:
        e = Entity(f"Event:{name}", "Event", name)
        e.aliases |= aliases
        if date:
            e.props["date"] = date
        out[e.id] = e
    return out


def test_edition_marks():
    assert edition_of("Exercise Falcon 2022") == ("falcon", "2022", None)
    assert edition_of("Falcon-22") == ("falcon", "2022", None)
    assert edition_of("Falcon 22") == ("falcon", "2022", None)
    assert edition_of("Falcon VII") == ("falcon", None, 7)
    assert edition_of("seventh Falcon exercise") == ("falcon", None, 7)
    assert edition_of("7th Exercise Falcon") == ("falcon", None, 7)
    assert edition_of("Falcon exercise") == ("falcon", None, None)
    assert edition_of("exercise, Tamale, 2023-02") == ("", None, None)
    assert edition_of("first international exercise")[0] == ""


def test_year_numeral_and_ordinal_of_one_edition_merge():
    entities = _events(("Exercise Falcon 2022", {"seventh Falcon", "Falcon"}, "2022-10-26/2022-11-12"),
                       ("Falcon VII", set(), "2022-11"))
    one_edition(entities)
    assert [e.name for e in entities.values()] == ["Exercise Falcon 2022"]
    assert "Falcon VII" in next(iter(entities.values())).aliases


def test_two_numbered_editions_stay_apart():
    entities = _events(("Falcon X", set(), "2024-02"), ("Falcon IX", set(), "2021"), ("Falcon", set(), None))
    one_edition(entities)
    assert len(entities) == 3


def test_edition_dated_in_another_year_stays_apart():
    entities = _events(("Falcon 2022", set(), "2022-05"), ("Falcon exercise", set(), "2019-06"))
    one_edition(entities)
    assert len(entities) == 2


def test_year_and_numeral_with_nothing_joining_them_stay_apart():
    entities = _events(("Falcon 2022", set(), None), ("Falcon VI", set(), None))
    one_edition(entities)
    assert len(entities) == 2


def test_unnamed_exercise_folds_into_the_named_edition_of_its_year():
    entities = _events(("exercise, Riga, 2025-05-12", {"exercise"}, "2025-05-12"), ("Kestrel Shield 25", set(), None))
    unnamed = entities["Event:exercise, Riga, 2025-05-12"]
    unnamed.props["kind"] = "exercise"
    unnamed_edition(entities, unnamed, lambda ref_id: None)
    assert [e.name for e in entities.values()] == ["Kestrel Shield 25"]
    kept = next(iter(entities.values()))
    assert kept.props["date"] == "2025-05-12" and "exercise, Riga, 2025-05-12" not in kept.aliases


def test_unnamed_exercise_stays_apart_from_a_summit_or_two_editions():
    specs = (("exercise, Riga, 2025-05-12", set(), "2025-05-12"), ("Baltic Summit 2025", set(), "2025-05"))
    entities = _events(*specs)
    unnamed = entities["Event:exercise, Riga, 2025-05-12"]
    unnamed.props["kind"] = "exercise"
    unnamed_edition(entities, unnamed, lambda ref_id: None)
    assert len(entities) == 2
    entities = _events(specs[0], ("Kestrel Shield 25", set(), None), ("Amber Lance 25", set(), None))
    unnamed = entities["Event:exercise, Riga, 2025-05-12"]
    unnamed.props["kind"] = "exercise"
    unnamed_edition(entities, unnamed, lambda ref_id: None)
    assert len(entities) == 3


def test_exercise_named_with_and_without_its_noun_is_one_node(pipeline):
    text = ("Navies of Chile and Peru open Exercise Blue Tide off Valparaiso\n\n"
            "VALPARAISO, March 4, 2024 - The navies of Chile and Peru began Exercise Blue Tide off Valparaiso "
            "on Monday. Blue Tide will run for ten days and involves six frigates. Chilean officials said the "
            "Blue Tide exercise tests anti-submarine work.")
    events = [n for n in events_of(graph_of(pipeline, text)) if "Blue Tide" in n]
    assert len(events) == 1, events


def test_generic_exercise_and_its_later_name_are_one_node(pipeline):
    text = ("Latvian and Estonian troops train near Adazi\n\n"
            "RIGA, May 12, 2025 - Troops from Latvia and Estonia began a large exercise near Adazi on Monday. "
            "The exercise runs until May 30 and involves 3,000 soldiers and 40 Leopard 2 tanks.\n\n"
            "Officers said the drill tests river crossings. The Latvian defence ministry calls the training "
            "Kestrel Shield 25, and it is the ninth edition of the series.")
    events = events_of(graph_of(pipeline, text, "2025-05-12"))
    assert list(events) == ["Kestrel Shield 25"], events


def test_unnamed_fighting_stays_apart_from_a_drill_of_its_month():
    entities = _events(("fighting, 2023-09-19", set(), "2023-09-19"), ("Eagle Partner 2023", set(), "2023-09"))
    unnamed = entities["Event:fighting, 2023-09-19"]
    unnamed.props["kind"] = "clash"
    unnamed_edition(entities, unnamed, lambda ref_id: None)
    assert len(entities) == 2
