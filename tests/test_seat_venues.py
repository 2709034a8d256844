"""A seat of government named as a building (``entities.seat_venues``): "at the White House", "a Kremlin
summit" is the building, a Place; "the White House said" stays a name of the state."""
from __future__ import annotations

from extracted import graph_of


def _places(g) -> set[str]:
    return {d["name"] for _, d in g.nodes(data=True) if d.get("label") == "Place"}


def _held(g) -> set[tuple[str, str]]:
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True) if d["type"] == "HELD_IN"}


def test_a_summit_named_after_the_building_is_held_there(pipeline):
    text = ("The leaders of the United States, Norway and Chile met on Tuesday at a White House summit on Arctic "
            "shipping. President Joe Biden hosted the summit.\n")
    g = graph_of(pipeline, text, "2024-03-06")
    assert "White House" in _places(g)
    assert any(place == "White House" for _, place in _held(g))


def test_talks_in_the_kremlin_name_the_building(pipeline):
    text = "Russia's President Vladimir Putin held talks with the Laotian president in the Kremlin on Monday.\n"
    assert "Moscow Kremlin" in _places(graph_of(pipeline, text, "2024-03-06"))


def test_a_speaking_seat_is_the_state(pipeline):
    """The speaker's seat ("the White House said", "a White House spokesman") is no place."""
    text = ("The White House said on Monday that the United States would send more Patriot batteries to Poland. "
            "A White House spokesman declined to give numbers.\n")
    g = graph_of(pipeline, text, "2024-03-06")
    assert "White House" not in _places(g)
    assert "United States" in {d["name"] for _, d in g.nodes(data=True)}


def test_officials_at_the_seat_are_the_state(pipeline):
    """ "Officials at the White House said", "sources in the Kremlin": the speaker's state, no building."""
    for text, state in (("Officials at the White House said on Monday that the United States would sell F-35 jets "
                         "to Poland.\n", "United States"),
                        ("Officials in the Kremlin said on Monday that Russia would send troops to Mali.\n", "Russia")):
        g = graph_of(pipeline, text, "2024-03-06")
        assert not {"White House", "Moscow Kremlin"} & _places(g), (text, _places(g))
        assert state in {d["name"] for _, d in g.nodes(data=True)}, text


def test_a_visit_to_or_a_crowd_outside_the_seat_names_the_building(pipeline):
    """ "a visit to the White House", "gathered outside the Kremlin": the building, a Place."""
    for text, place in (("Zelensky's visit to the White House on Friday ended without a deal.\n", "White House"),
                        ("Protesters gathered outside the White House on Friday.\n", "White House"),
                        ("The Laotian president travelled to the Kremlin on Tuesday.\n", "Moscow Kremlin")):
        assert place in _places(graph_of(pipeline, text, "2024-03-06")), text
    text = "Aid deliveries to the White House's allies slowed in March.\n"
    assert "White House" not in _places(graph_of(pipeline, text, "2024-03-06")), text


def test_returning_to_the_seat_is_taking_office(pipeline):
    """ "since the president returned to the White House": the office, no building."""
    text = "The drill is the first since Donald Trump returned to the White House in January.\n"
    assert "White House" not in _places(graph_of(pipeline, text, "2024-03-06"))
