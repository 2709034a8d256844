"""Review of session 38's merged rules (review38) on invented text (tests/review38_sentences.py).

The wrong readings int38x made and int38 did not were marked xfail; the mends (mendb38, menda38's event part)
made the boats, the city fold, the protests and the landings plain tests, and the lost landing is back. mendc38 fixed
the forces firing elsewhere but a sea (pa06). The membership lists (menda38's guard cost the held-out halves
more than it saved) and pa06 stay xfail. The true readings the new rules added pass and must stay. tools/review_probe.py compares two code versions on the
whole probe set (the store's fold of one name under two labels included)."""
from __future__ import annotations

import pytest

from graph.store.fold import fold_clipped
from graph.store.same_names import fold_same_names
from tests.extracted import graph_of, relations_in
from tests.review38_sentences import PROBES

_WRONG = pytest.mark.xfail(reason="review38: a false reading session 38 added", strict=False)


def _graph(pipeline, key: str):
    _branch, published, text, _note = PROBES[key]
    return graph_of(pipeline, text, published, name="t.txt")


def _edges(pipeline, key: str) -> dict:
    return relations_in(_graph(pipeline, key))


def _has(edges: dict, source: str, type_: str, target: str) -> bool:
    return any(t == type_ and source.lower() in s.lower() and target.lower() in o.lower() for s, t, o in edges)


def _events(pipeline, key: str) -> set[str]:
    return {a["name"] for _, a in _graph(pipeline, key).nodes(data=True) if a["label"] == "Event"}


# ---- statepair38 (membership-listed) -----------------------------------------------------------------------------

@_WRONG
@pytest.mark.parametrize("key,state,bloc", [
    ("sp01", "Kazakhstan", "Collective Security"),   # "... criticised the CSTO"
    ("sp02", "Kyrgyzstan", "Collective Security"),   # "The CSTO sent troops to Kazakhstan and Kyrgyzstan"
    ("sp07", "Pakistan", "Shanghai"),                # the SCO met ... "India, China and Pakistan also traded threats"
    ("sp09", "Japan", "Quadrilateral"),              # "China warned Australia and Japan against turning the Quad ..."
    ("sp11", "Russia", "Collective Security"),       # "..., while the CSTO stayed silent"
])
def test_a_list_beside_a_bloc_states_no_membership(pipeline, key, state, bloc):
    """ANNOTATION.md: membership only known from background, not stated, is not annotated (or optional)."""
    assert not _has(_edges(pipeline, key), state, "MEMBER_OF", bloc)


# ---- supplies38 (supply goods: boat, boats) ------------------------------------------------------------------------

@pytest.mark.parametrize("key,source,target", [
    ("bo01", "Turkey", "Greece"),            # "sent boats carrying hundreds of migrants to Greece"
    ("bo05", "Norway", "Senegal"),           # "sold 40 old fishing boats to Senegal"
    ("bo07", "United Kingdom", "France"),    # "shipped boats to the Paris regatta"
    ("bo11", "Russia", "Vietnam"),           # "sold boats and nets to Vietnam's fishing fleet"
    ("bo12", "China", "Sri Lanka"),          # "donated two fishing boats to Sri Lanka"
])
def test_boats_that_are_no_arms_are_no_supply(pipeline, key, source, target):
    assert not _has(_edges(pipeline, key), source, "SUPPLIES", target)


def test_boats_given_to_a_force_are_supplied(pipeline):
    """bo09 (true, new): "Britain has given Ukraine 20 boats for river crossings"."""
    assert _has(_edges(pipeline, "bo09"), "United Kingdom", "SUPPLIES", "Ukraine")


# ---- dupjunk38 (store: one name under two labels) ------------------------------------------------------------------

def test_a_city_is_not_folded_into_the_ship_named_after_it(pipeline):
    """dj01: "The German frigate Hamburg left Wilhelmshaven ... In Hamburg, the city's mayor said": the store folds
    the uncatalogued Place into the uncatalogued Platform (LABEL_ORDER puts Place last)."""
    stored = fold_clipped(fold_same_names(_graph(pipeline, "dj01")))
    labels = {(a["label"], a["name"]) for _, a in stored.nodes(data=True)}
    assert ("Place", "Hamburg") in labels and ("Platform", "Hamburg") in labels


