"""Review of session 47's branches (review47) on invented text (tests/review47_sentences.py).

This branch is based on int47 (a8f40670). Each branch's tests skip where its code is absent (``_ON``), so they wake
when the lead merges it. The wrong readings a branch makes are strict xfails (``_WRONG``: a reading int47 did not
make, or a right one it made and the branch lost); a mend that fixes one turns it into a failure to be made a plain
test. Wrong readings int47 made too are ``_BOTH``. The right readings the branches added, and the guards they keep,
are plain tests (skipped where they need the branch). Findings and likely causes:
/work/notes/s47/review47-findings.md; tools/review_probe.py compares two code versions on the whole probe set."""
from __future__ import annotations

import pytest

from tests.extracted import attr_present, cue_present, graph_of, has_edge, relations_in
from tests.review47_sentences import DATELINES, PROBES

_WRONG = pytest.mark.xfail(reason="review47: a wrong reading of a session-47 branch (false, or a right one lost)",
                           strict=True)
_BOTH = pytest.mark.xfail(reason="review47: a wrong reading int47 made too (no change of session 47 caused it)",
                          strict=True)

_ON = {
    "ties47": pytest.mark.skipif(not cue_present("membership", "universal_bodies"), reason="ties47 not merged"),
    "speed47": pytest.mark.skipif(not attr_present("graph.text.metadata", "_plain"), reason="speed47 not merged"),
}


def _edges(pipeline, key: str) -> dict:
    _branch, published, text, _note = PROBES[key]
    return relations_in(graph_of(pipeline, text, published, name="t.txt"))


_has = has_edge


def _memberships_of_the_un(edges: dict) -> list:
    return [k for k in edges if k[1] == "MEMBER_OF" and k[2] == "United Nations"]


# ---- ties47 (passes/member_ties.py drop_universal_memberships): no MEMBER_OF the United Nations from the text -------

@_ON["ties47"]
@pytest.mark.parametrize("key", [
    "ti01",   # "remains under United Nations sanctions"
    "ti02",   # "troops under UN command"
    "ti04",   # "a founding member of ASEAN and a member of the United Nations" (optional in dev gold)
    "ti09",   # the UN itself a member of the Quartet: the other members were read as the UN's
    "ti10",   # "joined the United Nations in 2011" (optional)
    "ti12",   # "works closely with the United Nations ... under UN command"
    "ti13",   # "a member of ECOWAS and the United Nations"
    "ti17",   # "a non-member observer state of the United Nations"
    "ti19",   # "joined the U.N. in 2000"
    "ti21",   # "members of the United Nations, the European Union and NATO"
])
def test_no_text_membership_of_the_united_nations(pipeline, key):
    edges = _edges(pipeline, key)
    assert not _memberships_of_the_un(edges), edges


@pytest.mark.parametrize("key", ["ti06", "ti07", "ti11", "ti14", "ti15"])   # int47 read none either
def test_no_membership_of_the_un_from_a_council_seat_a_negation_or_a_headline(pipeline, key):
    edges = _edges(pipeline, key)
    assert not _memberships_of_the_un(edges), edges


@pytest.mark.parametrize("key,state,bloc", [
    ("ti04", "Indonesia", "Association of Southeast Asian Nations"),
    ("ti10", "South Sudan", "African Union"),
    ("ti11", "Sweden", "North Atlantic Treaty Organization"),
    ("ti13", "Ghana", "Economic Community of West African States"),
    ("ti15", "Brazil", "BRICS"),
    ("ti15", "Brazil", "Southern Common Market"),
    ("ti18", "Kazakhstan", "Collective Security Treaty Organization"),
])
def test_another_bloc_s_membership_beside_the_un_is_kept(pipeline, key, state, bloc):
    edges = _edges(pipeline, key)
    assert _has(edges, state, "MEMBER_OF", bloc), edges


