"""Every node and edge of any ingested graph satisfies the ontology, whatever the text."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.store import validate
from graph.text import Document

WORDS = ["Kazakhstan", "Turkey", "NATO", "the CSTO", "Paramount Group", "President", "Tokayev", "Buk", "Tor",
         "A400M", "drones", "supplied", "ordered", "from", "to", "with", "partners", "including", "parade",
         "in", "Astana", "joint venture", "member of", "ministry", "Ministry of Defense", "war", "against",
         "(", ")", ",", ".", "and", "the", "B-300", "aircraft", "said", "analyst", "of", "firm", "South African",
         "<script>", "'s", "\u2019s", "—", "Alan", "Day", "Victory Day parade", "Kassym-Jomart", "capital",
         "country", "was", "displayed", "at", "deployed", "along", "Caspian Sea", "built", "by", "Hyundai Rotem Co."]

sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)
adversarial = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(sentences, adversarial, st.lists(sentences, min_size=1, max_size=5).map(". ".join)))
def test_any_text_yields_a_valid_graph(pipeline, text):
    g = pipeline.process(Document.from_text(text))
    validate(g)
    for _, _, d in g.edges(data=True):
        for ev in d.get("evidence", []):
            assert text[ev["start"]:ev["end"]] == ev["sentence"]
