"""A catalogued edition dated months before the report is another gathering the article looks back on: the
article's own summit keeps its own node (graph/entities/resolve.py ``_edition_apart``)."""
from __future__ import annotations

from tests.extracted import graph_maker

graph_of = graph_maker("2024-05-27")

TEXT = ("The leaders of Japan and South Korea met in Seoul on Monday for a summit with the Chinese premier. "
        "Tokyo and Seoul have drawn closer since the Camp David summit last August. "
        "The summit ended with a joint statement on trade.")


def _events(g) -> dict[str, set[str]]:
    return {a["name"]: set(a.get("aliases") or ()) for _, a in g.nodes(data=True) if a["label"] == "Event"}


def test_the_old_edition_and_the_new_summit_are_two_events(pipeline):
    events = _events(graph_of(pipeline, TEXT))
    camp = [n for n, aliases in events.items() if "Camp David summit" in aliases | {n}]
    assert camp, events
    assert all("summit" not in events[n] for n in camp)  # the article's "the summit" is not Camp David's
    assert any("summit" in aliases for n, aliases in events.items() if n not in camp)


def test_an_edition_of_the_days_of_the_report_is_still_its_event(pipeline):
    g = graph_maker("2023-08-19")(pipeline, "Leaders of the United States, Japan and South Korea met at the Camp "
                                            "David summit on Friday. The summit produced a pledge to consult.")
    events = _events(g)
    assert len(events) == 1, events
