"""Designation-shaped names the catalogue lacks, read as equipment where they are the object of a verb of flying,
fielding, buying or making (graph/mentions/designations.py object_of_goods_verb, verbs in lexicon.yaml
``designation_object_verbs``): the NER often labels such a code ORG or PERSON. Invented sentences, with ones
where the verb or the head noun makes no equipment of the code; and plain-word catalogue names (Typhoon) in
the same slots or described by such a participle with its agent (the Eurofighter offered by Airbus)."""
from __future__ import annotations

from tests.extracted import node_labels as _labels


def _platforms(pipeline, text: str) -> set[str]:
    return {name for label, name in _labels(pipeline, text) if label == "Platform"}


def test_the_object_of_a_verb_of_fielding_offering_or_making(pipeline):
    assert "K10" in _platforms(pipeline, "The Peruvian army will field the K10 alongside its new guns.")
    assert "ST1-BR" in _platforms(pipeline, "Norinco offered the ST1-BR to the Peruvian army.")
    assert "M1E3" in _platforms(pipeline, "The US Army will build the M1E3 in Lima, Ohio.")


def test_the_passive_subject_of_a_verb_of_buying(pipeline):
    assert "XR-200" in _platforms(pipeline, "The XR-200 was bought by the Estonian army.")


def test_a_verb_of_deals_or_a_head_that_is_no_equipment_makes_no_platform(pipeline):
    assert "XR-200" not in _platforms(pipeline, "The council approved the XR-200 last week.")
    assert not {p for p in _platforms(pipeline, "The firm bought the ZX-40 programme from its rival.")
                if "ZX-40" in p}


def test_an_example_given_of_equipment(pipeline):
    assert "K10" in _platforms(pipeline, "Hanwha also sells support vehicles such as the K10 ammunition resupply "
                                         "vehicle to Egypt.")
    assert "ZX-40" in _platforms(pipeline, "The army bought drones like the ZX-40 from a Turkish firm.")


def test_an_example_of_no_equipment_makes_no_platform(pipeline):
    assert not {p for p in _platforms(pipeline, "The agency funds programmes like the GX-7 study.") if "GX-7" in p}
    assert not {p for p in _platforms(pipeline, "She served as the ZX-40 programme's chief engineer.")
                if "ZX-40" in p}


def test_a_catalogue_word_as_the_object_of_a_verb_of_buying_or_made_by_an_agent(pipeline):
    assert "Eurofighter Typhoon" in _platforms(pipeline, "Oman ordered the Typhoon in 2012.")
    assert "Eurofighter Typhoon" in _platforms(pipeline, "The contest pitted the F-35A against the Eurofighter "
                                                         "offered by Airbus.")


def test_a_catalogue_word_in_no_such_slot_is_no_equipment(pipeline):
    assert not _platforms(pipeline, "The Typhoon hit the coast of Luzon on Monday.")
