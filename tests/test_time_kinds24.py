"""Time, session 24: a yearless dateline's year. A text naming a catalogued event by a form that names
that occurrence alone ("since Russia's invasion of Ukraine") was written no earlier than it began; an
office holder named after the title and a comma ("Japan's foreign minister, Yoko Kamikawa") counts as
one named by title, unless a word before the title ends the term ("the ousted president, X"); the day a
lead reports its news on ("..., and both governments said on Monday") is a day the dateline may fall on,
as the day of the news itself is. Invented sentences."""
from __future__ import annotations

from graph.text.metadata import _in_office, _with_year
from graph.text.year_evidence import begun_by


def test_a_one_off_catalogued_event_bounds_the_story_from_below():
    assert begun_by("Slovakia has given Kyiv much help since Russia's invasion of Ukraine.") == "2022-02-24"
    assert begun_by("Officers who led the 2023 Niger coup stayed in Niamey.") == "2023-07-26"
    assert begun_by("The war in Gaza and the India-Pakistan conflict weigh on markets.") is None  # earlier ones too


def test_a_yearless_dateline_falls_after_the_invasion_the_text_names():
    body = ("The contract for 60 armoured vehicles was signed in Oslo on Monday. Since Russia's invasion of Ukraine "
            "the army has been short of tracked vehicles; it joined NATO's programme in 1999.")
    # 13 December was a Monday in 2010 and 2021, a Tuesday in 2022: only 2022 comes after the invasion
    # among the years a day after a Monday
    got = _with_year("0000-12-13", body)
    assert got is not None and got >= "2022-02-24", got


def test_a_title_before_a_holders_name_and_a_comma_counts():
    body = "Tokyo protested. Japan's foreign minister, Yoko Kamikawa, said the act was grave."
    held = _in_office(body, 11, 20)
    assert held(2023) == 1 and held(2017) == 0


def test_a_title_a_word_of_its_end_opens_does_not_count():
    body = "Niger's junta holds the ousted president, Mohamed Bazoum, in the palace."
    held = _in_office(body, 7, 7)
    assert held(2022) == 0 and held(2024) == 0


def test_the_lead_reports_its_news_a_few_days_later():
    body = ("A task group fired its guns off the coast on Friday, forcing airliners to reroute, and both governments "
            "said on Monday that they had been given no warning. Prime Minister Anthony Albanese said Canberra had "
            "raised the matter. Foreign Minister Penny Wong spoke to her counterpart. Officials said in 2024 that "
            "such voyages were rare.")
    # 24 February: a Monday in 2025, a Saturday (a day after the Friday) in 2024
    assert _with_year("0000-02-24", body) == "2025-02-24"


def test_a_clause_set_against_with_its_own_subject_does_not_date_the_main_one(pipeline):
    from datetime import date

    from graph.relations.time import relation_when

    doc = pipeline.nlp("Leaders met in Yerevan on Thursday. They signed a treaty. The talks were long.\n\n"
                       "In September 2022 the two armies fought for days. Armenia flew Turkish-made drones during "
                       "that war, while Georgia had opened a plant in Tbilisi in May 2019 to assemble Israeli drones.")
    sent = list(doc.sents)[-1]
    armenia, georgia = sent[0], next(t for t in sent if t.text == "Georgia")
    drones = [t for t in sent if t.text == "drones"]
    assert relation_when(sent, [georgia, drones[1]], date(2024, 5, 3)) == "2019-05"  # the plant's own clause
    assert relation_when(sent, [armenia, drones[0]], date(2024, 5, 3)) == "2022-09"  # "that war": the one before


def _supply_times(pipeline, text: str, published: str) -> dict[tuple[str, str, str], tuple]:
    from tests.extracted import graph_of

    g = graph_of(pipeline, text, published)
    return {(g.nodes[u]["name"], d["type"], g.nodes[v]["name"]): (d.get("stage"), d.get("valid_from"),
                                                                  [i.get("when") for i in d["evidence"]])
            for u, v, d in g.edges(data=True) if d.get("type") in {"SUPPLIES", "OPERATES"}}


ARRIVAL = ("Thailand's first Gripens land at Wing 7\n\n"
           "The first four Gripen fighters built for the Royal Thai Air Force landed at Wing 7 in Surat Thani on "
           "Tuesday after a ferry flight from Linkoping. Air force officers greeted the crews on the apron.\n\n"
           "Thailand signed the contract for the Gripen with Sweden in March 2019, and the rest of the order is due "
           "next year. Hungary has flown the type since 2006.")


