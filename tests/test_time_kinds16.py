"""Session 16 time kinds: the year of a yearless dateline from office holders a plural title names,
and stage cues read from the parse. Texts written for the test."""
from __future__ import annotations

import pytest

from graph.text.metadata import _in_office, from_text
from graph.text.sources import Document
from tests.extracted import stage_of as _stage


def test_a_plural_title_names_each_of_its_office_holders():
    # 8 December fell on a Thursday in 2016 and in 2022; Tokayev became president only in 2019
    text = ("ASTANA, Dec. 8 (Plains Ledger) - Presidents Kassym-Jomart Tokayev and Shavkat Mirziyoyev opened a "
            "rail crossing on Thursday. The line was first planned in 2013.")
    assert (_in_office(text, 12, 8)(2016), _in_office(text, 12, 8)(2022)) == (1, 2)
    assert from_text(text).published == "2022-12-08"
    # the holder named second counts too, and a name after the pair is no holder
    other = "Presidents Shavkat Mirziyoyev and Kassym-Jomart Tokayev met; Ilham Aliyev did not come."
    assert _in_office(other, 12, 8)(2022) == 2
    # a former title proves nothing
    former = text.replace("Presidents", "former Presidents")
    assert _in_office(former, 12, 8)(2022) == 0


@pytest.mark.parametrize("text,source,type_,target,stage", [
    # preparing to buy is an intention
    ("The Hellenic Air Force is preparing to buy a fleet of Embraer C-390 Millennium transports.",
     "Hellenic Air Force", "OPERATES", "C-390", "planned"),
    # "has yet to sign" is no contract; "is yet to receive" is no delivery
    ("Greece has yet to sign the contract with France for six Dassault Rafale fighters.",
     "France", "SUPPLIES", "Greece", "planned"),
    ("Greece signed for six Dassault Rafale fighters from France in 2021.",
     "France", "SUPPLIES", "Greece", "ordered"),
    # ordered so many and received fewer: delivering; received all: no partial count
    ("The Hellenic Air Force has ordered 24 Dassault Rafale fighters and has received more than 10.",
     "Hellenic Air Force", "OPERATES", "Rafale", "delivering"),
    ("The Hellenic Air Force has ordered 24 Dassault Rafale fighters.",
     "Hellenic Air Force", "OPERATES", "Rafale", "ordered"),
    # bought years ago, and relied on now: in service; bought and nothing said of its use: delivered
    ("Greece bought Mirage 2000 fighters from France in 1988 and still relies on them for air defence.",
     "Greece", "OPERATES", "Mirage 2000", "in_service"),
    ("Greece bought Mirage 2000 fighters from France in 1988.", "Greece", "OPERATES", "Mirage 2000", "delivered"),
])
def test_stage_kinds_of_session_16(pipeline, text, source, type_, target, stage):
    assert _stage(pipeline, text, source, type_, target) == stage


@pytest.mark.parametrize("text,published,source", [
    # a dateline naming no place: the day and the outlet
    ("Harbour deal signed\n\nMay 6, 2031 (Coastal Ledger) - Ruritania signed for four frigates.", "2031-05-06",
     "Coastal Ledger"),
    ("6 May 2031 (Coastal Ledger) -- Ruritania signed for four frigates.", "2031-05-06", "Coastal Ledger"),
    # its year from the text, as for any yearless dateline
    ("Harbour deal signed\n\nMay 6 (Coastal Ledger) - Ruritania signed for four frigates. Talks began last "
     "year, in May 2030.", "2031-05-06", "Coastal Ledger"),
])
def test_a_dateline_without_a_place(text, published, source):
    found = from_text(text)
    assert (found.published, found.source, found.date_source) == (published, source, "dateline")


def test_a_date_in_brackets_opening_prose_is_no_dateline():
    # no outlet in the brackets, no dash after them
    assert from_text("Talks end\n\nMay 6 (a Tuesday) was the last day of talks.").date_source != "dateline"