def test_switzerland_is_no_nato_member(pipeline):   # "a UN member since 2002, stays outside the alliance"
    edges = _edges(pipeline, "ti11")
    assert not _has(edges, "Switzerland", "MEMBER_OF", "North Atlantic Treaty Organization"), edges


@pytest.mark.parametrize("key,source,type_,target", [
    ("ti08", "Guterres", "LEADS", "United Nations"),            # the UN chief at another bloc's summit
    ("ti16", "United Nations", "COOPERATES_WITH", "Bangladesh"),  # "signed a training agreement with the United Nations"
])
def test_other_ties_of_the_un_are_kept(pipeline, key, source, type_, target):
    edges = _edges(pipeline, key)
    assert _has(edges, source, type_, target), edges


@_BOTH    # the COOPERATES_WITH is read, then member_ties.drop_bloc_ties removes it for the false MEMBER_OF UN; ties47
          # drops that membership only after drop_bloc_ties (passes/finish.py), so the cooperation stays lost
def test_working_with_the_un_is_cooperation(pipeline):
    edges = _edges(pipeline, "ti12")
    assert _has(edges, "United Nations", "COOPERATES_WITH", "Rwanda"), edges


@_BOTH    # "members of the United Nations, the European Union and NATO": only the first of three bodies is read
def test_every_body_of_a_three_item_membership_list_is_read(pipeline):
    edges = _edges(pipeline, "ti21")
    assert _has(edges, "Finland", "MEMBER_OF", "North Atlantic Treaty Organization"), edges


# ---- speed47 (text/metadata.py _plain): the commonest written dates without dateparser -----------------------------

_INT47_DATES = {   # int47's iso_date (dateparser and the day test) of every string of DATELINES
    "4 March 2024": "2024-03-04", "04 March 2024": "2024-03-04", "March 4, 2024": "2024-03-04",
    "March 4 2024": "2024-03-04", "March 4th, 2024": "2024-03-04", "4th March 2024": "2024-03-04",
    "1st May 2025": "2025-05-01", "22nd June 2025": "2025-06-22", "3rd July 2025": "2025-07-03",
    "March 2024": "2024-03", "May 2025": "2025-05", "31 April 2024": None, "February 30, 2024": None,
    "29 February 2024": "2024-02-29", "29 February 2023": None, "0 March 2024": None, "March 0, 2024": None,
    "4 MARCH 2024": "2024-03-04", "4 march 2024": "2024-03-04", "Sept. 9, 2025": "2025-09-09",
    "9 September, 2025": "2025-09-09", "4 March 1899": "1899-03-04", "December 31, 1999": "1999-12-31",
    "January 1, 2000": "2000-01-01", "March 2124": "2124-03", "4 March 24": "2024-03-04",
    "March 4, 2024 10:00": "2024-03-04", "Monday, 4 March 2024": "2024-03-04", "4 March 2024 (Reuters)": None,
    "June 2025 ": "2025-06", "32 March 2024": None, "4  March 2024": "2024-03-04",
}


def test_every_probe_date_has_int47_s_answer():
    assert set(_INT47_DATES) == set(DATELINES)


@pytest.mark.parametrize("text", DATELINES)
def test_a_written_date_reads_as_dateparser_read_it(text):
    from graph.text.metadata import iso_date

    assert iso_date(text) == _INT47_DATES[text]


@_ON["speed47"]
@pytest.mark.parametrize("text", DATELINES)
def test_the_plain_reader_answers_as_dateparser_or_not_at_all(text):
    from graph.text.metadata import _plain

    assert _plain(text.strip()) in (None, _INT47_DATES[text])


@pytest.mark.parametrize("key,published", [
    ("sp01", "2024-03-04"), ("sp02", "2024-03-04"), ("sp03", "2025-02-12"), ("sp04", "2025-03"), ("sp05", None),
    ("sp06", "2024-03-04"), ("sp07", "2025-09-09"), ("sp08", "2025-09-09"),
])
def test_the_head_s_date_is_the_publication_date(key, published):
    from graph.text.metadata import from_text

    assert from_text(PROBES[key][2]).published == published
