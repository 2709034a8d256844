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
a hired force, in security where it is money.

A cue that governs something else on the parse tells nothing of the pair: a cue verb or noun whose objects (the
verb's direct object, the "for"/"of"/"to" object of either) hold neither end of the pair and are neither goods nor a
pronoun ("said they support a new truce", "pledged support for the Palestinians", "hired the Africa Corps" of the
Wagner Group), and a participle or relative clause describing another named actor ("The Houthis, backed by Iran,
... Hamas"). Expelling and mediating are ``against`` words too ("Mali expelled the last Wagner fighters"; "Qatar,
which mediates between Israel and Hamas")."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..context import SentenceContext
from ..coordination import list_head
from ..lexicon import cues
from ..negation import negated
from ..prepositions import prep_objects
from ..relation import Relation
from ..time import published_of
from .catalogued_dyads import norm_name
from .common import DocFacts
from .tie_parties import tie

_GROUPS = frozenset({"Organization", "Company"})
#: a named thing a backing cue may govern besides the pair: goods ("supplied the Shahed-136 to ...")
_GOODS_LABELS = frozenset({"Platform"})
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
        tok = list_head(ctx.head_token(m))
        if tok.dep_ not in ("nsubj", "nsubjpass", "agent", "pobj", "poss", "compound", "amod"):
            continue
        verb = tok.head
        if tok.dep_ == "pobj" and verb.head is not verb:
            verb = verb.head  # "strikes by Israel on ..."
        if tok.dep_ == "nsubjpass" or verb.lemma_.lower() not in against and verb.lower_ not in against:
            continue
        if any(t.i in group_at for t in verb.subtree):
            return True
    for m in state_ms:  # "Qatar, which mediates between Israel and Hamas"
        for rel in ctx.head_token(m).children:
            if rel.dep_ == "relcl" and (rel.lemma_.lower() in against or rel.lower_ in against) \
                    and any(t.i in group_at for t in rel.subtree):
                return True
    return False


def _objects(tok) -> list:
    """The objects a cue governs: a verb's direct object, the "for"/"of"/"to" object of a verb or noun, and a noun
    the parser joins to a verb as its conjunct ("Iran backs both groups, as well as the Houthis")."""
    found = [c for c in tok.children if c.dep_ == "dobj"
             or c.dep_ == "conj" and tok.pos_ == "VERB" and c.pos_ in ("NOUN", "PROPN")]
    return found + prep_objects(tok, ("for", "of", "to"))


def _clause_owner(ctx: SentenceContext, tok, owner_of: dict[int, str]) -> tuple[str | None, str | None]:
    """For a cue that is a participle or relative clause describing a name ("The Houthis, backed by Iran, ..."):
    the entity of its "by" agent (None where none) and the entity it describes; (None, None) for any other cue."""
    if tok.dep_ not in ("acl", "relcl"):
        return None, None
    head = tok.head
    described = owner_of.get(head.i) or next((owner_of[c.i] for c in head.children
                                              if c.dep_ == "compound" and c.i in owner_of), None)
    if described is None:
        return None, None
    backer = next((owner_of[p.i] for a in tok.children if a.dep_ == "agent" for p in a.children
                   if p.dep_ == "pobj" and p.i in owner_of), None)
    return backer, described


def _governs_other(objects: list, pair_at: set[int], goods: set[str], things_at: set[int]) -> bool:
    """Whether a cue's objects name something else than the pair ("support a new truce", "support for the
    Palestinians"): none holds either end, none is a pronoun (it may stand for the group), goods or a named thing
    that is no party (a weapon type)."""
    if not objects:
        return False
    for obj in objects:
        if obj.pos_ == "PRON" or obj.lemma_.lower() in goods or obj.lower_ in goods or obj.i in things_at:
            return False
        if any(t.i in pair_at for t in obj.subtree):
            return False
    return True


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
    compounds = [owned if owned != (None, None) else _clause_owner(ctx, tok, owner_of)
                 for tok, owned in zip(cued, compounds, strict=True)]
    objects = [[] if owned != (None, None) else _objects(tok) for tok, owned in zip(cued, compounds, strict=True)]
    goods = set(lex["goods"])
    states: dict[str, set[str]] = {}
    groups: dict[str, set[str]] = {}
    named: dict[str, list] = {}
    things_at: set[int] = set()
    for m in ctx.mentions:
        entity = facts.entities.get(m.entity) if m.entity else None
        if entity is None:
            continue
        if entity.label in _GOODS_LABELS:
            things_at.update(range(m.start, m.end))
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
            # "The Houthis, backed by Iran": a participle tells only of the actor it describes; "support a new
            # truce": a cue whose objects are something else tells nothing of the pair
            pair_at = {i for m in (*named[s], *named[g]) for i in range(m.start, m.end)}
            if not any((backer is None and described is None or backer in (s, None) and described in (g, None))
                       and not _governs_other(objs, pair_at, goods, things_at)
                       for (backer, described), objs in zip(compounds, objects, strict=True)):
                continue
            kind = patron_kind(s_names, g_names, day.year)
            if kind is None or _set_against(ctx, named[s], named[g], against):
                continue
            if found := tie(ctx, s, "COOPERATES_WITH", g, 0.5, "cooperation-catalogued-proxy",
                            "security" if kind == "funds" else "defense"):
                yield found
