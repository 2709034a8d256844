"""An "its" before an acting service noun (session 28, oper28's 3a7a9cca): the one country named in its
sentence or the one before, and an "its" read as a service stands for that service's state. Invented
sentences through the real pipeline."""
from __future__ import annotations

from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


def test_an_unresolved_its_before_an_acting_service_is_the_one_country_named_just_before(pipeline):
    edges = _edges(pipeline, "Norway joined the alliance in 1949. Norway's navy guards a long coast. "
                             "Its air force flies F-35 fighters.")
    assert _has(edges, "Royal Norwegian Air Force", "OPERATES", "F-35")
    assert not _has(edges, "Royal Norwegian Navy", "OPERATES", "F-35")


def test_an_its_after_two_countries_names_no_service(pipeline):
    edges = _edges(pipeline, "Germany and France met in Paris on Monday. Its air force flies Rafale fighters.")
    assert not any(s.endswith("Air Force") for s, t, _, _ in edges if t == "OPERATES")
