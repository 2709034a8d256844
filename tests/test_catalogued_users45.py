"""Session 45 (operates45): the catalogued-user rule reads a type the sentence refers back to ("the jet", "it"),
keeps a user whose state another rule reads as another holder of the type in the same sentence, lets a denial
govern only its own clause, keeps a service beside its state's holding elsewhere, and leaves a type whose noun
another state's holder modifies ("Dutch F-35s") to that holder. Invented sentences."""
from __future__ import annotations

import pytest

from graph.relations.families.catalogued_dyads import norm_name
from graph.relations.families.catalogued_users import operators
from tests.extracted import text_edges

DAY = "2024-05-14"


def _operates(edges, a: str, b: str) -> bool:
    return any(t == "OPERATES" and s == a and o == b for s, t, o in edges)


@pytest.mark.parametrize("text,a,b", [
    # the type referred back to by a noun or pronoun of a later clause
    ("The F-35 has become NATO's standard fighter. Norway and Italy already fly the jet, while Romania signed for "
     "32 of them in 2024.", "Romania", "F-35"),
    # another state's holding of the type read by another rule in the same sentence
    ("Greece has flown the F-16 since 1989, and the air forces of Romania and Poland also keep the jet on alert.",
     "Romania", "F-16"),
    ("Canada ordered the P-8A in 2023, joining Norway and Germany as European and North American users of the "
     "patrol aircraft.", "Norway", "P-8 Poseidon"),
    # a denial in another clause
    ("The air forces of Romania and Poland keep their F-16 jets on alert, though officials did not say how many.",
     "Romania", "F-16"),
    # the state's purchase read elsewhere; the service named with the type
    ("Argentina bought 24 F-16 jets from Denmark in 2024. The F-16s will give the Argentine Air Force its first "
     "supersonic jets in a decade.", "Argentine Air Force", "F-16"),
    # operator rows added in session 45
    ("The Indian Air Force still flies the An-32 on supply runs to Ladakh.", "Indian Air Force", "An-32"),
    ("Hungary's H145M helicopters flew flood relief sorties along the Danube.", "Hungary", "H145M"),
])
def test_catalogued_user(pipeline, text, a, b):
    edges = text_edges(pipeline, text, DAY)
    assert _operates(edges, a, b), edges


@pytest.mark.parametrize("text,a,b", [
    # a denial of the holder's own clause
    ("Romania will not buy more F-16 jets, the minister said.", "Romania", "F-16"),
    # another state's holder on the type's noun
    ("Polish F-16 fighters and Dutch F-35s flew the intercepts, supported by an Italian tanker.", "Netherlands",
     "F-16"),
    ("Polish F-16 fighters and Dutch F-35s flew the intercepts, supported by an Italian tanker.", "Italy", "F-16"),
    ("US Air Force F-16 and F-35 fighters took part in the intercept together with Royal Canadian Air Force CF-18s, "
     "a US defence official said.", "Royal Canadian Air Force", "F-35"),
])
def test_no_catalogued_user(pipeline, text, a, b):
    edges = text_edges(pipeline, text, DAY)
    assert not _operates(edges, a, b), edges


def test_rows_added_in_session_45():
    rows = operators()
    assert rows[(norm_name("An-32"), norm_name("India"))][0] == 1984
    assert rows[(norm_name("Saab 105"), norm_name("Austria"))] == (1970, 2020)
    assert (norm_name("H225M"), norm_name("Kuwait")) in rows
