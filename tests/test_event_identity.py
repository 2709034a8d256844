"""An event's identity across its mentions in one document (one node for "the 12th X Summit" and "the
March summit"), its name (an ordinal or a name given by "called" is kept as it is), when a ceremony is
an event at all, and the participants and hosts read off an event's description."""
from __future__ import annotations

from tests.extracted import events_in as events_of
from tests.extracted import graph_maker
from tests.extracted import relations_in as edges_of

graph_of = graph_maker("2023-11-23")

PUBLISHED = "2026-03-16"  # a Monday


def test_month_before_the_event_noun_is_the_named_summit(pipeline):
    g = graph_of(pipeline, "Ministers met on Sunday at the opening of the 12th Andean Security Summit in Quito. "
                           "In January the members had agreed that the treaty would be signed at the March summit. "
                           "Peru and Chile attended the summit.", PUBLISHED)
    events = events_of(g)
    assert "March summit" not in events, events
    summits = [n for n in events if "Summit" in n]
    assert summits == ["12th Andean Security Summit"], events  # an ordinal edition gets no year
    assert events[summits[0]].get("date", "").startswith("2026-03"), events[summits[0]]


def test_the_headline_edition_of_a_series_is_the_articles(pipeline):
    text = ("Malabar 2023 ends off Sydney\n\n"
            "The annual Malabar exercise of the navies of India, Japan, Australia and the United States wrapped "
            "up on Friday after eleven days of drills off Sydney. The exercise tested anti-submarine warfare. "
            "Planning for Malabar 2024 began within hours of the closing.")
    events = events_of(graph_of(pipeline, text, "2023-08-21"))
    main = next(n for n, a in events.items() if "drills" in a.get("aliases", []) or "exercise" in a.get("aliases", []))
    assert "2023" in main, events


def test_a_signing_ceremony_is_an_event_of_its_own(pipeline):
    text = ("Peru signs deal for 24 fighter jets\n\n"
            "Peru signed a contract on Monday for 24 fighter jets, its defence minister said. "
            "The signing took place at the Las Palmas air base in Lima. "
            "Defence Minister Julio Ramos and the Swedish ambassador, Anna Berg, signed the papers at the ceremony.")
    g = graph_of(pipeline, text, PUBLISHED)
    events = events_of(g)
    signing = [n for n, a in events.items() if "signing ceremony" in a.get("aliases", []) or n.startswith("signing ceremony")]
    assert len(signing) == 1, events
    assert "signing" in events[signing[0]].get("aliases", []), events
    for person in ("Julio Ramos", "Anna Berg"):
        assert (person, "PARTICIPATED_IN", signing[0]) in edges_of(g), sorted(edges_of(g))


def test_a_ceremony_its_witnesses_attended_carries_the_signing_noun(pipeline):
    text = ("Peru signs deal for 24 fighter jets\n\n"
            "Peru signed a contract on Monday for 24 fighter jets, its defence minister said. "
            "The signing took place at the Las Palmas air base in Lima. "
            "Defence Minister Julio Ramos and the Swedish ambassador, Anna Berg, signed the papers at the ceremony, "
            "which President Elena Soto attended.")
    g = graph_of(pipeline, text, PUBLISHED)
    events = events_of(g)
    signing = [n for n, a in events.items() if "ceremony" in a.get("aliases", [])]
    assert len(signing) == 1, events
    assert {"ceremony", "signing"} <= set(events[signing[0]]["aliases"]), events
    assert events[signing[0]].get("date") == "2026-03-16", events
    edges = edges_of(g)
    for person in ("Julio Ramos", "Anna Berg", "Elena Soto"):
        assert (person, "PARTICIPATED_IN", signing[0]) in edges, sorted(e for e in edges if e[2] == signing[0])


def test_a_ceremony_with_its_own_purpose_stays(pipeline):
    text = ("Peru signs deal for 24 fighter jets\n\n"
            "Peru signed a contract on Monday for 24 fighter jets, its defence minister said. "
            "The signing took place during the ceremony marking the 75th anniversary of the Peruvian Air Force. "
            "The ambassador of Sweden spoke at the ceremony.")
    events = events_of(graph_of(pipeline, text, PUBLISHED))
    assert any("ceremony" in n or "ceremony" in a.get("aliases", []) for n, a in events.items()), events


