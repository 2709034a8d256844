"""One stage per supply or holding per article: the news's, where the article states it twice.

An article about a new deal often says, further down, that the buyer already has the type or got
earlier batches ("Serbia signs for twelve Rafales ... Serbia is the latest export customer", "India
seals a deal for 31 MQ-9Bs ... the navy has flown two leased SeaGuardians since 2020"). The fact's
stage is then how far the deal the article reports has come (ONTOLOGY.md, Time), not the furthest
stage any sentence gives it. So where the statements of one fact fall on both sides of the arrival of
the goods (a deal still ``planned``, ``negotiating`` or ``ordered``; goods ``delivered``,
``delivering`` or ``in_service``), the side of its first statement wins (of the furthest, where the
first sentence states it twice: "has delivered eight and ordered three more"), and within a side the
furthest stage (the store's merge, :func:`graph.store.edges.merged_stage`). A statement of a newer version of a
held type ("an upgraded version of the FA-50 was chosen") does not lead where another statement is of the type
itself. Ending stages
(``cancelled``, ``retired``) are left to the merge, which lets them win. A yes/no question ("Is
Pakistan really buying the J-35?") states no stage where the article answers it elsewhere: it takes
the stage of the answer.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from spacy.tokens import Span

from ...entities import Entity
from ..lexicon import cues
from ..relation import Relation
from .use_stage import _tokens_in, of_new_version

_BEFORE = ("planned", "negotiating", "ordered")  # the goods have not come
_AFTER = ("delivered", "delivering", "in_service")  # some or all have
_RANK = _BEFORE + _AFTER  # the store's order of a deal's course (graph/store/edges.py)
_TYPES = {"SUPPLIES", "OPERATES"}


def _side(stage: str | None) -> tuple[str, ...] | None:
    return _BEFORE if stage in _BEFORE else _AFTER if stage in _AFTER else None


def asks(sentence: str) -> bool:
    """Whether a sentence is a yes/no question: it ends in "?" and its first word, after a label such as
    "Q&A:", is an auxiliary ("Is X buying ...?", "Will Y sign ...?"; not "Why did X buy ...?", which takes
    the purchase as given)."""
    text = sentence.strip()
    if not text.endswith("?"):
        return False
    text = text.rsplit(":", 1)[-1] if ":" in text[:-1] else text
    first = re.match(r"\W*(\w+)", text)
    return first is not None and first.group(1).lower() in cues()["negation"]["yes_no_openers"]


def _move(r: Relation, stage: str) -> None:
    if r.props["stage"] != stage:
        r.said = r.said or r.props["stage"]
        r.props["stage"] = stage


# a year the sentence tells of, not one that bounds a deadline or a span ("by 2030", "until 2031")
_TOLD_YEAR = re.compile(r"(?<![-\u2013/])(?<!\bby )(?<!\buntil )(?<!\bbefore )(?<!\bthrough )\b((?:19|20)\d\d)\b(?![-\u2013/]\d)")


def _year(r: Relation) -> int | None:
    """The year a statement is dated to: its ``when``, else the one year its sentence tells of (a
    cancellation the dating left undated: "Colombia had tried before, and the 2011 purchase fell through")."""
    when = str(r.evidence.get("when") or "").split("/")[0]
    if when[:4].isdigit():
        return int(when[:4])
    told = {int(y) for y in _TOLD_YEAR.findall(str(r.evidence.get("sentence", "")))}
    return told.pop() if len(told) == 1 else None


def _settle_old_endings(stated: list[Relation], published: date | None) -> None:
    """A cancellation dated years before publication, where the fact's first statement says the deal
    went ahead ("Canada signs for 88 F-35s ... in 2010 the plan to buy the F-35 collapsed over cost"),
    ended an earlier attempt, not the deal the article reports: it takes the first statement's stage."""
    lead = stated[0].props["stage"]
    if lead not in _RANK or published is None:
        return
    for r in stated[1:]:
        told = _year(r)
        if r.props["stage"] == "cancelled" and told is not None and told < published.year - 1:
            _move(r, lead)


_OLD_YEARS = 10  # a delivery or an order this many years before publication: the goods are in use
_YEARS = re.compile(r"(?:19|20)\d\d(?:s)?")  # "1992", "1980s"
_NAME_DEPS = {"compound", "nmod", "amod", "appos", "nummod", "poss"}  # the words of a noun's own phrase


def _latest_year(r: Relation) -> int | None:
    """The last year a statement's ``when`` reaches ("1980/1989" -> 1989), when its own sentence writes
    that date ("in the late 1980s", "in 1992"; not a date the headline borrows from the lead); None when
    it has none or is open ("since 2013")."""
    when = str(r.evidence.get("when") or "")
    years = re.findall(r"\d{4}", when)
    if not years or when.endswith("/") or not any(y in str(r.evidence.get("sentence", "")) for y in years):
        return None
    return int(years[-1])


