"""False AFFILIATED_WITH to the wrong body (session 47, issue 10): a ranked officer whose own clause gives him a
command or a post is tied to that body, not to the one armed service the sentence names beside it (pooled dev
halves). Invented sentences about other countries."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges = partial(text_edges, published="2025-05-02")


def test_officer_heading_a_command_is_not_the_named_service(pipeline):
    got = edges(pipeline, "Vice Admiral Tomas Lindqvist, who heads the Swedish Navy's Fourth Naval Warfare "
                          "Flotilla, welcomed the corvette to Berga.")
    assert ("Tomas Lindqvist", "LEADS", "Fourth Naval Warfare Flotilla") in got
    assert ("Tomas Lindqvist", "AFFILIATED_WITH", "Swedish Navy") not in got
    got = edges(pipeline, "Vice Admiral Rajesh Menon, who heads Southern Naval Command, said the Indian Navy "
                          "needed more ships.")
    assert ("Rajesh Menon", "LEADS", "Southern Naval Command") in got
    assert ("Rajesh Menon", "AFFILIATED_WITH", "Indian Navy") not in got


def test_officer_without_a_post_keeps_the_named_service(pipeline):
    got = edges(pipeline, "Major General Piotr Nowak said the Polish Land Forces would take the first tanks in May.")
    assert ("Piotr Nowak", "AFFILIATED_WITH", "Polish Land Forces") in got

