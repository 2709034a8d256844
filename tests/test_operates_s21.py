"""Types a force flies beside another, and the types it flies a display or a mission with (issue 10,
session 21: second types of a sentence missed, pooled over the development halves). Invented sentences
through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


@pytest.mark.parametrize("text, user, platform", [
    ("The Egyptian Air Force still flies F-16 jets alongside MiG-29 fighters.", "Egyptian Air Force", "MiG-29"),
    ("The Peruvian Air Force operates the Su-25 beside its Mirage 2000 fleet.", "Peruvian Air Force", "Mirage 2000"),
    ("The Spanish Air Force flew solo displays with the Eurofighter Typhoon.", "Spanish Air", "Typhoon"),
    ("The Hellenic Air Force flies patrol missions with its Mirage 2000 jets.", "Hellenic Air Force", "Mirage 2000"),
])
def test_a_second_type_beside_the_one_flown_is_flown_too(pipeline, text, user, platform):
    assert _has(_edges(pipeline, text), user, "OPERATES", platform, "in_service")


def test_a_force_beside_a_type_flies_nothing(pipeline):
    edges = _edges(pipeline, "The Indian Navy flies the MiG-29K alongside the French Navy in the exercise.")
    assert not _has(edges, "French Navy", "OPERATES", "MiG-29K")


def test_a_plain_with_phrase_of_a_flying_verb_is_no_second_type(pipeline):
    edges = _edges(pipeline, "The Spanish Air Force flies the Typhoon with the help of Airbus engineers.")
    assert not any(t == "OPERATES" and "Airbus" in o for _, t, o, _ in edges)


def test_goods_flying_alongside_others_name_no_user_of_them(pipeline):
    edges = _edges(pipeline, "Malaysia ordered 18 FA-50 jets from Korea. They will fly alongside the F/A-18D "
                             "Hornets.")
    assert not any(t == "OPERATES" and "Hornet" in o for _, t, o, _ in edges)
