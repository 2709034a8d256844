"""The article's focal country: the headline's subject outweighs a country named as a source or
destination, and a short kicker before the headline is not taken for it."""
from __future__ import annotations

from graph.entities import resolve
from graph.entities.focal import lead


def _focal(pipeline, text: str) -> str | None:
    doc = pipeline.nlp(text)
    resolve(doc, pipeline.ref)
    return doc.user_data.get("focal_country")


def test_headline_subject_beats_supplier_named_more_often(pipeline):
    text = ("Kenya receives four patrol boats from the United States\n\n"
            "The boats were built in the United States and sailed from the United States in May. "
            "Kenya will base them at Mombasa.")
    assert _focal(pipeline, text) == "country:kenya"


def test_demonym_subject_beats_destination(pipeline):
    text = ("Danish navy retires its last corvettes, two of them bound for Estonia\n\n"
            "The two ships will go to the Baltic next year, Estonia's defence ministry said. "
            "The remaining hulls will be scrapped in Denmark.")
    assert _focal(pipeline, text) == "country:denmark"


def test_kicker_is_not_the_headline(pipeline):
    doc = pipeline.nlp("ANALYSIS:\n\nPeru signs for twelve new trainers from Italy\n\nThe deal was signed in Lima.")
    head = lead(doc)
    assert head is not None and "Peru signs" in head.text


def test_most_named_country_without_a_headline_subject(pipeline):
    text = ("Talks on border security open in Vienna\n\n"
            "Chile and Peru sent delegations. Chile asked for a joint patrol; Chile also offered radars.")
    assert _focal(pipeline, text) == "country:chile"


def test_lead_sentence_subject_counts(pipeline):
    text = ("Missiles roll past the rostrum in a show of force\n\n"
            "By a staff reporter\n\n"
            "Vietnamese troops and Vietnamese missile crews marched through the capital on Tuesday, "
            "watched by delegations from Laos and Cambodia. Laos sent a band; Cambodia sent a minister. "
            "Laos also sent a dance troupe.")
    assert _focal(pipeline, text) == "country:vietnam"


def test_named_leader_as_headline_subject_stands_for_his_country(pipeline):
    text = ("Putin warns of a long winter for Europe's gas buyers\n\n"
            "Gas traders met in Rome on Monday to talk about prices and storage for the winter. "
            "Germany said it had stocks.")
    assert _focal(pipeline, text) == "country:russia"
