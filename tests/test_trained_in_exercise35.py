"""Forces that trained in a named exercise, and the holder and guests of an exercise the parser splits
(graph/relations/families/exercise_clauses.py: trained_in_exercise, exercise_guests). Invented sentences about
other countries."""
from __future__ import annotations

from test_scope import edges


def _partic(found: set, name: str) -> set[str]:
    return {e[0] for e in found if e[1] == "PARTICIPATED_IN" and name in e[2]}


def test_trained_together_in_a_named_exercise(pipeline):
    found = edges(pipeline, "Kenya and Tanzania have trained together for years in the Lake Guardian exercise "
                  "near Mwanza.")
    assert {"Kenya", "Tanzania"} <= _partic(found, "Lake Guardian")


def test_trained_with_foreign_troops_in_an_exercise(pipeline):
    found = edges(pipeline, "Mongolia's armed forces have trained with Japanese and Canadian troops in the "
                  "Khaan Steppe exercise for a decade.")
    assert {"Japan", "Canada"} <= _partic(found, "Khaan Steppe")


def test_drilled_alongside_a_navy_during_an_exercise(pipeline):
    found = edges(pipeline, "Ecuadorian marines drilled alongside the Colombian Navy during Exercise Pacific "
                  "Lance in 2022.")
    assert {"Colombian Navy", "Ecuador"} <= _partic(found, "Pacific Lance")


def test_denied_or_hoped_training_is_no_participation(pipeline):
    found = edges(pipeline, "Ghana did not train with Nigerian troops in the Harmattan Shield exercise.")
    assert not _partic(found, "Harmattan Shield")
    found = edges(pipeline, "Officials said Laos could train in the Mekong Lotus exercise next year.")
    assert "Laos" not in _partic(found, "Mekong Lotus")


def test_training_elsewhere_is_not_the_exercise(pipeline):
    """The subject is read (the positive case below), so the place of training "in" another noun is what keeps
    the exercise out: this can fail."""
    found = edges(pipeline, "Uruguayan sailors trained in Exercise Atlantic Shield in March.")
    assert "Uruguay" in _partic(found, "Atlantic Shield")
    found = edges(pipeline, "Uruguayan sailors trained in Montevideo before Exercise Atlantic Shield began.")
    assert "Uruguay" not in _partic(found, "Atlantic Shield")


def test_a_demonym_subject_the_parser_reads_as_a_participle(pipeline):
    """ "Kenyan soldiers trained (VBN) with Ugandan troops in X": the subject is the noun the verb hangs on."""
    found = edges(pipeline, "Kenyan soldiers trained with Ugandan troops in the Lion Shield exercise.")
    assert {"Kenya", "Uganda"} <= _partic(found, "Lion Shield")
    found = edges(pipeline, "Nigerian troops trained in Exercise Obangame Express in March.")
    assert "Nigeria" in _partic(found, "Obangame Express")
    found = edges(pipeline, "Zambian paratroopers trained alongside Malawian troops in the Copper Eagle exercise.")
    assert {"Zambia", "Malawi"} <= _partic(found, "Copper Eagle")


def test_holder_and_guests_of_a_split_exercise(pipeline):
    found = edges(pipeline, "In March the Egyptian Army held its first Nile Falcon exercise there with soldiers "
                  "from Sudan.")
    assert {"Egyptian Army", "Sudan"} <= _partic(found, "Nile Falcon")


def test_a_named_exercise_in_apposition_with_guests(pipeline):
    found = edges(pipeline, "Earlier this month Moldova held a small exercise with Romanian troops, Prut Shield "
                  "2023, near Chisinau.")
    assert {"Moldova", "Romania"} <= _partic(found, "Prut Shield")



def test_a_named_force_subject_is_the_party(pipeline):
    """ "Mongolia's armed forces have trained ...": the named force took part (its state is not read from the
    possessive by this rule; another rule gives a force's state)."""
    found = edges(pipeline, "Mongolia's armed forces have trained with Japanese troops in the Khaan Steppe exercise.")
    assert {"Mongolian Armed Forces", "Japan"} <= _partic(found, "Khaan Steppe")
