"""Loose membership frames confirmed by the membership data (families/confirmed_membership.py), on
invented sentences: the frame names the state, the data says it was a member on the date."""
from __future__ import annotations

import pytest

from tests.extracted import has_member, members


@pytest.mark.parametrize("text,member,bloc", [
    ("The vote raised Slovakia's standing inside NATO, the foreign minister said.", "Slovakia", "North Atlantic"),
    ("Portugal has long defended its role within the European Union on fisheries.", "Portugal", "European Union"),
    ("Lithuania will host the drills next spring, and several fellow NATO members have offered aircraft.",
     "Lithuania", "North Atlantic"),
    ("Kyrgyzstan and Uzbekistan sit alongside India in the Shanghai Cooperation Organisation.",
     "Uzbekistan", "Shanghai Cooperation"),
    ("Kyrgyzstan and Uzbekistan sit alongside India in the Shanghai Cooperation Organisation.",
     "India", "Shanghai Cooperation"),
    ("Estonia and its NATO allies agreed on a new air-policing rota.", "Estonia", "North Atlantic"),
    ("Officials briefed Denmark's NATO allies on the cable damage.", "Denmark", "North Atlantic"),
    ("The plan reassured NATO's eastern flank states such as Latvia and Romania.", "Romania", "North Atlantic"),
])
def test_loose_frame_confirmed(pipeline, text, member, bloc):
    found = members(pipeline, text)
    assert has_member(found, member, bloc), found


@pytest.mark.parametrize("text,member,bloc", [
    # the data says no: Japan is a partner, never a member; Sweden joined NATO only in 2024
    ("Japan and its NATO partners agreed on a new cyber-defence rota.", "Japan", "North Atlantic"),
    ("Sweden's role within NATO grew after the vote.", "Sweden", "North Atlantic"),
    # a state named in the sentence but not in the frame
    ("Slovenia's pilots trained with Austria, and its standing inside NATO rose.", "Austria", "North Atlantic"),
    # a demonym and a state named only as the modifier of a bloc
    ("Belarus already belongs to the Moscow-led Collective Security Treaty Organization.",
     "Russia", "Collective Security"),
])
def test_no_membership_without_frame_or_data(pipeline, text, member, bloc):
    published = "2022-06-01" if text.startswith("Sweden") else "2024-05-02"
    assert not has_member(members(pipeline, text, published), member, bloc)


def test_shared_body_lists_its_members(pipeline):
    # a bloc the data has no member list for: the sentence alone says who is in it
    text = ("Chad threatened to leave the Economic Community of Central African States that it shares "
            "with Gabon and Cameroon.")
    found = members(pipeline, text)
    assert {"Gabon", "Cameroon"} <= {m for m, b in found if "Central African" in b}, found


def test_shared_task_force(pipeline):
    # the parser reads "Benin shares" as a noun compound under "leave"; the members are still read
    text = ("Officials warned they might leave the Multinational Joint Task Force that Benin shares with "
            "Cameroon and Chad.")
    found = members(pipeline, text)
    assert {"Benin", "Cameroon", "Chad"} <= {m for m, b in found if "Multinational" in b}, found


@pytest.mark.parametrize("text,wanted,unwanted", [
    # the list after a colon that follows a bloc's member noun; the parser breaks the sentence at the colon
    ("The six members of the CSTO were all present at the dinner: Russia, Belarus, Armenia, Kazakhstan, "
     "Kyrgyzstan and Tajikistan, the host.", {"Belarus", "Kyrgyzstan", "Tajikistan"}, set()),
    # the data drops a listed state that was no member on the date
    ("Three NATO members sent ships to the drill: Norway, Austria and Denmark.", {"Norway", "Denmark"},
     {"Austria"}),
    # a colon after something other than a member noun lists no members
    ("The NATO summit covered three topics: Ukraine, Georgia and Moldova.", set(), {"Georgia", "Moldova"}),
])
def test_members_listed_after_colon(pipeline, text, wanted, unwanted):
    listed = {m for m, b in members(pipeline, text) if b in {"Collective Security Treaty Organization",
                                                            "North Atlantic Treaty Organization"}}
    assert wanted <= listed and not unwanted & listed, listed


def test_joined_states_in_a_bloc(pipeline):
    # "A joined B and C in the bloc": all three are in it; the short name of the bloc is known
    text = ("The GUAM Organization for Democracy and Economic Development met in Kyiv. In 1998 Chisinau's "
            "leaders, joining Georgia and Azerbaijan in GUAM, signed the charter.")
    found = members(pipeline, text, "2010-01-01")
    assert {"Georgia", "Azerbaijan"} <= {m for m, b in found if b.startswith("GUAM")}, found
