"""Hosts of session 47: the officer who presides over the article's ceremony or parade hosts it ("Admiral X
presided over the ceremony", "The defence minister, X, presided."; writers' rule: the person who presides is the
required host), as a summit's chair does (``places.chaired_meetings``, cue lists ``chaired_kinds``,
``alone_presiding_verbs``, ``alone_presided_kinds``, ``one_off_kinds``)."""
from __future__ import annotations

import pytest


def _hosts(pipeline, text: str) -> set[tuple[str, str]]:
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    g = pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-03-10", date_source="cli")))
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True) if d["type"] == "HOSTED_BY"}


_LEAD = ("Coastal navy retires its oldest corvette\n\nPORT LOUIS, March 9 (Reef Wire) - The Coast Guard of Mauritius "
         "decommissioned the corvette Vigilant on Saturday at a ceremony at its base in Port Louis, ending 40 years "
         "of service.\n")


@pytest.mark.parametrize("sentence", [
    "Rear Admiral Kevin Ramdoyal, the fleet commander, presided over the ceremony, which several former captains "
    "of the ship attended.",
    "The fleet commander, Rear Admiral Kevin Ramdoyal, presided, with the crew and their families among the guests.",
])
def test_who_presides_over_the_ceremony_hosts_it(pipeline, sentence):
    """ "X presided over the ceremony, which former captains attended" and "The commander, X, presided.": X
    hosts the article's ceremony."""
    assert any(h == "Kevin Ramdoyal" for _, h in _hosts(pipeline, _LEAD + sentence))


def test_who_presides_over_a_named_parade_hosts_it(pipeline):
    """ "X presided over the 60th Independence Day parade": X hosts the parade."""
    text = ("Capital marks 60 years of independence\n\nLUSAKA, March 9 (Veld Wire) - President Hakainde Hichilema "
            "presided over the 60th Independence Day parade in Lusaka on Saturday, watched by thousands.")
    assert any(h == "Hakainde Hichilema" for _, h in _hosts(pipeline, text))


@pytest.mark.parametrize("sentence", [
    "Rear Admiral Kevin Ramdoyal will preside over next year's ceremony for the corvette Valiant.",
    "Rear Admiral Kevin Ramdoyal presided over the board that reviewed the ship's last refit.",
    "Rear Admiral Kevin Ramdoyal did not preside.",
])
def test_other_presiding_hosts_nothing(pipeline, sentence):
    """A board presided over, and a presiding denied, host no ceremony."""
    assert not any(h == "Kevin Ramdoyal" for _, h in _hosts(pipeline, _LEAD + sentence))


def test_who_presided_over_last_years_ceremony_hosts_nothing(pipeline):
    """ "X, who presided over last year's ceremony": a bygone ceremony, not the article's."""
    text = _LEAD + ("Commodore Anil Jugnauth, who presided over last year's ceremony for the patrol boat Guardian, "
                    "watched from the stand.")
    assert not any(h == "Anil Jugnauth" for _, h in _hosts(pipeline, text))
