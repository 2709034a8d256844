"""Time, session 17: the user's reference data dates catalogued wars; an old cancellation found without
a `when`; (see each test)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.pipeline import Pipeline
from graph.relations.passes import news_stage
from graph.relations.relation import Relation
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


def _statement(stage: str, sentence: str, start: int, when: str | None = None) -> Relation:
    evidence = {"sentence": sentence, "start": start, "end": start + len(sentence)}
    if when:
        evidence["when"] = when
    return Relation("country:colombia", "OPERATES", "platform:gripen", evidence, 0.9, "test", {"stage": stage})


@pytest.mark.parametrize("later,stage", [
    # a cancellation the dating left undated: the one year its sentence tells of is its time
    ("Colombia had tried before, and the 2011 purchase was cancelled over cost.", "ordered"),
    # a year that bounds a deadline tells no time of the cancellation
    ("Colombia cancelled the purchase, which was due to be complete by 2011.", "cancelled"),
    # a cancellation in the year before publication still ends the deal
    ("Colombia had tried before, and the 2029 purchase was cancelled over cost.", "cancelled"),
])
def test_an_undated_old_cancellation_is_dated_by_its_sentence(later, stage):
    first = _statement("ordered", "Colombia has signed a contract for 24 Gripen fighters.", 0, "2030-03-04")
    cancel = _statement("cancelled", later, 200)
    news_stage.apply([first, cancel], date(2030, 3, 4))
    assert cancel.props["stage"] == stage


def test_a_headline_is_not_dated_by_a_background_year_of_the_lead(pipeline):
    text = ("Colombia signs for 24 Gripens\n\nBOGOTA, March 4, 2030 (Andes Wire) - Colombia has signed a contract "
            "for 24 Saab JAS 39 Gripen fighters, the defence ministry said on Monday.\n\n"
            "Colombia had tried before: in 2011 it dropped a plan to buy the type over cost.")
    g = pipeline.process(Document.from_text(text, "saga.txt", meta=from_text(text)))
    whens = {e.get("when") for u, v, d in g.edges(data=True) if d["type"] == "OPERATES"
             and g.nodes[u]["name"] == "Colombia" for e in d["evidence"] if "Gripens" in e.get("sentence", "")}
    assert whens == {"2030-03-04"}


def _event_dates(pipeline, text: str) -> dict:
    g = pipeline.process(Document.from_text(text, "event.txt", meta=from_text(text)))
    return {a["name"]: a.get("date") for _, a in g.nodes(data=True) if a["label"] == "Event"}


@pytest.mark.parametrize("text,name,when", [
    # the length of a visit the parade closed is not the parade's
    ("PARIS, July 16, 2031 (Wire) - The deal was one of the outcomes of President Ana Lopes's two-day visit to "
     "France, which ended on Friday with Lopes as guest of honour at the Bastille Day parade in Paris.",
     "Bastille Day parade", "2031-07-11"),
    # the event's own length still counts
    ("OSLO, June 14, 2031 (Wire) - The Nordic Council summit closed in Oslo on Friday, after two days of talks "
     "on air defence.", "Council summit", "2031-06-12/2031-06-13"),
])
def test_a_journeys_length_is_not_its_events(pipeline, text, name, when):
    dates = _event_dates(pipeline, text)
    assert [d for n, d in dates.items() if name in n] == [when]


def test_an_unnamed_event_first_told_of_as_known_is_the_news(pipeline):
    # "the meeting", first named after the lead, is the lead's; a ministerial meeting in February is another
    text = ("Leaders meet in first Nordic defence summit\n\nOSLO, May 8, 2031 (Wire) - The prime ministers of "
            "Norway, Sweden and Finland sat down together in Oslo on Tuesday to discuss air defence. They agreed "
            "to share radar data and to buy missiles together.\n\nNorway's prime minister called the meeting a "
            "turning point. Their foreign ministers had held a ministerial meeting in Helsinki in February.")
    dates = _event_dates(pipeline, text)
    assert [d for n, d in dates.items() if "meeting" in n] == ["2031-05-06"]
