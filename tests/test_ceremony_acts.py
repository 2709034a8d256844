"""Ceremonies told by their verb (graph/entities/ceremony_acts.py): "A and B launched the frigate X", "the two
ministers opened the plant", "the admiral raised the flag on the destroyer". One Event per article whose
aliases are the text's nouns for it ("the ceremony", "the launch", "the opening"); who performs it, who
attended, who looked on and who was among those present PARTICIPATED_IN. Sentences invented for these
tests (other countries, other word orders)."""
from __future__ import annotations

from tests.extracted import events_in as events_of
from tests.extracted import graph_maker
from tests.extracted import relations_in as edges_of

graph_of = graph_maker("2025-03-18")

PUBLISHED = "2025-03-18"  # a Tuesday


def _one_ceremony(g, *aliases: str) -> str:
    events = events_of(g)
    found = [n for n, a in events.items() if set(aliases) <= set(a.get("aliases", []))]
    assert len(found) == 1, events
    return found[0]


def _participants(g, event: str) -> set[str]:
    return {s for s, t, e in edges_of(g) if t == "PARTICIPATED_IN" and e == event}


def _all_in(surnames: set[str], people: set[str]) -> bool:
    """Whether every surname is in a participant's name (a catalogued person goes by the catalogue's spelling)."""
    return all(any(s in p for p in people) for s in surnames)


def test_a_frigate_launched_by_a_queen_is_one_ceremony(pipeline):
    text = ("Spain launches its newest frigate\n\n"
            "Queen Letizia and Defence Minister Margarita Robles launched the frigate Bonifaz at the Navantia "
            "shipyard on Tuesday. Also at the ceremony were the navy's chief of staff, Admiral Antonio Piñeiro, "
            "and Navantia chairman Ricardo Domínguez. The launch marks a milestone for the programme, the "
            "minister said.")
    g = graph_of(pipeline, text, PUBLISHED)
    event = _one_ceremony(g, "ceremony", "launch")
    assert _all_in({"Letizia", "Robles", "Piñeiro", "Domínguez"}, _participants(g, event)), sorted(edges_of(g))
    assert events_of(g)[event].get("date") == "2025-03-18", events_of(g)


def test_a_plant_opened_by_two_ministers_is_named_by_its_opening(pipeline):
    text = ("Ministers open ammunition plant in Poland\n\n"
            "Polish Defence Minister Wladyslaw Kosiniak-Kamysz and his Norwegian counterpart, Tore Sandvik, "
            "opened the new ammunition plant together on Friday. Among those present were General Wieslaw "
            "Kukula and the plant's director, Anna Nowak. The opening comes as Europe races to make more shells.")
    g = graph_of(pipeline, text, PUBLISHED)
    event = _one_ceremony(g, "opening")
    assert _all_in({"Kosiniak-Kamysz", "Sandvik", "Kuku", "Anna Nowak"}, _participants(g, event)), sorted(edges_of(g))


def test_onlookers_of_a_flag_raised_on_a_destroyer_take_part(pipeline):
    text = ("China commissions new destroyer\n\n"
            "Admiral Hu Zhongming raised the flag on the destroyer Zibo at a naval base in Qingdao on Monday. "
            "Vice Admiral Wang Dazhong and General Li Qiaoming looked on. "
            "The ceremony marked the ship's entry into service.")
    g = graph_of(pipeline, text, PUBLISHED)
    event = _one_ceremony(g, "ceremony")
    assert _all_in({"Hu Zhongming", "Wang Dazhong", "Li Qiaoming"}, _participants(g, event)), sorted(edges_of(g))
    assert (event, "HELD_IN", "Qingdao") in edges_of(g), sorted(edges_of(g))


def test_a_service_that_decommissions_its_carrier_takes_part(pipeline):
    text = ("Brazil bids farewell to its last carrier\n\n"
            "The Brazilian Navy decommissioned the aircraft carrier Atlântico in Rio de Janeiro on Monday. "
            "Admiral Marcos Olsen led the decommissioning, which ended 40 years of service. Vice Admiral Paulo "
            "Rocha attended the ceremony.")
    g = graph_of(pipeline, text, PUBLISHED)
    event = _one_ceremony(g, "ceremony", "decommissioning")
    assert _all_in({"Navy", "Olsen", "Paulo Rocha"}, _participants(g, event)), sorted(edges_of(g))


def test_a_ceremony_told_by_its_verb_outranks_the_celebrations(pipeline):
    text = ("Turkey rolls out first jet trainer\n\n"
            "President Recep Tayyip Erdogan rolled out the first Hurjet trainer at the TUSAS plant in Ankara on "
            "Monday. The ceremony drew crowds of workers. Celebrations went on into the night, and celebrations "
            "were also held at the air force academy.")
    g = graph_of(pipeline, text, PUBLISHED)
    event = _one_ceremony(g, "ceremony")
    assert _all_in({"Erdo"}, _participants(g, event)), sorted(edges_of(g))


def test_a_missile_launch_or_a_planned_opening_is_no_ceremony(pipeline):
    text = ("Korea fires missile as ministers plan plant\n\n"
            "North Korea launched a ballistic missile into the sea on Monday. Defence Minister Kim Yong-hyun "
            "will open a new shell factory next year. The launch was condemned by Japan.")
    g = graph_of(pipeline, text, PUBLISHED)
    events = events_of(g)
    assert not any("launch" in a.get("aliases", []) or "opening" in a.get("aliases", []) for a in events.values()), events
    assert not any(t == "PARTICIPATED_IN" and s == "Kim Yong-hyun" for s, t, _ in edges_of(g)), sorted(edges_of(g))


def test_the_agent_of_a_passive_unveiling_and_its_onlookers_take_part(pipeline):
    text = ("South Korea unveils new submarine\n\n"
            "The submarine Jang Yeong-sil was unveiled by President Yoon Suk Yeol at the Hanwha Ocean shipyard in "
            "Geoje on Tuesday. Defence Minister Shin Won-sik and Navy chief Admiral Yang Yong-mo looked on as the "
            "president cut the ribbon. The ceremony was attended by 300 guests.")
    g = graph_of(pipeline, text, PUBLISHED)
    event = _one_ceremony(g, "ceremony")
    assert _all_in({"Yoon Suk Yeol", "Shin Won-sik", "Yang Yong-mo"}, _participants(g, event)), sorted(edges_of(g))
