"""Variants the text sets apart from their catalogue family (session 30): a designation marked by an age
word ("the newer Tejas Mk1A") or a type number that runs on from another one ("Mi-171Sh" beside "Mi-17")
is its own platform, the family's other forms stay one, and the family's node no longer carries the
variant's name. Sentences of our own."""
from __future__ import annotations

from graph.text import Document
from graph.text.metadata import from_text


def _graph(pipeline, text: str):
    return pipeline.process(Document.from_text(text, meta=from_text(text)))


def _platforms(pipeline, text: str) -> dict[str, set[str]]:
    return {d["name"]: set(d.get("aliases") or []) for _, d in _graph(pipeline, text).nodes(data=True)
            if d.get("label") == "Platform"}


def _edge(pipeline, text: str, source: str, type_: str, target: str) -> bool:
    g = _graph(pipeline, text)
    name = {n: d.get("name") for n, d in g.nodes(data=True)}
    return any(name[u] == source and d["type"] == type_ and name[v] == target for u, v, d in g.edges(data=True))


def test_newer_variant_beside_its_family_is_its_own_platform(pipeline):
    text = "Vietnam's air force flies the Tejas and has ordered twelve of the newer Tejas Mk1A from HAL."
    nodes = _platforms(pipeline, text)
    assert {"Tejas", "Tejas Mk1A"} <= set(nodes)
    assert "Tejas Mk1A" not in nodes["Tejas"]  # the family no longer answers to the variant's name


def test_older_sibling_variant_is_its_own_platform(pipeline):
    nodes = _platforms(pipeline, "Hungary flies eight older Gripen C/D jets and has ordered four Gripen E fighters.")
    assert "Gripen C/D" in nodes
    assert not {"Gripen C", "Gripen D", "Gripen C/D"} & next(a for n, a in nodes.items() if n != "Gripen C/D")


def test_earlier_model_in_an_apposition_is_its_own_platform(pipeline):
    text = "Chile retired its C-130J fleet. Its first Hercules, an earlier C-130K model, came from Britain in 1970."
    nodes = _platforms(pipeline, text)  # since session 38 the C-130J is a catalogue row of its own (its own page):
    assert len(nodes) == 2  # the earlier model is then its family's node, apart from the C-130J
    assert any(n == "C-130K" or "C-130K" in forms for n, forms in nodes.items() if "C-130J" not in n)


def test_a_type_number_run_on_from_another_is_another_platform(pipeline):
    text = "Peru's army flies Mi-17 helicopters and took delivery of two Mi-171Sh transports from Russia in May."
    nodes = _platforms(pipeline, text)
    assert "Mi-171Sh" in nodes
    family = next(a for n, a in nodes.items() if n != "Mi-171Sh")
    assert "Mi-17" in family and not any(a.startswith("Mi-171") for a in family)


def test_one_type_number_alone_stays_the_family(pipeline):
    assert len(_platforms(pipeline, "Chad received four Mi-171 helicopters; its Mi-171s joined the fleet.")) == 1


def test_age_word_on_the_only_form_splits_nothing(pipeline):
    assert len(_platforms(pipeline, "Egypt still flies older F-16C jets bought in the 1990s.")) == 1


def test_variants_named_alike_stay_one_family(pipeline):
    nodes = _platforms(pipeline, "Norway flies the F-35A. Its F-35s replaced the F-16.")
    assert "F-35" in nodes and len([n for n in nodes if n.startswith("F-35")]) == 1


def test_version_of_its_own_kind_in_an_apposition_is_its_own_platform(pipeline):
    text = "Airbus builds the H125 in Marignane and will offer the H125M, a military version, to the Thai army."
    nodes = _platforms(pipeline, text)
    assert {"H125", "H125M"} <= set(nodes) and "H125M" not in nodes["H125"]


def test_export_version_stays_the_family(pipeline):
    nodes = _platforms(pipeline, "Russia showed the Su-57 at the fair and offered the export version, the Su-57E, to Algeria.")
    assert list(nodes) == ["Su-57"]


def test_modernised_version_stays_the_family(pipeline):
    text = "Brazil flies the Northrop F-5. The F-5EM, the modernised version of the F-5 Tiger II, guards the capital."
    assert len(_platforms(pipeline, text)) == 1


def test_newer_version_noun_stays_the_family(pipeline):
    text = "Washington first meant to send the newer M1A2 version but shipped refurbished M1A1 tanks to Kyiv instead."
    assert len(_platforms(pipeline, text)) == 1


def test_older_fleet_brought_to_another_standard_stays_the_family(pipeline):
    text = "Greece ordered F-16 Block 70 jets. They join 80 older F-16A/Bs that were brought up to the F-16V standard."
    assert len(_platforms(pipeline, text)) == 1


def test_older_variant_only_weighed_stays_the_family(pipeline):
    text = "Peru has ordered Gripen E fighters and is studying whether to lease six older Gripen C/D jets meanwhile."
    assert len(_platforms(pipeline, text)) == 1


def test_a_generation_number_on_a_lettered_designation_is_another_platform(pipeline):
    nodes = _platforms(pipeline, "Belarus flies Su-30SM fighters and has ordered four Su-30SM2 jets from Irkut.")
    assert "Su-30SM2" in nodes
    family = next(a for n, a in nodes.items() if n != "Su-30SM2")
    assert "Su-30SM" in family and "Su-30SM2" not in family


def test_one_fleet_brought_to_a_later_standard_stays_one_platform(pipeline):
    text = ("The four aircraft were upgraded first to the P-3K standard and later to the P-3K2 configuration. "
            "The P-3K2 fleet retired in 2023.")
    assert len(_platforms(pipeline, text)) == 1


def test_a_described_sub_variant_of_a_named_model_stays_that_model(pipeline):
    text = ("Greece retired its Mirage 2000-5 jets. France still has 26 Mirage 2000-5F in service, a single-seat "
            "interceptor variant.")
    assert len(_platforms(pipeline, text)) == 1
