"""Ties gone bad and hostile frames read as IN_CONFLICT_WITH, not COOPERATES_WITH (invented sentences)."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata


def ties(pipeline, text: str) -> set[tuple[str, frozenset[str]]]:
    doc = Document.from_text(text, meta=Metadata(published="2024-05-02", date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(d["type"], frozenset((name[s], name[t]))) for s, t, d in g.edges(data=True)
            if d["type"] in {"IN_CONFLICT_WITH", "COOPERATES_WITH"}}


@pytest.mark.parametrize("text,a,b", [
    ("Relations between Morocco and Algeria have been tense for decades.", "Morocco", "Algeria"),
    ("Relations between Chile and Bolivia remain poor after the ruling.", "Chile", "Bolivia"),
])
def test_strained_relations_are_conflict(pipeline, text, a, b):
    found = ties(pipeline, text)
    assert ("IN_CONFLICT_WITH", frozenset((a, b))) in found, found
    assert ("COOPERATES_WITH", frozenset((a, b))) not in found, found


def test_good_relations_stay_ties(pipeline):
    found = ties(pipeline, "Ties between Kenya and Uganda have been strong for decades.")
    assert ("COOPERATES_WITH", frozenset(("Kenya", "Uganda"))) in found, found
    assert ("IN_CONFLICT_WITH", frozenset(("Kenya", "Uganda"))) not in found, found


@pytest.mark.parametrize("text,a,b", [
    ("Hungary's foreign ministry said the remarks were hostile and accused Romania of meddling in its affairs.",
     "Hungary", "Romania"),
    ("Peru said the talks were over and accused Chile of bad faith.", "Peru", "Chile"),
])
def test_reporter_accuses(pipeline, text, a, b):
    assert ("IN_CONFLICT_WITH", frozenset((a, b))) in ties(pipeline, text)


def test_reported_clause_subject_is_not_replaced(pipeline):
    # the reported clause has its own actor subject: it is the accuser, not the speaker
    found = ties(pipeline, "Estonia said Moldova had accused Belarus of hosting the drills.")
    assert ("IN_CONFLICT_WITH", frozenset(("Estonia", "Belarus"))) not in found, found


@pytest.mark.parametrize("text,a,b", [
    ("The Iran-backed Houthis fired two missiles at the ship.", "Iran", "Houthis"),
    ("Clashes with Rwanda-backed M23 fighters continued near Goma.", "Rwanda", "March 23 Movement"),
])
def test_backer_in_compound_participle(pipeline, text, a, b):
    assert ("COOPERATES_WITH", frozenset((a, b))) in ties(pipeline, text)


def test_led_is_no_backing(pipeline):
    found = ties(pipeline, "The Saudi-led coalition struck Houthi positions near Hodeidah.")
    assert ("COOPERATES_WITH", frozenset(("Saudi Arabia", "Houthis"))) not in found, found


@pytest.mark.parametrize("text,a,b", [
    ("Vietnam conducted joint patrols with Cambodia along the Gulf of Thailand.", "Vietnam", "Cambodia"),
    ("Kenya carried out combined training with Tanzania near the border.", "Kenya", "Tanzania"),
])
def test_joint_activity_is_tie(pipeline, text, a, b):
    assert ("COOPERATES_WITH", frozenset((a, b))) in ties(pipeline, text)


@pytest.mark.parametrize("text", [
    "Vietnam did not conduct joint patrols with Cambodia this year.",
    "Vietnam conducted patrols near Cambodia.",
])
def test_no_joint_activity(pipeline, text):
    assert ("COOPERATES_WITH", frozenset(("Vietnam", "Cambodia"))) not in ties(pipeline, text)


def test_exercise_held_by_it(pipeline):
    found = ties(pipeline, "Egypt will not fire missiles during the exercise it is holding with Greece and Cyprus.")
    assert {("COOPERATES_WITH", frozenset(("Egypt", "Greece"))), ("COOPERATES_WITH", frozenset(("Egypt", "Cyprus")))} <= found
