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


# --- menda33: the mended ceremony ----------------------------------------------------------------------------

def test_a_pronoun_after_a_named_show_beside_the_ceremony_goes_to_the_show(pipeline):
    text = ("Sweden inducts its first Gripen E fighter\n\n"
            "Defence Minister Pål Jonson formally inducted the Swedish Air Force's first Gripen E fighter at "
            "Såtenäs Air Base on Monday.\n\n"
            "The induction shared the day with Nordic Drone Expo 2024, a two-day drone exhibition that Jonson "
            "opened at the same base. It is jointly organised by the Swedish Air Force and the Swedish Drone "
            "Association and brings together 60 firms.")
    edges = edges_of(graph_of(pipeline, text, PUBLISHED))
    hosts = {(s, t) for s, r, t in edges if r == "HOSTED_BY"}
    assert hosts and all("Expo" in s for s, _ in hosts), sorted(edges)
    assert any(s == "Pål Jonson" and r == "PARTICIPATED_IN" and "induction" in t for s, r, t in edges), sorted(edges)


def test_the_event_beside_a_named_fair_is_the_fair_not_the_launch(pipeline):
    text = ("Chile launches new patrol vessel\n\n"
            "President Gabriel Boric launched the patrol vessel Marinero Fuentealba at the ASMAR shipyard in "
            "Talcahuano on Friday. The launch coincided with the Pacific Naval Expo 2024, a naval fair held in Valparaiso. "
            "The event is organised by the Chilean Navy and draws 150 exhibitors.")
    edges = edges_of(graph_of(pipeline, text, PUBLISHED))
    hosts = {(s, t) for s, r, t in edges if r == "HOSTED_BY"}
    assert not any("launch" in s for s, _ in hosts), sorted(edges)


def test_a_maker_only_named_as_builder_takes_no_part(pipeline):
    text = ("Brazil inducts its first KC-390 tanker\n\n"
            "Air Force commander Lieutenant-Brigadier Marcelo Damasceno inducted the first KC-390 tanker at "
            "Anapolis Air Base on Wednesday. The aircraft was built by Embraer at its plant in Gaviao Peixoto.")
    edges = edges_of(graph_of(pipeline, text, PUBLISHED))
    assert not any(r == "PARTICIPATED_IN" and s == "Embraer" for s, r, _ in edges), sorted(edges)


def test_jets_that_rolled_out_make_a_roll_out_ceremony(pipeline):
    text = ("Turkey's first Hurjet trainers roll out\n\n"
            "The first Hurjet jet trainers rolled out of the TUSAS plant in Ankara on Monday. President Recep "
            "Tayyip Erdogan attended the roll-out with Defence Minister Yasar Guler.")
    g = graph_of(pipeline, text, PUBLISHED)
    event = _one_ceremony(g, "roll-out")
    edges = edges_of(g)
    assert _all_in({"Erdo", "G"}, _participants(g, event)), sorted(edges)
    assert (event, "HELD_IN", "Ankara") in edges, sorted(edges)
    assert any(r == "DISPLAYED_AT" and t == event for _, r, t in edges), sorted(edges)


def test_a_roll_out_noun_in_the_headline_names_the_ceremony(pipeline):
    text = ("Japan holds roll-out of first F-2 successor prototype\n\n"
            "Mitsubishi Heavy Industries held the roll-out of the first prototype fighter at its Komaki plant "
            "near Nagoya on Thursday. Defence Minister Gen Nakatani attended the roll-out.")
    g = graph_of(pipeline, text, PUBLISHED)
    event = _one_ceremony(g, "roll-out")
    assert _all_in({"Nakatani"}, _participants(g, event)), sorted(edges_of(g))


def test_the_act_own_place_is_the_ceremony_venue(pipeline):
    text = ("Indonesia's navy gets new patrol ship\n\n"
            "Navy chief Admiral Muhammad Ali commissioned the patrol ship KRI Bung Karno at the naval base in "
            "Surabaya on Thursday. The commissioning drew 200 guests.")
    g = graph_of(pipeline, text, PUBLISHED)
    event = _one_ceremony(g, "commissioning")
    assert (event, "HELD_IN", "Surabaya") in edges_of(g), sorted(edges_of(g))


def test_a_place_hung_on_the_object_beside_a_named_show_is_the_ceremony_venue(pipeline):
    text = ("Sweden inducts its first Gripen E fighter\n\n"
            "Defence Minister Pål Jonson formally inducted the Swedish Air Force's first Gripen E fighter at "
            "Såtenäs Air Base on Monday.\n\n"
            "The induction shared the day with Nordic Drone Expo 2024, a two-day drone exhibition that Jonson "
            "opened at the same base. Nordic Drone Expo 2024 runs until Tuesday.")
    g = graph_of(pipeline, text, PUBLISHED)
    edges = edges_of(g)
    assert any(r == "HELD_IN" and "induction" in s and t == "Såtenäs Air Base" for s, r, t in edges), sorted(edges)
