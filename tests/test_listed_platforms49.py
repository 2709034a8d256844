"""Session 49 (operates49): platforms listed together share the holder a rule reads for one of them
(relations/passes/listed_platforms.py), where the parser splits the list; a list word that is no list (a verb, another
holder, a maker, a rival) keeps the others apart. Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-05-14")


def operated(pipeline, text: str) -> dict[tuple[str, str], str | None]:
    """(operator, platform) -> stage of every OPERATES the text states."""
    return {(s, t): d.get("stage") for (s, typ, t), d in relations_in(graph_of(pipeline, text)).items()
            if typ == "OPERATES"}


@pytest.mark.parametrize("text,holder,platforms", [
    # designations the parser reads as a symbol and a verb
    ("The Japan Air Self-Defense Force scrambled F-15J and F-35A fighters on Tuesday.",
     "Japan Air Self-Defense Force", ("F-15J", "F-35")),
    # a list whose holder the last item's "of" phrase names
    ("The task group is made up of the destroyer Xiangtan, the frigate Rizhao and the supply ship Kekexilihu of the "
     "People's Liberation Army Navy.", "People's Liberation Army Navy", ("Xiangtan", "Rizhao", "Kekexilihu")),
])
def test_listed_platforms_share_the_holder(pipeline, text, holder, platforms):
    ops = operated(pipeline, text)
    for p in platforms:
        assert (holder, p) in ops, (p, ops)


def test_listed_platform_takes_the_stage(pipeline):
    ops = operated(pipeline, "The Japan Air Self-Defense Force scrambled F-15J and F-35A fighters on Tuesday.")
    assert ops[("Japan Air Self-Defense Force", "F-15J")] == ops[("Japan Air Self-Defense Force", "F-35")]


@pytest.mark.parametrize("text,holder,platform", [
    # another state named inside the list (a demonym)
    ("The Royal Navy sent the destroyer HMS Dauntless and the French frigate FS Languedoc to the exercise.",
     "Royal Navy", "FS Languedoc"),
    # a clause of its own between the two platforms
    ("The Royal Thai Air Force flies the Gripen C, while the Vietnam People's Air Force flies the Su-30MK2.",
     "Royal Thai Air Force", "Su-30MK2"),
    # a rival set apart by its noun
    ("The Indian Air Force flies the Rafale and its rival the J-10C.", "Indian Air Force", "J-10C"),
])
def test_no_holder_across_a_break(pipeline, text, holder, platform):
    assert (holder, platform) not in operated(pipeline, text)
