"""Membership said in a relative clause on the bloc ("the SADC, of which Malawi is a member", "the bloc,
to which both belong") and repeated by an "as" ellipsis ("A is a member of X, as is B") (session 30).
Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import has_member, members


@pytest.mark.parametrize("text,member,bloc", [
    ("The Southern African Development Community, of which Malawi is a member, chose a gentler course.",
     "Malawi", "Southern African"),
    ("The East African Community, to which Kenya and Uganda belong, welcomed the treaty.", "Uganda", "East African"),
    ("Kenya and Tanzania signed a border accord. The East African Community, to which both also belong, "
     "welcomed it.", "Tanzania", "East African"),
    ("Malawi is a member of the Southern African Development Community, as is Zambia.", "Zambia",
     "Southern African"),
    ("Ghana belongs to the Economic Community of West African States, as do Togo and Benin.", "Benin",
     "Economic Community of West African"),
    ("Countries that belong to the Southern African Development Community include Zambia and Malawi.", "Malawi",
     "Southern African"),
])
def test_relative_and_elliptic_membership(pipeline, text, member, bloc):
    found = members(pipeline, text)
    assert has_member(found, member, bloc), found


@pytest.mark.parametrize("text,member,bloc", [
    # negated, or the relative clause says something else of the bloc
    ("The East African Community, of which Somalia is not a member, welcomed the treaty.", "Somalia", "East African"),
    ("The African Union, to which Zambia sent a delegation, welcomed the treaty.", "Zambia", "African Union"),
    # the main clause states no membership
    ("Malawi criticised the Southern African Development Community, as did Zambia.", "Zambia", "Southern African"),
    ("Malawi is not a member of the Southern African Development Community, and neither is Zambia.", "Zambia",
     "Southern African"),
    ("Countries that left the Southern African Development Community include Zambia.", "Zambia", "Southern African"),
    ("Countries that do not belong to the Southern African Development Community include Kenya.", "Kenya",
     "Southern African"),
])
def test_no_membership_without_its_clause(pipeline, text, member, bloc):
    found = members(pipeline, text)
    assert not has_member(found, member, bloc), found


@pytest.mark.parametrize("text,member,bloc,expected", [
    # "the initiative" is the bloc whose own name holds the word
    ("Germany launched the European Sky Shield Initiative in 2022. About 19 countries, including Belgium and "
     "Hungary, have joined the initiative.", "Hungary", "Sky Shield", True),
    # no name holds it: another initiative, not the bloc named before
    ("NATO leaders met in Madrid. Belgium and Finland have joined the initiative to buy shells.", "Finland",
     "North Atlantic", False),
    ("Germany launched the European Sky Shield Initiative in 2022. Belgium has not joined the initiative.",
     "Belgium", "Sky Shield", False),
])
def test_joined_the_named_body_noun(pipeline, text, member, bloc, expected):
    found = members(pipeline, text)
    assert has_member(found, member, bloc) is expected, found