# ---- event38 (_described_state_events) ----------------------------------------------------------------------------

@pytest.mark.parametrize("key", [
    "ev01",   # "Kazakhstan's police dispersed protests by farmers in Astana." (2024)
    "ev02",   # "Kyrgyzstan's government blamed foreign agents for the unrest, and Kazakhstan closed the border."
    "ev09",   # "Students in Kenya staged protests against tax rises, while Kazakhstan raised fuel prices."
    "ev17",   # "Riot police in Kazakhstan broke up the protests outside the Chinese embassy." (2025)
    "ev19",   # "Kazakhstan jailed three activists who organised protests against a nuclear plant." (2025)
])
def test_other_protests_are_not_the_catalogued_unrest(pipeline, key):
    assert "2022 Kazakh unrest" not in _events(pipeline, key)


def test_the_unrest_during_which_troops_were_sent(pipeline):
    """ev10 (true, new): "Tokayev thanked the CSTO for sending troops during the unrest" (January 2022)."""
    assert "2022 Kazakh unrest" in _events(pipeline, "ev10")


# ---- partic38 (drill-user) -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("key,force", [
    ("pa01", "United States Air Force"),    # "During the Gulf War, the US Air Force flew F-15 fighters over Iraq."
    ("pa03", "Ukrainian Air Force"),        # "fired Storm Shadow missiles at Crimea overnight"
    ("pa04", "Black Sea Fleet"),            # "Russia's Black Sea Fleet fired Kalibr missiles at Odesa"
    pytest.param("pa06", "Indian Navy", marks=_WRONG),  # "... in the Arabian Sea": seas are no state's (mendc38)
    ("pa10", "Russian Aerospace Forces"),   # "In Ukraine, the Russian Air Force fired Kh-101 missiles at power plants."
    ("pa13", "United States Navy"),         # "USS Carney fired SM-2 missiles at Houthi drones in the Red Sea"
])
def test_forces_firing_elsewhere_take_no_part_in_the_exercise(pipeline, key, force):
    assert not _has(_edges(pipeline, key), force, "PARTICIPATED_IN", "exercise")


@pytest.mark.parametrize("key,force", [
    ("pa07", "Royal Danish Air Force"),   # "flew F-35 jets over the exercise area on Monday"
    ("pa08", "German Navy"),              # "The German Navy's frigate Sachsen sailed with Latvian minehunters."
])
def test_forces_using_platforms_in_the_exercise_take_part(pipeline, key, force):
    assert _has(_edges(pipeline, key), force, "PARTICIPATED_IN", "exercise")


# ---- heldin38 (exercise nouns landing, activity, sailing; a possessor's activity) ----------------------------------

@pytest.mark.parametrize("key,place", [
    ("hl01", "Riga"),          # "A Latvian Air Force C-130 made an emergency landing at Riga airport"
    ("hl03", "Ventspils"),     # "Business activity in Ventspils has slowed"
    ("hl04", "Kaliningrad"),   # "Russian naval activity near Kaliningrad has grown."
    ("hl05", "Finland"),       # "Ferry sailing between Tallinn and Helsinki was cancelled by storms."
    ("hl14", "Taiwan"),        # "Chinese activity around Taiwan also rose this week."
])
def test_other_landings_activity_and_sailing_place_no_exercise(pipeline, key, place):
    assert not _has(_edges(pipeline, key), "exercise", "HELD_IN", place)


def test_the_marines_landings_place_the_exercise(pipeline):
    """hl07: "The marines' landings at Pavilosta ...": the new possessor guard takes the exercise's own forces
    for another party (int38 had HELD_IN Pavilosta)."""
    assert _has(_edges(pipeline, "hl07"), "exercise", "HELD_IN", "Pavilosta")
