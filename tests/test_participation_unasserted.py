"""A taking part the sentence only asks about or sets as a condition ("whether A goes to the summit",
"if B attends") is no attendance; the same sentence stated plainly is one."""
from __future__ import annotations

from tests.extracted import graph_maker
from tests.extracted import relations_in as edges_of

graph_of = graph_maker("2023-11-23")

HEAD = """Leaders gather in Nairobi for the East African Community summit

The East African Community summit opened in Nairobi on Monday.

"""


def _part(pipeline, body: str) -> set[str]:
    edges = edges_of(graph_of(pipeline, HEAD + body, "2026-03-10"))
    return {s for s, ty, _ in edges if ty == "PARTICIPATED_IN"}


def test_whether_someone_attends_is_no_attendance(pipeline):
    body = "Whether Tanzanian President Samia Suluhu Hassan attends the summit will be watched closely.\n"
    assert "Samia Suluhu Hassan" not in _part(pipeline, body)


def test_if_someone_attends_is_no_attendance(pipeline):
    body = "If Tanzanian President Samia Suluhu Hassan attends the summit, the talks could move faster.\n"
    assert "Samia Suluhu Hassan" not in _part(pipeline, body)


def test_plain_attendance_still_counts(pipeline):
    body = "Tanzanian President Samia Suluhu Hassan attended the summit on Monday.\n"
    assert "Samia Suluhu Hassan" in _part(pipeline, body)
