"""A name that a person's description places them at is an institution, not a place or an event.

"X, who studies arms control at the Y Institute", "X, a consultant with the Y Forum", "X of the Y
Endowment", "an analyst at the Y Centre": the preposition's object hangs (through the role noun, the
work verb of a clause on the name, or the name itself) on a person. The name must start or end
with an institution's head word (``person_affiliation`` in lexicon.yaml), so "spoke at the Z Summit" stays an
event and "at the Y Institute in Montevideo" does not make Montevideo a body.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..mentions import Mention
from ..mentions.lexicon import lexicon

_PREPS = {"at", "with", "of", "from", "for"}


@lru_cache(maxsize=1)
def _words() -> dict[str, set[str]]:
    data = lexicon()["person_affiliation"]
    roles = set(lexicon()["institution_cues"]["roles"])
    roles |= {k for k, v in lexicon()["person_titles"].items() if v.get("affiliated") == "organisation"}
    return {"heads": set(data["institution_heads"]), "verbs": set(data["work_verbs"]), "roles": roles}


def person_affiliated(doc: Doc, m: Mention, people: set[int]) -> bool:
    """Whether the name ``m`` is where a person works, by its place in the parse; ``people`` are the
    token indices of the document's person names."""
    w = _words()
    if doc[m.end - 1].lower_ not in w["heads"] and doc[m.start].lower_ not in w["heads"]:
        return False
    root = doc[m.start:m.end].root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _PREPS:
        return False
    h = prep.head
    for _ in range(4):
        if h.i in people:
            return True  # "X of the Y Endowment"
        if h.lower_ in w["roles"] and h.pos_ in {"NOUN", "PROPN"}:
            return True  # "an analyst at", "a consultant with"
        if h.dep_ in {"relcl", "acl"} and h.pos_ in {"VERB", "AUX"}:
            # "X, who studies ... at": a work verb; "X, who spoke at the Y Forum": no affiliation
            return h.lemma_.lower() in w["verbs"] and h.head.i in people
        if h.pos_ == "VERB" and h.dep_ not in {"relcl", "acl"} or h.head.i == h.i:
            return False  # the main clause's verb: "X spoke at the Y Forum" is no affiliation
        h = h.head
    return False
