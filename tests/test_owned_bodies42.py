"""A state body named with the service it belongs to (graph/mentions/owned_bodies.py): "the General Staff of the
Azerbaijani Armed Forces" is two bodies, the staff PART_OF the service; invented sentences."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import text_edges

edges = partial(text_edges, published="2025-03-04")


@pytest.mark.parametrize("text,expected", [
    # a catalogued staff written with its service: the catalogue's name for the staff, the service its own body
    ("General Ali Mammadov, chief of the General Staff of the Azerbaijani Armed Forces, met the visitors in Baku.",
     {("General Staff of the Armed Forces of Azerbaijan", "PART_OF", "Azerbaijani Armed Forces")}),
    ("The General Staff of the Armenian Armed Forces said the drill would last ten days.",
     {("General Staff of the Armed Forces of Armenia", "PART_OF", "Armed Forces of Armenia")}),
    # an uncatalogued command of a bare service
    ("Colonel Rivas, head of the Joint Special Operations Command of the Military Forces, led the search in Colombia.",
     {("Joint Special Operations Command", "PART_OF", "Military Forces")}),
])
def test_part_of_its_service(pipeline, text, expected):
    found = edges(pipeline, text)
    assert expected <= found, f"missing {expected - found}"


@pytest.mark.parametrize("text,whole", [
    # a ministry of a state: the state is no service, the name stays whole
    ("The Ministry of Defence of the Russian Federation said the drills were over.",
     "Ministry of Defence of the Russian Federation"),
    # lower case after "of": no service's name
    ("The Training Command of the regional forces held a parade in Lima.", None),
])
def test_no_cut_without_a_service(pipeline, text, whole):
    found = edges(pipeline, text)
    assert not any(t == "PART_OF" and s in {"Ministry of Defence", "Training Command"} and o in
                   {"Russian Federation", "regional forces"} for s, t, o in found), found


def test_the_whole_written_form_stays_a_name_of_the_part(pipeline):
    """ "the Joint Command of the Armed Forces": the part keeps its whole written form among its names."""
    from tests.extracted import graph_of
    g = graph_of(pipeline, "Ruritania's navy got new ships. Admiral Tomas Vela, chief of the Joint Command of the "
                           "Armed Forces, said on Monday the ships would patrol the coast of Peru.", "2025-03-04")
    names = {n: set(d.get("aliases", [])) | {d.get("name")} for n, d in g.nodes(data=True)}
    assert any("Joint Command of the Armed Forces" in v and "Joint Command" in v for v in names.values()), names
