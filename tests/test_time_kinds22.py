"""Time, session 22: an event is not dated by a clause describing another noun ("named after two rulers,
both of whom died last year"), nor by the number of a designation in its name ("KJ-2000"); a clause that
names the event still dates it ("the gun, unveiled at the show in 2022"). Invented sentences."""
from __future__ import annotations

from graph.relations.time import _name_year
from tests.extracted import graph_of

PUB = "2024-05-03"


def _event_dates(pipeline, text: str) -> dict[str, str | None]:
    g = graph_of(pipeline, text, PUB)
    return {d["name"]: d.get("date") for _, d in g.nodes(data=True) if d.get("label") == "Event"}


def test_a_designation_number_is_no_year_of_the_name():
    assert _name_year("Zapad-2021").group(1) == "2021"
    assert _name_year("Vostok 2022").group(1) == "2022"
    assert _name_year("KJ-2000") is None
    assert _name_year("S-300") is None


def test_a_relative_clause_about_people_does_not_date_the_summit(pipeline):
    text = ("Leaders of the Nordic Council met in Tromso on Wednesday. "
            "The Tromso summit was dedicated to two former premiers, both of whom died last year.")
    dates = _event_dates(pipeline, text)
    assert not any(str(v).startswith("2023") for v in dates.values()), dates


def test_a_clause_that_names_the_event_still_dates_it(pipeline):
    text = ("The Kestrel howitzer, unveiled at the Eurosatory show in Paris in 2022, has yet to find a buyer, "
            "the company said on Thursday.")
    dates = _event_dates(pipeline, text)
    assert any(str(v).startswith("2022") for k, v in dates.items() if "Eurosatory" in k), dates


def _leads_whens(pipeline, text: str, person: str) -> list:
    g = graph_of(pipeline, text, PUB)
    return [i.get("when") for u, v, d in g.edges(data=True) if d["type"] == "LEADS"
            and g.nodes[u]["name"] == person for i in d.get("evidence", [])]


def test_a_post_left_after_a_stated_time_is_dated_by_the_whole_term(pipeline):
    text = ("Admiral Kari Lund became Chief of the Royal Norwegian Navy on Tuesday, succeeding Admiral Lars Holm, "
            "who retired after three years at the head of the navy.")
    assert "2021/2024-04-30" in _leads_whens(pipeline, text, "Lars Holm")
    assert "2024-04-30" in _leads_whens(pipeline, text, "Kari Lund")  # the one who takes over: that day


def test_a_term_in_months_keeps_its_month(pipeline):
    text = "General Lars Holm, the chief of the Norwegian Army, left on Tuesday after 26 months in charge."
    whens = _leads_whens(pipeline, text, "Lars Holm")
    assert any(str(w).startswith("2022-02/") for w in whens), whens


def test_a_post_taken_up_in_a_clause_on_the_leader_dates_the_term(pipeline):
    text = "The Norwegian Army's commander, General Lars Holm, who took over in February, toured the garrisons on Tuesday."
    whens = _leads_whens(pipeline, text, "Lars Holm")
    assert whens and all(str(w).startswith("2024-02") for w in whens), whens
