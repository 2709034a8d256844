"""A person named with the body they come from right after the name (issue 10): "Commodore (retd) X of the Y
Centre", "X, of the Z Institute, said", "Inspector X of Sweden's National Police"; not a state after "of"
("Senator X of Alaska"), and not staff of a body the person's title makes them head of. Invented sentences."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import text_edges

edges = partial(text_edges, published="2024-05-02")


@pytest.mark.parametrize("text,expected,absent", [
    ("Commodore (retd) Vivek Rao of the Goa Maritime Studies Centre said the jet had kept naval aviation alive.",
     {("Vivek Rao", "AFFILIATED_WITH", "Goa Maritime Studies Centre")}, set()),
    ("Marta Keller, of the Vienna Institute for Security Policy, said the raid had exposed the limits of the model.",
     {("Marta Keller", "AFFILIATED_WITH", "Vienna Institute for Security Policy")}, set()),
    ("The death of Omar Said of Hamas was confirmed on Monday.", {("Omar Said", "AFFILIATED_WITH", "Hamas")}, set()),
    ("Colonel Wang Lei of the Central Military Commission's Joint Staff Department said the parade was larger.",
     set(), {("Wang Lei", "AFFILIATED_WITH", "Central Military Commission")}),
    # a state after "of" is no body the person comes from here; a head's title wins over staff
    ("Senator Lisa Moss of Alaska voted against the pick.", set(), {("Lisa Moss", "AFFILIATED_WITH", "Alaska")}),
    ("Chairman Raj Kumar of Hindustan Aeronautics Limited signed the deal.",
     {("Raj Kumar", "LEADS", "Hindustan Aeronautics")}, {("Raj Kumar", "AFFILIATED_WITH", "Hindustan Aeronautics")}),
])
def test_person_of_body(pipeline, text, expected, absent):
    got = edges(pipeline, text)
    assert expected <= got
    assert not (absent & got)
