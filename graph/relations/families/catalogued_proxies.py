"""A state and the armed group or hired force it backs, both named in one sentence with a backing word: "the
Iran-backed Houthis", "Iran's allies, from Yemen's Houthis to armed groups in Iraq", "Mali's rulers will hire the
Wagner Group" (``patron_proxies.csv``: a state arming, funding or directing a militia, or hiring a private military
company, with years, each row with its public source: Wikipedia's articles on the groups, CFR backgrounders, Crisis
Group and UN Panel or Group of Experts reports).

The patron-proxy twin of the catalogued partnerships (``catalogued_partners.py``): the cue words are the
``patronage`` words of ``cues.yaml``; a cue the sentence negates does not count ("Kigali denies arming the M23"), nor
does a sentence in which the state sets itself against the group: the state the subject of an ``against`` verb
(designating, sanctioning, striking, fighting, accusing) whose clause holds the group ("Iran designated the group";
"Pakistan struck TTP hideouts"). A state named only as a place ("in neighbouring Mali") is no patron, and a cue
written as a compound adjective tells only of the actor it describes ("the Iran-backed Houthis ... Israel and Hamas":
no tie of Iran and Hamas). Only foreign patrons are listed: a state's own private military company is based in it
(the gold's convention). The tie is COOPERATES_WITH in the defence domain where the row's kind is arms, fighters or
a hired force, in security where it is money."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from ..time import published_of
from .catalogued_dyads import norm_name
from .common import DocFacts
from .tie_parties import tie

_GROUPS = frozenset({"Organization", "Company"})
#: words before a name that make it a place, not a patron ("the influence it has won in neighbouring Mali")
_PLACE_WORDS = frozenset({"in", "inside", "across", "into", "near", "over"})


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str, str, int, int], ...]:
    """(patron, group, kind, first year, last year) of every row of ``patron_proxies.csv``, names normalised."""
    from ...reference.offices import DATA_DIR, read_rows

    return tuple((norm_name(r["patron"]), norm_name(r["group"]), r["kind"], int(r["start_year"]),
                  int(r["end_year"]) if r.get("end_year") else 9999)
                 for r in read_rows(DATA_DIR / "patron_proxies.csv"))


def patron_kind(state: set[str], group: set[str], year: int) -> str | None:
    """The kind of a row of ``patron_proxies.csv`` in which one of the names ``state`` backs one of ``group`` in a
    span holding ``year`` (arms, funds, directs, hires), or None.

    >>> patron_kind({"Iran", "Tehran"}, {"Houthis"}, 2024), patron_kind({"Mali"}, {"Wagner Group"}, 2019)
    ('arms', None)
    """
    ns, ng = {norm_name(x) for x in state}, {norm_name(x) for x in group}
    if ns & ng:
        return None
    for patron, proxy, kind, start, end in _rows():
        if patron in ns and proxy in ng and start <= year <= end:
            return kind
    return None


def _set_against(ctx: SentenceContext, state_ms, group_ms, against: set[str]) -> bool:
    """Whether a mention of the state is the subject of an ``against`` verb whose clause holds a mention of the group
    ("Pakistan struck TTP hideouts", "Washington designated the Houthis")."""
    group_at = {i for m in group_ms for i in range(m.start, m.end)}
    for m in state_ms:
        tok = ctx.head_token(m)
        while tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass", "agent", "pobj", "poss", "compound", "amod"):
            continue
        verb = tok.head
        if tok.dep_ == "pobj" and verb.head is not verb:
            verb = verb.head  # "strikes by Israel on ..."
        if tok.dep_ == "nsubjpass" or verb.lemma_.lower() not in against and verb.lower_ not in against:
            continue
        if any(t.i in group_at for t in verb.subtree):
            return True
    return False


def _compound_owner(ctx: SentenceContext, tok, owner_of: dict[int, str]) -> tuple[str | None, str | None]:
    """For a cue written as a compound adjective ("the Iran-backed Houthis"): the entity named before the hyphen and
    the entity whose name the participle describes (None where no name); (None, None) for any other cue."""
    if tok.i < ctx.sent.start + 2 or ctx.doc[tok.i - 1].text != "-":
        return None, None
    head = tok.head
    described = owner_of.get(head.i) or next((owner_of[c.i] for c in head.children
                                              if c.dep_ == "compound" and c.i in owner_of), None)
    return owner_of.get(tok.i - 2), described


def _place(ctx: SentenceContext, m) -> bool:
    """Whether the mention is the object of a place word, right after it or past an article and adjectives
    ("the influence it has won in neighbouring Mali")."""
    start = m.start
    while start > ctx.sent.start and (ctx.doc[start - 1].lower_ == "the" or ctx.doc[start - 1].pos_ == "ADJ"):
        start -= 1
    return start > ctx.sent.start and ctx.doc[start - 1].lower_ in _PLACE_WORDS


def catalogued_proxies(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    day = published_of(ctx.doc)
    if day is None:
        return
    lex = cues()["patronage"]
    words = set(lex["words"])
    owner_of = {i: m.entity for m in ctx.mentions if m.entity for i in range(m.start, m.end)}
    cued = [tok for tok, (lemma, low) in zip(ctx.tokens, ctx.forms, strict=True)
            if (lemma in words or low in words) and (tok.i not in owner_of or ctx.doc[tok.i - 1].text == "-")
            and not negated(ctx, tok)]
    if not cued:
        return
    compounds = [_compound_owner(ctx, tok, owner_of) for tok in cued]
    states: dict[str, set[str]] = {}
    groups: dict[str, set[str]] = {}
    named: dict[str, list] = {}
    for m in ctx.mentions:
        entity = facts.entities.get(m.entity) if m.entity else None
        if entity is None:
            continue
        names = {entity.name, *entity.aliases}
        if entity.label == "Country":
            if _place(ctx, m):
                continue
            states[m.entity] = names
        elif entity.label in _GROUPS:
            groups[m.entity] = names
        else:
            continue
        named.setdefault(m.entity, []).append(m)
    if not states or not groups:
        return
    against = set(lex["against"])
    for s, s_names in states.items():
        for g, g_names in groups.items():
            # "the Iran-backed Houthis ... Israel and Hamas": a compound cue tells only of the actor it describes
            if not any(backer is None and described is None or backer in (s, None) and described in (g, None)
                       for backer, described in compounds):
                continue
            kind = patron_kind(s_names, g_names, day.year)
            if kind is None or _set_against(ctx, named[s], named[g], against):
                continue
            if found := tie(ctx, s, "COOPERATES_WITH", g, 0.5, "cooperation-catalogued-proxy",
                            "security" if kind == "funds" else "defense"):
                yield found
