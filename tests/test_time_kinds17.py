"""Time, session 17: the user's reference data dates catalogued wars; an old cancellation found without
a `when`; (see each test)."""
from __future__ import annotations

from pathlib import Path

import pytest

from graph.pipeline import Pipeline
from graph.text.metadata import from_text
from graph.text.sources import Document

_USER_WAR = """\
- label: Event
  name: Great Steppe Water War
  aliases: [the water war]
  parties: [Kazakhstan, Kyrgyzstan]
  date: 2031-05-04/
"""
_WAR_TEXT = ("OSLO, March 21, 2033 (Wire) - Kazakhstan and Kyrgyzstan are rebuilding their border posts after "
             "the Great Steppe Water War.")


def _conflict_dates(pipeline: Pipeline, text: str) -> list:
    g = pipeline.process(Document.from_text(text, "war.txt", meta=from_text(text)))
    return [d.get("valid_from") for u, v, d in g.edges(data=True) if d["type"] == "IN_CONFLICT_WITH"
            and {g.nodes[u]["name"], g.nodes[v]["name"]} == {"Kazakhstan", "Kyrgyzstan"}]


def test_a_war_of_the_users_reference_dates_its_conflict(tmp_path: Path):
    ref = tmp_path / "reference.yaml"
    ref.write_text(_USER_WAR, encoding="utf-8")
    assert _conflict_dates(Pipeline(extra_reference=[ref]), _WAR_TEXT) == ["2031-05-04"]


def test_without_the_users_reference_the_war_is_unknown(pipeline):
    assert _conflict_dates(pipeline, _WAR_TEXT) == []
