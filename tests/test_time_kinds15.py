"""Session 15 time kinds (graph/relations/time.py): an event's closing sentence does not date it by a
date inside a clause that describes another noun. Texts written for the test."""
from __future__ import annotations

from datetime import date


def test_a_closing_sentence_dates_the_event_only_by_its_own_clause(pipeline):
    from graph.relations.time import event_date

    base = date(2030, 3, 8)  # a Friday
    lead = "Angola and Zambia attended the regional summit in Lusaka on Friday."
    nested = ("The summit closed with a declaration that welcomed the talks between the two armies, whose envoys "
              "signed a truce on 2 March.")
    doc = pipeline.nlp(f"{lead} {nested}")
    doc.user_data["published"] = base.isoformat()
    assert event_date("summit", list(doc.sents), base) == "2030-03-08"
    # the closing verb's own date still ends the event
    doc = pipeline.nlp("Angola and Zambia attended the regional summit in Lusaka. The summit closed on Friday "
                       "with a declaration on the truce.")
    doc.user_data["published"] = base.isoformat()
    assert event_date("summit", list(doc.sents), base) == "2030-03-08"
