"""Venues of session 29: a parade ground named in a sentence about the article's parade
(``places._parade_grounds``) and a headline's "X summit" naming where the article's gathering met
(``events._headline_venue``)."""
from __future__ import annotations


def _graph(pipeline, text: str):
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    return pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-05-10", date_source="cli")))


def _edges(pipeline, text: str, typ: str) -> set[tuple[str, str]]:
    g = _graph(pipeline, text)
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True) if d["type"] == typ}


def _held(pipeline, text: str) -> set[str]:
    return {p for _, p in _edges(pipeline, text, "HELD_IN")}


_PARADE = ("Ruritania shows new rockets at Independence Day parade\n\n"
           "Ruritania held its Independence Day parade in Strelsau on Friday, with President Karl Rassendyll "
           "taking the salute.\n")


def test_a_parade_ground_the_columns_cross_is_the_parades_venue(pipeline):
    """Whatever the verb ("crossed", "took his seat on"), a square named in a sentence about the parade."""
    text = _PARADE + "Later, columns of tanks and rocket launchers crossed Strelsau's Liberty Square in the rain.\n"
    assert "Liberty Square" in _held(pipeline, text)


def test_a_parade_ground_of_another_edition_is_not_this_parades(pipeline):
    """ "Last year's parade on X Square": another edition's ground."""
    text = _PARADE + "Last year, columns of tanks crossed Strelsau's Liberty Square in the rain.\n"
    assert "Liberty Square" not in _held(pipeline, text)


def test_a_square_without_a_parade_article_is_no_venue(pipeline):
    """The rule needs the article's parade: a summit's article naming a square places nothing there."""
    text = ("Leaders meet in Strelsau for regional summit\n\nThe leaders of Ruritania and Borduria met in Strelsau "
            "on Friday for a regional summit.\nProtesters gathered on Liberty Square during the talks.\n")
    assert "Liberty Square" not in _held(pipeline, text)


def test_a_headline_place_summit_is_where_the_summit_met(pipeline):
    """ "Zenda summit ends ...": the headline's place before the gathering's noun is its venue."""
    text = ("Zenda summit ends with a pledge on border patrols\n\n"
            "The leaders of Ruritania and Borduria agreed on Tuesday to patrol their border jointly, closing the "
            "fourth Ruritania-Borduria summit. The summit was chaired by President Karl Rassendyll.\n"
            "Officials in Zenda said the next round would follow in the spring.\n")
    assert "Zenda" in _held(pipeline, text)


def test_a_headline_pair_before_summit_is_no_venue(pipeline):
    """ "Ruritania-Central Asia summit": the place is one side of a pair, not where the summit met."""
    text = ("First Ruritania-Central Asia summit meets in Zenda\n\n"
            "The leaders of Ruritania and five Central Asian states met in Zenda on Tuesday for their first summit.\n")
    assert "Central Asia" not in _held(pipeline, text)
