"""Past holders of an office, chiefs of a General Staff and secretaries of a security council (issue 10, ANNOTATION.md "a former minister" -> the same relation, bounded by
its end): "former president X" LEADS the state, and "President X ... his predecessor, Y" has Y lead what X
leads; invented sentences about other countries."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import text_edges

edges = partial(text_edges, published="2024-05-02")


@pytest.mark.parametrize("text,expected,absent", [
    ("Ghana's economy grew fast when former president John Kufuor was in office.",
     {("John Kufuor", "LEADS", "Ghana")}, {("John Kufuor", "AFFILIATED_WITH", "Ghana")}),
    ("President Hakainde Hichilema of Zambia has dismissed the army commanders he inherited from his "
     "predecessor, Edgar Lungu, with immediate effect.",
     {("Hakainde Hichilema", "LEADS", "Zambia"), ("Edgar Lungu", "LEADS", "Zambia")}, set()),
    # "his" may point at another person named before it: no predecessor then
    ("President Hakainde Hichilema of Zambia met Chief Justice Mumba Malila, who had clashed with his "
     "predecessor, Irene Mambilima.", {("Hakainde Hichilema", "LEADS", "Zambia")},
     {("Irene Mambilima", "LEADS", "Zambia")}),
])
def test_former_holders(pipeline, text, expected, absent):
    found = edges(pipeline, text)
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text,expected,absent", [
    # the chief of a catalogued General Staff leads it (government_bodies_world.csv)
    ("Poland's Chief of the General Staff, General Wiesław Kukuła, visited the troops in Orzysz.",
     {("Wiesław Kukuła", "LEADS", "General Staff of the Polish Armed Forces")}, set()),
    # the body is the article's state's, not the state a sentence names as a place
    ("Poland will spend more on its army, the Polish government said. General Wiesław Kukuła remains chief of "
     "the General Staff and oversees the training of soldiers from Ukraine.",
     {("Wiesław Kukuła", "LEADS", "General Staff of the Polish Armed Forces")},
     {("Wiesław Kukuła", "LEADS", "General Staff of the Armed Forces of Ukraine")}),
])
def test_general_staff(pipeline, text, expected, absent):
    found = edges(pipeline, text)
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text,expected,absent", [
    # a state's security council is run by its secretary (SECRETARY_LED), who also serves in it
    ("Tigran Avetisyan, secretary of Armenia's Security Council, said on Monday that talks would resume.",
     {("Tigran Avetisyan", "LEADS", "Security Council of Armenia"),
      ("Tigran Avetisyan", "AFFILIATED_WITH", "Security Council of Armenia")}, set()),
])
def test_security_council_secretary(pipeline, text, expected, absent):
    found = edges(pipeline, text)
    assert expected <= found, found
    assert not absent & found, found


def test_ousted_head_stays_affiliated(pipeline):
    found = edges(pipeline, "Mali's junta refused to free the ousted president, Ibrahim Keita, despite pressure.")
    assert ("Ibrahim Keita", "AFFILIATED_WITH", "Mali") in found, found
    assert ("Ibrahim Keita", "LEADS", "Mali") not in found, found
