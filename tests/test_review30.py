"""The session-30 review's mends, with sentences of our own: a platform "used against" a party only where
"against" is on the verb or its object and no drill is told (not "sanctions against X", not "mock missions
against X during the exercise"); "took X out of service" retires a type only for a holder as subject (not
"Russian strikes took two Patriot batteries out of service"); a variant split needs a designation at the
name's end (no "F-16 Block" platform cut from "F-16 Block 30")."""
from __future__ import annotations

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-06-12")


def _rels(pipeline, text: str) -> dict:
    return relations_in(graph_of(pipeline, text))


def test_against_on_another_noun_is_no_conflict(pipeline):
    rels = _rels(pipeline, "Turkey operates the F-16. The F-16s were used in the exercise despite sanctions "
                           "against Russia.")
    assert not any(t == "IN_CONFLICT_WITH" for _, t, _ in rels), rels


def test_mock_missions_in_a_drill_are_no_conflict(pipeline):
    rels = _rels(pipeline, "India operates the Su-30MKI. The Su-30MKIs flew mock combat missions against the "
                           "United States during Exercise Cope India.")
    assert not any(t == "IN_CONFLICT_WITH" for _, t, _ in rels), rels


def test_strikes_taking_batteries_out_of_service_retire_nothing(pipeline):
    rels = _rels(pipeline, "Ukraine operates the Patriot. Russian strikes took two Ukrainian Patriot batteries "
                           "out of service. Peru took its Mirage 5 fighters out of active service in 2019.")
    assert ("Russia", "OPERATES", "Patriot") not in rels, rels
    assert rels.get(("Peru", "OPERATES", "Mirage 5"), {}).get("stage") == "retired", rels


def test_a_cut_off_name_is_no_variant(pipeline):
    g = graph_of(pipeline, "The F-16 Block 52+ jets joined the Greek air force in 2010, while the older F-16 "
                           "Block 30 jets date from 1989. India's newer Tejas Mk1A fighters will join the older "
                           "Tejas fleet.")
    platforms = {d["name"] for _, d in g.nodes(data=True) if d.get("label") == "Platform"}
    assert "F-16 Block" not in platforms and "Tejas Mk1A" in platforms, platforms
