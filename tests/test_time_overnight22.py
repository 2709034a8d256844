"""Time, session 22 (timeb): "overnight" in a report dates what happened to the night that ended on
the report's day (day before / report's day); not when the sentence names its own time ("overnight
from Sunday to Monday") or when the word names a noun's kind ("an overnight stay"). An event dated by its end or its report's
month takes the start a sentence tells by the event's kind noun ("The drills began in mid-April").
Invented sentences."""
from __future__ import annotations

from datetime import date

from graph.relations.time import _begun_earlier, resolve_expression
from tests.extracted import graph_of

PUB = "2024-05-03"


def _event_dates(pipeline, text: str) -> dict[str, str | None]:
    g = graph_of(pipeline, text, PUB)
    return {d["name"]: d.get("date") for _, d in g.nodes(data=True) if d.get("label") == "Event"}


def _whens(pipeline, text: str, kind: str) -> list:
    g = graph_of(pipeline, text, PUB)
    return [i.get("when") for _, _, d in g.edges(data=True) if d["type"] == kind for i in d.get("evidence", [])]


def test_overnight_is_the_night_before_the_report():
    assert resolve_expression("overnight", date(2024, 5, 3)) == "2024-05-02/2024-05-03"
    assert resolve_expression("overnight", None) is None
    assert resolve_expression("overnight", date(2024, 5, 3), future=True) is None


def test_a_strike_overnight_dates_the_conflict_to_the_night(pipeline):
    text = "Venezuela fired dozens of rockets at Guyana overnight, the first direct attack between the two states."
    whens = _whens(pipeline, text, "IN_CONFLICT_WITH")
    assert "2024-05-02/2024-05-03" in whens, whens


def test_an_overnight_raid_event_takes_the_night(pipeline):
    text = ("Chilean drones crossed into Peru overnight in the Tacna incursion, the defence ministry in Lima said. "
            "Peru said the Tacna incursion was the gravest violation of its airspace in decades.")
    dates = _event_dates(pipeline, text)
    assert any(str(v).startswith("2024-05-02") for k, v in dates.items() if "Tacna" in k), dates


def test_a_named_night_or_an_overnight_stay_is_not_the_report_night(pipeline):
    text = "Venezuela fired rockets at Guyana overnight from Monday to Tuesday."
    whens = _whens(pipeline, text, "IN_CONFLICT_WITH")
    assert "2024-05-02/2024-05-03" not in whens, whens
    text = "Venezuela's foreign minister made an overnight stop in Guyana, where the two sides agreed a ceasefire."
    assert not any(str(w).startswith("2024-05-02") for w in _whens(pipeline, text, "IN_CONFLICT_WITH"))


def test_a_date_of_another_clause_leaves_the_night(pipeline):
    text = ("Venezuela fired rockets at Guyana overnight, the first attack on the country since the border "
            "dispute flared in 2015.")
    whens = _whens(pipeline, text, "IN_CONFLICT_WITH")
    assert "2024-05-02/2024-05-03" in whens, whens



def _begun(pipeline, text: str, name: str, found: str) -> str | None:
    doc = pipeline.nlp(text)
    return _begun_earlier(name, list(doc.sents)[:1], date(2024, 5, 3), found)


def test_an_exercise_ended_this_month_begins_when_the_drills_began(pipeline):
    text = ("Infantry of four nations finished their training near Bardufoss, closing Exercise Cold Response. "
            "The drills, held in deep snow, began in mid-April.")
    assert _begun(pipeline, text, "Exercise Cold Response", "2024-05") == "2024-04/2024-05"
    text = "Delegates left Bergen on Friday as the Arctic Summit closed. The talks began on Wednesday."
    assert _begun(pipeline, text, "Arctic Summit", "2024-05-03") == "2024-05-01/2024-05-03"
    text = ("The agenda of the Arctic Summit was agreed only on Wednesday, the day the meetings opened, "
            "when the hosts dropped the fisheries item.")
    assert _begun(pipeline, text, "Arctic Summit", "2024-05-03") == "2024-05-01/2024-05-03"


def test_a_start_of_another_kind_long_before_or_of_no_told_event_does_not_date_the_event(pipeline):
    text = "Kenya and Uganda signed the Lake Victoria Accord in Kampala. The fighting began in mid-April."
    assert _begun(pipeline, text, "Lake Victoria Accord", "2024-05") == "2024-05"
    text = "Infantry finished training near Bardufoss, closing Exercise Cold Response. The drills began in 2019."
    assert _begun(pipeline, text, "Exercise Cold Response", "2024-05") == "2024-05"
    text = "Infantry finished training near Bardufoss, closing Cold Response. The drills began in mid-April."
    assert _begun(pipeline, text, "Cold Response", "2024-05") == "2024-05"  # a name of no kind, not the headline's
