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
    "chief of defence staff": {"role": "chief of defence staff", "leads": "organisation"},
    "chief of defense staff": {"role": "chief of defense staff", "leads": "organisation"},
    "chief of army staff": {"role": "chief of army staff", "leads": "organisation"},
    "chief of naval staff": {"role": "chief of naval staff", "leads": "organisation"},
    "chief of air staff": {"role": "chief of air staff", "leads": "organisation"},
    **{t: {"role": t, "leads": "organisation"} for t in (
        "military chief", "defence chief", "defense chief", "armed forces chief", "coast guard chief")},
    **{t: {"role": t, "affiliated": "country"} for t in (
        "attorney general", "first lady", "opposition leader")},
    # the roles of people quoted for their institution: "X, a defence economist at Y", "Y's lecturer X"
    **{role: {"role": role, "affiliated": "organisation"} for role in (
        "specialist", "economist", "scholar", "lecturer", "strategist", "historian", "academic", "scientist",
        "political scientist", "research fellow", "visiting fellow", "research director", "commentator",
        "consultant")},
    # a company's officers below its chief executive: "X, Embraer's chief financial officer"
    **{role: {"role": role, "affiliated": "company"} for role in (
        "chief financial officer", "chief operating officer", "chief technology officer", "chief commercial officer",
        "chief strategy officer", "chief marketing officer", "chief information officer", "chief technical officer",
        "finance director", "financial director", "commercial director", "technical director")},
    # a service's members: "X, the Chilean Air Force officer who ran the fair", "a Royal Navy officer"
    **{role: {"role": role, "affiliated": "organisation"} for role in ("officer",)},
}

# titles of a state's service chiefs -> the words naming the service's body ("the army chief, General X" leads
# the sentence's state's army where the text names it, else belongs to that state); None: the whole military
SERVICE_CHIEFS: dict[str, str | None] = {
    "army chief": "army", "navy chief": "navy", "air force chief": "air force", "chief of army staff": "army",
    "chief of naval staff": "navy", "chief of air staff": "air force", "chief of defence staff": None,
    "chief of defense staff": None, "chief of staff": None, "military chief": None, "defence chief": None,
    "defense chief": None, "armed forces chief": None, "coast guard chief": "coast guard",
}

# titles that tie their holder to a state that is not named with them: the sentence's (or article's) state
# ("Vice President X"); an ambassador's or envoy's state is the one that sends them, often unnamed
STATE_TITLES = {"vice president", "senator", "attorney general", "first lady", "opposition leader"}

# a word before a title that ends the office ("the ousted president", "its former leader"): its holder is
# affiliated with the country, no longer leading it ("then-Chancellor X" still led it then: LEADS, dated)
FORMER = {"former", "ousted", "deposed", "toppled", "overthrown", "exiled", "ex", "late", "erstwhile"}

# plural nouns that call the people of a list heads of their states ("Among the presidents who came were
# Egypt's A, Uganda's B and Senegal's C")
LEADER_GROUPS = {"presidents", "leaders", "premiers", "monarchs", "rulers", "heads"}

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
