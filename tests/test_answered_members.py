"""Membership in an explainer's answer and in a bare "became members" clause
(families/answered_members.py), on invented text: the bloc is the one named before, the membership
data confirms each state where it has rows for the bloc."""
from __future__ import annotations

from graph.text import Document
from graph.text.metadata import Metadata


def members(pipeline, text: str, published: str = "2024-06-02") -> set[tuple[str, str]]:
    doc = Document.from_text(text, meta=Metadata(published=published, date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], name[t]) for s, t, d in g.edges(data=True) if d["type"] == "MEMBER_OF"}


QA = ("# Q&A: the CSTO after the vote\n\nThe Collective Security Treaty Organization met in Minsk on Monday.\n\n"
      "## Who remains in the bloc?\n\nFive states: Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan. "
      "Officials declined to comment.\n")


def test_answer_lists_members(pipeline):
    found = members(pipeline, QA)
    for state in ("Russia", "Belarus", "Kazakhstan", "Tajikistan"):
        assert (state, "Collective Security Treaty Organization") in found, found


def test_answer_needs_a_membership_question(pipeline):
    text = QA.replace("Who remains in the bloc?", "Why did they meet?")
    found = members(pipeline, text)
    assert ("Tajikistan", "Collective Security Treaty Organization") not in found, found


def test_answer_keeps_only_members_the_data_confirms(pipeline):
    text = QA.replace("Kyrgyzstan and Tajikistan", "Kyrgyzstan, Tajikistan and Mongolia")
    found = members(pipeline, text)
    assert ("Mongolia", "Collective Security Treaty Organization") not in found, found


def test_predicate_members_of_the_bloc_named_before(pipeline):
    text = "BRICS expanded again this year. Egypt, Ethiopia and Iran became members at the start of 2024."
    found = members(pipeline, text)
    assert {("Egypt", "BRICS"), ("Ethiopia", "BRICS"), ("Iran", "BRICS")} <= found, found


def test_predicate_members_not_when_negated(pipeline):
    text = "BRICS expanded again this year. Mexico and Argentina did not become members."
    found = members(pipeline, text)
    assert ("Argentina", "BRICS") not in found, found


def test_members_of_a_conjoined_of(pipeline):
    """families/membership.py: "members of A and of B" makes the subjects members of B too."""
    text = "Armenia and Belarus are members of the Commonwealth of Independent States and of the Eurasian Economic Union."
    found = members(pipeline, text)
    assert any(m == "Belarus" and "Eurasian Economic" in b for m, b in found), found


def test_members_of_a_conjoined_of_after_a_clause(pipeline):
    """A relative clause on the first bloc: the parser hangs "and of B" on the copula, not on "of A"."""
    text = "Egypt and Algeria are both members of the Arab League, which Egypt co-founded, and of the African Union."
    found = members(pipeline, text)
    assert {"Egypt", "Algeria"} <= {m for m, b in found if b == "African Union"}, found
    # "and" that joins another clause adds no bloc
    text = "Egypt and Algeria are members of the Arab League, and of course they trade with Chile."
    assert not any(b == "Chile" for _, b in members(pipeline, text))
