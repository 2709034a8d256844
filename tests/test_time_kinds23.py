"""Time, session 23: an event is not dated by another event its sentence relates it to ("The meeting
followed the premier's state visit in March"), nor by a clause after the lead whose own subject tells nothing
of it ("The gathering capped a busy spring: the navy signed a frigate order in March"), nor by the mark a
record is measured from ("for the first time since 2010"); a summit the lead introduces with "a" is the
news's own, whatever its sponsor's name; "later that month" is that month; a year after "since" is no
year of the story. Invented sentences."""
from __future__ import annotations

from datetime import date

from graph.relations.time import _from_anchor, _other_event, _the_event, resolved_dates
from graph.text.metadata import _with_year, _year_bounds
from tests.extracted import graph_of

PUB = "2024-05-03"  # a Friday


def _event_dates(pipeline, text: str) -> dict[str, str | None]:
    g = graph_of(pipeline, text, PUB)
    return {d["name"]: d.get("date") for _, d in g.nodes(data=True) if d.get("label") == "Event"}


def test_an_earlier_visit_the_meeting_followed_does_not_date_it(pipeline):
    doc = pipeline.nlp("The meeting followed the Finnish president's state visit to Oslo in March, when he and "
                       "the king pledged closer ties.")
    sent = next(iter(doc.sents))
    [(march, value)] = [(s, v) for s, v in resolved_dates(sent, date(2024, 5, 3)) if "March" in s.text]
    assert value == "2024-03" and _other_event(march, "NORDMIN")
    assert not _other_event(march, "Finnish state visit")  # the visit itself is dated by it


def test_a_clause_with_its_own_subject_after_the_lead_does_not_date_the_summit(pipeline):
    text = ("Karelian leader back at the Nordic table: Tromso summit rewrites the guest list\n\n"
            "The president of Karelia took his seat at a Nordic Council summit on Thursday for the first time "
            "since 2010, as Norway's prime minister welcomed leaders to Tromso for the council's 70th regular summit.\n\n"
            "The leaders of Iceland and Denmark were also in Tromso.\n\n"
            "The gathering capped a season of Norwegian diplomacy: the kingdom restored relations with Karelia in "
            "March in a deal brokered by Sweden, and it has stepped up talks with Russia.")
    dates = _event_dates(pipeline, text)
    summit = [v for k, v in dates.items() if "summit" in k.lower()]
    assert summit and all(str(v) == "2024-05-02" for v in summit), dates  # not March, nor "since 2010"


def test_later_that_month_is_that_month():
    assert _from_anchor("later that month", "2024-10") == "2024-10"
    assert _from_anchor("earlier that year", "2021-06-03") == "2021"


def test_a_year_after_since_sets_the_story_a_year_or_more_later():
    low, _, told = _year_bounds("Slovakia, a NATO member since 2004, signed the deal.", 2030)
    assert low == 2005 and 2004 not in told


def test_an_office_holder_with_a_suffix_dates_a_yearless_dateline():
    body = ("President Ferdinand Marcos Jr. appointed a new defence secretary on Monday. The new secretary ran "
            "for president in 2010 and lost.")
    assert _with_year("0000-06-06", body) == "2023-06-06"  # Marcos took office on 30 June 2022


def test_a_yearless_dateline_without_a_weekday_follows_the_latest_past_year():
    body = ("Norway has signed for 12 more frigate helicopters. The cabinet cleared the money in September 2023, "
            "and the first of the helicopters should be handed over in 2030.")
    assert _with_year("0000-12-20", body) == "2024-12-20"  # not 2030, a year still ahead



def test_a_noun_of_an_unnamed_events_kind_names_it(pipeline):
    """An unnamed armed event is named by its kind ("clash, Strelsau"): "the coup" in a later clause is
    that event, so the clause's own time ("ruled since February") may date it."""
    doc = pipeline.nlp("Ruritania has been ruled since February by General Ivo Marek, who seized power in the "
                       "country's second coup in a year.")
    coup = next(t for t in doc if t.lower_ == "coup")
    assert _the_event(coup, "clash, Strelsau") and _the_event(coup, "mutiny, Strelsau, 2023")
    assert not _the_event(coup, "summit, Strelsau")  # a coup is no summit