@pytest.mark.parametrize("text,source,type_,target,stage", [
    # a bare participle shares the tense of the verb it hangs on
    ("Qatar has in the past turned to China for armed drones, buying Wing Loong drones from AVIC.",
     "Qatar", "OPERATES", "Wing Loong", "delivered"),
    ("Qatar is turning to China for armed drones, buying Wing Loong drones from AVIC.",
     "Qatar", "OPERATES", "Wing Loong", "ordered"),
    # a purchase a relative clause calls off
    ("Indonesia ordered 12 Mirage 2000 fighters from Qatar, a purchase the ministry shelved in January.",
     "Indonesia", "OPERATES", "Mirage 2000", "cancelled"),
    ("Indonesia ordered 12 Mirage 2000 fighters from Qatar, a purchase the ministry made in January.",
     "Indonesia", "OPERATES", "Mirage 2000", "ordered"),
])
def test_participle_tense_and_shelved_purchase(pipeline, text, source, type_, target, stage):
    assert _stage(pipeline, text, source, type_, target) == stage


_SAGA = ("Colombia signs for 24 Gripens\n\nBOGOTA, March 4, 2030 (Andes Wire) - Colombia has signed a contract "
         "for 24 Saab JAS 39 Gripen fighters, the defence ministry said on Monday.\n\n{later}")


@pytest.mark.parametrize("later,stage", [
    # an attempt called off twenty years before the deal the article reports
    ("The government first said in 2010 that Colombia would buy the Gripen, but the plan collapsed over cost.",
     "ordered"),
    # a cancellation in the year before still ends it
    ("The government first said in 2029 that Colombia would buy the Gripen, but the plan collapsed over cost.",
     "cancelled"),
])
def test_an_old_cancellation_does_not_end_the_deal_the_article_reports(pipeline, later, stage):
    text = _SAGA.format(later=later)
    g = pipeline.process(Document.from_text(text, "saga.txt", meta=from_text(text)))
    found = [d.get("stage") for u, v, d in g.edges(data=True) if d["type"] == "OPERATES"
             and g.nodes[u]["name"] == "Colombia" and "Gripen" in g.nodes[v]["name"]]
    assert found == [stage]


def _conflict_from(pipeline, text: str) -> list:
    g = pipeline.process(Document.from_text(text, "war.txt", meta=from_text(text)))
    return [d.get("valid_from") for u, v, d in g.edges(data=True) if d["type"] == "IN_CONFLICT_WITH"
            and {g.nodes[u]["name"], g.nodes[v]["name"]} == {"Russia", "Ukraine"}]


@pytest.mark.parametrize("text,valid_from", [
    # a sentence naming the catalogued war dates the conflict from its first day
    ("OSLO, March 21, 2030 (Wire) - Both governments are reconsidering their neutrality after Russia's invasion "
     "of Ukraine.", ["2022-02-24"]),
    # a clash the sentence does not tie to the war is not dated by it
    ("KYIV, March 21, 2030 (Wire) - Russian troops attacked Ukrainian positions near Kharkiv on Monday.", [None]),
])
def test_a_named_war_dates_its_conflict(pipeline, text, valid_from):
    assert _conflict_from(pipeline, text) == valid_from


@pytest.mark.parametrize("text,source,type_,target,stage", [
    # goods a receiving verb takes, which a relative clause says were ordered: the receiving verb's stage
    ("The Egyptian Air Force began receiving the 30 Dassault Rafale jets it ordered from France in 2021.",
     "France", "SUPPLIES", "Egypt", "delivering"),
    ("The Egyptian Air Force received the 30 Dassault Rafale jets it ordered from France in 2021.",
     "France", "SUPPLIES", "Egypt", "delivered"),
    ("The Egyptian Air Force will receive the 30 Dassault Rafale jets it ordered from France in 2021.",
     "France", "SUPPLIES", "Egypt", "ordered"),
])
def test_received_goods_ordered_in_a_relative_clause(pipeline, text, source, type_, target, stage):
    assert _stage(pipeline, text, source, type_, target) == stage