def _told_of_others(r: Relation, sents: list[Span], entities: dict[str, Entity]) -> bool:
    """Whether every year of a statement's sentence sits in a relative clause on other goods than the fact's
    ("The F-35 will replace the air force's CF-18s, jets that entered service in the 1980s": the year is the
    CF-18s', not the F-35's), so the fact is not dated by it."""
    entity = entities.get(r.target)
    if not sents or entity is None or "start" not in r.evidence:
        return False
    sent = sents[bisect_right([x.start_char for x in sents], r.evidence["start"]) - 1]
    goods = {i for m in entity.mentions if sent.start <= m.start and m.end <= sent.end for i in range(m.start, m.end)}
    years = [t for t in sent if _YEARS.fullmatch(t.text) and t.i not in goods]
    if not goods or not years:
        return False
    for year in years:
        clause = next((a for a in year.ancestors if a.dep_ in {"relcl", "acl"} and a.pos_ in {"VERB", "AUX"}), None)
        if clause is None:
            return False  # a year of the main clause: the fact's
        nouns = [clause.head] + ([clause.head.head] if clause.head.dep_ == "appos" else [])  # "X, jets that ..."
        inside = {t.i for t in clause.subtree}
        described = {t.i for n in nouns for t in n.subtree if t.i == n.i or t.dep_ in _NAME_DEPS} - inside
        if described & goods:
            return False  # "the MiG-29s it received in the late 1980s": the goods' own clause
    return True


def _settle_old_deliveries(relations: list[Relation], published: date | None, sents: list[Span] = (),
                           entities: dict[str, Entity] | None = None) -> None:
    """Goods delivered, or ordered, ten years or more before publication have long come: a holding is
    ``in_service`` ("flies the MiG-29s it received from the Soviet Union in the late 1980s"), a supply
    ordered that long ago ``delivered`` ("Finland ordered those jets in 1992"). The deal's first days are
    background to the article, not its news. A year told of other goods, in a relative clause of theirs,
    dates nothing of the fact (:func:`_told_of_others`)."""
    if published is None:
        return
    for r in relations:
        year = _latest_year(r) if r.type in _TYPES else None
        if year is None or year > published.year - _OLD_YEARS or _told_of_others(r, list(sents), entities or {}):
            continue
        stage = r.props.get("stage")
        if r.type == "OPERATES" and stage in {"delivered", "ordered"}:
            _move(r, "in_service")
        elif r.type == "SUPPLIES" and stage == "ordered":
            _move(r, "delivered")


def _of_held_type(stated: list[Relation], sents: list[Span], entities: dict[str, Entity]) -> list[Relation]:
    """The statements of a holding that are of the type itself, where others tell of a newer version of it ("the
    air force flies 12 FA-50s ... an upgraded FA-50 version was chosen, proposed by KAI and shortlisted"): the
    version is still to come, the type is held (all of them where every statement is of a version)."""
    if not sents or stated[0].type != "OPERATES":
        return stated
    starts = [s.start_char for s in sents]

    def of_version(r: Relation) -> bool:
        sent = sents[bisect_right(starts, r.evidence.get("start", 0)) - 1]
        return any(of_new_version(p) for p in _tokens_in(entities.get(r.target), sent))

    return [r for r in stated if not of_version(r)] or stated


def apply(relations: list[Relation], published: date | None = None, sents: list[Span] = (),
          entities: dict[str, Entity] | None = None) -> None:
    """Move, in place, the stage of each statement of a fact on the other side of the goods' arrival
    than its first statement to the furthest stage of the first statement's side, and the stage of a
    question to that of the statements that answer it (``sents`` and ``entities``: the article's, to
    tell the years of its sentences apart)."""
    _settle_old_deliveries(relations, published, sents, entities)
    facts: dict[tuple[str, str, str], list[Relation]] = {}
    for r in relations:
        if r.type in _TYPES and r.props.get("stage"):
            facts.setdefault(r.key(), []).append(r)
    for said in facts.values():
        said.sort(key=lambda r: r.evidence.get("start", 0))
        questions = [r for r in said if asks(str(r.evidence.get("sentence", "")))]
        stated = [r for r in said if r not in questions] or said
        _settle_old_endings(stated, published)
        sides = {_side(r.props["stage"]) for r in stated}
        if len(said) < 2 or None in sides:
            continue  # one statement, or an ending the merge settles
        first = _of_held_type(stated, sents, entities or {})[0]
        lead = [r.props["stage"] for r in stated if r.evidence.get("start") == first.evidence.get("start")]
        side = _side(max(lead, key=_RANK.index))  # the first sentence's furthest: "has delivered eight, and ordered three"
        stage = max((r.props["stage"] for r in stated if r.props["stage"] in side), key=side.index)
        for r in said:
            if r.props["stage"] not in side or r in questions:
                _move(r, stage)
