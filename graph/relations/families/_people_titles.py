"""Titles the relation rules know beyond the mention lexicon's, and the words that turn a leading
title into a subordinate one. Data, not code: extend here.

``leads``/``affiliated`` say what the title ties its holder to, as in ``person_titles`` of the
mention lexicon: ``country``, ``ministry``, ``organisation`` or ``company``.
"""
from __future__ import annotations

from functools import lru_cache

EXTRA_TITLES: dict[str, dict[str, str]] = {
    "secretary": {"role": "secretary", "affiliated": "organisation"},
    "state secretary": {"role": "state secretary", "affiliated": "organisation"},
    "permanent secretary": {"role": "permanent secretary", "affiliated": "organisation"},
    "secretary of state": {"role": "secretary of state", "affiliated": "organisation"},
    "commander-in-chief": {"role": "commander-in-chief", "leads": "organisation"},
    "commander in chief": {"role": "commander in chief", "leads": "organisation"},
    "president and ceo": {"role": "president and CEO", "leads": "company"},
    "executive director": {"role": "executive director", "leads": "organisation"},
    "press secretary": {"role": "press secretary", "affiliated": "organisation"},
    "deputy minister": {"role": "deputy minister", "affiliated": "ministry"},
    "vice minister": {"role": "vice minister", "affiliated": "ministry"},
    "deputy director": {"role": "deputy director", "affiliated": "organisation"},
    "deputy head": {"role": "deputy head", "affiliated": "organisation"},
    "deputy chief": {"role": "deputy chief", "affiliated": "organisation"},
    "speaker": {"role": "speaker", "leads": "organisation"},
    # the roles of people quoted for their institution: "X, a defence economist at Y", "Y's lecturer X"
    **{role: {"role": role, "affiliated": "organisation"} for role in (
        "specialist", "economist", "scholar", "lecturer", "strategist", "historian", "academic", "scientist",
        "political scientist", "research fellow", "visiting fellow", "research director", "commentator",
        "consultant")},
}

# a word before a title that ends the office ("the ousted president", "its former leader"): its holder is
# affiliated with the country, no longer leading it ("then-Chancellor X" still led it then: LEADS, dated)
FORMER = {"former", "ousted", "deposed", "toppled", "overthrown", "exiled", "ex", "late", "erstwhile"}

# titles of a government's voice: with no body named, the spokesman speaks for the sentence's country
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "press secretary"}

# titles whose holder belongs to a state without leading it (heirs): these override the mention lexicon's
AFFILIATED_TITLES: dict[str, dict[str, str]] = {
    "crown prince": {"role": "crown prince", "affiliated": "country"},
    "crown princess": {"role": "crown princess", "affiliated": "country"},
}

# a word before a leading title that makes its holder a subordinate ("deputy general manager")
SUBORDINATE = {"deputy", "vice", "assistant", "under", "associate"}

# titles that lead a ministry's staff, not the ministry: "director general of the defence ministry"
# is its top civil servant, affiliated with it; the minister (or "head") leads it
MINISTRY_LEADERS = ("minister", "secretary", "head")

# words of a government body's name that a "<word> Secretary/Minister" title can name ("Treasury
# Secretary", "Economy Minister"); generic words never pick a body
TOPIC_STOP = {"the", "of", "and", "for", "ministry", "department", "national", "federal", "state", "general",
              "deputy", "vice", "prime", "foreign"}


@lru_cache(maxsize=1)
def titles() -> dict[str, dict[str, str]]:
    """The mention lexicon's person titles with :data:`EXTRA_TITLES` added and :data:`AFFILIATED_TITLES` over them."""
    from ...mentions.lexicon import lexicon

    return {**EXTRA_TITLES, **lexicon()["person_titles"], **AFFILIATED_TITLES}
