"""A dated spell is told as ended only by an end verb of its own (review of session 33): the spell is the verb's
subject or object, the verb neither negated nor under an infinitive or a threat; "a week into the blockade" and
"during the blockade" tell it running. Sentences written for these tests."""
from __future__ import annotations

from graph.text.year_evidence import spells_told


def _ended(text: str) -> dict[str, bool]:
    return {s.name: ended for s, ended in spells_told(text)}


def test_an_end_verb_with_another_object_ends_no_spell():
    assert _ended("Saudi Arabia on Monday closed its only land border with Qatar, a week into the blockade of Qatar."
                  ) == {"Qatar diplomatic crisis": False}
    assert _ended("During the blockade of Qatar, Saudi Arabia closed its airspace to Qatari jets."
                  ) == {"Qatar diplomatic crisis": False}
    assert _ended("Amid the embargo on Qatar, Bahrain closed two ports.") == {"Qatar diplomatic crisis": False}


def test_a_negated_threatened_or_planned_end_ends_no_spell():
    assert _ended("Russia on Monday again threatened to quit the Black Sea grain deal.") == {
        "Black Sea Grain Initiative": False}
    assert _ended("Russia has not quit the Black Sea Grain Initiative, its envoy said.") == {
        "Black Sea Grain Initiative": False}
    assert _ended("Moscow hasn't quit the grain deal with Ukraine yet.") == {"Black Sea Grain Initiative": False}


def test_the_spell_as_object_or_subject_of_the_end_verb_is_ended():
    assert _ended("Egypt and the Gulf states lifted their blockade of Qatar in a summit at Al-Ula.") == {
        "Qatar diplomatic crisis": True}
    assert _ended("Trade resumed after the blockade of Qatar was lifted.") == {"Qatar diplomatic crisis": True}
    assert _ended("Wheat prices rose when the Black Sea grain deal collapsed.") == {"Black Sea Grain Initiative": True}
    assert _ended("Moscow withdrew from the Black Sea Grain Initiative and struck Odesa.") == {
        "Black Sea Grain Initiative": True}
