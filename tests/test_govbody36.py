"""Government bodies whose names the NER cut (session 36): at a hyphen inside the name ("National Anti-" +
"Terrorism Committee", "Whole-of-" + "Society ... Committee": mentions/fragments.py), at the "and" of a unit's
name that opens with its number ("512th Aircraft Storage" + "and Regeneration Group": mentions/body_names.py), and
Japan's three services named without "Japan" (catalogue aliases). Invented sentences; each kind with one where the
names must stay as they are."""
from __future__ import annotations

from tests.extracted import node_names as _names


# -- a name cut at a hyphen inside it ------------------------------------------------------------------
def test_fragment_ending_in_a_hyphen_opens_the_body(pipeline):
    names = _names(pipeline, "The plan was drafted by the National Anti-Terrorism Committee of Kyrgyzstan, which "
                             "met in Bishkek.")
    assert "National Anti-Terrorism Committee of Kyrgyzstan" in names
    assert "Anti-Terrorism Committee of Kyrgyzstan" not in names


def test_hyphen_run_over_a_particle_opens_the_body(pipeline):
    names = _names(pipeline, "Taiwan's Whole-of-Society Defense Resilience Committee met on Friday in Taipei.")
    assert "Whole-of-Society Defense Resilience Committee" in names
    assert "Society Defense Resilience Committee" not in names


def test_lower_case_prefix_before_a_hyphen_stays_out(pipeline):
    names = _names(pipeline, "He joined the anti-Corruption Bureau in 2019 and left it in 2021.")
    assert not any(n.lower().startswith("anti") for n in names)


def test_two_states_before_a_hyphen_stay_states(pipeline):
    assert "Chile" in _names(pipeline, "Officials of the Chile-Bolivia Joint Border Commission met in La Paz.")


# -- Japan's services without "Japan" ------------------------------------------------------------------
def test_japanese_services_named_without_japan(pipeline):
    assert "Japan Ground Self-Defense Force" in _names(
        pipeline, "Akio Sato, a former Ground Self-Defense Force officer, took over the ministry on Monday.")
    assert "Japan Maritime Self-Defense Force" in _names(
        pipeline, "The Maritime Self-Defense Force sent two destroyers to the drill.")
    assert "Japan Air Self-Defense Force" in _names(
        pipeline, "The Air Self-Defense Force scrambled fighters on Tuesday.")
    assert "Japan Air Self-Defense Force" in _names(
        pipeline, "Japan's ASDF scrambled four fighters when the bomber neared Okinawa.")


# -- a unit's number opens its name over "and" ---------------------------------------------------------
def test_numbered_group_over_and_is_one_name(pipeline):
    names = _names(pipeline, "The old bombers were towed to the 512th Aircraft Storage and Regeneration Group "
                             "in the desert.")
    assert "512th Aircraft Storage and Regeneration Group" in names
    assert "Regeneration Group" not in names


# -- a body named by two fields over "and" -------------------------------------------------------------
def test_two_fields_over_and_before_a_body_head_are_one_body(pipeline):
    assert "Weapons and Logistics Section" in _names(
        pipeline, "Lubos Hrad, director of the ministry's Weapons and Logistics Section, signed the contract.")
    assert "Harbour Defence and Patrol Flotilla" in _names(
        pipeline, "The frigates belong to the Harbour Defence and Patrol Flotilla based in Split.")


def test_two_states_over_and_stay_states(pipeline):
    names = _names(pipeline, "Russia and Belarus signed the Union State programme.")
    assert {"Russia", "Belarus"} <= set(names)


def test_two_numbered_flotillas_over_and_stay_two(pipeline):
    names = _names(pipeline, "Ships of the 2nd Patrol Flotilla and 5th Mine Countermeasures Flotilla sailed from Kiel "
                             "on Monday.")
    assert {"2nd Patrol Flotilla", "5th Mine Countermeasures Flotilla"} <= set(names)
