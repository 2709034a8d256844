"""A town written before a site run ("the Lviv military academy in Kyiv") most often names the site, not the town it
lies in: the run is read (events._site_run_fits) only where the place after "in" is larger than the one before it
(a state or a region), never a town in a town. Invented sentences."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import text_edges

edges_of = partial(text_edges, published="2024-05-10", date_source=None)


@pytest.mark.parametrize("text,place,town", [
    ("Cadets of the Kharkiv tank academy in Lviv finished their first course on Monday.", "Kharkiv", "Lviv"),
    ("The envoys dined at the Warsaw embassy residence in Berlin before the vote.", "Warsaw", "Berlin"),
    ("Relief flights left the Odesa airport in Izmir for the third week running.", "Odesa", "Izmir"),
    ("Grain ships sailed from the Mumbai naval dockyard in Karachi, the report claimed.", "Mumbai", "Karachi"),
])
def test_town_before_a_site_run_lies_in_no_other_town(pipeline, text, place, town):
    pairs = {(s, o) for s, t, o in edges_of(pipeline, text) if t == "LOCATED_IN"}
    assert not any(s == place and town in o for s, o in pairs)
