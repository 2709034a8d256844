"""Time, session 34: a date in a clause of acquiring ("bought", "acquired", "ordered") that describes one of
the fact's own mentions dates the holding, though its main clause is in the present; a clause on another
noun, or one whose subject is a third party, does not. Invented sentences."""
from __future__ import annotations

from datetime import date

PUBLISHED = date(2025, 3, 14)


def _when(pipeline, text: str, words: tuple[str, str]) -> str | None:
    from graph.relations.time import relation_when

    doc = pipeline.nlp(text)
    sent = next(doc.sents)
    anchors = [next(t for t in sent if t.text == w) for w in words]
    return relation_when(sent, anchors, PUBLISHED)


def test_a_firm_the_holder_bought_takes_the_year_of_its_purchase(pipeline):
    text = ("The group already makes shells in Brazil through Condor Armas, the Brazilian fuse maker it acquired "
            "in 2021, which runs a plant near Recife.")
    assert _when(pipeline, text, ("Armas", "group")) == "2021"


def test_a_ship_bought_from_abroad_is_held_from_the_year_of_its_purchase(pipeline):
    text = ("The navy's largest ship is now the Tamandaré, the former HNLMS Karel Doorman support ship bought from "
            "the Netherlands for 90 million euros in 2019.")
    assert _when(pipeline, text, ("navy", "Doorman")) == "2019"


def test_a_clause_told_by_a_third_party_dates_only_its_own_act(pipeline):
    # the jets "that Egypt ordered in 2021" are Egypt's purchase: not the time the parade showed them
    text = "The parade on Saturday included Rafale jets that Egypt ordered in 2021, officials in Cairo said."
    assert _when(pipeline, text, ("Rafale", "parade")) != "2021"


def test_a_clause_of_another_verb_on_the_mention_still_gives_way(pipeline):
    # "which it opened in 2010": the plant's opening is no date of the firm's holding
    text = ("The group makes shells in Chile through Andes Munitions, the cartridge maker that opened a plant in "
            "2010, which employs 300 people.")
    assert _when(pipeline, text, ("Munitions", "group")) != "2010"


def test_a_fact_of_the_mentions_own_words_is_not_dated_by_the_purchase(pipeline):
    # "the Belgian arms maker ... it bought in 2021": the maker's country is no fact of 2021
    text = ("The group already makes shells in Brazil through Condor Armas, the Belgian fuse maker it acquired "
            "in 2021, which runs a plant near Recife.")
    assert _when(pipeline, text, ("Armas", "Belgian")) != "2021"