def test_a_ceremony_where_a_named_type_was_bought_is_no_event(pipeline):
    text = ("Chile signs for twelve F-16 fighters\n\n"
            "Chile signed a contract with Lockheed Martin on Monday for twelve F-16 fighters, its defence ministry said. "
            "The signing took place at the El Bosque air base in Santiago. "
            "Defence Minister Marta Rojas signed the papers at the ceremony.")
    g = graph_of(pipeline, text, PUBLISHED)
    events = events_of(g)
    assert not any("ceremony" in n or "ceremony" in a.get("aliases", []) for n, a in events.items()), events
    assert not any(t == "PARTICIPATED_IN" for (_, t, _) in edges_of(g)), sorted(edges_of(g))


def test_a_ceremony_where_an_accord_was_signed_stays_an_event(pipeline):
    text = ("Chile and Peru sign a maritime accord\n\n"
            "Chile and Peru signed a maritime security agreement on Monday, their foreign ministers said. "
            "The signing took place at the presidential palace in Lima. "
            "Foreign Minister Marta Rojas signed the papers at the ceremony.")
    events = events_of(graph_of(pipeline, text, PUBLISHED))
    assert any("ceremony" in n or "ceremony" in a.get("aliases", []) for n, a in events.items()), events


def test_contingents_that_formed_part_and_forces_an_exercise_is_of(pipeline):
    text = ("Steppe Shield-2026 ends\n\n"
            "Steppe Shield-2026, the joint exercise of the Kazakh and Uzbek armed forces, ended on Friday. "
            "The ministry said contingents from Mongolia, Tajikistan and Armenia formed part of a combined grouping.")
    g = graph_of(pipeline, text, PUBLISHED)
    edges = edges_of(g)
    event = next(n for n in events_of(g) if n.startswith("Steppe Shield"))
    for state in ("Kazakhstan", "Uzbekistan", "Mongolia", "Tajikistan", "Armenia"):
        assert (state, "PARTICIPATED_IN", event) in edges, (state, sorted(e for e in edges if e[1] == "PARTICIPATED_IN"))


def test_a_chair_of_another_year_hosts_nothing_and_whose_country_is_the_hosts(pipeline):
    text = ("Leaders of the Association of Southeast Asian Nations opened the 50th ASEAN Summit in Manila on "
            "Sunday. The host, Philippine President Maria Santos, whose country holds the rotating chair this "
            "year, welcomed the leaders. In 2024, under Laos's chairmanship, the leaders agreed on a roadmap.")
    g = graph_of(pipeline, text, PUBLISHED)
    edges = edges_of(g)
    summit = next(n for n in events_of(g) if "Summit" in n)
    assert (summit, "HOSTED_BY", "Philippines") in edges, sorted(e for e in edges if e[1] == "HOSTED_BY")
    assert (summit, "HOSTED_BY", "Laos") not in edges


def test_a_name_given_by_called_names_the_event(pipeline):
    text = ("Navies drill off Mombasa\n\n"
            "The navies of Kenya and Tanzania began a naval exercise off Mombasa on Friday. "
            "The ten-day drill, called Blue Tide III, runs until March 23.")
    events = events_of(graph_of(pipeline, text, PUBLISHED))
    assert "Blue Tide III" in events, events  # a Roman-numbered edition gets no year
    assert "drill" in events["Blue Tide III"].get("aliases", []), events


def test_exercise_with_forces_and_a_ship_sent_to_it(pipeline):
    text = ("Steppe Shield-2026 closes\n\n"
            "Steppe Shield-2026, the annual exercise of the Kenyan and Tanzanian militaries, ended on Friday. "
            "The Italian Navy sent a ship to a maritime exercise with the Kenya Navy. "
            "Italy opened an embassy in Nairobi in 1961.")
    g = graph_of(pipeline, text, PUBLISHED)
    edges = edges_of(g)
    event = next(n for n in events_of(g) if n.startswith("Steppe Shield"))
    for actor in ("Kenya", "Tanzania", "Italian Navy", "Kenya Navy", "Italy"):  # the navy's state too
        assert (actor, "PARTICIPATED_IN", event) in edges, (actor, sorted(e for e in edges if e[1] == "PARTICIPATED_IN"))


def test_a_section_heading_and_a_represented_person_attend_nothing(pipeline):
    text = ("Steppe Shield-2026 closes\n\n"
            "Steppe Shield-2026, the annual exercise of the Kenyan and Tanzanian militaries, ended on Friday. "
            "The exercise opened at Manda Bay, where General Ann Otieno stood alongside Paul Marsh, the deputy "
            "head of the US embassy, who represented Ambassador Laura Finch.\n\n"
            "Beijing watching\n\n"
            "China criticised the exercise.")
    g = graph_of(pipeline, text, PUBLISHED)
    edges = edges_of(g)
    event = next(n for n in events_of(g) if n.startswith("Steppe Shield"))
    assert ("Paul Marsh", "PARTICIPATED_IN", event) in edges, sorted(e for e in edges if e[1] == "PARTICIPATED_IN")
    assert ("Laura Finch", "PARTICIPATED_IN", event) not in edges
    assert ("China", "PARTICIPATED_IN", event) not in edges


