"""The article's crash (``accident`` kind, graph/entities/accident_refs.py and resolve.py) is only a vehicle's
crash that happened: not a market's or a website's, not one feared or supposed, not one asked about; its name
keeps no platform's or state's words; a crash told after a later day ("named a chief on Tuesday, a week after
... crash") is not dated by that day. Sentences written for these tests."""
from __future__ import annotations

import pytest


def _graph(pipeline, text: str):
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    return pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-03-10", date_source="cli")))


def _crashes(g) -> list[dict]:
    return [d for _, d in g.nodes(data=True) if d.get("label") == "Event"
            and "crash" in " ".join([d["name"], *(d.get("aliases") or [])]).lower()]


def _edges(g, type_: str) -> set[tuple[str, str]]:
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True) if d["type"] == type_}


@pytest.mark.parametrize("text", [
    # a market's crash
    "The stock market crash wiped a fifth off Saab shares on Tuesday. After the crash, Saab postponed its Gripen "
    "deliveries.",
    "The oil price crash hurt the budget of Algeria. Since the crash, the army has bought fewer tanks.",
    # a feared or supposed crash
    "Test pilots fear a crash like the one at Muan. A crash of a Tejas would set the programme back by years.",
    "Engineers warned of the risk of a crash in cold weather. A crash of the new trainer could ground the fleet.",
    # a crash asked about
    "Did a Chinese J-15 crash near Dalian on Sunday? The crash was not confirmed by Beijing.",
])
def test_no_accident_event(pipeline, text):
    assert not _crashes(_graph(pipeline, text))


@pytest.mark.parametrize("text,maker,platform", [
    ("Did a Chinese J-15 crash near Dalian on Sunday? The crash was not confirmed by Beijing.", "China", "J-15"),
])
def test_a_crash_asked_about_keeps_the_maker(pipeline, text, maker, platform):
    assert any(s == maker and platform in t for s, t in _edges(_graph(pipeline, text), "MANUFACTURES"))


@pytest.mark.parametrize("text", [
    "A Chinese J-15 crashed near Dalian on Sunday. The Chinese J-15 crash killed the pilot, and the navy said the "
    "crash was caused by an engine fault.",
    "An Indian Tejas crashed near Jaisalmer on Sunday. The Indian Tejas crash was the first in its history, and the "
    "crash is being investigated.",
])
def test_crash_name_takes_no_platform_or_demonym(pipeline, text):
    crashes = _crashes(_graph(pipeline, text))
    assert crashes
    for e in crashes:
        words = " ".join([e["name"], *(e.get("aliases") or [])])
        assert "J-15" not in words and "Tejas" not in words and "Chinese" not in words and "Indian" not in words, e


@pytest.mark.parametrize("text,later_day", [
    ("Iraq named a new air force chief on Tuesday, a week after General Karim Saadi died in a helicopter crash in "
     "the west. The crash is under investigation.", "2025-03-04"),
    ("Peru mourned on Friday, ten days after a navy transport plane crash in the Andes killed 14 sailors. The crash "
     "was the worst in the navy's history.", "2025-03-07"),
])
def test_crash_told_after_a_later_day_is_not_dated_by_it(pipeline, text, later_day):
    crashes = _crashes(_graph(pipeline, text))
    assert crashes
    assert all(e.get("date") != later_day for e in crashes), crashes
