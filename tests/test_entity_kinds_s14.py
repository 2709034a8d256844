"""Entity kinds of session 14 (ent14), on invented sentences, each with one where the rule must not fire:
markup never reaches a name, firms named in their own language by a line of business or legal form, and
a name after "the <nationality> group" or a firm noun is a firm's."""
from __future__ import annotations

from pathlib import Path

from graph.text import read_document
from graph.text.html import html_to_text
from graph.text.markup import strip_markup
from tests.extracted import graph_of
from tests.extracted import node_labels as _labels
from tests.extracted import node_names as _names


# -- markup: escaped tags, raw tags in Markdown or text, character references --------------------------
def test_escaped_tags_leave_no_text():
    html = "<html><body><p>The frigates go to the Royal Navy of Norway.&lt;/p&gt;&lt;p&gt;Next line&lt;/p&gt;</p></body></html>"
    text = html_to_text(html)[1]
    assert "<" not in text and ">" not in text and "&lt;" not in text
    assert text.splitlines() == ["The frigates go to the Royal Navy of Norway.", "Next line"]


def test_raw_text_elements_and_references_are_decoded():
    assert html_to_text("<html><body><xmp><p>Oslo &amp; Bergen</p></xmp></body></html>")[1] == "Oslo & Bergen"
    assert strip_markup("a &amp;lt;b&amp;gt; tag") == "a  tag"  # escaped twice
    assert strip_markup("prices rose 5% as 3 < 4 and 7 > 6") == "prices rose 5% as 3 < 4 and 7 > 6"


def test_markdown_with_html_paragraphs(tmp_path: Path):
    path = tmp_path / "note.md"
    path.write_text("# Patrol boats\n\n<p>Chile will buy four patrol boats from Spain.</p>\n", encoding="utf-8")
    assert "<" not in read_document(path).text


def test_no_entity_name_holds_markup(pipeline, tmp_path: Path):
    path = tmp_path / "story.html"
    path.write_text("<html><body><article><p>Oslo signed the contract with the United Kingdom.&lt;/p&gt;</p>"
                    "<p>The Royal Norwegian Navy will take the ships in 2028.</p></article></body></html>",
                    encoding="utf-8")
    g = pipeline.process(read_document(path))
    names = [d.get("name", "") for _, d in g.nodes(data=True) if d.get("label") != "Document"]
    assert "United Kingdom" in names
    assert not any("<" in n or ">" in n or "&" in n for n in names)


# -- firms named in their own language: Turkish sector words, legal forms ------------------------------
def test_turkish_sector_words_make_a_firm(pipeline):
    labels = _labels(pipeline, "In 2019 the army sold its old tanks to Yilmaz Sanayi, a scrap dealer at Izmir.")
    assert ("Company", "Yilmaz Sanayi") in labels and ("Person", "Yilmaz Sanayi") not in labels
    labels = _labels(pipeline, "Ankara picked Kale Savunma and Ege Havacılık for the engine work.")
    assert {("Company", "Kale Savunma"), ("Company", "Ege Havacılık")} <= labels
    labels = _labels(pipeline, "The old destroyer was towed to Yildiz Denizcilik, a shipbreaker at Aliağa.")
    assert ("Company", "Yildiz Denizcilik") in labels


def test_person_stays_a_person(pipeline):
    labels = _labels(pipeline, "Ankara sent Mehmet Yilmaz, a former admiral, to the talks in Rome.")
    assert ("Person", "Mehmet Yilmaz") in labels


# -- a name after "the French group", "the engineering group", "the shipbuilder" --------------------------
def test_nationality_group_names_a_firm(pipeline):
    labels = _labels(pipeline, "The French group Vinci runs Lyon's airport under a concession and has rebuilt it.")
    assert ("Company", "Vinci") in labels and ("Place", "Vinci") not in labels
    labels = _labels(pipeline, "The Belgian engineering group Jan De Nul dredged the harbour at Mombasa.")
    assert ("Company", "Jan De Nul") in labels and ("Person", "Jan De Nul") not in labels


def test_armed_group_is_no_firm(pipeline):
    labels = _labels(pipeline, "The rebel group M23 seized Goma in January.")
    assert not any(lab == "Company" for lab, _ in labels)
    assert "Islamic State West Africa Province" in _names(
        pipeline, "Fighters from ISWAP attacked a military base near Maiduguri on Sunday.", "Organization")


# -- a day after "of" ends a body's name ----------------------------------------------------------------
def test_date_after_of_ends_a_body_name(pipeline):
    names = _names(pipeline, "The Higher Council of State Security of June 4 decided to close the border with Mali.")
    assert "Higher Council of State Security" in names
    assert not any("June" in n for n in names)


def test_body_of_a_month_named_place_keeps_its_name(pipeline):
    assert "March 23 Movement" in _names(pipeline, "Fighters of the March 23 Movement took the airport at Goma.")


# -- a diplomatic format's leaders' summit, a division of a catalogued firm ------------------------------
def test_format_leaders_summit_is_named_by_the_format(pipeline):
    g = graph_of(pipeline, "The five presidents met Biden at the first C5+1 leaders' summit in New York in "
                           "September 2023. The summit agreed a minerals dialogue.")
    events = [d for _, d in g.nodes(data=True) if d.get("label") == "Event"]
    assert any("C5+1 summit" in {d["name"], *d.get("aliases", [])} for d in events)
    assert ("Organization", "C5+1") in {(d.get("label"), d.get("name")) for _, d in g.nodes(data=True)}


def test_division_of_a_known_firm_is_the_firm(pipeline):
    labels = _labels(pipeline, "Airbus Defence and Space will build the two satellites for the Spanish army.")
    assert ("Company", "Airbus") in labels
    assert not any(n.startswith("Airbus Defence") for _, n in labels)


def test_eu_before_membership_is_the_union(pipeline):
    labels = _labels(pipeline, "Montenegro's bid for EU membership stalled again in 2024.")
    assert ("Alliance", "European Union") in labels


# -- a possessive inside a body's name ---------------------------------------------------------------------
def test_body_name_runs_into_a_known_body(pipeline):
    names = _names(pipeline, "The Standing Committee of the National People's Congress approved the law on Friday.")
    assert "Standing Committee of the National People's Congress" in names
    assert "Standing Committee of the National People" not in names


def test_possessive_inside_a_party_name(pipeline):
    labels = _labels(pipeline, "Delegates of the Lao People's Revolutionary Party met in Vientiane.")
    assert ("Organization", "Lao People's Revolutionary Party") in labels
    assert ("Organization", "Revolutionary Party") not in labels


def test_country_after_a_ministry_stays(pipeline):
    labels = _labels(pipeline, "The Ministry of Defence of the Republic of Korea signed the deal.")
    assert ("Country", "South Korea") in labels