def test_it_after_a_sentence_on_the_event_is_the_event(pipeline):
    text = ("Steppe Shield-2026 ends\n\n"
            "Steppe Shield-2026, the joint exercise of the Kazakh and Uzbek armed forces, ended on Friday. "
            "The Kazakh army has run the biennial drill since 2008. "
            "Defence Minister Daniel Fraser opened it on March 2 at the Otar training ground.")
    g = graph_of(pipeline, text, PUBLISHED)
    event = next(n for n in events_of(g) if n.startswith("Steppe Shield"))
    assert ("Daniel Fraser", "PARTICIPATED_IN", event) in edges_of(g)


def test_places_after_since_or_after_the_event_are_not_its_venue(pipeline):
    text = ("Leaders of the Andean Community opened the 12th Andean Security Summit in Quito on Sunday. "
            "It is the first time Ecuador has hosted the gathering since the inaugural meeting in Lima in 1999. "
            "After the summit the two presidents prayed at the Basilica del Voto Nacional.")
    g = graph_of(pipeline, text, PUBLISHED)
    summit = next(n for n in events_of(g) if "Summit" in n)
    held = {o for s, t, o in edges_of(g) if t == "HELD_IN" and s == summit}
    assert "Quito" in held and "Lima" not in held and not any("Basilica" in p for p in held), held


def test_a_bodys_meeting_in_another_city_is_its_own_event(pipeline):
    text = ("President Lula hosted the leaders of Chile and Peru at the Alvorada Palace in Brasilia on Friday "
            "for a summit. Earlier meetings had been held on the margins of bigger events, most recently the "
            "G20 meeting in Rio de Janeiro in November.")
    events = events_of(graph_of(pipeline, text, PUBLISHED))
    other = [n for n, a in events.items() if "G20 meeting in Rio de Janeiro" in a.get("aliases", [])]
    assert other and all("Rio de Janeiro" not in a.get("aliases", []) for n, a in events.items() if n not in other), events


def test_an_event_noun_the_text_denies_is_no_event(pipeline):
    text = ("The first two Gripen fighters landed at Anapolis air base on Sunday. "
            "The arrival is a milestone rather than a handover: the jets still belong to Saab.")
    events = events_of(graph_of(pipeline, text, PUBLISHED))
    assert not any("handover" in n or "handover" in a.get("aliases", []) for n, a in events.items()), events


def test_a_body_named_as_a_persons_office_does_not_attend(pipeline):
    text = ("Steppe Shield-2026 ends\n\n"
            "Steppe Shield-2026, the joint exercise of the Kazakh and Uzbek armed forces, ended on Friday. "
            "President Kassym-Jomart Tokayev turned up at the Otar training ground for the final day of "
            "Steppe Shield-2026, accompanied by the commander of the Kazakh Ground Forces, General Daniel Fraser.")
    g = graph_of(pipeline, text, PUBLISHED)
    edges = edges_of(g)
    event = next(n for n in events_of(g) if n.startswith("Steppe Shield"))
    attended = {s for s, t, o in edges if t == "PARTICIPATED_IN" and o == event}
    assert {"Kassym-Jomart Tokayev", "Daniel Fraser"} <= attended, attended
    assert not any("Ground Forces" in a for a in attended), attended


def test_a_person_set_beside_the_antecedent_of_who_attends(pipeline):
    text = ("Malaysia used this week's Langkawi International Maritime and Aerospace Exhibition to sign "
            "contracts. The jet contract was signed on Tuesday in the presence of Japan's defence minister, "
            "Daniel Fraser, who flew in for the exhibition.")
    g = graph_of(pipeline, text, PUBLISHED)
    show = next(n for n in events_of(g) if "Exhibition" in n)
    assert ("Daniel Fraser", "PARTICIPATED_IN", show) in edges_of(g)


def test_a_name_and_year_written_before_the_exercise_noun_is_its_alias(pipeline):
    text = ("Speaking to reporters after watching the Iron Wall 2024 live-fire exercise at the Kapos range on "
            "Monday, the defence minister would not confirm the size of the order.")
    events = events_of(graph_of(pipeline, text, PUBLISHED))
    assert any("Iron Wall 2024" in a.get("aliases", []) or n == "Iron Wall 2024" for n, a in events.items()), events
