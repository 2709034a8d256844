"""A state or its armed service named in one sentence with a platform that ``operators.csv`` lists it as operating
by the article's year is that platform's operator (session 39, ``catalogued-user``). Not the type's own maker
state, not a pair the data does not list (or lists only from a later year), not the state named as the giver or
the source of the goods, not the state when its service is named. Invented sentences."""
from __future__ import annotations

import pytest

from graph.relations.families.catalogued_users import listed_span
from tests.extracted import text_edges


def _operates(edges, a: str, b: str) -> bool:
    return any(t == "OPERATES" and s == a and o == b for s, t, o in edges)


def test_data_dates_the_operators():
    assert listed_span("F-16", "Romania", 2020) is not None
    assert listed_span("F-16", "Argentina", 2022) is None  # bought in 2024
    assert listed_span("F-16", "France", 2024) is None
    assert listed_span("F-16", "Norway", 2024) == (1980, 2022)


@pytest.mark.parametrize("text,a,b", [
    ("Romania hosted a week of air policing drills, and the F-16 was the centre of the show.", "Romania", "F-16"),
    ("Three years on, Thailand and the Gripen remain a fixture of regional air shows.", "Thailand", "Gripen"),
])
def test_listed_operator_beside_its_platform(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2024-05-14")
    assert _operates(edges, a, b), edges


@pytest.mark.parametrize("text,a,b,day", [
    # the maker state
    ("The United States and the F-16 were the talk of the air show.", "United States", "F-16", "2024-05-14"),
    # a state the data does not list
    ("France hosted a week of air policing drills, and the F-16 was the centre of the show.", "France", "F-16",
     "2024-05-14"),
    # listed only from a later year
    ("Argentina hosted a week of air policing drills, and the F-16 was the centre of the show.", "Argentina",
     "F-16", "2021-05-14"),
    # the giver and the source of the goods
    ("Norway sent six F-16 jets to Ukraine last year.", "Norway", "F-16", "2024-05-14"),
    ("Ukraine received six F-16 jets from Norway last year.", "Norway", "F-16", "2024-05-14"),
    ("Allies including Norway have sent F-16 jets to Ukraine this year.", "Norway", "F-16", "2024-05-14"),
])
def test_no_user_outside_the_data_or_as_giver(pipeline, text, a, b, day):
    edges = text_edges(pipeline, text, day)
    assert not _operates(edges, a, b), edges


def test_service_named_is_the_user(pipeline):
    edges = text_edges(pipeline, "The Royal Thai Air Force put its Gripen fighters through a week of drills.",
                       "2024-05-14")
    assert _operates(edges, "Royal Thai Air Force", "Gripen"), edges


def _r(source, target, rule, start=0, type_="OPERATES"):
    from graph.relations.relation import Relation
    return Relation(source, type_, target, {"start": start}, 0.5, rule)


def test_drop_what_another_rule_reads_otherwise():
    from graph.entities import Entity
    from graph.relations.families.catalogued_users import RULE, RULE_BARE, drop_other_parts

    entities = {"country:norway": Entity("country:norway", "Country", "Norway"),
                "country:ukraine": Entity("country:ukraine", "Country", "Ukraine"),
                "gb:rnoaf": Entity("gb:rnoaf", "GovernmentBody", "Royal Norwegian Air Force", country="country:norway"),
                "gb:rnon": Entity("gb:rnon", "GovernmentBody", "Royal Norwegian Navy", country="country:norway"),
                "platform:f-16": Entity("platform:f-16", "Platform", "F-16")}
    mine = _r("country:norway", "platform:f-16", RULE)
    # another state's operator of the type in the same sentence: kept (session 45: "Greece has flown the F-16
    # since 1989, and the air forces of Romania and Poland keep the jet on alert"); the state's own service there
    # by another rule: dropped
    assert mine in drop_other_parts([mine, _r("country:ukraine", "platform:f-16", "gone-to")], entities)
    assert mine not in drop_other_parts([mine, _r("gb:rnoaf", "platform:f-16", "operators")], entities)
    # the state supplies there
    kept = drop_other_parts([mine, _r("country:norway", "country:ukraine", "transfers", type_="SUPPLIES")], entities)
    assert mine not in kept
    # a service of the state holds it by another rule elsewhere
    assert mine not in drop_other_parts([mine, _r("gb:rnoaf", "platform:f-16", "operators", start=99)], entities)
    # another service, or the state itself, holds it by another rule: the service's catalogued pair goes
    navy = _r("gb:rnon", "platform:f-16", RULE)
    assert navy not in drop_other_parts([navy, _r("gb:rnoaf", "platform:f-16", "operators", start=99)], entities)
    # the state holds it elsewhere: the service's pair stays, bare or not (session 45: "The F-16s will give the
    # Argentine Air Force its first supersonic jets" beside "Argentina bought F-16s")
    bare = _r("gb:rnon", "platform:f-16", RULE_BARE)
    assert bare in drop_other_parts([bare, _r("country:norway", "platform:f-16", "deals", start=99)], entities)
    assert navy in drop_other_parts([navy, _r("country:norway", "platform:f-16", "deals", start=99)], entities)
    # nothing else in the article: kept
    assert drop_other_parts([mine], entities) == [mine]
