"""Entity kinds of session 20 (issue 10, junk and duplicates), each shown on invented sentences with one
where the rule must not fire: ranks and decorations are no bodies, "the X group" is a firm's group, a
firm's short name is the firm, a list of regions gives one region per name."""
from __future__ import annotations

from graph.entities.entity import Entity
from graph.entities.short_firms import fold_short_firms
from graph.mentions.honours import honour
from graph.mentions.mention import Mention
from tests.extracted import node_labels as _labels


# -- ranks and decorations ---------------------------------------------------------------------------
def test_rank_phrases_are_no_bodies(pipeline):
    labels = _labels(pipeline, "The flypast was led by Wing Commander Tomas Brandt, and a ground party was "
                               "commanded by Squadron Leader Ines Morel.")
    assert not any(lab in {"Organization", "GovernmentBody", "Company"} for lab, _ in labels)
    assert ("Person", "Ines Morel") in labels


def test_decorations_are_no_bodies(pipeline):
    labels = _labels(pipeline, "The president awarded the admiral the Grand Cross of the Legion of Honour and "
                               "the Order of Glory at a ceremony in Lyon.")
    names = {n for _, n in labels}
    assert not names & {"Grand Cross", "Legion of Honour", "Order of Glory"}


def test_a_relief_organisation_named_like_a_decoration_stays():
    assert not honour("Red Cross") and not honour("the Order of Malta") and honour("the Distinguished Service Medal")


# -- firms: "the X group", short names ---------------------------------------------------------------
def test_a_lower_case_group_after_a_name_is_the_firm_group(pipeline):
    labels = _labels(pipeline, "The shipyard is owned by the tycoon Arvid Lund's Norrvik group, which also "
                               "builds trucks.")
    assert ("Company", "Norrvik Group") in labels


def test_an_armed_group_stays_no_firm(pipeline):
    labels = _labels(pipeline, "Villages were raided by the militant Kestrel Front group last week.")
    assert ("Company", "Kestrel Front Group") not in labels


def test_a_firms_short_name_is_the_firm(pipeline):
    labels = _labels(pipeline, "Valdoria Aerospace won the contract for twelve drones. Valdoria said the first "
                               "would fly next year.")
    assert ("Company", "Valdoria Aerospace") in labels
    assert not any(n == "Valdoria" for _, n in labels)


def test_a_subsidiary_named_after_its_parent_by_its_last_word(pipeline):
    labels = _labels(pipeline, "Italy's Leonardo said its unit Leonardo DRS will buy the radar maker. DRS "
                               "expects the deal to close in March.")
    assert ("Company", "Leonardo DRS") in labels and not any(n == "DRS" for _, n in labels)


# -- region lists ------------------------------------------------------------------------------------
def test_a_list_of_regions_gives_one_region_per_name(pipeline):
    labels = _labels(pipeline, "Drones struck airfields in the Belgorod, Kursk and Amur regions overnight.")
    assert {("Place", "Belgorod Oblast"), ("Place", "Kursk Oblast"), ("Place", "Amur Oblast")} <= labels


def test_a_list_of_broad_regions_is_left_alone(pipeline):
    labels = _labels(pipeline, "The fleet patrols the Atlantic and Pacific regions.")
    assert not any(n.endswith("Oblast") for _, n in labels)


# -- named units ---------------------------------------------------------------------------------------
def test_a_place_before_a_unit_head_is_the_unit(pipeline):
    labels = _labels(pipeline, "The army sent a company of the Kerala Regiment to the exercise.")
    assert ("GovernmentBody", "Kerala Regiment") in labels and ("Place", "Kerala") not in labels


def test_a_named_unit_read_as_an_organisation_is_a_body(pipeline):
    labels = _labels(pipeline, "The parade was led by the band of the Rajputana Rifles on Friday.")
    assert ("GovernmentBody", "Rajputana Rifles") in labels
    assert ("Organization", "Rajputana Rifles") not in labels


def test_a_place_without_a_unit_head_stays_a_place(pipeline):
    labels = _labels(pipeline, "The army sent a company to Kerala for the exercise.")
    assert ("Place", "Kerala") in labels



def test_rank_and_title_words_before_a_name():
    from graph.mentions.honours import rank_words

    assert rank_words("Specialist Dana Ruiz") == 1 and rank_words("Air Chief Marshal Ravi Nair") == 3
    assert rank_words("National Security Adviser Tom Hale") == 3 and rank_words("Kestrel Systems") == 0
    assert honour("National Security Adviser") and not honour("National Security Council")


# -- institutions named in another language ------------------------------------------------------------
def test_a_foreign_institute_is_one_organisation(pipeline):
    labels = _labels(pipeline, "Marco Bellini, an analyst at the Istituto Adriatico di Studi Strategici in "
                               "Trieste, said the talks would fail.")
    assert ("Organization", "Istituto Adriatico di Studi Strategici") in labels


def test_two_foreign_institutes_in_a_list_stay_two(pipeline):
    labels = _labels(pipeline, "Researchers at the Fundación Meridiano para la Seguridad and the Centro Studi "
                               "Alpini disagreed.")
    assert ("Organization", "Fundación Meridiano para la Seguridad") in labels
    assert ("Organization", "Centro Studi Alpini") in labels


def test_a_firm_named_like_a_rank_stays_a_firm(pipeline):
    labels = _labels(pipeline, "General Atomics Global Corporation and General Motors bid for the contract.")
    assert not any(lab == "Person" for lab, _ in labels)


def test_a_place_ending_a_title_is_no_entity(pipeline):
    labels = _labels(pipeline, "The alliance's Supreme Allied Commander Europe, General Tomas Varga, visited "
                               "the base on Monday.")
    assert not any(n == "Europe" for _, n in labels) and ("Person", "Tomas Varga") in labels



def test_a_short_name_of_a_firm_folded_in_turn_goes_where_that_firm_went():
    # "Dravo KM" folds into "Dravo KM Group", and "KM" (last word; "Dravo" is a firm of the text) into
    # "Dravo KM", processed first: KM must follow it (session 37: its mention was left pointing at the
    # folded firm and the relation rules failed on it with a KeyError)
    entities = {}
    for i, (label, name) in enumerate([("Company", "Dravo KM Group"), ("Company", "Dravo KM"),
                                       ("Company", "Dravo"), ("Place", "KM")]):
        e = Entity(id=f"{label.lower()}:{i}", label=label, name=name)
        e.add(Mention(i, i + 1, i, i + 1, name, label, "ner"))
        entities[e.id] = e
    fold_short_firms(entities)
    assert all(m.entity in entities for e in entities.values() for m in e.mentions)
    assert {m.text for m in entities["company:0"].mentions} == {"Dravo KM Group", "Dravo KM", "KM"}