def test_a_first_delivery_starts_the_supply_and_the_holding_its_order_sentence_dates(pipeline):
    found = _supply_times(pipeline, ARRIVAL, "2024-06-13")
    supply = found.get(("Sweden", "SUPPLIES", "Thailand"))
    assert supply is not None and supply[0] in {"delivering", "delivered"}, found
    assert supply[1] == "2024-06-11" and "2019-03" in supply[2]  # the arrival; the order stays in its evidence
    fleet = next((v for k, v in found.items() if k[0] == "Hungary"), None)
    assert fleet is None or fleet[1] != "2024-06-11"  # another state's fleet is not that delivery


def _terms(pipeline, text: str, published: str) -> dict[tuple[str, str, str], list]:
    from tests.extracted import graph_of

    g = graph_of(pipeline, text, published)
    return {(g.nodes[u]["name"], d["type"], g.nodes[v]["name"]): [i.get("when") for i in d["evidence"]]
            for u, v, d in g.edges(data=True) if d.get("type") in {"LEADS", "AFFILIATED_WITH"}}


def test_a_term_the_news_ends_starts_where_another_sentence_tells_it_was_taken_up(pipeline):
    text = ("General Marta Lindqvist became the head of the Swedish Armed Forces on Thursday, taking over from "
            "General Erik Dahlberg at a ceremony in Stockholm.\n\n"
            "Dahlberg took over the top job as acting chief in March 2019, when his predecessor stepped aside, and "
            "was confirmed later that year.")
    found = _terms(pipeline, text, "2024-10-03")
    old = next((v for k, v in found.items() if k[0] == "Erik Dahlberg" and k[1] == "LEADS"), None)
    assert old == ["2019-03/2024-10-03"], found
    new = next((v for k, v in found.items() if k[0] == "Marta Lindqvist" and k[1] == "LEADS"), None)
    assert new == ["2024-10-03"], found  # the one taking over starts on the news's day


def test_a_length_held_counts_back_from_the_end_and_a_term_going_on_is_left_alone(pipeline):
    text = ("President Ruto on Thursday named General Peter Kamau as Kenya's new Chief of Defence Forces, two weeks "
            "after his predecessor, General John Otieno, was killed in a helicopter crash.\n\n"
            "Otieno had led the military for only a year. Kamau took over the army's command in 2021.")
    found = _terms(pipeline, text, "2024-05-02")
    old = [v for k, v in found.items() if k[0] == "John Otieno" and k[1] == "LEADS"]
    assert old and old[0][0].startswith("2023/"), found


def test_a_dispute_of_stated_length_a_sentence_ends_is_dated_by_its_span(pipeline):
    from tests.extracted import graph_of

    text = ("Gulf leaders sign Al-Ula declaration\n\n"
            "Gulf leaders signed a declaration in Riyadh on Tuesday, ending the two-and-a-half-year boycott of Qatar "
            "by Saudi Arabia and Bahrain.")
    g = graph_of(pipeline, text, "2021-01-07")
    whens = {frozenset((g.nodes[u]["name"], g.nodes[v]["name"])): [i.get("when") for i in d["evidence"]]
             for u, v, d in g.edges(data=True) if d.get("type") == "IN_CONFLICT_WITH"}
    assert whens.get(frozenset(("Saudi Arabia", "Qatar"))) == ["2018/2021-01-05"], whens


def test_a_length_in_days_or_months_keeps_its_precision():
    from graph.relations.passes.halted import _start

    assert _start("2020-11-10", 44, "day") == "2020-09-27"
    assert _start("2021-01-05", 3.5, "year") == "2017"
    assert _start("2021-01-05", 4, "month") == "2020-09"


def test_a_catalogued_operation_is_dated_by_its_span_not_by_the_sentence_that_recalls_it(pipeline):
    from tests.extracted import graph_of

    text = ("Britain retires its last Typhoon squadron leader\n\n"
            "The jets flew over Iraq and Syria in 2019 as part of Operation Shader, the country's campaign against "
            "the Islamic State group, the air force said on Friday.")
    g = graph_of(pipeline, text, "2024-05-03")
    dates = {d["name"]: d.get("date") for _, d in g.nodes(data=True) if d.get("label") == "Event"}
    assert dates.get("Operation Shader") == "2014-09-26/", dates
