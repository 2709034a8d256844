"""Session 47 (ties47), on invented sentences: no MEMBER_OF the United Nations read from the text
(passes/member_ties.drop_universal_memberships)."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in


@pytest.mark.parametrize("text,state", [
    ("Pyongyang remains under UN sanctions over its missile programme, and Russia vetoed a new resolution.",
     "North Korea"),
    ("Uruguay already has troops under UN command in the Congo.", "Uruguay"),
    ("The five permanent members of the Security Council - the United States, Russia, China, the United Kingdom and "
     "France - hold a veto over UN missions.", "France"),
])
def test_no_text_membership_of_the_united_nations(pipeline, text, state):
    edges = relations_in(graph_of(pipeline, text, "2024-05-02"))
    assert not any(k[1] == "MEMBER_OF" and k[2] == "United Nations" for k in edges), edges
