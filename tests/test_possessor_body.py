"""A lower-case service hanging from a possessed title by "of" belongs to the possessor's country,
not to the country the article names most."""
import pytest
from extracted import node_labels


@pytest.mark.parametrize("text, body, not_body", [
    ("Kenya hosted talks on Monday. Kenya's defence minister met Pakistan's chief of the army, General "
     "Asim Munir, in Nairobi.", "Pakistan Army", "Kenya Army"),
    ("Kenya hosted talks on Monday. President Ruto received Pakistan's commander of the navy in Mombasa.",
     "Pakistan Navy", "Kenya Navy"),
])
def test_the_service_of_a_possessed_title_is_the_possessors(pipeline, text, body, not_body):
    bodies = {n for lab, n in node_labels(pipeline, text, "2025-03-03") if lab == "GovernmentBody"}
    assert body in bodies
    assert not_body not in bodies


def test_the_service_without_a_possessor_stays_the_articles(pipeline):
    text = "Kenya hosted talks on Monday. The head of the army, General Charles Kahariri, met Pakistani envoys."
    bodies = {n for lab, n in node_labels(pipeline, text, "2025-03-03") if lab == "GovernmentBody"}
    assert "Pakistan Army" not in bodies
