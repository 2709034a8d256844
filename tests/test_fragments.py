"""Fragments of names cut at punctuation (graph/mentions/fragments.py, session 17): a hyphen-glued first
word, an unclosed bracket, an approximate amount, a country word before a firm, two people joined by a
hyphen. Each kind on invented sentences, with one where the rule must leave the names as they are."""
from __future__ import annotations

from tests.extracted import node_labels as _labels
from tests.extracted import node_names as _names


# -- a name glued by a hyphen to the word before it starts at that word ------------------------------
def test_hyphen_glued_first_word_belongs_to_the_body(pipeline):
    names = _names(pipeline, "Marta Quispe, a researcher at the Andean-Pacific Policy Group, said the deal was sound.")
    assert "Andean-Pacific Policy Group" in names
    assert "Pacific Policy Group" not in names


def test_hyphen_glued_first_word_belongs_to_the_base(pipeline):
    names = _names(pipeline, "Two tankers landed at Kelso-Marrow Air Force Base in Nevada on Friday.")
    assert "Marrow Air Force Base" not in names


def test_two_states_before_a_hyphen_stay_states(pipeline):
    labels = _labels(pipeline, "Officials of the Chile-Bolivia Joint Border Commission met in La Paz.")
    assert ("Country", "Chile") in labels


# -- a bracket the name never closes -----------------------------------------------------------------
def test_unclosed_bracket_ends_the_name(pipeline):
    names = _names(pipeline, "She sat in parliament for the Sila (Strength) party until 2021, when she left politics.")
    assert not any("(" in n and ")" not in n for n in names)


# -- an approximate amount before a name ------------------------------------------------------------
def test_amount_before_a_service_is_no_part_of_its_name(pipeline):
    names = _names(pipeline, "Around 400 Canadian Army soldiers arrived at the camp on Monday.")
    assert not any(n.lower().startswith(("around", "400")) for n in names)


# -- a country's name before a firm no catalogue knows ----------------------------------------------
def test_country_word_before_a_firm_is_part_of_its_name(pipeline):
    labels = _labels(pipeline, "A jet in Chile Southern Airways colours was parked beside the hangar.")
    assert not any(n == "Southern Airways" for _, n in labels)


def test_country_possessive_before_a_firm_stays_apart(pipeline):
    names = _names(pipeline, "Chile's state shipbuilder ASMAR will refit the frigate, Chile's navy said.")
    assert "Chile" in names


# -- two people joined by a hyphen --------------------------------------------------------------------
def test_two_people_joined_by_a_hyphen_are_no_person(pipeline):
    labels = _labels(pipeline, "President Lula met Chancellor Scholz in Berlin. After the Lula-Scholz talks, both "
                               "sides promised to expand trade.")
    assert ("Person", "Lula-Scholz") not in labels


def test_double_barrelled_surname_stays_one_person(pipeline):
    labels = _labels(pipeline, "Defence Minister Ana Torres-Vidal visited the base. Torres-Vidal said the unit was ready.")
    assert any(label == "Person" and "Torres-Vidal" in n for label, n in labels)


# -- the rest of another entity's name, under another label (graph/entities/canon.py: Canon.tails) ---
def _canon(*entities):
    from graph.entities.canon import Canon
    from graph.entities.entity import Entity
    from graph.ids import make_id
    from graph.reference import load_reference

    made = {make_id(label, name): Entity(make_id(label, name), label, name) for label, name in entities}
    return sorted((e.label, e.name) for e in Canon(made, load_reference()).run().values())


def test_surname_taken_for_a_body_joins_the_person():
    assert _canon(("Person", "Helga van der Molen"), ("Organization", "Van der Molen")) == [
        ("Person", "Helga van der Molen")]
    assert _canon(("Person", "Li Wenhua"), ("Place", "Li")) == [("Person", "Li Wenhua")]


def test_ship_or_exercise_without_its_prefix_joins_it():
    assert _canon(("Platform", "BNS Karimun"), ("Place", "Karimun")) == [("Platform", "BNS Karimun")]
    assert _canon(("Event", "Exercise Sea Lynx"), ("Place", "Sea Lynx")) == [("Event", "Exercise Sea Lynx")]


def test_place_inside_a_battle_or_two_owners_stays():
    assert ("Place", "Taldyk") in _canon(("Event", "Battle of Taldyk"), ("Place", "Taldyk"))
    assert ("Place", "Molen") in _canon(("Person", "Ana Molen"), ("Person", "Piet Molen"), ("Place", "Molen"))


# -- a name cut after an initial or a name particle --------------------------------------------------
def test_name_cut_after_an_initial_goes_on(pipeline):
    names = _names(pipeline, "The jet will be shown at the museum's Maria K. Ostrowska Hall in Gdynia, Poland.")
    assert not any(n.endswith(" K.") for n in names)


def test_name_cut_after_a_particle_goes_on(pipeline):
    names = _names(pipeline, "said Tomas Ibarra, a senior fellow at the Cabo de la Vela Security Forum.")
    assert "Vela Security Forum" not in names
    assert "Cabo de la Vela Security Forum" in names


def test_full_name_with_an_initial_stays_one_person(pipeline):
    assert "Harold J. Whitmore" in _names(pipeline, "General Harold J. Whitmore visited Poland on Monday.")


# -- a name that "non-" negates names what a thing is not (session 43) -------------------------------
def test_non_prefixed_alliance_is_no_mention(pipeline):
    names = _names(pipeline, "Washington named Oman a major non-NATO ally of the United States on Tuesday.")
    assert "North Atlantic Treaty Organization" not in names and "NATO" not in names
    assert {"Oman", "United States"} <= names


def test_non_prefixed_alliance_makes_no_tie(pipeline):
    from tests.test_ties import COOP, tie, ties
    found = ties(pipeline, "Peru became a major non-NATO ally of the United States this week.")
    assert not any("North Atlantic Treaty Organization" in t for t in found)
    assert tie(COOP, "Peru", "United States") in found


def test_name_beginning_with_non_is_kept(pipeline):
    names = _names(pipeline, "Leaders of the Non-Aligned Movement met in Kampala, while NATO met in Brussels.")
    assert "Non-Aligned Movement" in names
    assert "North Atlantic Treaty Organization" in names or "NATO" in names
