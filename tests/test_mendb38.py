"""Mends of session 38's review (mendb38): boats as arms only where the text makes them naval
(relations/families/boat_goods.py), an exercise's landing, activity and sailing only where they are its own
(relations/families/exercise_doings.py), and the store's fold of one name under two labels (store/same_names.py):
never a place with a platform, and only catalogue rows count as catalogued. Invented sentences and names."""
from __future__ import annotations

import networkx as nx
import pytest

from graph.store.same_names import fold_same_names
from tests.extracted import graph_of, relations_in

_D = "2025-05-06"

_DRILL = ("Navies open Northern Coast 2025 exercise off Lithuania\n\nKLAIPEDA, May 5 - Warships from nine NATO "
          "states began the Northern Coast 2025 exercise off Palanga on Monday, the Lithuanian navy said.\n"
          "The exercise runs until May 16.\n")


def _edges(pipeline, text: str) -> dict:
    return relations_in(graph_of(pipeline, text, _D))


def _has(edges: dict, source: str, type_: str, target: str) -> bool:
    return any(t == type_ and source.lower() in s.lower() and target.lower() in o.lower() for s, t, o in edges)


# ---- boats (supply.goods "boat(s)": supply.qualified_goods) -------------------------------------------------------

@pytest.mark.parametrize("text, supplier, taker", [
    ("Spain sold 30 old fishing boats to Mauritania in 2019.", "Spain", "Mauritania"),
    ("Norway donated six rescue boats to Ghana after the floods.", "Norway", "Ghana"),
    ("Egypt sent boats full of migrants to Cyprus on Monday.", "Egypt", "Cyprus"),
    ("Japan sold boats and nets to Indonesia's fishing fleet.", "Japan", "Indonesia"),
    ("The Netherlands shipped racing boats to Australia for the world championships.", "Netherlands", "Australia"),
    ("Denmark gave four boats to Kenya last year.", "Denmark", "Kenya"),  # bare boats: nothing naval
])
def test_civil_or_bare_boats_are_no_arms_supply(pipeline, text, supplier, taker):
    assert not _has(_edges(pipeline, text), supplier, "SUPPLIES", taker)


@pytest.mark.parametrize("text, supplier, taker", [
    ("Sweden sent 12 assault boats to Ukraine last year.", "Sweden", "Ukraine"),           # a military modifier
    ("Finland has given Ukraine 10 boats for river crossings.", "Finland", "Ukraine"),      # a military purpose
    ("South Korea sold four fast attack boats to Peru.", "South Korea", "Peru"),
    ("Greece's new submarines will be built in Kiel. Germany sold two boats to Greece in 2010.",
     "Germany", "Greece"),                                                                  # a submarine story
])
def test_naval_boats_are_still_supplied(pipeline, text, supplier, taker):
    """Guards (true at the branch point too): the boats session 38 made goods and that stay so."""
    assert _has(_edges(pipeline, text), supplier, "SUPPLIES", taker)


# ---- an exercise's landing, activity and sailing (places.exercise_nouns) -----------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("A Lithuanian Air Force C-27J made an emergency landing at Vilnius airport on Tuesday.", "Vilnius"),
    ("Commercial activity in Kaunas has slowed since the border closed.", "Kaunas"),
    ("Russian military activity near Pskov has increased.", "Pskov"),      # another state's (its adjective)
    ("Belarusian activity around Grodno also rose this week.", "Grodno"),
    ("Cruise sailing between Stockholm and Turku resumed in spring.", "Turku"),
])
def test_other_doings_place_no_exercise(pipeline, sentence, place):
    assert not _has(_edges(pipeline, _DRILL + sentence), "exercise", "HELD_IN", place)


@pytest.mark.parametrize("sentence, place", [
    ("The paratroopers' landings at Ventspils were the largest in years.", "Ventspils"),
    ("The troops' landings at Pavilosta were the largest in years.", "Pavilosta"),
])
def test_the_exercises_own_forces_doings_place_it(pipeline, sentence, place):
    """A possessor that is the exercise's own forces (a common noun of troops), not another party."""
    assert _has(_edges(pipeline, _DRILL + sentence), "exercise", "HELD_IN", place)


@pytest.mark.parametrize("sentence, place", [
    ("Marines carried out an amphibious landing near Ventspils on Wednesday.", "Ventspils"),
    ("Lithuanian activity around Ventspils grew on Tuesday.", "Ventspils"),   # a participant's adjective
])
def test_the_exercises_landing_and_activity_still_place_it(pipeline, sentence, place):
    """Guards (true at the branch point too)."""
    assert _has(_edges(pipeline, _DRILL + sentence), "exercise", "HELD_IN", place)


# ---- the store's fold of one name under two labels ----------------------------------------------------------------

DOC = "doc:0038"


def _fragment(*nodes: tuple[str, str, list[str]], wikidata=()) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node(DOC, id=DOC, label="Document", name="An invented report", aliases=[])
    for label, name, aliases in nodes:
        node_id = f"{label.lower()}:{name.lower().replace(' ', '-')}"
        g.add_node(node_id, id=node_id, label=label, name=name, aliases=list(aliases))
        if node_id in wikidata:
            g.nodes[node_id]["wikidata"] = "Q938"
        g.add_edge(node_id, DOC, key="MENTIONED_IN", type="MENTIONED_IN")
    return g


def _shown(g: nx.MultiDiGraph) -> set[str]:
    return {f"{a['label']}:{a['name']}" for _, a in g.nodes(data=True) if a["label"] != "Document"}


@pytest.mark.parametrize("nodes, wikidata", [
    ([("Place", "Korsa", []), ("Platform", "Korsa", [])], ()),                      # the frigate named after a town
    ([("Place", "Velden", ["Velden am See"]), ("Platform", "Velden", [])], ()),
    ([("Place", "Tarvo", []), ("Platform", "Tarvo", [])], ("place:tarvo",)),  # a catalogued town
])
def test_a_place_and_a_platform_of_one_name_stay_apart(nodes, wikidata):
    assert len(_shown(fold_same_names(_fragment(*nodes, wikidata=wikidata)))) == 2


def test_aliases_from_the_text_make_no_catalogue_row():
    """Two text readings, one with aliases the article gave it: the label order decides, not the aliases."""
    part = _fragment(("Event", "Arden-2031", ["Arden 2031"]), ("Organization", "Arden-2031", []))
    assert _shown(fold_same_names(part)) == {"Organization:Arden-2031"}


def test_a_catalogue_row_without_wikidata_is_catalogued():
    """A node whose id is a row of the reference data (companies_*.csv: no wikidata column) is catalogued and kept,
    though the label order puts the other reading first."""
    from graph.reference import load_reference

    row = load_reference().get("company:raytheon")
    part = _fragment(("Company", row.name, []), ("Organization", row.name, []))
    assert _shown(fold_same_names(part)) == {f"Company:{row.name}"}
