"""Events told of again by "it", "they" or "them" (coref27: graph/entities/antecedents.py ``event_pronouns``),
on invented sentences: the pronoun becomes a ``coref`` mention of the event, and the event rules read it
like the name."""
from __future__ import annotations

from functools import partial

from tests.extracted import corefs, text_edges

edges = partial(text_edges, published="2025-03-01")


def test_it_after_an_event_subject_is_the_event(pipeline):
    text = ("Exercise Cope Thunder began on Monday. It brings together the air forces of the Philippines and "
            "the United States.")
    assert ("It", "Exercise Cope Thunder") in corefs(pipeline, text)
    found = edges(pipeline, text)
    assert ("Philippines", "PARTICIPATED_IN", "Exercise Cope Thunder") in found, found


def test_they_held_somewhere_is_the_drills_not_the_states_that_began_them(pipeline):
    text = "Russia and China began naval drills on Monday. They are being held in the Sea of Japan."
    found = corefs(pipeline, text)
    assert [name for word, name in found if word == "They"] == ["naval drills"], found
    held = {(s, t, o) for s, t, o in edges(pipeline, text) if t == "HELD_IN"}
    assert any(s.startswith("naval drills") and o == "Sea of Japan" for s, _, o in held), held


def test_an_active_they_after_states_stays_the_states(pipeline):
    text = "Russia and China began naval drills on Monday. They also signed a trade agreement."
    found = {name for word, name in corefs(pipeline, text) if word == "They"}
    assert found == {"Russia", "China"}, found


def test_an_object_it_of_joining_is_the_event_the_sentence_before_names(pipeline):
    text = "Exercise Cope Thunder began on Monday in the Philippines. Japan and India joined it as observers."
    assert ("it", "Exercise Cope Thunder") in corefs(pipeline, text)
    found = edges(pipeline, text)
    assert ("Japan", "PARTICIPATED_IN", "Exercise Cope Thunder") in found, found


def test_them_needs_an_event_told_of_in_the_plural(pipeline):
    plural = ("China and Russia began the Joint Sea-2025 exercise on Monday. The drills are being held off "
              "Vladivostok. Warships from Iran joined them on Tuesday.")
    assert ("them", "Joint Sea-2025") in corefs(pipeline, plural)
    assert ("Iran", "PARTICIPATED_IN", "Joint Sea-2025") in edges(pipeline, plural)
    single = "Exercise Cope Thunder began on Monday. Japan and India joined them as observers."
    assert not [c for c in corefs(pipeline, single) if c[0] == "them"]


def test_an_object_it_after_an_alliance_or_in_the_future_stands_for_no_event(pipeline):
    alliance = "The Nordic Response exercise ended in March. Sweden applied to NATO in 2022 and joined it last year."
    assert not [c for c in corefs(pipeline, alliance) if c[0] == "it"]
    later = "Exercise Cope Thunder ended on Friday. Thailand will host it next year."
    assert not [c for c in corefs(pipeline, later) if c[0] == "it"]


def test_a_pronoun_after_a_sentence_about_no_event_stands_for_none(pipeline):
    text = "Poland signed for 96 Apache helicopters in August. It was attended by the defence minister."
    assert not [c for c in corefs(pipeline, text) if c[0] == "It" and c[1] != "Poland"]


def test_a_passive_of_organising_conjoined_in_a_relative_clause_on_the_show(pipeline):
    text = ("The Farnborough Airshow 2024 opened on Monday. Some 1,500 exhibitors have come to the five-day show, "
            "which runs until Friday and is organised by the British Aerospace Industries Association.")
    found = edges(pipeline, text)
    hosts = {o for s, t, o in found if t == "HOSTED_BY" and s.startswith("Farnborough")}
    assert "British Aerospace Industries Association" in hosts, found
    unsaid = ("The Farnborough Airshow 2024 opened on Monday. Some 1,500 exhibitors have come to the five-day show, "
              "which runs until Friday and was praised by the British Aerospace Industries Association.")
    assert not [r for r in edges(pipeline, unsaid) if r[1] == "HOSTED_BY"]


def test_a_list_after_among_them_hung_on_the_gathered_noun_as_its_apposition(pipeline):
    text = ("Exercise Cobra Gold began in Thailand on Tuesday. The exercise brings together 30 nations, "
            "among them Japan, Indonesia and South Korea.")
    found = {s for s, t, o in edges(pipeline, text) if t == "PARTICIPATED_IN" and o.startswith("Cobra Gold")}
    assert {"Japan", "Indonesia", "South Korea"} <= found, found


def test_titles_before_the_names_of_such_a_list_keep_it_going(pipeline):
    text = ("The G20 summit opened in Rome on Saturday. The summit drew the leaders of 20 economies, among them "
            "Indian Prime Minister Narendra Modi and Turkish President Recep Tayyip Erdogan.")
    found = {(s, o) for s, t, o in edges(pipeline, text) if t == "PARTICIPATED_IN"}
    assert any(s == "Recep Tayyip Erdoğan" for s, _ in found), found


def test_a_verb_conjoined_with_the_events_own_verb_places_it(pipeline):
    text = "The Zapad exercise opened on Friday and ended on Tuesday in Belarus."
    found = edges(pipeline, text)
    assert any(s.startswith("Zapad") and t == "HELD_IN" and o == "Belarus" for s, t, o in found), found
