"""A bare member noun in a sentence that names no bloc (families/member_nouns.py, session 39), on invented
sentences: said of a state by apposition ("Portugal, the other ally"; "Kyrgyzstan, one of the six member
states"), an observer noun with the data's observer status, a counted subject ("four allies") that takes the
sentence's states the data confirms when exactly that many are; not anyone's ally ("a close US ally", "a close
ally"), not a state the data does not list on the date, not a count that does not match."""
from __future__ import annotations

import pytest

from tests.extracted import text_edges

CSTO = "Collective Security Treaty Organization"
NATO = "North Atlantic Treaty Organization"
OTS = "Organization of Turkic States"


def members(pipeline, text: str, published: str = "2024-07-10") -> set[tuple[str, str]]:
    """(member, bloc) of the MEMBER_OF relations the text itself states."""
    return {(s, t) for s, kind, t in text_edges(pipeline, text, published) if kind == "MEMBER_OF"}


@pytest.mark.parametrize("text,expected", [
    ("NATO leaders met in Vilnius on Tuesday. Portugal, the other ally yet to sign the pledge, gave no date.",
     {("Portugal", NATO)}),
    ("The CSTO held drills in Tajikistan. Kyrgyzstan, still formally one of the six member states, sent no troops.",
     {("Kyrgyzstan", CSTO)}),
    ("The Organization of Turkic States met in Baku. Hungary, the second observer, did not send its leader.",
     {("Hungary", OTS)}),
    ("NATO leaders met in Washington. Four allies announced new aid: tanks from Spain, Portugal and Norway, and "
     "guns from Denmark, for Ukraine.", {("Spain", NATO), ("Portugal", NATO), ("Norway", NATO), ("Denmark", NATO)}),
])
def test_member_nouns_found(pipeline, text, expected):
    found = members(pipeline, text)
    assert expected <= found, found


@pytest.mark.parametrize("text,absent", [
    ("NATO leaders met in Washington. Japan, a close US ally, sent its foreign minister.", ("Japan", NATO)),
    ("NATO leaders met in Washington. Poland, a close ally, sent its foreign minister.", ("Poland", NATO)),
    # the data does not list the state
    ("NATO leaders met in Washington. Austria, the other member, sent its foreign minister.", ("Austria", NATO)),
    # denied or deferred
    ("NATO leaders met in Washington. Norway, not a full member, sent its foreign minister.",
     ("Norway", NATO)),
    ("NATO leaders met in Washington. Portugal, a former member, sent its foreign minister.", ("Portugal", NATO)),
    # three allies, four member states in the sentence
    ("NATO leaders met in Washington. Three allies announced new aid: tanks from Spain, Portugal and Norway, and "
     "guns from Denmark.", ("Spain", NATO)),
])
def test_member_nouns_not_found(pipeline, text, absent):
    assert absent not in members(pipeline, text)


def test_member_nouns_dated(pipeline):
    """A state that joined after the document's date is not "the other ally" on it."""
    text = "NATO leaders met in Brussels on Tuesday. Finland, the newest ally, sent its president."
    assert ("Finland", NATO) not in members(pipeline, text, "2021-06-14")
    assert ("Finland", NATO) in members(pipeline, text, "2023-07-12")
