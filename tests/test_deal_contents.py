"""A purchase or deployment spelled out in the next sentence ("The package includes ...", "the deployment
would include ..."): the buyer or sender of the sentence before operates the platforms listed
(graph/relations/families/contents.py). Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


@pytest.mark.parametrize(("text", "holder", "platform"), [
    ("Romania signed a deal worth 7 billion dollars with the United States on Tuesday. "
     "The package includes 32 F-35A jets and their engines.", "Romania", "F-35"),
    ("Spain has ordered new transport aircraft from Airbus. "
     "The contract covers ten A400M transports and six C295 patrol aircraft.", "Spain", "C295"),
    ("The United Kingdom said this week it would send about 20,000 troops to the exercise. Defence Secretary "
     "Grant Shapps said the deployment would include F-35B jets and Eurofighter Typhoons.", "United Kingdom", "Typhoon"),
])
def test_the_buyer_or_sender_before_operates_what_the_deal_includes(pipeline, text, holder, platform):
    assert _has(_edges(pipeline, text), holder, "OPERATES", platform)


@pytest.mark.parametrize(("text", "wrong", "platform"), [
    # a sender "to" a state gives the goods away
    ("Germany sent more arms to Norway in May. The package includes Leopard 2 tanks and IRIS-T launchers.",
     "Germany", "Leopard"),
    # a seller is no buyer
    ("Lockheed Martin signed a contract with Poland on Monday. The package includes 32 F-35A jets.",
     "Lockheed Martin", "F-35"),
    # two buyers: which one is not said
    ("Norway and Denmark ordered new tanks last year. The deal includes 54 K9 howitzers.", "Norway", "K9"),
    # no deal described: "the report" includes nothing bought
    ("Greece bought new frigates in 2022. The report includes the Rafale among its options.", "Greece", "Rafale"),
])
def test_no_holder_where_the_sentence_before_names_no_single_taker(pipeline, text, wrong, platform):
    assert not _has(_edges(pipeline, text), wrong, "OPERATES", platform)


def test_the_state_given_to_operates_what_the_package_includes(pipeline):
    edges = _edges(pipeline, "Germany sent more arms to Norway in May. The package includes Leopard 2 tanks.")
    assert _has(edges, "Norway", "OPERATES", "Leopard")


def test_what_a_state_sends_of_its_own_forces_is_in_service(pipeline):
    edges = _edges(pipeline, "The United Kingdom said it would send 20,000 troops to the exercise. The deployment "
                             "would include F-35B jets and Eurofighter Typhoons.")
    assert _has(edges, "United Kingdom", "OPERATES", "Typhoon", "in_service")
