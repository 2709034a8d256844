"""An actor "acting as host" or "serving as host" hosts the event the sentence names; invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges_of = partial(text_edges, published="2024-05-10", date_source=None)


def hosts(edges):
    return {(s, o) for s, t, o in edges if t == "HOSTED_BY"}


def test_acting_as_host_and_planner(pipeline):
    text = "Exercise Cobra Gold began in Sattahip on Monday, with the Royal Thai Navy acting as host and lead planner."
    assert any(o == "Royal Thai Navy" for _, o in hosts(edges_of(pipeline, text)))


def test_acting_as_observer_is_no_host(pipeline):
    text = "Exercise Cobra Gold began in Sattahip on Monday, with the Royal Thai Navy acting as an observer."
    assert not hosts(edges_of(pipeline, text))
