"""Titles the relation rules know beyond the mention lexicon's, and the words that turn a leading
title into a subordinate one. Data, not code: extend here.

``leads``/``affiliated`` say what the title ties its holder to, as in ``person_titles`` of the
mention lexicon: ``country``, ``ministry``, ``organisation`` or ``company``.
"""
from __future__ import annotations

from functools import lru_cache

from ...reference.titles import office_catalogue

# a head of state's or government's own advisers, who serve the state (not an institute): "the national
# security adviser, X", "Nigeria's National Security Adviser X" (the office of e.g. the US, UK, India, Nigeria)
NATIONAL_ADVISERS = ("national security adviser", "national security advisor", "presidential adviser",
                     "presidential advisor")

EXTRA_TITLES: dict[str, dict[str, str]] = {
    "secretary": {"role": "secretary", "affiliated": "organisation"},
    "state secretary": {"role": "state secretary", "affiliated": "organisation"},
    "permanent secretary": {"role": "permanent secretary", "affiliated": "organisation"},
    "secretary of state": {"role": "secretary of state", "affiliated": "ministry"},
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
    # a state's service chiefs in their many spellings ("Chief of the General Staff", "Air Force Chief of
    # Staff", "the navy commander"): each is in SERVICE_CHIEFS below
    **{t: {"role": t, "leads": "organisation"} for t in (
        "chief of the general staff", "chief of general staff", "chief of the defence staff", "chief of the defense staff",
        "chief of the army staff", "chief of the naval staff", "chief of the air staff", "chief of the navy",
        "chief of the army", "chief of the air force", "chief of army", "chief of navy", "chief of air force",
        "air force chief of staff", "army chief of staff", "navy chief of staff", "naval chief of staff",
        "chief of staff of the armed forces", "chief of staff of the army", "chief of staff of the air force",
        "chief of staff of the navy", "army commander", "navy commander", "naval commander", "air force commander",
        "commander of the army", "commander of the navy", "commander of the air force", "commander of the armed forces",
        "armed forces commander", "commander-in-chief of the armed forces", "chief of the armed forces",
        "commander of the national guard", "chief of the national guard", "governor", "general secretary")},
    # the Commonwealth armies' titles of a command's head: "General Officer Commanding-in-Chief of the Northern
    # Command", "Flag Officer Commanding-in-Chief", "Air Officer Commanding-in-Chief", "GOC-in-C"
    **{f"{rank} officer {form}": {"role": f"{rank} officer {form}", "leads": "organisation"}
       for rank in ("general", "flag", "air") for form in ("commanding-in-chief", "commanding in chief", "commanding")},
    # the Philippine Navy's head (Wikipedia "Flag Officer in Command of the Philippine Navy")
    "flag officer in command": {"role": "flag officer in command", "leads": "organisation"},
    **{t: {"role": t, "leads": "organisation"} for t in ("goc-in-c", "foc-in-c", "aoc-in-c",
                                                         # the US Army's head of a division or command
                                                         "commanding general",
                                                         # the head of a military academy or school
                                                         "commandant")},
    # a state's envoys: "Britain's High Commissioner to Ghana, X", "the US charge d'affaires"
    **{t: {"role": t, "affiliated": "country"} for t in (
        "high commissioner", "charge d'affaires", "chargé d'affaires", "consul general", "consul-general",
        "defence attache", "defence attaché", "defense attache", "defense attaché", "military attache",
        "military attaché", "ambassador-at-large", "special envoy", "special representative")},
    # heads of a state's region, not of the state: "Chief Minister X" of an Australian territory or Indian state
    **{t: {"role": t, "affiliated": "organisation"} for t in ("chief minister", "first minister", "provincial premier")},
    # the top officer of a state's forces, however the text puts it: "Pakistan's top soldier, General X"
    **{t: {"role": t, "leads": "organisation"} for t in ("top soldier", "top general", "top military officer",
                                                         "top commander", "top military commander")},
    **{t: {"role": t, "affiliated": "country"} for t in ("first vice president", "first vice-president",
                                                          "vice-president", "first deputy prime minister")},
    **{t: {"role": t, "affiliated": "country"} for t in (
        "attorney general", "first lady", "opposition leader", "member of parliament", "parliamentarian",
        "legislator", *NATIONAL_ADVISERS)},
    # the roles of people quoted for their institution: "X, a defence economist at Y", "Y's lecturer X"
    **{role: {"role": role, "affiliated": "organisation"} for role in (
        "specialist", "economist", "scholar", "lecturer", "strategist", "historian", "academic", "scientist",
        "political scientist", "research fellow", "visiting fellow", "research director", "commentator",
        "consultant", "research associate", "senior researcher", "planner", "manager", "senior manager",
        "programme manager", "program manager", "project manager", "category manager", "treasurer")},
    # a company's officers below its chief executive: "X, Embraer's chief financial officer"
    **{role: {"role": role, "affiliated": "company"} for role in (
        "chief financial officer", "chief operating officer", "chief technology officer", "chief commercial officer",
        "chief strategy officer", "chief marketing officer", "chief information officer", "chief technical officer",
        "finance director", "financial director", "commercial director", "technical director")},
    # ranks the mention lexicon leaves out: their holders serve in the armed service the sentence names
    **{rank: {"role": rank, "affiliated": "military"} for rank in (
        "brigadier", "brigadier general", "air marshal", "air vice marshal", "air vice-marshal", "air chief marshal",
        "air commodore", "commodore", "rear admiral", "vice admiral", "fleet admiral", "lieutenant colonel",
        "wing commander", "group captain", "squadron leader", "field marshal", "lieutenant commander",
        "flight lieutenant", "vice-admiral", "rear-admiral", "lieutenant-general", "major-general")},
    # a party's or a movement's people: "X won as the candidate of the governing Y"
    **{role: {"role": role, "affiliated": "organisation"} for role in ("candidate", "presidential candidate",
                                                                        "party leader", "party chairman")},
    # a service's members: "X, the Chilean Air Force officer who ran the fair", "a Royal Navy officer"
    **{role: {"role": role, "affiliated": "organisation"} for role in ("officer",)},
}

