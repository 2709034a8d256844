"""Merged junk of session 31 (issue 10): names the mention stage cut short or built where the text names
no such entity. Invented sentences about invented people and places."""
from __future__ import annotations

from tests.extracted import text_edges


def _people(pipeline, text: str) -> set[str]:
    doc = pipeline.nlp(text)
    return {m.text for m in doc._.mentions if m.label == "Person"}


def test_a_five_word_name_after_a_rank_is_taken_whole(pipeline):
    names = _people(pipeline, "The talks were chaired by General Wan Ahmad Rizal Hamdan Yusof. The jets arrive in May.")
    assert "Wan Ahmad Rizal Hamdan Yusof" in names
    assert "Wan Ahmad Rizal Hamdan" not in names


def test_a_short_name_after_a_rank_stops_at_the_verb(pipeline):
    names = _people(pipeline, "Major General Tomas Varga Berko said the brigade was ready.")
    assert "Tomas Varga Berko" in names


def test_a_demonym_and_portfolio_before_minister_is_a_title_not_a_body(pipeline):
    got = text_edges(pipeline, "Copenhagen, 3 March 2025 - The contract was signed with Danish Defence Minister "
                     "Jens Holmgaard on Monday.", published="2025-03-03")
    assert not any("Danish Defence" in (s, t) for s, _, t in got)
    assert ("Jens Holmgaard", "AFFILIATED_WITH", "Denmark") in got  # the minister keeps his state


def _entities(pipeline, text: str) -> dict[str, str]:
    """Name -> label of the entities left after the relation stage's drops."""
    doc = pipeline.nlp(text)
    doc.user_data["published"] = "2025-03-03"
    entities = pipeline.entities_of(doc)
    pipeline.relations_of(doc, entities, "doc:test")
    return {e.name: e.label for e in entities.values()}


def test_a_region_opening_an_airline_name_is_no_place(pipeline):
    got = _entities(pipeline, "Sichuan Airlines signed for twelve more jets, the maker said on Monday.")
    assert "Sichuan" not in got


def test_a_region_opening_a_document_or_an_office_stays(pipeline):
    got = _entities(pipeline, "The Sichuan Governor met the delegation, and both praised the Sichuan Charter.")
    assert got.get("Sichuan") == "Place"


def test_a_region_named_on_its_own_stays(pipeline):
    got = _entities(pipeline, "Sichuan Airlines flies from Sichuan to Lhasa every day.")
    assert got.get("Sichuan") == "Place"


def test_an_unknown_firm_opening_another_name_is_no_firm(pipeline):
    got = _entities(pipeline, "The exhibition at the Westmoor Aviation Heritage Trust in Norway drew large crowds "
                    "in May.")
    assert not any(n.startswith("Westmoor") for n in got)
    assert got.get("Norway") == "Country"  # the sentence's other names are still read


def test_an_unknown_firm_before_its_legal_form_stays(pipeline):
    got = _entities(pipeline, "The hulls come from Westmoor Shipbuilding Limited, a yard on the coast.")
    assert any(n.startswith("Westmoor Shipbuilding") for n in got)
