"""A name cut at a lower-case particle ("Gaulle" of "Charles de Gaulle", "Armada de" of "Armada de Chile") is a
piece of a longer name, no entity (graph/entities/particle_cuts.py)."""
from __future__ import annotations

import pytest
import spacy

from graph.entities.particle_cuts import cut_mention
from graph.mentions.mention import Mention
from tests.extracted import node_labels

_NLP = spacy.blank("en")


def _cut(text: str, piece: str) -> bool:
    doc = _NLP(text)
    start = text.index(piece)
    span = doc.char_span(start, start + len(piece))
    return cut_mention(doc, Mention(span.start, span.end, start, start + len(piece), piece, "Platform", "ner"))


def test_pieces_beside_a_particle_are_cut():
    assert _cut("The carrier Jean de Vienne sailed.", "Vienne") and _cut("The carrier Jean de Vienne sailed.", "Jean")
    assert _cut("The frigate Paulo e Souza sailed.", "Souza") and _cut("The Marinha do Brasil said so.", "Marinha do")
    assert _cut("The destroyer Pedro van der Berg sailed.", "Pedro")


def test_whole_names_and_capitalised_particles_are_not_cut():
    assert not _cut("The carrier Jean de Vienne sailed.", "Jean de Vienne")
    assert not _cut("Marine Le Pen spoke in Paris.", "Pen") and not _cut("He flew to Paris on Monday.", "Paris")
    assert not _cut("Ships of de Vries and others sailed.", "Vries")  # no capitalised word before the particle


@pytest.mark.parametrize("text, piece", [
    ("GOA, March 4, 2025 - Two carriers, Britain's HMS Prince of Wales and France's Charles de Gaulle, sailed 60 "
     "miles off the coast on Monday for drills.", "Gaulle"),
    ("ROME, May 2, 2024 - The destroyer Giovanni Battista de la Rocca will leave the fleet at the end of the year, "
     "the navy said.", "Giovanni Battista"),
    ("RIO DE JANEIRO, June 3, 2024 - Two more frigates, Almeida Prado and Pinto e Castro, are being built at the "
     "yard in Itajai.", "Pinto"),
])
def test_a_piece_of_a_ship_name_leaves_no_node(pipeline, text, piece):
    assert piece not in {n for _, n in node_labels(pipeline, text)}
