"""Hosts of session 35: the chair of the article's summit told by a participle or a conjoined passive
("a summit of the bloc held by video link and chaired by X", "was held at W and was chaired by Y"), by the
bloc's summit written with its bloc ("the 46th summit of the Council was chaired by Z") and by "with X in
the chair" (``places.chaired_meetings``, ``places.chair_seat``)."""
from __future__ import annotations

import pytest


def _hosts(pipeline, text: str) -> set[tuple[str, str]]:
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    g = pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-03-10", date_source="cli")))
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True) if d["type"] == "HOSTED_BY"}


_LEAD = "Andean leaders meet in Lima\n\nLIMA, March 9 (Reef Wire) - "


@pytest.mark.parametrize("sentence", [
    "The 12th Andean Community summit was held at the Palacio de Gobierno in Lima and was chaired by President "
    "Dina Boluarte.",
    "The 12th Andean Community summit met on Thursday at the Palacio de Gobierno in Lima, with Peruvian President "
    "Dina Boluarte in the chair and Chilean President Gabriel Boric as guest.",
])
def test_chair_of_the_summit_hosts_it(pipeline, sentence):
    """A conjoined passive "and was chaired by X", and "with X in the chair": X hosts the summit."""
    assert any(h == "Dina Boluarte" for _, h in _hosts(pipeline, _LEAD + sentence))


def test_participle_chaired_by_hosts_the_summit(pipeline):
    """ "at an extraordinary summit of the bloc held by video link and chaired by X": X hosts it."""
    text = ("Southern leaders end emergency summit\n\nHARARE, March 9 (Veld Wire) - The decision came at an "
            "extraordinary summit of the Southern African Development Community held by video link and chaired by "
            "Zambia's President Hakainde Hichilema, the bloc's current chairperson.")
    assert any(h == "Hakainde Hichilema" for _, h in _hosts(pipeline, text))


def test_summit_written_with_its_bloc_is_the_articles(pipeline):
    """ "The 46th summit of the Gulf Cooperation Council was chaired by X": the article's summit, X its host."""
    text = ("Gulf leaders meet in Muscat\n\nMUSCAT, March 9 (Gulf Wire) - Gulf leaders met in Muscat on Tuesday for the "
            "46th GCC summit.\nThe 46th summit of the Gulf Cooperation Council (GCC) was chaired by Sultan Haitham "
            "bin Tarik.")
    assert {h for _, h in _hosts(pipeline, text)} & {"Haitham bin Tarik", "Haitham bin Tariq"}


@pytest.mark.parametrize("sentence", [
    "The next summit of the Andean Community will be chaired by Colombian President Gustavo Petro.",
    "On Friday Colombian President Gustavo Petro chaired a meeting of the national security council.",
    "The summit met on Thursday, with Colombian President Gustavo Petro in the audience.",
])
def test_other_chairs_host_nothing(pipeline, sentence):
    """A later summit's chair, a body's meeting and a guest "in the audience" host no summit."""
    text = _LEAD + "The 12th Andean Community summit opened in Lima on Thursday.\n" + sentence
    assert not any(h == "Gustavo Petro" for _, h in _hosts(pipeline, text))


def test_bare_sitting_chaired_by_a_speaker_hosts_nothing(pipeline):
    """ "at a plenary session on Tuesday chaired by the Speaker": a participle on a bare noun (no name, no "of"
    phrase) is no summit's chair."""
    text = ("Parliament confirms new army chief\n\nLIMA, March 9 (Reef Wire) - Congress approved the nomination at a "
            "plenary session on Tuesday chaired by Speaker Eduardo Salhuana.")
    assert not any(h == "Eduardo Salhuana" for _, h in _hosts(pipeline, text))


_GULF = ("Gulf leaders meet in Muscat\n\nMUSCAT, March 9 (Gulf Wire) - Gulf leaders met in Muscat on Tuesday for the "
         "46th GCC summit.\n")


@pytest.mark.parametrize("sentence", [
    "The 44th summit of the Gulf Cooperation Council, held in Doha, was chaired by Qatar's Emir Tamim bin Hamad.",
    "The 45th summit of the Gulf Cooperation Council was chaired by Kuwait's Emir Mishal al-Ahmad.",
    "An emergency summit of the GCC in Riyadh last month was chaired by Mohammed bin Salman.",
    "A summit of the Gulf Cooperation Council in Manama two years ago was chaired by King Hamad bin Isa.",
])
def test_another_edition_of_the_blocs_summit_has_no_host_here(pipeline, sentence):
    """Another ordinal, another place or a time gone by: another edition of the bloc's summit, whose chair
    is no host of the article's (46th, Muscat) summit."""
    assert not _hosts(pipeline, _GULF + sentence)


def test_the_blocs_summit_at_its_own_place_is_the_articles(pipeline):
    """ "The 46th summit of the Council in Muscat was chaired by X": the article's ordinal and place: X hosts."""
    text = _GULF + "The 46th summit of the Gulf Cooperation Council in Muscat was chaired by Sultan Haitham bin Tarik."
    assert {h for _, h in _hosts(pipeline, text)} & {"Haitham bin Tarik", "Haitham bin Tariq"}


@pytest.mark.parametrize("sentence", [
    "The 12th Andean Community summit, held in Lima with President Dina Boluarte in the chair, ended on Friday.",
    "The 12th Andean Community summit, convened in Lima with President Dina Boluarte in the chair, closed on Friday.",
])
def test_in_the_chair_under_a_participle_on_the_summit(pipeline, sentence):
    """ "The summit, held in W with X in the chair, ended": X hosts the summit the participle is on."""
    assert any(h == "Dina Boluarte" for _, h in _hosts(pipeline, _LEAD + sentence))


def test_a_chair_of_last_years_meeting_hosts_nothing(pipeline):
    """ "who had presided over last year's meeting in Jeddah": a time gone by, another edition."""
    text = _GULF + "Saudi Crown Prince Mohammed bin Salman, who had presided over last year's meeting in Jeddah, opened the session."
    assert not any(h == "Mohammed bin Salman" for _, h in _hosts(pipeline, text))


def test_a_chair_earlier_in_the_day_still_hosts(pipeline):
    """ "X chaired the 46th summit of the Council earlier on Tuesday": the article's own day, X hosts it."""
    text = _GULF + "Sultan Haitham bin Tarik chaired the 46th summit of the Gulf Cooperation Council earlier on Tuesday."
    assert {h for _, h in _hosts(pipeline, text)} & {"Haitham bin Tarik", "Haitham bin Tariq"}