def service_relation(title: str, country: str | None) -> str:
    """Whether the holder of the service-chief ``title`` leads the body or serves in it, for the state named
    ``country`` where the catalogue has a row of its own ("Chief of Defence Staff" of India advises, of
    Nigeria commands)."""
    cat = office_catalogue()
    return (cat.get((title, country or "")) or cat[(title, "")])[1]


# titles of a state's service chiefs and heads of its security agencies -> the words naming the body they head
# ("the army chief, General X" leads the sentence's state's army where the text names it, else belongs to that
# state); None: the whole military. Data: reference/data/office_titles.csv (with a source per row)
SERVICE_CHIEFS: dict[str, str | None] = {
    t: (None if body == "armed forces" else body) for (t, country), (body, _) in office_catalogue().items()
    if not country and body != "state"}

# titles that tie their holder to a state that is not named with them: the sentence's (or article's) state
# ("Vice President X"); an ambassador's or envoy's state is the one that sends them, often unnamed
STATE_TITLES = {t for (t, country), (body, _) in office_catalogue().items() if body == "state" and not country} | {
    "vice president", "senator", "attorney general", "first lady", "opposition leader", "first vice president",
    "first vice-president", "vice-president", "first deputy prime minister", "member of parliament", "parliamentarian",
    "legislator", *NATIONAL_ADVISERS}

# a word before a title that ends the office ("the ousted president", "its former leader"): its holder is
# affiliated with the country, no longer leading it ("then-Chancellor X" still led it then: LEADS, dated)
FORMER = {"former", "ousted", "deposed", "toppled", "overthrown", "exiled", "ex", "late", "erstwhile"}

# plural nouns that call the people of a list heads of their states ("Among the presidents who came were
# Egypt's A, Uganda's B and Senegal's C")
LEADER_GROUPS = {"presidents", "leaders", "premiers", "monarchs", "rulers", "heads"}

# titles of a government's voice: with no body named, the spokesman speaks for the sentence's country
# bodies a "secretary" heads rather than serves: a state's security council is run by its secretary
# (Wikipedia: Security Council of Russia, "Secretary of the Security Council"; National Security and
# Defense Council of Ukraine, its Secretary; Security Council of Kazakhstan, Belarus, Armenia likewise)
SECRETARY_LED = ("security council", "security and defense council", "security and defence council")
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "press secretary"}

# titles whose holder belongs to a state without leading it (heirs): these override the mention lexicon's
AFFILIATED_TITLES: dict[str, dict[str, str]] = {
    "crown prince": {"role": "crown prince", "affiliated": "country"},
    "crown princess": {"role": "crown princess", "affiliated": "country"},
}

# words between an office title and a name that are no part of either ("Defence Minister Prince X"); the
# mention lexicon's ranks are added to them
HONORIFICS = {"sheikh", "sheikha", "prince", "princess", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
              "shri", "smt", "h.e.", "excellency", "her", "his"}

# units of a body that its possessive names without naming them ("Leonardo's aircraft division"): their head
# is one of the body's people, not its leader
UNIT_NOUNS = {"division", "divisions", "unit", "business", "arm", "branch", "subsidiary", "department", "directorate",
              "section", "wing", "team", "programme", "program", "segment", "sector", "plant", "factory", "office",
              "bureau", "desk", "battalion", "brigade", "regiment", "squadron", "contingent", "delegation", "mission",
              "base", "fleet", "flotilla", "garrison", "station", "school", "academy", "college"}

# a word before a leading title that makes its holder a subordinate ("deputy general manager")
SUBORDINATE = {"deputy", "vice", "assistant", "under", "associate"}

# titles that lead a ministry's staff, not the ministry: "director general of the defence ministry"
# is its top civil servant, affiliated with it; the minister (or "head") leads it
MINISTRY_LEADERS = ("minister", "secretary", "head")
# a ministry's top civil servant, whose title holds a leader's word ("secretary-general of the Malaysian
# Ministry of Defence", "permanent secretary"): staff, not the minister
MINISTRY_STAFF = ("secretary-general", "secretary general", "permanent secretary", "general secretary")

# words of a government body's name that a "<word> Secretary/Minister" title can name ("Treasury
# Secretary", "Economy Minister"); generic words never pick a body
TOPIC_STOP = {"the", "of", "and", "for", "ministry", "department", "national", "federal", "state", "general",
              "deputy", "vice", "prime", "foreign"}


@lru_cache(maxsize=1)
def titles() -> dict[str, dict[str, str]]:
    """The mention lexicon's person titles with the office catalogue's and :data:`EXTRA_TITLES` added and
    :data:`AFFILIATED_TITLES` over them."""
    from ...mentions.lexicon import lexicon

    catalogued = {t: {"role": t, "affiliated": "country"} if body == "state" else {"role": t, "leads": "organisation"}
                  for (t, country), (body, _) in office_catalogue().items() if not country}
    return {**catalogued, **EXTRA_TITLES, **lexicon()["person_titles"], **AFFILIATED_TITLES}


@lru_cache(maxsize=1)
def office_titles() -> dict[str, dict[str, str]]:
    """The titles that name an office, not a military rank: the ones looked for past the ranks between
    an office and a name ("Defence Minister, Admiral X")."""
    return {k: v for k, v in titles().items() if v.get("affiliated") != "military"}
