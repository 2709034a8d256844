"""Two states of a standing partnership the reference data lists on the article's date (``partnership_dyads.csv``),
named in one sentence with a cooperation word and no third state, company or bloc beside them, cooperate (session
39). Not a pair the data lacks or dates later, not a sentence with a conflict cue, a negated cue only, or a third
state. Invented sentences."""
from __future__ import annotations

import pytest

from graph.relations.families.catalogued_partners import active_partnership
from tests.extracted import text_edges


def _coop(edges, a: str, b: str) -> bool:
    return any(t == "COOPERATES_WITH" and {s, o} == {a, b} for s, t, o in edges)


def test_data_dates_the_partnerships():
    assert active_partnership({"India"}, {"France"}, 2024)
    assert active_partnership({"Russia"}, {"North Korea"}, 2025)
    assert not active_partnership({"Russia"}, {"North Korea"}, 2022)
    assert not active_partnership({"Greece"}, {"Turkey"}, 2024)


@pytest.mark.parametrize("text,a,b", [
    ("Officials in Delhi said the talks would open a new chapter of India's strategic partnership with France.",
     "India", "France"),
    ("Japanese and Philippine pilots will train side by side next spring under the new defence accord.",
     "Japan", "Philippines"),
])
def test_catalogued_partners_with_a_cue(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2024-05-14")
    assert _coop(edges, a, b), edges


@pytest.mark.parametrize("text,a,b,day", [
    # the data has no row for the pair
    ("Brazilian and Chilean pilots will train side by side next spring under the new defence accord.", "Brazil",
     "Chile", "2024-05-14"),
    # the data dates the partnership later
    ("Japanese and Philippine pilots will train side by side next spring under the new defence accord.", "Japan",
     "Philippines", "2008-05-14"),
    # a conflict cue sets the two against each other
    ("Officials said India had accused France of stalling the engine partnership.", "India", "France", "2024-05-14"),
    # a side named only as the place: "pilots training in the US"
    ("Japanese pilots have been training on the new jets in the United States since May.", "Japan",
     "United States", "2024-05-14"),
    # "defence" alone is no cooperation word ("air-defence" systems, ministries)
    ("Japan ordered the fighter from the United States in 1968 as its main air-defence aircraft.", "Japan",
     "United States", "2024-05-14"),
    # both only partners "with" an unnamed third party
    ("Last year it signed a defence accord with India and restored relations with France.", "India", "France",
     "2024-05-14"),
    # a third state: the tie is another party's
    ("Vietnam has widened its defence ties with India and France this year.", "India", "France", "2024-05-14"),
])
def test_no_partners_without_the_data_or_a_clean_sentence(pipeline, text, a, b, day):
    edges = text_edges(pipeline, text, day)
    assert not _coop(edges, a, b), edges
