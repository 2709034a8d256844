"""Taking part told by what people do at the article's one main event, in a sentence naming no event
(``families/gathering_verbs.py``): meeting, holding talks and signing a summit's texts; drilling in an
exercise; never a negated, future, earlier or elsewhere act, a purchase signed, nor unnamed officials."""
from __future__ import annotations

import pytest


def _participants(pipeline, text: str) -> set[str]:
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    g = pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-03-10", date_source="cli")))
    return {g.nodes[u]["name"] for u, v, d in g.edges(data=True) if d["type"] == "PARTICIPATED_IN"}


_SUMMIT = ("Central Asian leaders gather in Astana for regional summit\n\nASTANA, March 9 - The presidents of "
           "Kazakhstan, Kyrgyzstan and Tajikistan met in Astana on Sunday for the annual Central Asian summit, hosted "
           "by Kazakh President Kassym-Jomart Tokayev.\nThe summit focused on water and trade.\n")


@pytest.mark.parametrize("sentence,taking_part", [
    ("Leaders of Azerbaijan and Mongolia also held talks with Tokayev on Tuesday.", {"Azerbaijan", "Mongolia"}),
    ("Uzbek President Shavkat Mirziyoyev and Turkmen President Serdar Berdimuhamedov also signed a joint "
     "declaration on water.", {"Shavkat Mirziyoyev"}),
    ("The bloc gained a new partner on Sunday, when Ilham Aliyev and Tokayev signed a charter on transit.",
     {"Ilham Aliyev"}),
])
def test_acts_at_the_summit_are_taking_part(pipeline, sentence, taking_part):
    """Meeting, holding talks and signing the summit's texts, in a summit's article: the actors (and the
    states their leaders stand for) took part."""
    assert taking_part <= _participants(pipeline, _SUMMIT + sentence)


@pytest.mark.parametrize("sentence,name", [
    ("Ilham Aliyev did not sign the declaration.", "Ilham Aliyev"),
    ("Ilham Aliyev will meet Tokayev next month.", "Ilham Aliyev"),
    ("Ilham Aliyev met Tokayev in Baku in 2019.", "Ilham Aliyev"),
    ("The forum was founded in 2018, when Ilham Aliyev met Tokayev.", "Ilham Aliyev"),
    ("Ilham Aliyev signed for Azerbaijan.", "Ilham Aliyev"),
    ("Ilham Aliyev had met Tokayev during a visit to Baku.", "Ilham Aliyev"),
    ("The forum was founded last year, when Ilham Aliyev and Tokayev signed its charter.", "Ilham Aliyev"),
])
def test_acts_at_another_time_place_or_denied_are_not(pipeline, sentence, name):
    """A denied or future act, one set in another year or place or at another occasion, and a signature
    for a purchase give no taking part."""
    assert name not in _participants(pipeline, _SUMMIT + sentence)


_VISIT = ("Mongolian president pays state visit to Kazakhstan\n\nASTANA, March 9 - Mongolian President Ukhnaagiin "
          "Khürelsükh arrived in Astana on Sunday for a two-day state visit, the first in a decade.\nThe visit focused on "
          "rail links.\n")


def test_a_minister_signing_on_a_visit_is_no_party(pipeline):
    """On a visit one minister signing ("signed the memorandum for Mongolia") is no party to it; the two
    leaders signing together are."""
    one = "Defence Minister Gursed Saikhanbayar signed a memorandum on training."
    assert "Gursed Saikhanbayar" not in _participants(pipeline, _VISIT + one)
    two = "Khürelsükh and President Kassym-Jomart Tokayev signed a declaration on strategic partnership."
    assert "Kassym-Jomart Tokayev" in _participants(pipeline, _VISIT + two)


_EXERCISE = ("Exercise Iron Harbour 2025 opens in Denmark\n\nExercise Iron Harbour 2025, a multinational drill, began "
             "on Monday in Denmark, the Danish army said.\nThe drill tests how fast reserves can be called up. The "
             "exercise is held every two years.\n")


@pytest.mark.parametrize("sentence,taking_part", [
    ("Troops from Estonia and Latvia practised river crossings near Aarhus.", {"Estonia", "Latvia"}),
    ("Dutch marines made amphibious landings together with Norwegian and Belgian troops.",
     {"Netherlands", "Norway", "Belgium"}),
])
def test_drills_in_an_exercise_are_taking_part(pipeline, sentence, taking_part):
    """Forces drilling in an exercise's article, those they come from and those beside them took part."""
    assert taking_part <= _participants(pipeline, _EXERCISE + sentence)


@pytest.mark.parametrize("sentence,name", [
    ("Dutch officials practised their speeches.", "Netherlands"),
    ("Polish paratroopers will rehearse jumps next week.", "Poland"),
])
def test_unnamed_officials_and_future_drills_are_not(pipeline, sentence, name):
    """The demonym of officials is no force; a drill still to come is no taking part yet."""
    assert name not in _participants(pipeline, _EXERCISE + sentence)
