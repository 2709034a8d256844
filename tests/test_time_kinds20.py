"""Time, session 20: a deal's date dates the facts that rest on it ("were ordered under a 2016
agreement", "bought from France under a deal signed in 2016"); a deal's stated length gives an interval
("a ten-year agreement signed in 2019"); deliveries and orders ten years or more before publication are
in service; aid announced ("announced that it would send") is planned. Invented sentences."""
from __future__ import annotations

from tests.extracted import graph_of, relations_in

PUB = "2025-03-12"


def _rels(pipeline, text: str, published: str = PUB) -> dict:
    return relations_in(graph_of(pipeline, text, published))


def _find(rels: dict, source: str, type_: str, target: str) -> dict | None:
    return next((d for (s, t, o), d in rels.items()
                 if t == type_ and source.lower() in s.lower() and target.lower() in o.lower()), None)


def _whens(d: dict | None) -> list:
    return [i.get("when") for i in (d or {}).get("evidence", [])]


def test_a_past_order_under_a_dated_agreement_takes_its_year(pipeline):
    rels = _rels(pipeline, "The two Talwar-class frigates were ordered by India under a 2016 agreement with Russia.")
    assert "2016" in _whens(_find(rels, "India", "OPERATES", "frigate"))


def test_a_purchase_under_a_deal_signed_in_a_year(pipeline):
    text = "The Hellenic Air Force flies 24 Rafales bought from France under a deal signed in 2018."
    rels = _rels(pipeline, text)
    assert any(w and w.startswith("2018") for w in _whens(_find(rels, "France", "SUPPLIES", "Gree")))


def test_a_fact_under_way_keeps_the_news_time(pipeline):
    text = "Under the contract signed in January 2021, Greece is buying 18 Rafales from France."
    rels = _rels(pipeline, text)
    assert "2021-01" not in _whens(_find(rels, "Greece", "OPERATES", "Rafale"))


def test_a_delivery_of_its_own_date_keeps_it(pipeline):
    text = "Russia delivered the S-400 systems to India in 2022 under a contract signed in 2018."
    rels = _rels(pipeline, text)
    assert "2022" in _whens(_find(rels, "Russia", "SUPPLIES", "India"))


def test_a_term_length_gives_an_interval(pipeline):
    rels = _rels(pipeline, "In 2021 Pakistan signed a five-year contract with Turkey for Bayraktar TB2 drones.")
    assert "2021/2026" in _whens(_find(rels, "Turkey", "SUPPLIES", "Pakistan"))
    rels = _rels(pipeline, "Peru signed a ten-year agreement with South Korea in 2019 for two frigates.")
    assert "2019/2029" in _whens(_find(rels, "South Korea", "SUPPLIES", "Peru"))


def test_a_term_started_by_a_clause_on_the_deal(pipeline):
    text = "South Korea supplied Peru with two frigates under a ten-year lease that began in 2019."
    assert "2019/2029" in _whens(_find(_rels(pipeline, text), "South Korea", "SUPPLIES", "Peru"))


def test_no_term_without_a_length(pipeline):
    rels = _rels(pipeline, "In 2021 Pakistan signed a contract with Turkey for Bayraktar TB2 drones.")
    assert _whens(_find(rels, "Turkey", "SUPPLIES", "Pakistan")) == ["2021"]


def test_an_old_delivery_is_in_service(pipeline):
    rels = _rels(pipeline, "Peru received eight MiG-29s from Russia in 1997.")
    assert (_find(rels, "Peru", "OPERATES", "MiG-29") or {}).get("stage") == "in_service"
    assert (_find(rels, "Russia", "SUPPLIES", "Peru") or {}).get("stage") == "delivered"


def test_a_recent_delivery_stays_delivered(pipeline):
    text = "Peru received eight MiG-29s from Russia in 2022."
    rels = _rels(pipeline, text)
    assert (_find(rels, "Peru", "OPERATES", "MiG-29") or {}).get("stage") == "delivered"


def test_an_old_order_has_come(pipeline):
    text = "Chile ordered ten F-16s from Lockheed Martin in 2002, and the fleet is due to be replaced."
    rels = _rels(pipeline, text)
    assert (_find(rels, "Chile", "OPERATES", "F-16") or {}).get("stage") == "in_service"
    assert (_find(rels, "Lockheed", "SUPPLIES", "Chile") or {}).get("stage") == "delivered"


def test_announced_aid_is_planned(pipeline):
    rels = _rels(pipeline, "Spain announced that it would send Leopard 2 tanks to Ukraine.")
    assert (_find(rels, "Spain", "SUPPLIES", "Ukraine") or {}).get("stage") == "planned"
    rels = _rels(pipeline, "Norway pledged to deliver NASAMS air defence systems to Ukraine.")
    assert (_find(rels, "Norway", "SUPPLIES", "Ukraine") or {}).get("stage") == "planned"


def test_a_contractors_future_delivery_stays_ordered(pipeline):
    rels = _rels(pipeline, "Lockheed Martin will deliver the first F-35s to Poland in 2026.")
    assert (_find(rels, "Lockheed", "SUPPLIES", "Poland") or {}).get("stage") == "ordered"


def test_a_shared_subject_takes_the_time_of_its_own_conjunct(pipeline):
    text = ("Chile signed with Spain in 2021 for six frigates and agreed this year to buy four Embraer C-390 "
            "airlifters from Brazil.")
    rels = _rels(pipeline, text)
    assert "2025" in _whens(_find(rels, "Brazil", "SUPPLIES", "Chile"))
    assert "2021" in _whens(_find(rels, "Spain", "SUPPLIES", "Chile"))


def test_a_purchase_under_the_deal_a_sentence_before_signed(pipeline):
    text = ("Brazil signed the contract with Sweden in 2014. It was revised in 2019 after a long dispute. "
            "Brazil bought 36 Gripen jets from Saab under the contract.")
    rels = _rels(pipeline, text)
    assert _whens(_find(rels, "Saab", "SUPPLIES", "Brazil")) == ["2014"]

