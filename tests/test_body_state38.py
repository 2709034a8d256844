"""The state of a bare body (session 38, govbodyb38; entities/resolve.py): the state the text ties it to rather
than the article's most present one. A capitalised bare service ("the Army") is the one state's service the
article has named ("the Australian Army"), as a lower-case one already was; a noun of a state's adjective a body
hangs from by "of" ("the Saudi minister of the National Guard") gives its state; a "Department of Defence"
written in a spelling the catalogue's American department never uses is the department of the article's state
that is catalogued so; a bare form of common nouns ("the Defence Forces") is kept as a name with its state in
brackets ("Defence Forces (Ireland)"). A body named only as a modifier of another noun ("US Army helicopters") is no antecedent
of a capitalised bare service. Invented sentences; each with one that must not move."""
from __future__ import annotations

from tests.extracted import graph_of, node_names

DAY = "2025-03-04"


def bodies(pipeline, text: str) -> set[str]:
    return node_names(pipeline, text, "GovernmentBody", published=DAY)


US_LED = ("First US-built patrol drones reach Perth\n\n"
          "The first two of twelve MQ-9B drones bought for the Australian Army have landed in Perth, the Department "
          "of Defence said on Friday, after a ferry flight from the United States. The United States approved the "
          "sale last year, and a United States Air Force crew flew them across the Pacific. The Army will base them "
          "in Darwin.")


def test_a_capitalised_bare_service_is_the_one_named_before(pipeline):
    found = bodies(pipeline, US_LED)
    assert "Australian Army" in found
    assert "United States Army" not in found


def test_department_of_defence_in_british_spelling_is_the_article_states(pipeline):
    found = bodies(pipeline, US_LED)
    assert "Department of Defence of Australia" in found
    assert "United States Department of Defense" not in found


def test_department_of_defense_in_american_spelling_stays_american(pipeline):
    text = ("The United States approved the sale of twelve MQ-9B drones to Australia on Friday, the Department of "
            "Defense said. The United States Air Force will train the crews.")
    assert "United States Department of Defense" in bodies(pipeline, text)


def test_a_states_adjective_on_the_title_gives_the_bodys_state(pipeline):
    text = ("South Korea agreed to sell air-defence batteries to Saudi Arabia, Seoul said on Monday. South Korea's "
            "defence minister also met the Saudi minister of the National Guard to discuss training.")
    found = bodies(pipeline, text)
    assert "Saudi Arabian National Guard" in found
    assert "South Korean National Guard" not in found


def test_a_service_named_as_a_modifier_is_no_antecedent(pipeline):
    text = ("Canberra hosts the region's biggest air show\n\nAustralia opened its largest air show in Melbourne on "
            "Tuesday. Visitors can walk past US Army CH-47 Chinook helicopters in the static park. The Army's choice of "
            "a new reconnaissance helicopter was the talk of the first day.")
    assert "Australian Army" in bodies(pipeline, text)


def _aliases(pipeline, text: str, name: str) -> set[str]:
    graph = graph_of(pipeline, text, DAY)
    return {a for _, d in graph.nodes(data=True) if d.get("name") == name for a in d.get("aliases", [])}


def test_a_bare_generic_form_is_kept_with_its_state(pipeline):
    text = ("Ireland will send more peacekeepers to Lebanon, the government in Dublin said on Monday. The Defence "
            "Forces are short of people and ships, the minister admitted.")
    aliases = _aliases(pipeline, text, "Irish Defence Forces")
    assert "Defence Forces (Ireland)" in aliases
    assert "Defence Forces" not in aliases  # the bare form stays no name of a store holding every state's


def test_a_bare_form_with_a_proper_word_gains_no_bracket(pipeline):
    text = "Ireland will send more peacekeepers to Lebanon, the Irish Defence Forces said on Monday."
    assert not any("(" in a for a in _aliases(pipeline, text, "Irish Defence Forces") if a.startswith("Irish"))
