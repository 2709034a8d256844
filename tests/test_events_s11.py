"""Session 11 event shapes, on sentences of our own: names read off the capitalised words before an
event noun, another edition dated by another year, speakers and chairs of a gathering, hosts by
invitation or by a relative clause on the event's "of" phrase."""
from __future__ import annotations

from tests.extracted import events_in as events_of
from tests.extracted import graph_maker
from tests.extracted import relations_in as edges_of

graph_of = graph_maker("2023-11-23")


def test_hyphened_parties_name_a_summit_of_their_own(pipeline):
    text = ("Leaders of the Gulf states met in Doha on Monday for a summit on maritime security.\n\n"
            "The summit agreed to set up a joint patrol centre. Qatar will pay for most of it.\n\n"
            "Officials said the centre would open in two years. Kuwait and Oman offered staff.\n\n"
            "Other capitals are courting the same states. "
            "Brazil hosted the leaders at its first Brazil-West Africa summit in Recife in March, "
            "and a Japan-Pacific Islands summit is planned for next year.")
    g = graph_of(pipeline, text)
    events = events_of(g)
    assert "Brazil-West Africa summit" in events, events
    assert "Japan-Pacific Islands summit" in events, events
    edges = edges_of(g)
    assert ("Brazil-West Africa summit", "HELD_IN", "Recife") in edges, sorted(edges)
    assert ("Brazil-West Africa summit", "HOSTED_BY", "Brazil") in edges, sorted(edges)
    main = [n for n in events if n.startswith("summit")]
    assert main and not any("Brazil-West Africa" in a for a in events[main[0]].get("aliases", [])), events


def test_code_named_exercise_before_its_noun(pipeline):
    text = ("Chile's navy has sailed with Peruvian ships in the Southern Tide exercise every year since 2015. "
            "Officials said the navy would buy two new frigates.")
    events = events_of(graph_of(pipeline, text))
    assert "Southern Tide exercise" in events, events


def test_a_capitalised_sentence_start_or_a_body_is_no_event_name(pipeline):
    text = ("The Air Force exercise ended on Friday near the coast. "
            "Exercises with the navy will follow in the spring.")
    events = events_of(graph_of(pipeline, text))
    assert not any(n.startswith(("Air Force", "Exercises")) for n in events), events


def test_a_city_named_summit_of_another_year_is_another_edition(pipeline):
    text = ("Mongolia joined the bloc on Tuesday at a summit of its heads of state that Kazakhstan hosted in Astana. "
            "President Kassym-Jomart Tokayev chaired the summit. "
            "Members had agreed to start the accession at the Bishkek summit in June 2019.")
    g = graph_of(pipeline, text, "2023-07-06")
    events = events_of(g)
    main = [n for n in events if n.startswith("summit") and "Bishkek" not in n]
    other = [n for n in events if "Bishkek" in n]
    assert main and other, events
    assert events[other[0]].get("date", "").startswith("2019"), events[other[0]]
    assert events[main[0]].get("date", "").startswith("2023"), events[main[0]]
    edges = edges_of(g)
    assert (other[0], "HELD_IN", "Bishkek") in edges, sorted(edges)
    assert (main[0], "HOSTED_BY", "Kazakhstan") in edges, sorted(edges)
    assert ("Kassym-Jomart Tokayev", "PARTICIPATED_IN", main[0]) in edges, sorted(edges)


def test_speakers_of_a_summit_took_part_and_reporters_do_not(pipeline):
    text = ("Leaders of the bloc gathered in Tashkent on Friday for the annual summit. "
            "Uzbekistan's Shavkat Mirziyoyev and Turkey's Recep Tayyip Erdogan both spoke, "
            "as did Azerbaijan's Ilham Aliyev. "
            "Kyrgyz President Sadyr Japarov spoke to reporters after the summit.")
    g = graph_of(pipeline, text)
    events = events_of(g)
    main = next(n for n in events if n.startswith("summit"))
    edges = edges_of(g)
    took_part = {s for s, t, o in edges if t == "PARTICIPATED_IN" and o == main}
    for person in ("Shavkat Mirziyoyev", "Recep Tayyip Erd", "Ilham Aliyev"):
        assert any(p.startswith(person) for p in took_part), (person, sorted(edges))
    assert ("Sadyr Japarov", "PARTICIPATED_IN", main) not in edges, sorted(edges)


def test_chairing_a_body_is_no_attendance(pipeline):
    text = ("Defence ministers met in Jakarta on Monday for a two-day summit. "
            "Malaysia, which chairs the Association of Southeast Asian Nations this year, sent observers. "
            "Ahmad Zahid, who chairs the board of the national shipyard, also commented on the talks.")
    g = graph_of(pipeline, text)
    edges = edges_of(g)
    assert not any(t == "PARTICIPATED_IN" and s == "Ahmad Zahid" for s, t, _ in edges), sorted(edges)


def test_the_inviter_hosts_the_gathering_and_the_invited_take_part(pipeline):
    text = ("Greece's foreign minister, Nikos Dendias, closed a two-day meeting at Delphi on Tuesday. "
            "Dendias had invited his counterparts from Cyprus and Egypt, together with French Foreign "
            "Minister Catherine Colonna, to the ancient site. "
            "Serbia was not invited.")
    g = graph_of(pipeline, text)
    events = events_of(g)
    main = next(n for n in events if n.startswith("meeting"))
    edges = edges_of(g)
    assert (main, "HOSTED_BY", "Nikos Dendias") in edges, sorted(edges)
    assert ("Catherine Colonna", "PARTICIPATED_IN", main) in edges, sorted(edges)
    assert ("Serbia", "PARTICIPATED_IN", main) not in edges, sorted(edges)


def test_an_invitation_to_join_hosts_nothing(pipeline):
    text = ("Alliance foreign ministers met in Brussels on Wednesday. "
            "The next day the secretary general wrote to Prime Minister Ana Brnabic, formally inviting "
            "the country to join.")
    g = graph_of(pipeline, text)
    edges = edges_of(g)
    assert not any(t == "HOSTED_BY" for _, t, _ in edges), sorted(edges)


def test_besides_adds_a_state_to_a_participants_list(pipeline):
    text = ("Exercise Coral Shield 2026 began off Fiji on Monday with ships from nine navies. "
            "Besides Fiji, the participants are Tonga, Samoa and Vanuatu.")
    g = graph_of(pipeline, text, "2026-05-12")
    edges = edges_of(g)
    took_part = {s for s, t, _ in edges if t == "PARTICIPATED_IN"}
    assert {"Fiji", "Tonga", "Samoa", "Vanuatu"} <= took_part, sorted(edges)

