"""The ``geopol_mentions`` spaCy component: turns the doc's entities into ontology mentions.

It runs after the statistical NER. It maps NER labels onto ontology labels, drops technical
acronyms the NER takes for organisations, gives titled names to people, keeps an ambiguous
catalogue platform ("Tor", "Patriot") only where the context shows equipment, and finds
platforms the catalogue lacks: a designation beside a category noun ("the B-300 maritime patrol
aircraft"), a name before one ("Anka drones"), and names listed beside a known platform or after
"such as"/"including" under a category noun ("models such as the Barys, Alan and Aybar").
Results go to ``doc._.mentions`` (a list of :class:`~graph.mentions.mention.Mention`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import POS
from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from ..ids import fold
from ..ontology import ENTITY_LABELS
from ..reference import ReferenceData, load_reference
from ..text.markup import has_markup
from .admin_places import admin_places
from .bare_aliases import drop_bare_aliases
from .bases import bases_after_phrase, service_bases, stations
from .battles import named_battles
from .blocks import block_names
from .body_names import body_names
from .dated_events import dated_events
from .described_people import attributed, described_people, described_person, later_surnames
from .designations import (
    category_after,
    code_tail_end,
    designation_tail,
    designations,
    family_variants,
    is_designation,
    made_by_participle,
    object_of_goods_verb,
    printed_category,
    variant_letter_end,
)
from .editions import catalogued_stems, editions
from .firms import coordinated_firms, firm_groups, prefixed_firms
from .foreign_names import foreign_names
from .fragments import letter_prefix, repair
from .heads import (
    cued_groups,
    dashed_editions,
    head_label,
    named_operations,
    not_a_platform,
    spaced_editions,
    tailed_events,
)
from .honours import drop_honours
from .layout import doc_text, heading_line, in_headline, is_byline, masthead_line, outside_text, short_line
from .lexicon import category_of, lexicon, name_category_of
from .mention import Mention
from .metonymy import REGION_KINDS, city_reading, region_modifier, state_reading
from .names import NameIndex, whole_names
from .namesakes import namesakes
from .owned_bodies import split_owned_bodies
from .place_incidents import place_incidents
from .placenames import compound_places
from .plain_platforms import (
    category_phrase_after,
    conjunct_holds_platform,
    country_before,
    listed_phrase_with_platform,
    maker_before,
    modifier_before,
    other_platform_word,
    plural_in_prose,
    service_before,
    unit_noun_after,
)
from .region_lists import region_lists
from .shape import (
    banks,
    classified,
    given_names,
    grow,
    implausible,
    placeish,
    ranked_people,
    relabel,
    trim,
    venues,
)
from .shape import words as shape_words
from .ship_classes import ship_classes
from .ships import name_tail_end, named_ships, roster_ships
from .sited import sited_bodies, sited_places
from .state_named_bodies import split_state_named
from .tails import titled_tail
from .unit_names import bare_units, unit_names
from .units import numbered_units, regional_commands, share_of, trailed_units
from .words import lowers, texts, tokens, written_lower

if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", default=None)

DESIGNATION = re.compile(r"^(?=[^a-z]*\d)[A-Z][A-Za-z]{0,4}-?\d{1,4}[A-Za-z0-9]{0,4}(-[A-Z0-9]{1,4})?$"
                         r"|^[A-Z][a-z]{2,12}-\d{1,4}[A-Za-z]?$")
_GOV_HEADS = {"chiefs", "undersecretariat", "secretariat", "presidency", "staff", "ministry", "department", "forces", "force", "army", "navy", "guard", "guards", "agency", "committee",
              "council", "parliament", "senate", "congress", "duma", "majlis", "cabinet", "government", "command",
              "service", "directorate", "office", "bureau", "administration", "corps", "police", "military",
              "commission", "knesset", "bundestag", "bundeswehr", "pentagon", "kremlin", "fleet", "regiment",
              "squadron", "battalion", "flotilla", "court"}
_COMPANY_HEADS = {"bank", "services", "solutions", "group", "industries", "industry", "systems", "corporation", "corp", "inc", "ltd", "limited",
                  "engineering", "aerospace", "technologies", "technology", "dynamics", "holding", "holdings",
                  "electronics", "shipbuilding", "shipyard", "shipyards", "motors", "arms", "aviation", "enterprises",
                  "works", "robotics", "munitions", "ordnance", "ag", "sa", "gmbh", "plc", "jsc", "llc", "co",
                  "company", "airlines", "defence", "defense", "helicopters", "vehicles", "missiles"}
_ORG_HEADS = {"institute", "university", "academy", "foundation", "center", "centre", "association", "society",
              "front", "movement", "party", "brigade", "brigades", "militia", "observatory", "initiative", "school"}
# last words of a state body's name that the lists above leave to an organisation or to none (lexicon.yaml's
# state_body_heads: "the Competition and Markets Authority")
_GOV_HEADS |= set(lexicon()["state_body_heads"])
_ORG_HEADS -= _GOV_HEADS
_BODY_WORDS = _GOV_HEADS | _COMPANY_HEADS | _ORG_HEADS | {"authority"}  # no venue's name ends in these
_TRAILING_PREPS = {"in", "at", "near", "from", "with"}
_MAX_BRANCH_WORDS = 2  # capitalised words between a firm's name and a country's in one subsidiary's name
_NAME_CUT_PREPS = frozenset(lexicon()["name_cut_preps"])  # words inside a place name the NER ran on
# first words of institutes' names in other languages ("Instituto ...", "Fondation ...")
_ORG_FIRST = {"Instituto", "Institut", "Istituto", "Centro", "Fundación", "Fundacion", "Fundação", "Fondation",
              "Fondazione", "Stiftung", "Universidad", "Universidade", "Université", "Universitá", "Academia",
              "Observatorio", "Observatoire"}
# words before "Group" that make it a research body, no firm ("Rideau Defence Policy Group")
_STUDY_GROUP = {"policy", "research", "study", "studies", "crisis", "advisory", "analysis", "strategy", "strategic",
                "contact", "working", "expert", "experts"}
# "the Silver Falcons aerobatic team": a display team flies for an air force, a state body
_DISPLAY_TEAMS = {("aerobatic", "team"), ("aerobatics", "team"), ("display", "team"), ("demonstration", "team"),
                  ("aerobatic", "squadron"), ("skydiving", "team"), ("parachute", "team")}
_OWNERS = {"its", "their", "our"}  # possessives that own equipment ("its Typhoons")
_SERVICE_WORDS = {"air", "naval", "army", "navy", "military", "armed", "marine", "coast"}
_CIVIL_HEADS = {"society", "association", "foundation", "party", "movement", "front", "initiative", "institute",
                "university", "observatory", "club", "union", "museum"}
_COMPANY_CUES = {"firm", "firms", "company", "companies", "maker", "manufacturer", "contractor", "startup",
                 "producer", "supplier", "conglomerate", "shipbuilder", "giant", "venture", "subsidiary",
                 "consortium"}
#: lines of business before "group" or a firm noun ("the engineering group X"): the name is a firm's
_FIRM_SECTORS = {"engineering", "construction", "industrial", "aerospace", "shipbuilding", "energy", "steel",
                 "technology", "tech", "infrastructure", "telecoms", "telecom", "electronics", "arms",
                 "defence", "defense", "mining", "oil", "chemicals", "logistics", "shipping", "investment", "family-owned",
                 "state-owned", "private", "listed", "conglomerate"}
_FAC_HEADS = {"base", "airbase", "airport", "port", "square", "naval", "harbor", "harbour", "cosmodrome", "range",
              "airfield"}
_EVENT_SUFFIX = {"day", "parade", "summit", "war", "exercise", "exercises", "drills", "games", "expo", "airshow",
                 "forum", "conference", "operation", "offensive", "show"}
_DATE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
               "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
_DATELINE_WORDS = {"today", "yesterday", "tomorrow", "tonight"}  # "Firm Today Ukraine ...": a day word, no name word
_NEAR_CATEGORIES = {frozenset(p) for p in (("missile", "air_defense"), ("aircraft", "uav"), ("aircraft", "helicopter"),
                                          ("armored_vehicle", "artillery"), ("missile", "artillery"),
                                          ("naval_vessel", "unmanned_surface_vessel"), ("uav", "missile"))}
# lower-case owners whose possessive names a unit of their kind ("the ministry's ... Section")
_OWNER_NOUNS = {**dict.fromkeys(("ministry", "department", "army", "navy", "government", "agency", "military",
                                 "cabinet", "presidency", "parliament"), "GovernmentBody"),
                **dict.fromkeys(("company", "firm", "group", "manufacturer", "maker", "conglomerate", "contractor",
                                 "shipbuilder", "corporation"), "Company")}
# capitalised words after a country's name that make a place in it ("Niger State", "Kuwait City")
_ADMIN_WORDS = {"State", "City", "Province", "Region", "Governorate", "Oblast", "Prefecture", "County", "District",
                "Territory", "Department"}
# last words of a research body or campaign named after a region ("East Africa Accountability Project")
_NAMED_BODY_HEADS = _ORG_HEADS | {"project", "network", "forum", "trust", "fund", "council", "programme", "program",
                                  "watch", "monitor", "coalition", "alliance", "league", "institute"}
# capitalised words after a known place's name that make a region or state of that name ("Lagos State"):
# the administrative words above but "Department"
_REGION_WORDS = _ADMIN_WORDS - {"Department"}
_JOINABLE = {"Organization", "GovernmentBody", "Company"}  # bodies a place's name may open
_COMPASS = {"Western", "Eastern", "Northern", "Southern", "West", "East", "North", "South", "Central"}
_ROMAN_MARKS = {"II", "III", "IV"}  # "Phantom II", "Eagle II"
_DOCUMENT_HEADS = frozenset(lexicon()["treaty_heads"]) | {"charter", "convention", "declaration", "protocol"}
_AGREEMENT_HEADS = frozenset(lexicon()["treaty_heads"]) | {"memorandum"}
_VENUE_WORDS = frozenset(w for v in lexicon()["venue_heads"] for w in v.split())  # "Moscow's airport"
_NEAR_PREPS = {"near", "outside", "around", "nearby"}  # what stands after them is a place
_VARIANT_CORE = re.compile(r"^(.*\d)[A-Z]{1,2}$")  # "A-29B" -> "A-29", "E-3D" -> "E-3"
_VERSION = re.compile(r"^\d{1,2}\.\d$")
_MARK = re.compile(r"^Mk\.?[0-9]{1,2}[A-Z]?$")  # a mark of a type: "Mk1A", "Mk2"
_NUMBER_NAMES = {"One", "Two", "Three", "Four", "Five"}
_BRACKET_ALIASED = {"Company", "Organization", "GovernmentBody"}
_LIST_CUES = {"such", "including", "like", "namely"}
_DETS = {"the", "a", "an"}
_FORMATIONS = {"brigade", "regiment", "battalion", "squadron"}  # words only a military unit's name holds
_LETTERS = re.compile(r"[A-Z]{1,2}")  # "B", "DG": a variant's letters, cut off a name or a slashed list


def _listed_portfolios(doc: Doc, i: int) -> int:
    """The end of ", Shipping and Waterways" after "Ministry of Ports": a ministry's name listing its
    portfolios, single capitalised words the reference data does not know (``i`` where there is none)."""
    j, seen_and = i, False
    if i >= len(doc) or doc[i].text != ",":
        return i  # a list of three or more: "the Ministry of Defence and Airbus" is two names
    while j + 1 < len(doc) and not seen_and:
        sep, word = doc[j], doc[j + 1]
        if sep.text not in {",", "and"} or not (word.text[:1].isupper() and word.is_alpha) or word.ent_id_ \
                or word.is_sent_start:
            break
        seen_and = sep.text == "and"
        j += 2
    if not seen_and or j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha:
        return i
    return j


def _after_service(doc: Doc, m: Mention, sure: list[Mention]) -> bool:
    """Whether a plain-word platform ("Typhoons", "Patriot") follows an armed service's name or its possessive right
    away ("Royal Air Force Typhoons", "a Hellenic Navy Hydra", "the French army's Leclerc"): the service qualifies
    the equipment it flies (``service_before`` with the services named by a service head word)."""
    heads = set(lexicon()["service_name_heads"])
    ends = {b.end - 1 for b in sure if b.label == "GovernmentBody" and doc[b.end - 1].lower_ in heads}
    return service_before(doc, m.start, ends)


@Language.factory("geopol_mentions", default_config={"extra_reference": []})
def make_mention_finder(nlp: Language, name: str, extra_reference: list[str]) -> MentionFinder:
    return MentionFinder(load_reference(tuple(extra_reference)))


_ROMAN_MARK_WORD = re.compile(r"[IVX]+")
_SERIAL_LABELS = {"Organization", "GovernmentBody", "Company"}


def _coded(text: str) -> bool:
    """A designation's shape: one word with a digit ("C-17A", "F/A-18F", "MQ-9B")."""
    return " " not in text and any(c.isdigit() for c in text)


def _coded_end(text: str) -> bool:
    """A designation, perhaps after its maker's name: the last word has a digit ("C-17A", "Boeing C-17A",
    "Embraer EMB 314", "Sikorsky S-70M")."""
    return _coded(text.split()[-1]) if text.split() else False


def _firm_cued(doc: Doc, start: int) -> bool:
    """The name at ``start`` follows a firm noun ("the shipbuilder X"), or "group" after a nationality or
    a line of business ("the French group X", "the engineering group X"): a firm, whatever the NER says."""
    if start < 2 or doc[start - 1].is_sent_start:
        return False
    prev, before = doc[start - 1], doc[start - 2]
    cue = lexicon()["firm_cue_before_name"]
    if prev.lower_ in _COMPANY_CUES - {"giant"} or prev.lower_ in cue["nouns"]:
        # "the Dutch airline X", "the state bank X", "the naval architects X", "local firm X"
        return before.lower_ in _DETS or before.ent_type_ == "Country" or before.lower_ in _FIRM_SECTORS \
            or before.lower_ in cue["openers"]
    return prev.lower_ == "group" and (before.ent_type_ == "Country" or before.lower_ in _FIRM_SECTORS)


@lru_cache(maxsize=4)
def _type_leads(ref: ReferenceData) -> tuple[frozenset[str], frozenset[str]]:
    """The folded first words of catalogued platform names and aliases ("swathi" of "Swathi radar", "cenk"), and
    those of catalogued firms ("iveco" of "Iveco Defence Vehicles"): a firm's word leads its products' names too."""
    platforms: set[str] = set()
    firms: set[str] = set()
    for entity in ref:
        into = platforms if entity.label == "Platform" else firms if entity.label == "Company" else None
        if into is not None:
            into.update(fold(surface).split()[0] for surface in (entity.name, *entity.aliases) if fold(surface).split())
    return frozenset(platforms), frozenset(firms)


def _printed_type_word(ref: ReferenceData, doc: Doc, tok: Token) -> bool:
    """Whether one plain name before a lower-case equipment phrase can be a type's name: a digit in the word after
    ("Cenk 3D search radar"), a name word before it, or a catalogued type's lead word that is no catalogued firm's
    ("Swathi weapon-locating radars"); not a maker or a place ("Iveco utility trucks", "Barrett sniper rifles",
    "the Qabala early-warning radar")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and any(ch.isdigit() for ch in nxt.text):
        return True
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and not prev.is_sent_start:
        return True
    platforms, firms = _type_leads(ref)
    word = fold(tok.text)
    return word in platforms and word not in firms


def _is_name(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha or bool(DESIGNATION.match(tok.text))


def _category_near(doc: Doc, start: int, end: int, window: int = 4) -> str | None:
    """Category named right after the span (same noun phrase: no verb or punctuation between)."""
    words: list[str] = []
    for tok in doc[end:min(len(doc), end + window)]:
        if tok.is_punct and tok.text not in {"-", "(", ")"} or tok.pos_ in {"VERB", "AUX", "ADP", "CCONJ"}:
            break
        words.append(tok.lower_)
        found = name_category_of(words)
        if found:
            return found
    return None


def _compound_start(doc: Doc, i: int, taken: set[int]) -> int:
    """The first word of the capitalised name whose last word is ``i`` ("Standard" of "Standard Missile"):
    the capitalised compounds right before it that nothing else holds."""
    start = i
    while start > 0 and start - 1 not in taken and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == i \
            and _is_name(doc[start - 1]) and not doc[start - 1].is_sent_start:
        start -= 1
    return start


def _sentence_category(sent: Span) -> str | None:
    return category_of([t.lower_ for t in sent])


def _heading_of(doc: Doc, text: str, start_char: int) -> tuple[int, int] | None:
    """:func:`heading_line` of the line holding ``start_char``, worked out once per line of ``text``."""
    cached = doc.user_data.get("geopol.headings")
    if cached is None or cached[0] is not text:
        cached = doc.user_data["geopol.headings"] = (text, {})
    start = text.rfind("\n", 0, start_char)
    if start not in cached[1]:
        cached[1][start] = heading_line(text, start_char)
    return cached[1][start]


def _titled_services(doc: Doc) -> set[str]:
    """The armed services whose chiefs the document names by a catalogued title ("the Chief of Army Staff":
    the army): in such a text "the army" is the state's own service, a body of its own."""
    from ..reference.titles import office_catalogue

    text = " ".join(lowers(doc)).replace(" - ", "-")
    return {body for (title, _), (body, _) in office_catalogue().items()
            if body in _SERVICE_BODIES and _SERVICE_TITLE_WORDS & set(title.split()) and title in text}


_SERVICE_BODIES = {"army", "navy", "air force", "armed forces", "coast guard"}
_SERVICE_TITLE_WORDS = {"army", "navy", "naval", "air", "defence", "defense", "armed", "coast"}  # not "chief of staff"


def _event_noun(tok: Token) -> bool:
    """Whether a word is an event kind's noun ("Exercise" of "Exercise Malabar 2020"), not a name's
    own first word ("Iron" of "Iron Falcon 25", whose "Falcon" a catalogued series also starts with)."""
    lex = lexicon()
    return tok.lower_ in {n for words in lex["event_kinds"].values() for n in words} | set(lex["event_modifiers"])


class MentionFinder:
    """Callable spaCy component; see the module docstring."""

    def __init__(self, ref: ReferenceData) -> None:
        self.ref = ref
        lex = lexicon()
        self.stop = {s.casefold() for s in lex["stop_entities"]}
        self.titles = {k for k in lex["person_titles"] if " " not in k}
        self.platform_heads = set(lex["platform_heads"])
        self.category_words = {w for cues in lex["category_nouns"].values() for cue in cues for w in cue.split()}
        self.equipment_words = {cue for cues in lex["category_nouns"].values() for cue in cues if " " not in cue}
        self.state_bodies = sorted((b.split() for b in lex["state_bodies"]), key=len, reverse=True)
        self.state_bodies_by_first: dict[str, list[list[str]]] = {}  # the same, by first word, longest first
        for words in self.state_bodies:
            self.state_bodies_by_first.setdefault(words[0], []).append(words)
        self.state_body_titles = set(lex["state_body_titles"])
        self.capitalised_bodies = {tuple(b.split()) for b in lex["state_bodies_capitalised"]}
        self.led_body_verbs = frozenset(lex["state_bodies_led_verbs"])
        self.locative = set(lex["locative_preps"])
        self.motion = set(lex["motion_nouns"])
        self.place_of = set(lex["place_of_nouns"])
        self.departure = set(lex["departure_verbs"])
        self.background = {b.casefold() for b in lex["background_places"]}
        self.venue_heads = {tuple(v.split()) for v in lex["venue_heads"]}
        self.venue_lengths = sorted({len(v) for v in self.venue_heads if v})  # (a name's last words looked up by length)
        self.person_roles = set(lex["person_roles"]) | self.titles
        # role nouns that show a person only in an apposition ("Hong Min, a North Korea specialist at ...")
        self.apposition_roles = self.person_roles | set(lex["apposition_roles"])
        self.tenure_nouns = set(lex["tenure_nouns"])
        self.person_verbs = set(lex["person_verbs"])
        self.government_nouns = set(lex["government_nouns"])
        self.event_verbs = set(lex["event_verbs"])
        self.international = [p.split() for p in lex["international_prefixes"]]
        self.demonyms = {d for e in ref if e.label == "Country" for d in e.demonyms}
        self.state_words = frozenset(self.demonyms | {e.name for e in ref if e.label == "Country"})
        self.ship_prefixes = set(lex["ship_prefixes"])
        self.names = NameIndex(e for e in ref if e.label == "Person")
        self.ranks = {r.casefold() for r in lex["ranks"]}
        self.full_ranks = shape_words()["full_ranks"]
        self.office_titles = self.titles | {"director", "head", "chief", "commissioner", "secretary", "minister"}
        self.families = {form: e.props.get("category") for e in ref if e.label == "Platform"
                         for form in (e.name, *e.aliases) if " " not in form and (DESIGNATION.match(form) or is_designation(form))}

    # -- labelling the NER's and ruler's entities ---------------------------------------------------
    def _strip(self, ent: Span) -> Span | None:
        start, end = ent.start, ent.end
        toks, low = tokens(ent.doc), lowers(ent.doc)
        while start < end and (low[start] in _DETS or toks[start].is_punct):
            start += 1
        while end > start and (toks[end - 1].is_punct or low[end - 1] in {"'s", "\u2019s"}
                               or toks[end - 1].text in _TRAILING_PREPS):
            end -= 1  # "Instituto Sur de Estudios Hemisfericos in" (Buenos Aires)
        # "Armament Agency on Friday": a date after the name is not part of it
        while end - start > 2 and low[end - 1] in _DATE_WORDS and low[end - 2] in {"on", "in"}:
            end -= 2
        # "the Supreme Council of National Defence of May 18": "of" and a day end a body's name
        cut = next((i for i in range(start + 2, end - 1) if low[i] == "of"
                    and low[i + 1] in _DATE_WORDS
                    and all(t.like_num or t.lower_ in _DATE_WORDS or t.is_punct for t in ent.doc[i + 1:end])), None)
        end = cut if cut is not None else end
        # "the Nowa Deba Field Firing Ranges near Tarnobrzeg": a place's name ends before a lower-case "near" and
        # the next place's name (``name_cut_preps``)
        near = next((i for i in range(start + 1, end - 1) if low[i] in _NAME_CUT_PREPS
                     and toks[i].text.islower() and toks[i + 1].text[:1].isupper()), None)
        end = near if near is not None and ent.label_ in {"FAC", "GPE", "LOC"} else end
        return ent.doc[start:end] if end > start else None

    def _mention(self, span: Span, label: str, source: str, ref_id: str | None = None,
                 category: str | None = None, demonym: bool = False) -> Mention:
        return Mention(span.start, span.end, span.start_char, span.end_char, span.text, label, source,
                       ref_id, category, demonym)

    def _extend(self, span: Span) -> Span:
        """A name the NER cut short: "National Bank of the" + "Kyrgyz Republic", "Whiteman Air
        Force" + "Base", "King Khalid" + "International Airport"."""
        doc, end = span.doc, span.end
        toks = tokens(doc)
        if toks[end - 1].lower_ in {"of", "the", "for", "and", "on"}:
            while end < len(doc) and (toks[end].text[:1].isupper() and toks[end].is_alpha
                                      or toks[end].lower_ in {"the", "of"} and end + 1 < len(doc)
                                      and toks[end + 1].text[:1].isupper()):
                end += 1
        else:
            for n in (2, 1):  # a venue head right after the name
                words = doc[end:end + n]
                if len(words) == n and all(t.text[:1].isupper() and t.is_alpha for t in words) \
                        and tuple(t.lower_ for t in words[-1:]) in self.venue_heads:
                    end += n
                    break
            else:  # a two-word venue head the name's last word opens: "National Parade" + "Ground"
                nxt = toks[end] if end < len(doc) else None
                if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha \
                        and (toks[end - 1].lower_, nxt.lower_) in self.venue_heads:
                    end += 1
        if end > span.end or (toks[end - 1].lower_,) in self.venue_heads:  # "Air Force Base" + "Waterkloof"
            stop = end
            while stop < len(doc) and stop - end < 2 and toks[stop].pos_ == "PROPN" and _is_name(toks[stop]) \
                    and not toks[stop].is_sent_start and not toks[stop].ent_id_:
                stop += 1
            if stop < len(doc) and toks[stop].pos_ != "PROPN":
                end = stop
        return doc[span.start:end]

    @staticmethod
    def _head_word(span: Span) -> str:
        """The word a name is about: before its first "of"/"for" ("Presidency of Defense
        Industries"), else its last word."""
        words = [t.lower_ for t in span]
        cut = next((i for i, w in enumerate(words) if w in {"of", "for", "on"} and i > 0), None)
        return words[cut - 1] if cut is not None else words[-1]

    def _state_unit(self, span: Span) -> bool:
        """ "Norwegian Air Operations Centre", "Polish Naval Academy": a state's armed service names the
        body, a state's unit; a society, party or institute stays an organisation."""
        words = {t.lower_ for t in span}
        seq = [t.lower_ for t in span]
        if "of" in seq[1:] and seq[seq.index("of") - 1] in {"university", "academy", "college", "school"} \
                and seq[-1] in {"army", "navy", "force", "forces", "ministry", "guard", "police"}:
            return True  # "National Defense University of the People's Liberation Army": the army's school
        return len(span) > 2 and span[0].text in self.demonyms and bool(words & _SERVICE_WORDS) \
            and self._head_word(span) not in _CIVIL_HEADS

    @staticmethod
    def _formation(span: Span) -> bool:
        """ "Bataan Amphibious Ready Group", "Carrier Strike Group": a "Group" with an arm's word right before
        it (``formation_words``) is a military formation, no firm ("Naval Group" is catalogued)."""
        return len(span) > 2 and span[-1].lower_ == "group" and span[-2].lower_ in shape_words()["formation_words"]

    def _venue(self, span: Span) -> bool:
        """The name ends in a building, venue, base or street word ("Independence Palace")."""
        words = tuple(t.lower_ for t in span)
        # the venue word may come before the name's last words ("Air Force Base Waterkloof")
        # (never past a unit's head: "Air Proving Ground Wing" is a unit, no proving ground)
        units = {head for head in shape_words()["military_unit_heads"] if " " not in head}
        cuts = [n for n in (0, 1, 2) if len(words) - n > 1 and not set(words[len(words) - n:]) & (_BODY_WORDS | units)
                and all(t.text[:1].isupper() for t in span[len(words) - n:])]
        return len(words) > 1 and any(words[:len(words) - n][-k:] in self.venue_heads for n in cuts
                                      for k in self.venue_lengths if k <= len(words) - n) and (
            span[0].text[:1].isupper() or span[0].text[:1].isdigit())  # "1st Royal Air Force Base"

    def _from_ent(self, ent: Span) -> Mention | None:
        span = self._strip(ent)
        if span is not None and not ent.ent_id_:
            span = self._extend(span)
            if span[-1].lower_ in {"of", "the", "for", "and", "on"}:
                return None  # "Government of the": a fragment
            if self._venue(span) and ent.label_ not in {"Platform", "Country", "Alliance"}:
                return self._mention(span, "Place", "pattern" if ent.label_ in ENTITY_LABELS else "ner")
        if span is None or span.text.casefold() in self.stop or not re.search(r"[A-Za-z]", span.text):
            return None
        label, text = ent.label_, span.text
        if label in ENTITY_LABELS:
            ref = self.ref.get(ent.ent_id_) if ent.ent_id_ else None
            if ref is None:  # a pattern's name that the reference data knows ("Gulf Cooperation Council")
                known = {e.id: e for e in self.ref.lookup(text) if e.label != "Platform"}
                if not known and label == "Event" and any(c.isdigit() for c in text):
                    # "KJ-2000" taken for a dated edition ("Zapad-2021"): the catalogue's designation
                    known = {e.id: e for e in self.ref.lookup(text, "Platform")}
                ref = next(iter(known.values())) if len(known) == 1 else None
                label = ref.label if ref is not None else label
            if ref is None:
                words = {t.lower_ for t in span}
                legal = span[-1].text.rstrip(".") in {"Co", "Ltd", "LLC", "LLP", "JSC", "Inc", "GmbH", "AG", "SA", "PLC", "Corp"}
                if label == "Company" and words & self.equipment_words and not legal:
                    return None  # "HIMARS Rocket Systems" names equipment, not a firm
                if {"national", "central", "state"} & words and "bank" in words:
                    label = "GovernmentBody"  # a central bank is a state body
                elif label == "GovernmentBody" and words & {"news", "press", "media", "newswire", "desk", "wire"}:
                    label = "Organization"  # a news agency is no state body
                elif label == "Company" and len(span) > 2 and span[-1].lower_ == "group" \
                        and span[-2].lower_ in _STUDY_GROUP:
                    label = "Organization"  # "Rideau Defence Policy Group": a think tank
                elif label in {"Company", "Organization"} and self._formation(span):
                    label = "GovernmentBody"  # "the Bataan Amphibious Ready Group": a navy's formation
                elif label == "Organization" and span[0].text != "All":  # "All Progressives Congress": a party
                    # "Royal Air Force", "International Golden Group": by the head word
                    head = self._head_word(span)
                    label = ("GovernmentBody" if head in _GOV_HEADS or self._state_unit(span) else
                             "Company" if head in _COMPANY_HEADS else label)
                return self._mention(span, label, "pattern")
            demonym = label == "Country" and text not in (ref.name, *ref.aliases)
            return self._mention(span, label, "reference", ref.id, ref.props.get("category"), demonym)
        nxt = ent.doc[span.end] if span.end < len(ent.doc) else None
        if nxt is not None and nxt.lower_ in self.person_roles and label in {"ORG", "GPE", "NORP"}:
            return None  # "Defense" in "French Defense Minister X"
        prev = ent.doc[span.start - 1] if span.start > 0 else None
        titled = prev is not None and prev.lower_ in self.titles and prev.text[:1].isupper()
        last = self._head_word(span)
        if label in {"ORG", "GPE", "LOC", "FAC", "PRODUCT"} and _firm_cued(ent.doc, span.start):
            return self._mention(span, "Company", "ner")  # "the French group Vinci", "the shipbuilder Austal"
        if label == "PERSON" or (titled and label in {"ORG", "GPE", "NORP"}):
            if DESIGNATION.match(text) or not text[:1].isupper():
                return None
            if prev is not None and prev.lower_ in _COMPANY_CUES and not titled or self._described_as_firm(span) \
                    or not titled and _firm_cued(ent.doc, span.start):
                return self._mention(span, "Company", "ner")  # "the conglomerate Tata Sons"
            return self._mention(span, "Person", "ner")
        if label in {"ORG", "GPE", "LOC", "FAC"} and span[0].text in _ORG_FIRST and len(span) > 1:
            return self._mention(span, "Organization", "ner")  # "Instituto Sur de Estudios Hemisfericos"
        if label in {"ORG", "LAW"} and last in lexicon()["treaty_heads"] and text[:1].isupper() \
                and not {"of", "on", "government"} & {t.lower_ for t in span} \
                and not (span.end < len(span.doc) and span.doc[span.end].lower_ in {"on", "of", "between", "for"}):
            # "the Lamu Defence Pact": an event; "the Agreement on Comprehensive Strategic Partnership" is none
            return self._mention(span, "Event", "ner")
        if label == "ORG":
            if {"national", "central"} & {t.lower_ for t in span} and "bank" in {t.lower_ for t in span}:
                return self._mention(span, "GovernmentBody", "ner")  # a central bank is a state body
            if last in _GOV_HEADS or self._state_unit(span) or self._formation(span):
                return self._mention(span, "GovernmentBody", "ner")
            if last in _COMPANY_HEADS:
                return self._mention(span, "Company", "ner")
            if last in _ORG_HEADS:
                return self._mention(span, "Organization", "ner")
            if DESIGNATION.match(text):
                return None
            context = {t.lower_ for t in ent.doc[max(0, span.start - 3):span.end + 2]}
            if context & _COMPANY_CUES or self._described_as_firm(span):
                return self._mention(span, "Company", "ner")
            if len(span) > 1 or (text.isupper() and len(text) >= 3):
                return self._mention(span, "Organization", "ner")
            return None
        if label in {"GPE", "LOC", "FAC"} and self._described_as_firm(span) and self._firm_headed(span):
            return self._mention(span, "Company", "ner")  # "PowerJet, a joint venture of ...": no place
        if label in {"GPE", "LOC"}:  # (a designation is no place: "the RF-4C reconnaissance model")
            return self._mention(span, "Place", "ner") if text[:1].isupper() and not DESIGNATION.match(text) else None
        if label == "FAC":  # "Zhuhai airport", "the Palace of Independence"
            return self._mention(span, "Place", "ner") if last in _FAC_HEADS or (last,) in self.venue_heads else None
        if label in {"EVENT", "WORK_OF_ART", "LAW", "PRODUCT"} and last in _EVENT_SUFFIX and text[:1].isupper():
            return self._mention(span, "Event", "ner")
        if label == "EVENT" and text[:1].isupper():
            return self._mention(span, "Event", "ner")
        return None

    # -- the shape of a name (graph/mentions/shape.py) ------------------------------------------------
    def _shape(self, doc: Doc, m: Mention) -> Mention | None:
        """Trim, grow, relabel or drop a mention by the shape of its name and what the text calls it."""
        if m.label in {"Country", "GovernmentBody", "Alliance"} and self._numbered_name(doc, m):
            return None  # "Air Force One", "France 24", "Russia 24": a plane's or a channel's name
        if m.ref_id:
            return self._ref_venue(doc, m)
        start, end = trim(doc, m.start, m.end, m.label)
        label = m.label
        if (start, end) != (m.start, m.end) and label == "Organization" and m.source == "pattern":
            head = self._head_word(doc[start:end])  # "Royal Saudi Air Force" without its "F-15s"
            label = "GovernmentBody" if head in _GOV_HEADS else "Company" if head in _COMPANY_HEADS else label
        start, end, label = grow(doc, start, end, label)
        if label == "Company" and start and doc[start - 1].text == "General" \
                and (start == 1 or not doc[start - 2].text[:1].isupper()):
            start -= 1  # "General Atomics Global Corporation": the firm's first word, no rank
        if label == "Place" and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].lower_ in lexicon()["place_name_suffixes"]:
            end += 2  # "Sangdong-ri", "Yeouido-dong": the suffix is part of the village's name
        if label == "Organization" and end - start > m.end - m.start and self._state_unit(doc[start:end]):
            label = "GovernmentBody"  # grown into "... University of the People's Liberation Army"
        titled = start >= 2 and doc[start - 1].lower_ in {"on", "of"} and doc[start - 2].lower_ in shape_words()["document_heads"] \
            or end - start > 2 and doc[start].lower_ in shape_words()["document_heads"] and doc[start + 1].lower_ in {"on", "of"}
        if label in {"Alliance", "Organization"} and titled:
            self._dropped.append((start, end))  # "the Treaty on Comprehensive Strategic Partnership": a text's title
            return None
        if label == "Alliance" and m.source == "pattern" \
                and not {t.lower_ for t in doc[start:end]} & shape_words()["interstate_words"] \
                and not any(e.label == "Alliance" for t in doc[start:end] for e in self.ref.lookup(t.text)):
            label = "Organization"  # "Congo River Alliance" is no bloc of states; "NATO Alliance" is one
        label = relabel(doc, start, end, label, m.source)
        if label == "Organization" and m.source == "ner" and self._military_unit(doc[start:end]):
            label = "GovernmentBody"  # "the Air Development and Test Wing", "Suryakiran Aerobatic Team"
        if label == "Organization" and m.source == "ner" and self._type_name(doc[start:end]):
            label = "Platform"  # "the Advanced Medium Combat Aircraft", "Main Ground Combat System"
        if label is None or implausible(doc, doc[start:end], label, m.source, self.demonyms):
            if end - start > 1:
                self._dropped.append((start, end))  # its parts go too ("Caspian" in "Caspian Business Newswire")
            return None
        if (start, end, label) == (m.start, m.end, m.label):
            return m
        if label == "Platform":
            category = _category_near(doc, end, end) or _sentence_category(doc[start].sent) or "other"
            found = self._mention(doc[start:end], label, "context", category=category)
            if doc[end - 1].tag_ in {"NNS", "NNPS"} and re.search(r"[a-z]s$", found.text) \
                    and not found.text.endswith("ss"):
                found.text = found.text[:-1]  # "Massive Ordnance Penetrators": one platform
            return found
        return self._mention(doc[start:end], label, m.source)

    @staticmethod
    def _type_name(span: Span) -> bool:
        """A capitalised name headed by an equipment noun ("Advanced Medium Combat Aircraft", "Light Combat
        Aircraft Mk2") or by "System" after a weapon word ("Main Ground Combat System") names a type."""
        words = [t for t in span if not _MARK.match(t.text)]
        if len(words) < 2 or not all(t.text[:1].isupper() for t in words):
            return False
        head, before = words[-1].lower_, words[-2].lower_
        if head in {"system", "systems"}:
            return before in {"combat", "weapon", "weapons", "missile", "rocket", "defence", "defense", "artillery"}
        return category_of([head]) is not None and before != "and"

    @staticmethod
    def _military_unit(span: Span) -> bool:
        """A name headed by a word only an armed service's unit takes (``military_unit_heads``)."""
        heads = shape_words()["military_unit_heads"]
        return len(span) > 1 and (span[-1].lower_ in heads or " ".join(t.lower_ for t in span[-2:]) in heads)

    @staticmethod
    def _numbered_name(doc: Doc, m: Mention) -> bool:
        """A known name run on into a number that makes another name ("Air Force One", "France 24")."""
        if m.end >= len(doc) or not doc[m.end - 1].whitespace_:
            return False
        nxt = doc[m.end]
        after = doc[m.end + 1] if m.end + 1 < len(doc) else None
        numbered = nxt.text in _NUMBER_NAMES or nxt.text.isdigit() and len(nxt.text) <= 2
        return numbered and not nxt.is_sent_start and (after is None or after.pos_ not in {"NOUN", "PROPN", "NUM"}) \
            and not share_of(doc, m.end + 1)  # "give the Air Force 75 of the jets": a share of them

    def _fallback(self, doc: Doc, ent: Span) -> Mention | None:
        """A name the labelling rules dropped that the text still shows to be a place ("based at
        Ambala", "the towns of Minova", "the Dashkasan ... directions"), an organisation ("Wazalendo
        militias") or a person ("the ministry's spokesman, Davit Torosian,")."""
        if ent.ent_id_ or ent.label_ not in {"ORG", "FAC", "NORP", "GPE", "LOC", "PRODUCT"}:
            return None
        span = self._strip(ent)
        if span is None or not _is_name(span[0]) or DESIGNATION.match(span[0].text) \
                or span.text.casefold() in self.stop or len(span) > 3:
            return None
        cand = self._mention(span, "Place", "ner")
        prep = self._governing_prep(doc, cand)
        at_ok = prep is None or prep.lower_ != "at" or ent.label_ != "ORG" \
            or prep.head.lower_ in shape_words()["at_place_heads"]
        between = doc[prep.i + 1:span.start] if prep is not None and prep.i < span.start else doc[0:0]
        outlet = any(t.lower_ in shape_words()["outlet_nouns"] for t in between)  # "in the Russian daily X"
        if ent.label_ not in {"NORP", "PRODUCT"} and not outlet and (placeish(doc, span.start, span.end)
                                                     or at_ok and self._locative(doc, cand)):
            return cand
        if classified(doc, span.start, span.end) == "Organization":
            return self._mention(span, "Organization", "ner")
        if len(span) > 1 and self._person_like(doc, cand):
            return self._mention(span, "Person", "ner")
        after = doc[span.end:min(len(doc), span.end + 8)]
        if ent.label_ == "ORG" and after and after[0].text == "," \
                and any(t.lower_ in self.apposition_roles for t in self._apposition(after[1:])):
            return self._mention(span, "Person", "ner")  # "Sukarno, the country's first president,"
        prev = doc[span.start - 1] if span.start else None
        if prev is not None and prev.lower_ in _COMPANY_CUES:
            return self._mention(span, "Company", "ner")  # "the state energy company EPSO-G"
        return None

    def _ref_venue(self, doc: Doc, m: Mention) -> Mention | None:
        """A known place followed by a capitalised venue word is that venue ("Victoria Palace"); one
        that starts an outlet's name is none ("Caspian Business Newswire")."""
        toks = tokens(doc)
        w = shape_words()
        nxt = toks[m.end] if m.end < len(doc) else None
        if m.label == "Country" and nxt is not None and nxt.text in w["airline_words"] \
                and (m.end + 1 >= len(doc) or toks[m.end + 1].lower_ not in _GOV_HEADS | {"defence", "defense"}):
            return self._mention(doc[m.start:m.end + 1], "Company", "pattern")  # "Iran Air", "Turkish Airlines"
        if m.label not in {"Place", "Country"}:
            return m
        if m.start >= 2 and toks[m.start - 1].lower_ == "of" and toks[m.start - 2].text in w["place_of_heads"]:
            return self._mention(doc[m.start - 2:m.end], "Place", "pattern")  # "Port of Taipei"
        if m.label == "Place" and m.start >= 1 and toks[m.start - 1].text == "New" and not toks[m.start - 1].is_sent_start:
            return self._mention(doc[m.start - 1:m.end], "Place", "pattern")  # "New Taipei"
        if m.label != "Place" or nxt is None:
            return m
        region = self._region_of(doc, m)
        if region is not None:
            return region
        for n in (3, 2, 1):  # "Victoria Palace", "Zhuhai Jinwan Airport", "Aktau International Airport"
            words = doc[m.end:m.end + n]
            if len(words) == n and all(t.text[:1].isupper() and t.is_alpha and not t.is_sent_start for t in words) \
                    and (words[-1].lower_,) in self.venue_heads:
                return self._mention(doc[m.start:m.end + n], "Place", "pattern")
        j = m.end
        while j < len(doc) and toks[j].text[:1].isupper() and toks[j].is_alpha and not toks[j].is_sent_start:
            j += 1
        return None if j > m.end and toks[j - 1].lower_ in shape_words()["outlet_heads"] else m

    @staticmethod
    def _region_of(doc: Doc, m: Mention) -> Mention | None:
        """A known place followed by an administrative word names the region or state of that name, a
        place of its own ("Lagos State", "the Grodno region"; not "the Kursk region governor")."""
        nxt = doc[m.end]
        after = doc[m.end + 1] if m.end + 1 < len(doc) else None
        if nxt.is_sent_start or after is not None and after.pos_ in {"NOUN", "PROPN", "ADJ"} and not after.is_sent_start:
            return None
        if nxt.text in _REGION_WORDS or nxt.is_lower and nxt.lower_ in shape_words()["region_suffixes"]:
            span = doc[m.start:m.end + 1]
            return Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Place", "pattern")
        return None

    def _serial_names(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Education, Training and Doctrine Command", "Framework for Peace, Security and Development": a
        body's name that opens with "A and B" after "Word ," lists its words in series; the words before the
        comma (and a name ending in them) are part of it, not a name of their own."""
        ends = {m.end: m for m in mentions}
        taken = {i for m in mentions for i in m.tokens()}
        out, drop = [], set()
        for m in mentions:
            k = m.end  # "Movements for Unity" + ", Justice and Reform": the series goes on after the name
            if m.label in _SERIAL_LABELS and not m.ref_id and " for " in m.text and k + 4 <= len(doc) \
                    and doc[k].text == "," and doc[k + 2].lower_ == "and" and not taken & {k + 1, k + 3} \
                    and all(t.is_alpha and t.text[:1].isupper() for t in (doc[k + 1], doc[k + 3])) \
                    and (k + 4 == len(doc) or not doc[k + 4].text[:1].isupper()):
                m = self._mention(doc[m.start:k + 4], m.label, m.source)
            i = m.start
            if m.label not in _SERIAL_LABELS or m.ref_id or m.end - i < 3 or doc[i + 1].lower_ != "and" \
                    or not doc[i + 2].text[:1].isupper() or i < 2 or doc[i - 1].text != "," \
                    or not (doc[i - 2].is_alpha and doc[i - 2].text[:1].isupper()) or doc[i - 2].is_sent_start:
                out.append(m)
                continue
            start = i - 2
            before = ends.get(i - 1)
            if before is not None and before.label in _SERIAL_LABELS | {"Place", "Person"} and not before.ref_id:
                start = before.start  # "Permanent Strategic Framework for Peace" + ", Security and Development"
                drop.add(id(before))
            elif before is not None:
                out.append(m)
                continue
            elif doc[start - 1].lower_ in {"for", "of", "on"}:  # "Framework for" + "Peace, Security and ..."
                j = start - 1
                while j > 0 and start - j < 7 and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha \
                        and doc[j - 1].lower_ not in _DETS:
                    j -= 1
                start = j if j < start - 1 else start
            out.append(self._mention(doc[start:m.end], m.label, m.source))
        return [m for m in out if id(m) not in drop]

    def _joined_names(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A known place run on into a body's name the patterns found is one name ("Åland" + "Institute
        for Security Studies", "Sahel-" + "Atlantic Security Institute")."""
        toks = tokens(doc)
        by_start = {m.start: m for m in mentions}
        out: list[Mention] = []
        skip: set[int] = set()
        for m in mentions:
            if id(m) in skip:
                continue
            gap = m.end + 1 if m.end < len(doc) and toks[m.end].text == "-" and not toks[m.end - 1].whitespace_ \
                and not toks[m.end].whitespace_ else m.end
            body = by_start.get(gap)
            listed = _listed_portfolios(doc, m.end) if m.label == "GovernmentBody" and not m.ref_id \
                and m.text.startswith(("Ministry of", "Department of")) else m.end
            inside = [n for n in mentions if m.end <= n.start < listed]
            if listed > m.end and not any(n.ref_id for n in inside):
                out.append(self._mention(doc[m.start:listed], "GovernmentBody", m.source))  # "Ministry of Ports,
                skip.update(id(n) for n in inside)  # Shipping and Waterways"
                continue
            owner = by_start.get(m.end + 1) if m.end + 1 < len(doc) and lowers(doc)[m.end] == "of" else None
            if m.label == "Organization" and not m.ref_id and toks[m.end - 1].text == "Party" and owner is not None \
                    and owner.label == "Country" and not owner.demonym:
                out.append(self._mention(doc[m.start:owner.end], "Organization", m.source))  # "Communist Party"
                skip.add(id(owner))  # + "of Vietnam": the party's own name
                continue
            named = self._country_body(doc, m, by_start)
            if named is not None:
                out.append(named)  # "Nigeria" + "Customs Service"
                continue
            if m.label == "Country" and m.ref_id and not m.demonym and m.start > 0 and toks[m.start - 1].text in _COMPASS \
                    and not toks[m.start - 1].is_sent_start and not any(n.end == m.start for n in mentions) \
                    and (m.start < 2 or toks[m.start - 2].text != "-") \
                    and not (m.end < len(doc) and toks[m.end].text[:1].isupper() and toks[m.end].is_alpha):
                out.append(self._mention(doc[m.start - 1:m.end], "Place", "pattern"))  # "Western Australia": a
                continue  # region of the state, no state
            if m.label == "Place" and m.ref_id and body is not None and body.label in _JOINABLE and not body.ref_id \
                    and toks[m.end - 1].text[:1].isupper() and toks[body.start].text[:1].isupper() \
                    and self._head_word(doc[body.start:body.end]) in _ORG_HEADS | _GOV_HEADS:
                out.append(self._mention(doc[m.start:body.end], body.label, body.source))
                skip.add(id(body))
                continue
            out.append(m)
        return out

    def _country_body(self, doc: Doc, m: Mention, by_start: dict[int, Mention]) -> Mention | None:
        """A country's name run on into capitalised words no other name claims that end in a state body's
        word is that body ("the Nigeria Customs Service", "the Kenya Ports Authority")."""
        if m.label != "Country" or not m.ref_id or m.demonym:
            return None
        j = m.end
        while j < len(doc) and j - m.end < 4 and doc[j].text[:1].isupper() and doc[j].is_alpha \
                and not doc[j].is_sent_start and j not in by_start and not doc[j].ent_type_:
            j += 1
        if j == m.end or doc[j - 1].lower_ not in _GOV_HEADS | {"authority"} \
                or j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha:
            return None
        return self._mention(doc[m.start:j], "GovernmentBody", "pattern")

    def _short_country(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Congo" after "Democratic Republic of Congo": the last word of a country named in the
        document is that country."""
        named: dict[str, set[str]] = {}
        for m in mentions:
            if m.label == "Country" and m.ref_id and " " in m.text:
                named.setdefault(m.text.split()[-1], set()).add(m.ref_id)
        return [self._mention(doc[m.start:m.end], "Country", "reference", next(iter(named[m.text])))
                if m.source == "ner" and m.label == "Place" and len(named.get(m.text, ())) == 1 else m
                for m in mentions]  # not "Korea" after both "North Korea" and "South Korea"

    # -- the entity gate ------------------------------------------------------------------------------
    def _gate(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Keep a span only as a plausible name of its label; relabel what the context shows."""
        out: list[Mention] = []
        mentions = repair(doc, mentions, self._mention)  # "Davis-" + "Monthan Air Force Base", "Holos (Voice"
        mentions = namesakes(doc, mentions, self.ref, self.titles | self.ranks | shape_words()["honorifics"],
                             self._mention)  # "Sadia Qureshi" beside a catalogued "Shah Mahmood Qureshi"
        held = {i for m in mentions if m.ref_id or m.label in {"Person", "Country"} for i in m.tokens()}
        for m in mentions:
            if not m.ref_id and m.source in {"ner", "pattern"} and m.label in {"Organization", "GovernmentBody"}:
                end = titled_tail(doc, m.start, m.end, held)  # "Observatory on Defence Industry": one name
                m = m if end == m.end else self._mention(doc[m.start:end], m.label, m.source)
            m = self._gate_one(doc, m)
            if m is not None:
                out.append(m)
        # a name listed with known names of one label has that label ("Rosoboronexport, Kalashnikov and ...")
        at = {i: m for m in out if m.source == "reference" for i in m.tokens()}
        for n, m in enumerate(out):
            if m.source != "ner" or len(m.text.replace("-", " ").split()) > 3:
                continue
            head = doc[m.end - 1]
            sibling_labels = {at[c.i].label for c in head.conjuncts if c.i in at}
            if len(sibling_labels) == 1:
                label = next(iter(sibling_labels))
                if m.end - m.start > 3 and label != "Person":
                    continue  # hyphens count as words only for a person among people ("Miguel Diaz-Canel"),
                    # not to make "Lee Yong-bae" a country beside "Warsaw"
                if label != m.label and label in {"Company", "Country", "Place", "Person"}:
                    out[n] = self._mention(doc[m.start:m.end], label, "ner")
        # a one-word name listed with places and missed by the NER is a place ("Goris, Sotk and Jermuk")
        taken = {i for m in out for i in m.tokens()}
        places = {m.start for m in out if m.label == "Place" and m.end - m.start == 1}
        proper = [p == PROPN for p in doc.to_array(POS).tolist()] if len(doc) else []  # ``t.pos_ == "PROPN"``
        toks = tokens(doc)
        for i, is_proper in enumerate(proper):
            if not is_proper or i in taken:
                continue
            tok = toks[i]
            if not _is_name(tok) or DESIGNATION.match(tok.text) \
                    or tok.is_sent_start or len(tok) < 3 or tok.text.casefold() in self.stop:
                continue
            if any(proper[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(doc)):
                continue  # part of a longer name
            siblings = {c.i for c in tok.conjuncts}
            if siblings & places and siblings <= places | taken:
                out.append(self._mention(doc[tok.i:tok.i + 1], "Place", "ner"))
                taken.add(tok.i)
        out.sort(key=lambda m: m.start)
        # a one-word "person" that starts a platform or firm named in the document is that thing ("Bayraktar")
        first_word = {doc[m.start].text: m.label for m in out
                      if m.label in {"Platform", "Company", "Organization"} and m.end - m.start > 1}
        generic_firm = {doc[m.start].text for m in out if m.label == "Company" and m.end - m.start > 1
                        and all(t.text in shape_words()["company_tails"] | {"Bank"} for t in doc[m.start + 1:m.end])}
        for n, m in enumerate(out):
            if m.source == "ner" and m.label in {"Person", "Place"} and m.end - m.start == 1 and m.text in first_word \
                    and (m.label == "Person" or m.text in generic_firm):  # "Xiamen" stays a city, "Keremet" is the bank
                out[n] = self._mention(doc[m.start:m.end], first_word[m.text], "ner")
        # a "person" named inside a longer name of another label is that thing ("Sky Shield")
        longer = [m for m in out if m.label not in {"Person", "Country", "Place"} and m.end - m.start > 2]
        for n, m in enumerate(out):
            inside = [k for k in longer if f" {m.text} " in f" {k.text} " and k.text != m.text]
            if m.source == "ner" and m.label == "Person" and m.end - m.start > 1 and len({k.label for k in inside}) == 1:
                out[n] = self._mention(doc[m.start:m.end], inside[0].label, "ner")
        # a unit named after its owner's possessive is of the owner's kind ("the ministry's Industrial
        # Cooperation Section", "HAL's Koraput Division")
        at = {i: m for m in out for i in m.tokens()}
        for n, m in enumerate(out):
            if m.source != "ner" or m.label != "Organization" or m.start < 2 \
                    or doc[m.start - 1].lower_ not in {"'s", "\u2019s"}:
                continue
            owner_tok = doc[m.start - 2]
            owner = at.get(owner_tok.i)
            kind = owner.label if owner is not None else _OWNER_NOUNS.get(owner_tok.lower_)
            if kind in {"GovernmentBody", "Company"}:
                out[n] = self._mention(doc[m.start:m.end], kind, "ner")
        # one sense per document: a name the reference data or a pattern labelled keeps that label elsewhere
        sure = {m.text: m for m in out if m.source in {"reference", "pattern"}}
        for n, m in enumerate(out):
            known = sure.get(m.text)
            if m.source == "ner" and known is not None and known.label != m.label:
                out[n] = self._mention(doc[m.start:m.end], known.label, known.source, known.ref_id, known.category)
        placed = {m.text for m in out if m.label == "Place" and m.source == "ner"}
        for n, m in enumerate(out):
            if m.source == "ner" and m.label in {"Person", "Organization"} and m.text in placed:
                out[n] = self._mention(doc[m.start:m.end], "Place", "ner")
        out = self._by_head(doc, out)
        # an extended name swallows the mentions inside it
        longest = sorted(out, key=lambda m: m.start - m.end)
        kept: list[Mention] = []
        for m in longest:
            if not any(k.start <= m.start and m.end <= k.end for k in kept):
                kept.append(m)
        return sorted(self._lone_names(doc, kept), key=lambda m: m.start)

    def _cued_names(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Names the noun before them labels (mentions/heads.py): an armed group or gang after "gang",
        "cartel"; an event after "an operation named". They replace the NER's guesses on their tokens."""
        known = {i for m in mentions if m.ref_id for i in m.tokens()}
        found = [(s, e, "Organization", None) for s, e in cued_groups(doc, known)]
        found += [(s, e, "Event", kind) for s, e, kind in named_operations(doc) if not known & set(range(s, e))]
        found += [(s, e, "Event", None) for s, e in tailed_events(doc, known)]
        designs = {i for m in mentions if m.ref_id and m.label == "Platform" for i in m.tokens()}
        found += [(s, e, "Event", None) for s, e in dashed_editions(doc, known - designs)]  # "Joint Sword-2024A"
        stems = catalogued_stems(self.ref)  # ("Malabar 2020": a catalogued series' edition, found later)
        found += [(s, e, "Event", None) for s, e in spaced_editions(doc, known - designs)  # "Quadriga 2024", "Aurora 23"
                  if not any(m.start <= s and e <= m.end and m.end - m.start > e - s for m in mentions)
                  and doc[s:e - 1].text not in stems and not (doc[s + 1:e - 1].text in stems and _event_noun(doc[s]))]
        for s, e, label, kind in found:  # (an operation's kind rides on the mention's category)
            mentions = [m for m in mentions if m.end <= s or m.start >= e] + [
                self._mention(doc[s:e], label, "pattern", category=kind)]
        places = {i for m in mentions if m.ref_id and m.label == "Place" for i in m.tokens()}
        for s, e, name in named_battles(doc, known - places):  # "the battle for Bakhmut": the Battle of Bakhmut
            battle = self._mention(doc[s:e], "Event", "pattern", category="operation")  # (nothing on show)
            battle.text = name
            mentions = [m for m in mentions if m.end <= s or m.start >= e] + [battle]
        for s, e in place_incidents(doc, mentions):  # "the 1999 Kargil war", "the Pahalgam attack"
            mentions = [m for m in mentions if m.end <= s or m.start >= e] + [
                self._mention(doc[s:e], "Event", "pattern", category="operation")]
        return mentions

    def _by_head(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Labels from a name's head word and neighbours (mentions/heads.py); the other mentions of a
        relabelled name follow it, as one name keeps one sense in a document."""
        relabelled: dict[str, str | None] = {}
        covered = {i for m in mentions for i in m.tokens()}
        mentions = [m for m in mentions if not self._fragment(doc, m, covered)]
        for m in mentions:
            if m.ref_id or m.source not in {"ner", "pattern"}:
                continue
            label = head_label(doc, m.start, m.end, m.label)
            if m.label in {"Company", "Organization"} and m.end - m.start == 1 \
                    and m.text.lower() in _COMPANY_HEADS | _ORG_HEADS:
                label = None  # "Group", "Defence", "navy" alone: a word of a name, no name
            if label != m.label:
                relabelled.setdefault(m.text, label)
        out = []
        for m in mentions:
            label = relabelled.get(m.text, m.label) if not m.ref_id and m.source in {"ner", "pattern"} else m.label
            if label is None:
                continue
            out.append(m if label == m.label else self._mention(doc[m.start:m.end], label, m.source))
        return out

    def _fragment(self, doc: Doc, m: Mention, covered: set[int]) -> bool:
        """An organisation's name that a capitalised word no name claims and "for"/"of" open is the tail of
        a longer Title Case name ("Trump Route for" + "International Peace and Prosperity"), no name."""
        if m.ref_id or m.label != "Organization" or m.start < 2 or doc[m.start - 1].lower_ not in {"for", "of"}:
            return False
        word = doc[m.start - 2]
        return word.text[:1].isupper() and word.is_alpha and not word.is_sent_start and word.i not in covered \
            and word.lower_ not in self.office_titles | self.ranks and word.lower_ not in self.person_roles

    def _lone_names(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A one-word "person" the NER guessed is a person only where the text shows one: a fuller
        name of the document ends or starts with it, a title or role stands before it, or it speaks
        ("Boric said"). Otherwise it is a firm named like a person ("Rhone Capital and Maxam did not
        comment"), a type's name ("the Aurora") or a place; a name the document also gives a firm's or
        a platform's label takes that label."""
        words = {w for m in mentions if m.label == "Person" and m.end - m.start > 1
                 for w in (doc[m.start].text, doc[m.end - 1].text)}
        labelled = {m.text: m for m in mentions if m.label in {"Company", "Organization", "Platform"}}
        out = []
        for m in mentions:
            if m.source != "ner" or m.label != "Person":
                out.append(m)
                continue
            other = labelled.get(m.text)
            if other is not None:  # "the private equity firm Rhone Capital" ... "Rhone Capital and ..."
                out.append(self._mention(doc[m.start:m.end], other.label, other.source, other.ref_id, other.category))
                continue
            if m.end - m.start > 1 or m.text in words:
                out.append(m)
                continue
            prev = doc[m.start - 1] if m.start else None
            nxt = doc[m.end] if m.end < len(doc) else None
            if prev is not None and (prev.lower_ in self.person_roles or prev.lower_ in shape_words()["honorifics"]
                                     or prev.lower_ in lexicon()["ranks"]) \
                    or nxt is not None and nxt.lower_ in self.person_verbs \
                    or nxt is not None and nxt.text == "," and m.end + 1 < len(doc) \
                    and (doc[m.end + 1].lower_ in self.person_verbs or any(
                        t.lower_ in self.person_roles for t in self._apposition(doc[m.end + 1:m.end + 9]))):
                # "Sukarno, the country's first president,"; "Dmitry" + "Shugaev, director of ...": its given names
                start = given_names(doc, m.start, m.end)
                out.append(m if start == m.start else self._mention(doc[start:m.end], "Person", m.source))
            elif nxt is not None and nxt.lower_ in {"and", "&"} and m.end + 1 < len(doc) \
                    and doc[m.end + 1].text[:1].isupper() and m.end + 2 < len(doc) and doc[m.end + 2].text == "(":
                out.append(m)  # "Larsen and Toubro (L&T)": a piece of a long form before its acronym
        return out

    def _governing_prep(self, doc: Doc, m: Mention) -> Token | None:
        """The preposition a mention (or the first item of its list) is the object of."""
        tok = doc[m.end - 1]
        for _ in range(6):
            if tok.dep_ == "conj" or tok.dep_ in {"compound", "flat"} and tok.head.i > tok.i:
                tok = tok.head
                continue
            break
        if tok.dep_ == "pobj" and tok.head.pos_ == "ADP":
            return tok.head
        prev = doc[m.start - 1] if m.start > 0 else None
        return prev if prev is not None and prev.pos_ == "ADP" else None

    def _locative(self, doc: Doc, m: Mention) -> bool:
        """ "in Moscow", "near Baisogala", "a visit to Moscow", "the village of X", "the capital X"."""
        if m.start and doc[m.start - 1].lower_ == "capital":
            return True  # "Yemen's capital Sanaa", "the Kazakh capital Astana": the city
        if self._possessive(doc, m):
            owned = doc[m.end - 1].head
            if owned.i >= m.end and not owned.text[:1].isupper() and owned.lower_ not in self.place_of \
                    and owned.lower_ not in _VENUE_WORDS:
                return False  # "through Washington's sales programme": the state's ("Moscow's outskirts": the city)
        prep = self._governing_prep(doc, m)
        if prep is None:
            return False
        if prep.lower_ == "for":
            return prep.head.lemma_ in self.departure  # "Trump left for Doha"
        if prep.lower_ in self.locative:
            return prep.head.lower_ not in self.government_nouns  # "the governments in Bamako" are the state
        if prep.lower_ == "to":
            return prep.head.lower_ in self.motion or prep.head.lemma_ in self.motion
        return prep.lower_ == "of" and prep.head.lower_ in self.place_of and not self._possessive(doc, m)  # "heart of X's plan"

    def _seat_of_government(self, doc: Doc, m: Mention) -> bool:
        """ "In Bangkok, Prime Minister X said ...": a capital opening the sentence before its
        government or a titled person who speaks or governs stands for the state, not the city."""
        prep = doc[m.start - 1] if m.start else None
        if prep is None or prep.lower_ != "in" or not prep.is_sent_start or m.end + 1 >= len(doc) \
                or doc[m.end].text != ",":
            return False
        subject = {t.lower_ for t in doc[m.end + 1:min(len(doc), m.end + 5)]}
        return bool(subject & (self.person_roles | self.government_nouns | {"ministry", "cabinet"})) \
            and prep.head.lemma_ not in self.event_verbs

    @staticmethod
    def _named_person(doc: Doc, m: Mention) -> bool:
        """The words after "of" in the mention are a name the NER saw as a person's."""
        return any(t.ent_type_ in {"PERSON", "Person"} for t in doc[m.start + 2:m.end])

    def _possessive(self, doc: Doc, m: Mention) -> bool:
        return m.end < len(doc) and doc[m.end].lower_ in {"'s", "\u2019s"}

    def _person_like(self, doc: Doc, m: Mention) -> bool:
        """Two or three capitalised words ("Jean-Brice Dumont") a role word or a speech verb
        shows to be a person ("chief executive, X,", "correspondent X", "X said")."""
        span = doc[m.start:m.end]
        words = [t for t in span if t.text != "-"]
        if not 2 <= len(words) <= 4 or any(not t.is_alpha or not t.text[:1].isupper() or t.text.isupper()
                                           for t in words):
            return False
        heads = _GOV_HEADS | _COMPANY_HEADS | _ORG_HEADS | _FAC_HEADS | _EVENT_SUFFIX
        if any(t.lower_ in heads or self.ref.lookup(t.text) for t in words):
            return False
        sent = doc[m.start].sent
        before = [t.lower_ for t in doc[max(sent.start, m.start - 6):m.start] if not t.is_punct]
        after = doc[m.end:min(sent.end, m.end + 8)]
        if after and after[0].lower_ in self.person_roles:
            return False  # "Foreign Affairs Secretary X": the words before a title name the office
        if any(w in self.person_roles for w in before[-4:]) or before[-1:] and before[-1] in self.person_roles:
            return True
        if attributed(doc, m.start, m.end):
            return True  # '"...," said Thabo Nkosi of the X Unit'
        if after and after[0].text == "," and any(t.lower_ in self.apposition_roles for t in self._apposition(after[1:])):
            return True
        if len(after) > 1 and after[0].lower_ in {"'s", "\u2019s"} and after[1].lower_ in self.tenure_nouns:
            return True  # "Sebastian Pinera's presidency"
        k = 2 if len(after) > 2 and after[0].lower_ == "of" and after[1].lower_ == "the" else 1
        if len(after) > k and after[0].lower_ == "of" and after[k].ent_id_.startswith("country:") \
                and after[k].ent_iob_ == "B" and any("-" in t.text or not t.text.isascii() for t in words):
            return True  # "Faustin-Archange Touadera of the Central African Republic": a leader of a state
        if after and (after[0].lower_ in self.person_verbs
                      or after[0].text == "," and len(after) > 1 and after[1].lower_ in self.person_verbs):
            return True
        last, words, lower = span[-1].text, texts(doc), lowers(doc)  # (the word lists: no Token per word)
        return any(w == last and i + 1 < len(words) and lower[i + 1] in self.person_verbs
                   for i, w in enumerate(words) if not m.start <= i < m.end)

    @staticmethod
    def _described_as_firm(span: Span) -> bool:
        """ "Draken International, a US company that ...", "X, a Rio de Janeiro maker of ...", "X, the
        joint venture ...", "X, a shipping group ...": the apposition after the name calls it a firm (its
        words up to a verb or punctuation)."""
        doc, i = span.doc, span.end
        if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"a", "an", "the"}:
            return False
        for tok in doc[i + 2:min(len(doc), i + 10)]:
            if tok.is_punct and tok.text != "-" or tok.pos_ in {"VERB", "AUX"} \
                    and tok.lower_ not in shape_words()["place_particles"]:  # ("São José dos Campos")
                return False
            if tok.lower_ in {"whose", "which", "who"}:
                return False  # "X, the industry association whose subsidiary ...": the head came before
            sector_group = tok.lower_ == "group" and doc[tok.i - 1].lower_ in _FIRM_SECTORS  # "a shipping group"
            if (tok.lower_ in _COMPANY_CUES or sector_group) \
                    and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in {"'s", "\u2019s"}):
                return True  # (not "Toulouse, the company's home town")
        return False

    @staticmethod
    def _firm_headed(span: Span) -> bool:
        """The apposition after ``span`` is headed by its firm noun: the noun's own words open it ("X, a
        joint venture of ...", not "Vadodara, the first time a private company ...")."""
        doc, i = span.doc, span.end
        cue = next((t for t in doc[i + 2:min(len(doc), i + 10)] if t.lower_ in _COMPANY_CUES or t.lower_ == "group"), None)
        return cue is not None and cue.left_edge.i <= i + 2

    @staticmethod
    def _apposition(tokens: Span) -> list[Token]:
        """The words of an apposition up to its first verb, preposition or punctuation ("the
        Moldovan-born politician", not "attended by Defence Minister")."""
        out: list[Token] = []
        for tok in tokens:
            glued = tok.i > 0 and tok.doc[tok.i - 1].text == "-"
            if tok.text != "-" and (tok.is_punct or tok.pos_ in {"VERB", "AUX", "ADP"} and not glued):
                break
            out.append(tok)
        return out

    def _gate_one(self, doc: Doc, m: Mention) -> Mention | None:
        toks = tokens(doc)
        span = doc[m.start:m.end]
        words = m.text.split()
        if m.label == "GovernmentBody" and not m.ref_id and any(
                words[:len(p)] == p and len(words) > len(p) for p in self.international):
            return self._mention(span, "Organization", m.source)  # "UN Security Council": no state's body
        # "Background:", "Buyer:", "**Background.**": a fact box's field label or a heading, not a name
        line_start = m.start == 0 or "\n" in toks[m.start - 1].text_with_ws or not toks[m.start - 1].is_alpha \
            and (m.start == 1 or "\n" in toks[m.start - 2].text_with_ws or not toks[m.start - 2].is_alpha)
        after = toks[m.end] if m.end < len(doc) else None
        if not m.ref_id and m.label in {"Organization", "Place", "Person", "Company"} and m.end + 1 < len(doc) \
                and (toks[m.end].lower_, toks[m.end + 1].lower_) in _DISPLAY_TEAMS:
            return self._mention(span, "GovernmentBody", m.source)  # "the Silver Falcons aerobatic team"
        if len(span) == 1 and not m.ref_id and line_start and (
                after is None or after.text in {":", "."} or "\n" in span[-1].text_with_ws or after.is_space):
            return None
        if m.label not in {"Event", "Person"} and m.text.casefold() in _DATE_WORDS:
            return None  # "fired missiles at it in June", "said on Friday that drones ...": a date, no name
        entry = self.ref.get(m.ref_id)
        prev = toks[m.start - 1] if m.start else None
        if m.label in {"Company", "Organization", "GovernmentBody"} and entry is None and after is not None and (
                after.text in {"Minister", "Secretary", "Undersecretary"}  # "Defence Industry Minister X": a title
                or after.lower_ in {"law", "act", "bill", "legislation", "statute"} and m.source == "ner"
                or m.label != "GovernmentBody" and after.text[:1].isupper() and after.lower_ in _AGREEMENT_HEADS):
            return None  # "the CAATSA law", "a Strategic Shipbuilding Agreement": a statute, no organisation
        if m.label == "Place" and entry is not None and entry.props.get("kind") in {"ocean", "sea", "supra_region"} \
                and after is not None and after.text[:1].isupper() and after.lower_ in _DOCUMENT_HEADS:
            return None  # "the North Atlantic Treaty": a document's name, no ocean ("the Liptako-Gourma Charter"
            # is named after a region the annotation keeps)
        if m.label == "GovernmentBody" and words[0] in {"ministry", "department"} and len(words) > 2 \
                and any(p.label == "Person" for p in self.ref.lookup(" ".join(words[2:]))) | self._named_person(doc, m):
            return None  # "the ministry of Sergei Shoigu": a minister's ministry described, no name
        if m.label == "GovernmentBody" and words[-1] in {"Forces", "Force"} and after is not None \
                and after.text == "Minister":
            # "French Armed Forces Minister X": the minister's title, no force; its demonym stays the country's
            country = next((e for e in self.ref.lookup(words[0], "Country") if words[0] in e.demonyms), None)
            return self._mention(doc[m.start:m.start + 1], "Country", "reference", country.id, demonym=True) \
                if country is not None else None
        if m.label == "GovernmentBody" and entry is None and words[-1] == "Staff" and m.start >= 2:
            k = m.start - 1 - (prev.lower_ == "the")  # "Chief of the Air Staff"
            if k >= 1 and toks[k].lower_ == "of" and toks[k - 1].lower_ in {"chief", "chiefs"}:
                return None  # "Chief of Defence Staff", "Chief of Naval Staff": an office's title, no body
        if entry is None and m.label in {"Organization", "GovernmentBody", "Company"} and m.source == "ner" \
                and m.start >= 2 and prev.lower_ == "of" and toks[m.start - 2].text[:1].isupper() \
                and toks[m.start - 2].lower_ in self.office_titles and not {w.lower() for w in words} & _BODY_WORDS:
            return None  # "Director of Public Relations and Information": an office's title, no body
        if entry is None and m.label != "Platform" and all(w.lower() in self.ranks for w in words) \
                and any(w.lower() in self.full_ranks for w in words):
            return None  # "Air Marshal", "Fleet Admiral" before a name: a rank, no body
        if m.label == "Platform" and entry is not None and entry.ambiguous and m.end - m.start == 1 \
                and m.end < len(doc) and toks[m.end].pos_ == "PROPN" and toks[m.end].text.istitle() \
                and len(toks[m.end]) > 2 and not toks[m.end].ent_type_ and toks[m.end].is_alpha \
                and (m.end + 1 >= len(doc) or not toks[m.end + 1].text[:1].isupper()) \
                and prev is not None and (prev.lower_ in {"'s", "\u2019s", ","} or prev.lower_ in self.person_roles):
            return self._mention(doc[m.start:m.end + 1], "Person", "ner")  # "Chile's Gabriel Boric": no missile
        if m.label in {"Place", "Country"} and entry is not None and not m.demonym and m.end - m.start == 1 \
                and prev is not None and prev.text[:1].isupper() \
                and (prev.lower_ in self.titles or prev.lower_ in shape_words()["honorifics"]):
            end = m.end  # "Defence Cabinet Secretary Aden Duale": the surname after a place-named first name
            while end < len(doc) and toks[end].pos_ == "PROPN" and toks[end].is_alpha and toks[end].text.istitle() \
                    and not toks[end].ent_type_ and end - m.end < 2:
                end += 1
            return self._mention(doc[m.start:end], "Person", "ner")  # "Crown Princess Victoria", "Princess Sofia": no city
        if m.label == "Place":
            if m.text.casefold() in self.background or (entry is not None and entry.name.casefold() in self.background):
                return None
            if entry is not None and entry.props.get("kind") in REGION_KINDS and not m.demonym \
                    and not (entry.props.get("kind") != "supra_region" and m.text.casefold() == entry.name.casefold()) \
                    and region_modifier(doc, m.end):
                return None  # "the Atlantic coast", "Caribbean leaders": a word of a description (a sea or
                # ocean named in full is not: "the Caspian Sea coastline" is along the sea)
            if entry is None and not m.demonym and m.end - m.start == 1 and _adjective_of(doc[m.start]):
                return None  # "its Nordic neighbours", "a wider Nordic pattern": an adjective is no place
            if entry is not None and entry.props.get("kind") == "capital" and (
                    not (self._locative(doc, m) or city_reading(doc, m.start, m.end)) or self._seat_of_government(doc, m)
                    or state_reading(self._governing_prep(doc, m))):  # "read in Moscow as a warning"
                country = self.ref.find("Country", entry.props.get("country", ""))
                if country is not None:  # "Moscow said": the state, an alias of the country
                    return self._mention(span, "Country", "reference", country.id)
        if m.source == "ner" and m.label == "Person" and len(span) == 1 and span[0].is_sent_start \
                and (span[0].tag_ == "NNS" or written_lower(doc, span[0].lower_)):
            return None  # "Photographs circulated ...", "Weather and numbers": a common noun opening a line
        if m.source == "ner" and m.label == "Person" and not self._possessive(doc, m) and self._locative(doc, m):
            prev = toks[m.start - 1] if m.start else None
            if prev is None or prev.lower_ not in self.titles:
                return self._mention(span, "Place", "ner")  # "in Gliwice", "towards Artanish and Sotk"
        if m.source == "ner" and m.label == "Organization" and prev is not None and prev.lower_ in _NEAR_PREPS \
                and not {w.lower() for w in words} & _BODY_WORDS:
            return self._mention(span, "Place", "ner")  # "ranges near Tan-Tan": only a place is near
        prep = self._governing_prep(doc, m) if m.source == "ner" and m.label == "Organization" else None
        if prep is not None and prep.lower_ == "of" and prep.head.lower_ in self.place_of \
                and toks[m.end - 1].lower_ not in _ORG_HEADS | _GOV_HEADS | _COMPANY_HEADS:
            return self._mention(span, "Place", "ner")  # "the port of Tanger Med"
        if m.source == "ner" and m.label in {"Organization", "Place", "Company"} and self._person_like(doc, m):
            return self._mention(span, "Person", "ner")
        return m

    def _platform_sense(self, doc: Doc, m: Mention) -> Mention:
        """A designation two platforms share, resolved by the category noun beside it: "Typhoon
        armoured vehicles" are not the Eurofighter. Another catalogue entry of that category with
        the same first word takes the mention, else it is a platform of its own."""
        entry = self.ref.get(m.ref_id)
        if m.label != "Platform" or entry is None:
            return m
        near = _category_near(doc, m.end, m.end, 4)
        own = entry.props.get("category")
        if near is None or near == own or own in {None, "other"} or frozenset((near, own)) in _NEAR_CATEGORIES:
            return m  # "IRIS-T air defense systems": a missile's system, the same thing
        word = m.text.split()[0].split("-")[0].casefold()
        other = next((e for e in self.ref if e.label == "Platform" and e.props.get("category") == near
                      and any(s.split()[0].split("-")[0].casefold() == word for s in (e.name, *e.aliases))), None)
        span = doc[m.start:m.end]
        if other is not None:
            return self._mention(span, "Platform", "reference", other.id, near)
        return self._mention(span, "Platform", "context", None, near)

    # -- platforms ----------------------------------------------------------------------------------
    def _in_list_with_platform(self, doc: Doc, mention: Mention, platform_tokens: set[int]) -> bool:
        head = doc[mention.end - 1]  # "Dhruv and Rudra helicopters": the sibling a compound of the noun
        return conjunct_holds_platform(head, platform_tokens) or head.dep_ == "conj" and head.head.i in platform_tokens

    def _list_after_cue(self, sent: Span) -> list[tuple[int, int, str | None]]:
        """Name spans listed after "such as"/"including" under a category or platform noun."""
        found: list[tuple[int, int, str | None]] = []
        doc = sent.doc
        toks, low = tokens(doc), lowers(doc)
        for k in range(sent.start, sent.end):  # (the words first: a token only where a cue stands)
            if low[k] not in _LIST_CUES:
                continue
            tok = toks[k]
            i = tok.i + 1
            if tok.lower_ == "such":
                if i >= sent.end or toks[i].lower_ != "as":
                    continue
                i += 1
            # the governing noun: the nearest noun before the cue
            gov = next((t for t in reversed(doc[sent.start:tok.i]) if t.pos_ in {"NOUN", "PROPN"}), None)
            if gov is None:
                continue
            gov_words = [t.lower_ for t in doc[max(sent.start, gov.i - 4):gov.i + 1]]
            category = category_of(gov_words)
            if category is None and gov.lower_ not in self.platform_heads:
                continue
            items: list[tuple[int, int, str | None]] = []
            while i < sent.end:
                t = toks[i]
                if t.lower_ in _DETS or t.text in {",", "and", "or", "the"}:
                    i += 1
                    continue
                if not _is_name(t):
                    break
                j = i
                while j + 1 < sent.end and _is_name(toks[j + 1]) and toks[j + 1].lower_ not in self.category_words:
                    j += 1
                items.append((i, j + 1, category))
                i = j + 1
            if len(items) >= 2 or (items and category):
                found.extend(items)
        return found

    def _platform_candidates(self, doc: Doc, taken: set[int]) -> list[tuple[int, int, str | None]]:
        """Designations and names beside a category noun, outside other mentions."""
        toks = tokens(doc)
        out = []
        for i, text in enumerate(texts(doc)):
            if i in taken or not (text[:1].isupper() or DESIGNATION.match(text)) or out and i < out[-1][1]:
                continue  # (no name: see _is_name)
            tok = toks[i]
            if not _is_name(tok):
                continue
            designation = bool(DESIGNATION.match(tok.text))
            next_cat = _category_near(doc, tok.i + 1, tok.i + 1, 4) or printed_category(doc, tok.i + 1) \
                if designation else None
            if not designation:
                # "Anka drones", "Caracal military transport helicopters"
                nxt = toks[tok.i + 1] if tok.i + 1 < len(doc) else None
                if nxt is None or tok.pos_ != "PROPN" or tok.is_sent_start:
                    continue
                if nxt.is_lower:
                    next_cat = category_after(doc, tok.i + 1, 4) or _category_near(doc, tok.i + 1, tok.i + 1, 3)
                if next_cat is None and (nxt.is_lower or nxt.text[:1].isdigit()) and not tok.is_upper \
                        and _printed_type_word(self.ref, doc, tok):
                    # "Swathi weapon-locating radars", "Cenk 3D search radar"; not "AESA radar", "Elta radar"
                    next_cat = printed_category(doc, tok.i + 1, min_words=2)
                if tok.ent_type_ and (tok.ent_type_ in ENTITY_LABELS or tok.ent_type_ == "NORP"):
                    continue  # ("Jihadist fighters": a creed's people, no aircraft)
                if (tok.lower_,) in self.venue_heads and tok.i > 0 and toks[tok.i - 1].text[:1].isupper():
                    continue  # "across Parade Square as jets flew over": a name ending in a venue word is a place
            if next_cat is None:
                continue
            start = tok.i
            while start - 1 >= 0 and start - 1 not in taken and toks[start - 1].pos_ == "PROPN" \
                    and toks[start - 1].text[:1].isupper() and not toks[start - 1].is_sent_start:
                start -= 1
            start = letter_prefix(doc, start, taken)  # "C-Star anti-ship missiles": not "Star"
            end = code_tail_end(doc, tok.i + 1, taken) if designation else tok.i + 1  # "E195-E2": one name
            out.append((start, end, next_cat))
        return out

    def _maker_town(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Xian H-6K", "Shaanxi Y-8": a town or province printed right before a platform names its
        maker's works, part of the type's name, no place of the text."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if prev is not None and prev.label == "Place" and m.label == "Platform" and prev.end == m.start \
                    and not self._locative(doc, prev) and not doc[prev.start].is_sent_start:
                out[-1] = self._mention(doc[prev.start:m.end], "Platform", m.source, m.ref_id, m.category)
                continue
            out.append(m)
        return out

    def _named_places(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Arturo Merino Benitez" + "International Airport": a venue named after a person is one place;
        "Niger" + "State", "Kuwait" + "City": a country's name and an administrative word name a place in it."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if prev is not None and prev.end == m.start and prev.label in {"Person", "Place", "Organization"} \
                    and not prev.ref_id and m.label == "Place" and not m.ref_id and doc[m.start].text[:1].isupper() \
                    and (doc[m.end - 1].lower_,) in self.venue_heads and not doc[m.start].is_sent_start:
                out[-1] = self._mention(doc[prev.start:m.end], "Place", "pattern")
                continue
            if m.label == "Place" and m.ref_id:  # "East Africa" + "Accountability Project": a body named after it
                j = m.end
                while j < len(doc) and j - m.end < 3 and doc[j].text[:1].isupper() and doc[j].is_alpha \
                        and not doc[j].ent_type_ and not doc[j].is_sent_start:
                    j += 1
                if j > m.end and head_label(doc, m.start, j, "Organization") is None:
                    continue  # "Pacific" + "Maritime Security Program": a programme, neither place nor body
                if j > m.end and doc[j - 1].lower_ in _NAMED_BODY_HEADS:
                    m = self._mention(doc[m.start:j], "Organization", "pattern")
            out.append(m)
            if m.label == "Country" and not m.demonym and m.end < len(doc) and doc[m.end].text in _ADMIN_WORDS \
                    and not doc[m.end].is_sent_start:
                span = doc[m.start:m.end + 1]
                known = self.ref.find("Place", span.text)
                out[-1] = self._mention(span, "Place", "reference" if known else "pattern", known.id if known else None)
        return out

    def _state_bodies(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Denmark's defense ministry", "Denmark's own air force", "the Argentine air force": lower-case bodies
        after a country."""
        taken = {i for m in mentions for i in m.tokens()}
        bodies = {m.start for m in mentions if m.label == "GovernmentBody"}
        low = lowers(doc)
        out = []
        for m in mentions:
            if m.label != "Country":
                continue
            i = m.end + (1 if m.end < len(doc) and low[m.end] in {"'s", "\u2019s"} else 0)
            own = i > m.end and i + 1 < len(doc) and low[i] == "own"
            i += own  # "Sweden's own air force", "its own parliament"; "India's own armed forces" stays unnamed
            for words in self.state_bodies_by_first.get(low[i], ()) if i < len(doc) else ():  # longest first
                j = i + len(words)
                if j > len(doc) or low[i:j] != words or taken & set(range(i, j)) \
                        or own and " ".join(words) in {"armed forces", "military", "forces"}:
                    continue
                last = doc[j - 1]
                if last.dep_ in {"amod", "compound", "nmod"} and last.head.i >= j and not self._titled_body(doc, j) \
                        and not any(t.tag_ in {"VBD", "VBZ", "VBP"} or t.tag_ == "VBN" and last.head.dep_ == "ROOT"
                                    for t in doc[j:last.head.i]):
                    continue  # not "military" in "Indian military aircraft" ("Poland's navy fielded units": a
                    # finite verb the parse read as a modifier is the body's verb)
                if j + 1 < len(doc) and low[j] == "," and (j + 1 in bodies or low[j + 1] == "the" and j + 2 in bodies):
                    break  # "the German armed forces, the Bundeswehr,": the name that follows is the body
                if tuple(words) in self.capitalised_bodies and doc[i].is_lower and not self._led(doc[j - 1]):
                    break  # "Emirati special forces": the state's troops, no unit (``state_bodies_capitalised``)
                out.append(self._mention(doc[i:j], "GovernmentBody", "pattern"))
                break
        taken |= {i for m in out for i in m.tokens()}
        unowned = {"ministry"} | _titled_services(doc)
        for i in range(len(doc) - 1):  # "the defence ministry said", "the army": the state's body without its state
            if i in taken or not (i and low[i - 1] == "the" or self._opens_titled_body(doc, i)):
                continue
            for words in self.state_bodies_by_first.get(low[i], ()):
                j = i + len(words)
                titled = self._titled_body(doc, j)
                if not (unowned & set(words) or " ".join(words) in unowned) or j > len(doc) or low[i:j] != words or taken & set(range(i, j)) \
                        or doc[j - 1].dep_ in {"amod", "compound"} and doc[j - 1].head.i >= j and not titled:
                    continue
                if titled and "ministry" not in words or not titled and (not i or low[i - 1] != "the"):
                    continue  # a title's body without its state only a ministry ("foreign ministry spokesman X"),
                    # not "the army chief" (the state's own officer, of no body the text names)
                out.append(self._mention(doc[i:j], "GovernmentBody", "pattern"))
                break
        return out

    def _led(self, tok: Token) -> bool:
        """Whether ``tok`` (a body's last word) is the object of a leading verb ("who leads Egypt's special
        forces"): a unit a leader heads (``state_bodies_led_verbs``), not the state's troops in passing."""
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.led_body_verbs

    def _titled_body(self, doc: Doc, j: int) -> bool:
        """Whether the lower-case body ending before token ``j`` qualifies a title noun right after it
        (``state_body_titles``: "the army chief", "defence ministry spokesman"): the body of the title's holder."""
        return j < len(doc) and doc[j].lower_ in self.state_body_titles and doc[j - 1].head.i == j

    def _opens_titled_body(self, doc: Doc, i: int) -> bool:
        """Whether token ``i`` may open a body named without "the" before a title ("In Beijing, foreign ministry
        spokesman X"): it opens its sentence or follows a comma, and is lower-case or only sentence-capitalised."""
        tok = doc[i]
        return (tok.is_sent_start or i > 0 and doc[i - 1].text == ",") and (tok.is_lower or tok.is_sent_start)

    def _company_branches(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Hanwha Aerospace Australia": a firm's name followed by a country name is one firm, also with up
        to two capitalised words between them that no other name holds ("Boeing Defence Australia",
        "Saab FFVO India", "General Atomics Global India": a national subsidiary)."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if (prev is not None and prev.label == "Company" and m.label == "Country" and not m.demonym
                    and doc[m.start].text[:1].isupper() and self._branch_words(doc, prev.end, m.start)):
                out[-1] = self._mention(doc[prev.start:m.end], "Company", "pattern")
                continue
            out.append(m)
        return out

    def _branch_words(self, doc: Doc, start: int, end: int) -> bool:
        """Whether ``doc[start:end]`` (between a firm's name and a country's) is empty or one or two
        capitalised name words of one line: no title, role, weekday, month or sentence start ("Defence", "Global")."""
        if end - start > _MAX_BRANCH_WORDS:
            return False
        if end > start and (in_headline(doc, doc[start].idx) or heading_line(doc_text(doc), doc[start].idx)):
            return False  # "Saab Wins India Deal": a Title Case heading's verb, no name word
        return all(t.text[:1].isupper() and t.is_alpha and not t.is_sent_start and "\n" not in t.whitespace_
                   and t.lower_ not in self.person_roles and t.lower_ not in self.office_titles
                   and t.lower_ not in _DATE_WORDS and t.lower_ not in _DATELINE_WORDS
                   for t in doc[start:end])  # "signed by Rheinmetall Thursday Ukraine said": a weekday, no name word

    def _split_designation(self, doc: Doc, m: Mention) -> list[Mention]:
        """ "Royal Saudi Air Force F-15s": a body's name and the designation after it are two names."""
        cut = designation_tail(doc, m.start, m.end) if m.label not in {"Platform", "Person"} and not m.ref_id else None
        if cut is None:
            return [m]
        body, code = doc[m.start:cut], doc[cut:m.end]
        entry = next(iter(self.ref.lookup(code.text, "Platform") or self.ref.lookup(code.text[:-1], "Platform")), None)
        named = self._named_designation(doc, cut, m.end) if entry is None and m.end - cut > 1 else None
        if entry is None and m.end - cut > 1 and named is None:
            return [m]  # "European F-16 Training Center": words after a designation split off only as a known type
        known = [e for e in self.ref.lookup(body.text) if e.label != "Platform"]
        head = self._head_word(body)
        label = known[0].label if known else "GovernmentBody" if head in _GOV_HEADS else \
            "Company" if head in _COMPANY_HEADS else m.label
        return [self._mention(body, label, "reference" if known else m.source, known[0].id if known else None),
                self._mention(code, "Platform", "reference" if entry else "context", entry.id if entry else None,
                              (entry or named).props.get("category") if entry or named else None)]

    def _named_designation(self, doc: Doc, cut: int, end: int):
        """The known type a designation and the name words after it belong to when the pair itself is no
        catalogue name: "C-130J" + "Hercules" (a word of the C-130J's own names), not "F-16" + "Training
        Center". The pair stays a name of its own (a variant may be its own entity), the type gives its category."""
        code = doc[cut].text
        entry = next(iter(self.ref.lookup(code, "Platform") or self.ref.lookup(code[:-1], "Platform")), None)
        if entry is None:
            return None
        own = {w.lower() for n in [entry.name, *entry.aliases] for w in n.split()}
        rest = [t.text.lower() for t in doc[cut + 1:end]]
        return entry if all(w in own or w.rstrip("s") in own for w in rest) else None

    def _keep_country(self, doc: Doc, m: Mention) -> bool:
        """Drop "American" in "South American nation" and the like."""
        if m.demonym and m.end + 1 < len(doc) and doc[m.end].text == "-" \
                and doc[m.end + 1].lower_ in shape_words()["period_words"]:
            return False  # "Soviet-era designs": a period, not a state
        if m.end < len(doc) and doc[m.end].lower_ in shape_words()["currency_words"]:
            return False  # "US dollars", "Russian rubles": money
        if m.demonym and m.end < len(doc) and doc[m.end].lower_ in shape_words()["language_words"]:
            return False  # "its Portuguese initials", "the Arabic name": a language, not a state
        if not m.demonym or m.start == 0:
            return True
        prev = doc[m.start - 1]
        return not (prev.text in {"South", "North", "Latin", "Central", "East", "West", "Southeast", "Pan"}
                    and not self.ref.lookup(f"{prev.text} {m.text}", "Country"))

    def _counted_plural(self, doc: Doc, m: Mention) -> bool:
        """A plain-word platform in its plural, counted or owned ("28 Typhoons", "its own Rafales", "their
        Patriots"), is equipment: a storm, a team or a people is no plural counted so (not "Tamil Tigers",
        not "the 1990s Typhoons": a capitalised word or a year before it is no count)."""
        word = doc[m.end - 1]
        if m.end - m.start != 1 or word.tag_ not in {"NNPS", "NNS"} and not word.text.endswith("s") \
                or m.start == 0 or not word.text[:-1] or self.ref.find("Platform", word.text[:-1]) is None:
            return False
        prev = doc[m.start - 1]
        if prev.lower_ == "own" and m.start >= 2:
            prev = doc[m.start - 2]
        count = prev.like_num and not re.fullmatch(r"(?:19|20)\d\d", prev.text) and prev.text[:1].isdigit() \
            or prev.like_num and prev.is_lower
        return count or prev.lower_ in _OWNERS

    def _ambiguous(self, m: Mention) -> bool:
        """A catalogue platform matched by a plain word ("Tor", "Atlas", "Patriot"), not a designation."""
        return (m.label == "Platform" and m.ref_id is not None and self.ref.get(m.ref_id).ambiguous
                and " " not in m.text and not any(c.isdigit() or c == "-" for c in m.text))

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[Mention] = []
        self._dropped: list[tuple[int, int]] = []
        for ent in doc.ents:
            m = self._from_ent(ent) or self._fallback(doc, ent)
            if m is not None and (m.label != "Country" or self._keep_country(doc, m)):
                m = self._shape(doc, m)
            if m is not None and (m.label != "Country" or self._keep_country(doc, m)):
                mentions.append(m)
        mentions = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in self._dropped)]
        mentions = self._place_name_runs(doc, mentions)  # "New South" + "Wales": one place
        mentions = whole_names(doc, mentions, self.names, self.ref,  # "Yoon Seo-yeon", "Denis Sassou Nguesso"
                               lambda s, e, r: self._mention(doc[s:e], "Person", "reference" if r else "ner", r))
        for s, e in ranked_people(doc):  # "Air Chief Marshal Zaheer Ahmed Babar Sidhu": the whole name
            if not any(m.source == "reference" and m.start < e and s < m.end for m in mentions):
                mentions = [m for m in mentions if m.end <= s or m.start >= e] + [self._mention(doc[s:e], "Person", "pattern")]
        taken = {i for m in mentions for i in m.tokens()}
        # a lone word the NER guessed as a place or body, or a catalogue's plain-word type ("Arjun"), may be
        # a word of a person's name the text describes ("Gergely Fodor, a researcher at ...")
        weak = {m.start: m for m in mentions if m.end - m.start == 1 and (
            m.source == "ner" and not m.ref_id and m.label in {"Place", "Organization", "Company"} or self._ambiguous(m))}
        for s, e in described_people(doc, taken - set(weak)):  # "X, who studies ...", "said X of the Y Unit"
            mentions = [m for m in mentions if not (s <= m.start < e and weak.get(m.start) is m)]
            mentions.append(self._mention(doc[s:e], "Person", "pattern"))
            taken |= set(range(s, e))
        for i in later_surnames(doc, [(m.start, m.end) for m in mentions if m.label == "Person"], taken):
            mentions.append(self._mention(doc[i:i + 1], "Person", "pattern"))  # "Vogt is a veteran of ..."
            taken.add(i)
        people = {tuple(m.text.split()) for m in mentions if m.label == "Person"}
        for i, m in enumerate(mentions):  # "Admiral R. Hari Kumar" ... "Hari Kumar took over": the person
            words = tuple(m.text.split())
            if m.source == "ner" and m.label != "Person" and not m.ref_id and len(words) >= 2 \
                    and any(len(p) > len(words) and p[-len(words):] == words for p in people):
                mentions[i] = self._mention(doc[m.start:m.end], "Person", "ner")
        for i, m in enumerate(mentions):  # the NER's "organisation" the text describes as a person
            if m.source == "ner" and m.label == "Organization" and not m.ref_id and described_person(doc, m.start, m.end):
                mentions[i] = self._mention(doc[m.start:m.end], "Person", "ner")
        mentions += [self._mention(doc[s:e], label, "pattern") for s, e, label in banks(doc, taken)]
        countries = {i for m in mentions if m.label == "Country" for i in m.tokens()}
        for s, e, name in venues(doc, countries):
            mentions = [m for m in mentions if m.end <= s or m.start >= e]
            venue = self._mention(doc[s:e], "Place", "pattern")
            venue.text = name  # "Holzdorf Air Base"
            mentions.append(venue)
        for s, e in service_bases(doc) + bases_after_phrase(doc) + stations(doc):  # "RAAF Base Amberley", "at RAF Cosford"
            if any(m.start <= s and e <= m.end and m.label == "Place" for m in mentions):
                continue  # a place already (a catalogued base, or inside a longer place's name)
            mentions = [m for m in mentions if m.end <= s or m.start >= e] + [self._mention(doc[s:e], "Place", "pattern")]
        for s, e in compound_places(doc, mentions, lambda m: self._locative(doc, m)):  # "Ronchi dei Legionari"
            mentions = [m for m in mentions if m.end <= s or m.start >= e] + [self._mention(doc[s:e], "Place", "pattern")]
        for n in sited_bodies(doc, mentions, _BODY_WORDS):  # "Faya-Largeau in the north"
            mentions[n] = self._mention(doc[mentions[n].start:mentions[n].end], "Place", "ner")
        mentions += [self._mention(doc[s:e], "Place", "pattern") for s, e in sited_places(doc, mentions)]  # "off Coquimbo"
        spans = numbered_units(doc) + regional_commands(doc, mentions) + trailed_units(doc)  # "the 7th Fleet"
        for s, e in spans:
            if any(m.start <= s and e <= m.end and m.source == "reference"
                   and (m.label != "GovernmentBody" or m.end - m.start > e - s) for m in mentions):
                continue  # (a catalogued body that holds the unit's words is that body: "US Third Fleet")
            mentions = [m for m in mentions if m.end <= s or m.start >= e] + [
                self._mention(doc[s:e], "GovernmentBody", "pattern")]
        for s, j, e in prefixed_firms(doc):  # "OOO Stankoimport", "Trading House Vector"
            if any((m.start, m.end, m.label) == (s, e, "Company") for m in mentions):
                continue
            known = next(iter(self.ref.lookup(doc[s:e].text, "Company") or self.ref.lookup(doc[j:e].text, "Company")), None)
            mentions = [m for m in mentions if m.end <= s or m.start >= e] + [
                self._mention(doc[s:e], "Company", "reference" if known else "pattern", known.id if known else None)]
        for s, e in coordinated_firms(doc):  # "ESG Elektroniksystem- und Logistik-GmbH": one firm
            known = next(iter(self.ref.lookup(doc[s:e].text, "Company")), None)
            mentions = [m for m in mentions if m.end <= s or m.start >= e] + [
                self._mention(doc[s:e], "Company", "reference" if known else "pattern", known.id if known else None)]
        for s, e in firm_groups(doc, mentions):  # "Anil Ambani's Reliance group": the firm "Reliance Group"
            group = self._mention(doc[s:e], "Company", "pattern")
            group.text = doc[s:e - 1].text + " Group"
            mentions = [m for m in mentions if m.end <= s or m.start >= e] + [group]
        mentions = self._named_ships(doc, mentions)  # "the frigate Bung Tomo", later "the Bung Tomo"
        mentions = self._cued_names(doc, mentions)  # "the gang Tren de Aragua", "a mission named Eastern Sentry"
        mentions.sort(key=lambda m: m.start)
        mentions = self._serial_names(doc, self._joined_names(doc, mentions))  # "Åland Institute for Security Studies"
        mentions = body_names(doc, mentions, lambda a, b, lab: self._mention(doc[a:b], lab, "pattern"),
                              self.state_words)  # "X Institute of Science and Technology"
        mentions = self._gate(doc, drop_honours(doc, self._short_country(doc, mentions)))  # no "Squadron Leader" body
        mentions = self._maker_town(doc, [self._platform_sense(doc, m) for m in mentions])
        mentions = self._named_places(doc, mentions)
        mentions += self._state_bodies(doc, mentions)
        mentions = split_owned_bodies(doc, mentions, self.ref, lambda a, b, lab, r: self._mention(
            doc[a:b], lab, "reference" if r else "pattern", r))  # "General Staff" of "the Azerbaijani Armed Forces"
        mentions = split_state_named(doc, mentions, self.ref, lambda a, b, lab, r, dem: self._mention(
            doc[a:b], lab, "reference", r, demonym=dem))  # "US" + "Fifth Fleet", "Senate" of "the Czech Republic"
        mentions = self._company_branches(doc, mentions)
        mentions = [self._variant_name(doc, x) for m in mentions for x in self._split_designation(doc, m)]
        unsure = [self._ambiguous(m) for m in mentions]  # (of a mention's fields: equal mentions agree)
        sure = [m for m, u in zip(mentions, unsure, strict=True) if not u]
        ambiguous = [m for m, u in zip(mentions, unsure, strict=True) if u]
        fixed = {i for m in sure if m.source in {"reference", "pattern"} and m.label != "Platform" for i in m.tokens()}
        fixed |= {i for m in ambiguous for i in m.tokens()}

        # platforms the catalogue lacks
        new: list[Mention] = []
        for sent in doc.sents:
            for start, end, category in self._list_after_cue(sent):
                if not any(i in fixed for i in range(start, end)):
                    new.append(self._mention(doc[start:end], "Platform", "context", category=category))
        taken = fixed | {i for m in new for i in m.tokens()} | {i for m in sure if m.label == "Platform" for i in m.tokens()}
        for start, end, category in self._platform_candidates(doc, taken):
            new.append(self._mention(doc[start:end], "Platform", "context", category=category))

        platform_tokens = {i for m in sure + new if m.label == "Platform" for i in m.tokens()}
        service_ends = {m.end - 1 for m in sure if m.label == "GovernmentBody" and m.ref_id}  # "RAF Typhoons"
        company_ends = {m.end for m in sure if m.label == "Company"}  # "Rheinmetall's Lynx"
        country_ends = {m.end for m in sure if m.label == "Country"}  # "the American Patriot", "India's Tejas"
        platform_words = {w for m in sure if m.label == "Platform" and m.end - m.start > 1 for w in m.text.split()}
        parties = {i: (m.label, m.text) for m in sure if m.label != "Platform" for i in m.tokens()}

        def _makers(m: Mention) -> set[str]:
            row = self.ref.get(m.ref_id)
            return {x.casefold() for x in row.makers} if row is not None else set()

        pending = list(ambiguous)
        while pending:  # a list's item confirmed later confirms the items before it ("the Dezful and Majid systems")
            left = []
            for m in pending:
                near = _category_near(doc, m.end, m.end, 4) or category_after(doc, m.end)
                setting = not other_platform_word(doc, m.start, m.end, platform_words) and (
                    unit_noun_after(doc, m.end) or service_before(doc, m.start, service_ends)
                    or modifier_before(doc, m.start) or maker_before(doc, m.start, company_ends)
                    or plural_in_prose(doc, m.start, m.end, self.ref.find("Platform", doc[m.start].text[:-1]) is not None)
                    or category_phrase_after(doc, m.end) is not None or country_before(doc, m.start, m.end, country_ends)
                    or object_of_goods_verb(doc[m.end - 1], parties, _makers(m))
                    or made_by_participle(doc[m.end - 1], parties, _makers(m)))
                if near or m.start in platform_tokens or self._in_list_with_platform(doc, m, platform_tokens) \
                        or listed_phrase_with_platform(doc[m.end - 1], platform_tokens) \
                        or self._counted_plural(doc, m) or _after_service(doc, m, sure) or setting:
                    sure.append(m)
                    platform_tokens.update(m.tokens())
                else:
                    left.append(m)
            pending = left if len(left) < len(pending) else []
        confirmed = {m.ref_id for m in sure if m.label == "Platform" and m.ref_id}
        for m in ambiguous:  # one sense per document: "the Anka drone ... three Ankas were ordered"
            if m not in sure and m.ref_id in confirmed and not set(m.tokens()) & fixed - set(m.tokens()) \
                    and not (m.end < len(doc) and doc[m.end].lower_ in _COMPANY_CUES):  # not "the Eurofighter consortium"
                sure.append(m)
                platform_tokens.update(m.tokens())
        sure += self._short_forms_of_split_rows(doc, [m for m in ambiguous if m not in sure], sure)
        # siblings of a platform in a coordination ("Buk and Tor", "the Barys, Alan and Terrex")
        for m in [m for m in sure + new if m.label == "Platform"]:
            for c in doc[m.end - 1].conjuncts:
                if c.i not in fixed and c.i not in platform_tokens and _is_name(c) and c.pos_ == "PROPN":
                    start = _compound_start(doc, c.i, fixed | platform_tokens)  # "Standard Missile": not "Missile"
                    new.append(self._mention(doc[start:c.i + 1], "Platform", "context", category=m.category))
                    platform_tokens.update(range(start, c.i + 1))

        # variants of a catalogued designation ("KF51U", "K2ME"): platforms of the family's category
        for start, end, category in family_variants(doc, fixed | platform_tokens, self.families):
            new.append(self._mention(doc[start:end], "Platform", "context", category=category))
            platform_tokens.update(range(start, end))
        # designations the catalogue lacks, listed with a platform or beside an equipment word (designations.py)
        listed = {i: m.category for m in sure + new if m.label == "Platform" for i in m.tokens()}
        guessed = {i for m in new for i in m.tokens()}
        for start, end, category in designations(doc, fixed | (set(listed) - guessed), listed, self.category_words):
            new = [m for m in new if m.end <= start or m.start >= end]  # "2S44" + "Giatsint": one name
            new.append(self._mention(doc[start:end], "Platform", "context", category=category))
        # new platforms override the NER's guesses on the same tokens
        new_tokens = {i for m in new for i in m.tokens()}
        kept = [m for m in sure if m.source in {"reference", "pattern"} or not (set(m.tokens()) & new_tokens)]
        for m in new:
            if m.category is None:
                m.category = _category_near(doc, m.end, m.end) or _sentence_category(doc[m.start].sent) or "other"
        found = [self._ship(doc, self._variant_letter(doc, m)) for m in kept + new]
        letters = {m.end - 1 for m, n in zip(found, kept + new, strict=True) if m.end != n.end}
        grown = [m for m, n in zip(found, kept + new, strict=True) if m.end > n.end + 1]  # "HMS Prince of Wales"
        found = [m for m in found if not (m.start in letters and m.end == m.start + 1)
                 and not any(g is not m and g.start <= m.start and m.end <= g.end for g in grown)]
        found = self._named_variants(doc, found)
        found = self._ship_short_forms(doc, found)  # "RFA Wave Knight" ... "Wave Knight sailed": the ship
        self._bracket_aliases(doc, found)
        spans = [(m.start, m.end, m.source in {"reference", "pattern"} and m.label != "Event") for m in found]
        for start, end, series in editions(doc, self.ref, spans):  # "Malabar 2020", "the Ninth Summit of the Americas"
            found = [m for m in found if m.end <= start or m.start >= end]
            found.append(self._mention(doc[start:end], "Event", "reference", series))
        found = drop_bare_aliases(doc, found, self.ref, self.titles,  # "Dustlik, a town": no exercise
                                  lambda a, b: self._mention(doc[a:b], "Place", "pattern"))
        countries = {self.ref.get(m.ref_id).name for m in found if m.label in {"Country", "Organization"} and m.ref_id}
        for start, end, event_id in dated_events(doc, self.ref, {i for m in found for i in m.tokens()}, countries):
            found.append(self._mention(doc[start:end], "Event", "reference", event_id))  # "the 2020 war"
        firms = {m.text for m in found if m.label == "Company" and not m.ref_id}
        for m in found:  # "SIATT, a Brazilian company" ... "SIATT will build": one firm, one label
            if m.label == "Organization" and not m.ref_id and m.text in firms:
                m.label = "Company"
        found = self._maker_prefixes(self._roman_marks(doc, found))
        found = [m for m in found if not (m.label == "Platform" and not m.ref_id and not_a_platform(m.text))]
        found = ship_classes(doc, found, self.ref, lambda span, *a: self._mention(span, *a))  # "Tamarin-class boats"
        found = self._platform_short_names(doc, self._class_names(doc, found))
        for start, end, family in block_names(doc, found):  # "F-16 Block 70 fighters" ... "the Block 70s"
            found = [m for m in found if m.end <= start or m.start >= end]
            found.append(self._mention(doc[start:end], "Platform", "reference", family.ref_id, family.category))
        found = [m for m in found if not has_markup(m.text)]
        found = [self._unit(doc, m) for m in self._hyphen_halves(doc, found)]
        found = [m for m in (self._slashed_prefix(doc, m) for m in found)
                 if not (m.label == "Platform" and not m.ref_id and _LETTERS.fullmatch(m.text))]
        found = foreign_names(doc, found, lambda a, b: self._mention(doc[a:b], "Organization", "pattern"))
        found = unit_names(doc, found, lambda a, b: self._mention(doc[a:b], "GovernmentBody", "pattern"))
        found = bare_units(doc, found, lambda a, b: self._mention(doc[a:b], "GovernmentBody", "pattern"))
        found = region_lists(doc, found, self.ref, lambda a, b, t, r: self._region(doc, a, b, t, r))  # "the Donetsk and Luhansk regions"
        found = admin_places(doc, found, self.ref, lambda a, b: self._mention(doc[a:b], "Place", "pattern"))  # "São Paulo state"
        doc._.mentions = sorted((m for m in found if self._in_prose(doc, m)), key=lambda m: m.start)
        return doc

    def _region(self, doc: Doc, start: int, end: int, text: str, ref_id: str | None) -> Mention:
        """A listed region's Place mention, named as the region ("Donetsk region")."""
        m = self._mention(doc[start:end], "Place", "reference" if ref_id else "pattern", ref_id)
        m.text = text
        return m

    def _place_name_runs(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A catalogued one-word place right after capitalised words the NER took for a name of its
        own is the last word of a longer name the catalogue lacks: "New South" + "Wales", "the Lok"
        + "Sabha". The two are one unknown Place (a country, a person or a title never joins)."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if prev is not None and prev.end == m.start and m.end - m.start == 1 and m.source == "reference" \
                    and m.label == "Place" and prev.source == "ner" and prev.label in {"Place", "Organization"} \
                    and not prev.ref_id and doc[prev.end - 1].is_alpha and doc[prev.end - 1].text[:1].isupper() \
                    and doc[prev.end - 1].lower_ not in self.titles and not doc[m.start].is_sent_start:
                start = prev.start + (doc[prev.start].lower_ == "the")
                out[-1] = self._mention(doc[start:m.end], "Place", "ner")
                continue
            out.append(m)
        return out

    def _hyphen_halves(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Issyk-Kul Institute for Regional Studies" read as "Issyk" + "Kul Institute ...": two unknown
        names glued by a hyphen are one name, of the label of the second (which holds its head). Known
        names stay apart ("Russia-Belarus", "Moscow-Minsk")."""
        mentions = sorted(mentions, key=lambda m: m.start)
        out: list[Mention] = []
        for m in mentions:
            a = out[-1] if out else None
            if a is not None and not a.ref_id and not m.ref_id and (self._hyphened(doc, a, m) or self._abutting_places(a, m)):
                out[-1] = self._mention(doc[a.start:m.end], m.label, m.source, None, m.category)
                continue
            out.append(m)
        return out

    def _unit(self, doc: Doc, m: Mention) -> Mention:
        """ "Brigade Nord", "Karelia Brigade": a name holding a formation word is a military unit, a state
        body, where the NER called it a person or a place. One it called an organisation stays one: armed
        groups name themselves so too ("the Hamza Brigade")."""
        if m.ref_id or m.label not in {"Person", "Place"} \
                or not any(t.lower_ in _FORMATIONS and t.text[:1].isupper() for t in doc[m.start:m.end]):
            return m
        return self._mention(doc[m.start:m.end], "GovernmentBody", m.source, None, m.category)

    @staticmethod
    def _hyphened(doc: Doc, a: Mention, b: Mention) -> bool:
        """ "Issyk" + "-" + "Kul ...": a one-word name glued by a hyphen to the next name."""
        return (b.start == a.end + 1 and doc[a.end].text == "-" and not doc[a.end - 1].whitespace_
                and not doc[a.end].whitespace_ and a.end - a.start == 1 and doc[a.start].text[:1].isupper()
                and doc[b.start].text[:1].isupper() and not {a.label, b.label} & {"Country", "Platform"})

    @staticmethod
    def _abutting_places(a: Mention, b: Mention) -> bool:
        """ "Prachuap Khiri" + "Khan": two places with nothing between them are one place's name."""
        return a.label == b.label == "Place" and b.start == a.end

    def _slashed_prefix(self, doc: Doc, m: Mention) -> Mention:
        """ "F/A-18D": the designation the tokenizer cut after "F/" keeps its prefix (a catalogued name
        of the whole form where there is one)."""
        s = m.start
        if m.label != "Platform" or m.ref_id or s < 2 or doc[s - 1].text != "/" or doc[s - 1].whitespace_ \
                or doc[s - 2].whitespace_ or not _LETTERS.fullmatch(doc[s - 2].text):
            return m
        known = next(iter(self.ref.lookup(doc[s - 2:m.end].text, "Platform")), None)
        return self._mention(doc[s - 2:m.end], "Platform", "reference" if known else m.source,
                             known.id if known else None, m.category)

    def _roman_marks(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "F-4E Phantom" + "II": a type's name and the roman numeral the catalogue form cut off are one
        name, no platform "II"."""
        marks = {m.start: m for m in mentions if m.label == "Platform" and not m.ref_id and m.end - m.start == 1
                 and m.text in _ROMAN_MARKS}
        drop: set[int] = set()
        out: list[Mention] = []
        for m in mentions:
            mark = marks.get(m.end) if m.label == "Platform" and m not in marks.values() else None
            if mark is not None and doc[m.end - 1].whitespace_:
                out.append(self._mention(doc[m.start:mark.end], "Platform", m.source, m.ref_id, m.category))
                drop.add(id(mark))
            else:
                out.append(m)
        return [m for m in out if id(m) not in drop]

    @staticmethod
    def _maker_prefixes(mentions: list[Mention]) -> list[Mention]:
        """ "Russian Sukhoi Su-30MK2 fighters", "aboard Antonov An-124 freighters": a design bureau's name
        before a designation that already opens with the bureau's letters (Su-, An-, MiG-, Il-, Tu-, Ka-)
        is part of the type's name, no firm the text names ("Boeing F-15s" names Boeing); a firm named
        on its own anywhere in the document stays a firm."""
        starts = {m.start: m for m in mentions if m.label == "Platform"}

        def lettered(company: Mention) -> bool:
            platform = starts.get(company.end)
            return platform is not None and platform.text[:2].casefold() == company.text[:2].casefold()

        prefix = [m for m in mentions if m.label == "Company" and lettered(m)]
        alone = {m.ref_id or m.text for m in mentions if m.label == "Company" and m not in prefix}
        return [m for m in mentions if m not in prefix or (m.ref_id or m.text) in alone]

    def _roster_names(self, roster: list[tuple[int, int, str]], mentions: list[Mention]) -> list[tuple[int, int, str]]:
        """A roster after a colon, unless half or more of its names are read as places or people ("Ports of call
        for the boats: Lamu, Malindi and Kilifi", "Commanders of the boats: A and B": a list of towns or people,
        not of ships); a name a ship prefix opens is a ship's."""
        def other(s: int, e: int, name: str) -> bool:
            return name.split()[0] not in self.ship_prefixes \
                and any(m.label == "Place" and m.start < e and s < m.end for m in mentions)
        return [] if 2 * sum(other(*r) for r in roster) >= len(roster) else roster

    def _named_ships(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Named ships (ships.py) replace what they overlap, unless the reference data knows those
        words as an actor, or the document names them so elsewhere ("the carrier Air France")."""
        actors = {"Company", "Country", "Alliance", "GovernmentBody", "Organization"}
        ships = named_ships(doc, self.ship_prefixes)
        held = {i for s, e, _ in ships for i in range(s, e)}
        for roster in roster_ships(doc, self.ship_prefixes):  # "her sisters A and B": no list naming a known actor
            if doc[roster[0][0] - 1].text == ":":  # not "the boats A and B" (the "frigate X" shape) or "boats are A, B"
                roster = self._roster_names(roster, mentions)
            if roster and not any(m.ref_id and m.label in actors and m.start < e and s < m.end for s, e, _ in roster for m in mentions) \
                    and not any(i in held for s, e, _ in roster for i in range(s, e)):
                ships += roster
                doc.user_data.setdefault("ship_rosters", []).extend([s, e] for s, e, _ in roster)
        named = {m.text for m in mentions if m.label in actors and not any(m.start < e and s < m.end for s, e, _ in ships)}
        for s, e, name in ships:
            over = [m for m in mentions if m.start < e and s < m.end]
            if name in named or any(m.ref_id and m.label in actors for m in over):
                continue
            mentions = [m for m in mentions if m not in over]
            ship = self._mention(doc[s:e], "Platform", "pattern", category="naval_vessel")
            ship.text = name
            mentions.append(ship)
        return mentions

    def _named_variants(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "A-29B Super Tucano", "E-3D Sentry": a variant's designation printed before the catalogued
        type's name is that type (its family's designation without the variant letters is the type's)."""
        out: list[Mention] = []
        swallowed = 0  # the end of the words a designation took as its type's own name ("P-8I" + "Poseidon")
        for m in sorted(mentions, key=lambda x: x.start):
            if m.label == "Platform" and out and out[-1].start < m.start and m.end <= swallowed \
                    and not (m.ref_id in {None, out[-1].ref_id} and m.text in out[-1].text.split()):
                continue  # "Poseidon" of "P-8I Poseidon" is that type's name, not another type of that name
            prev = out[-1] if out else None
            if prev is not None and prev.label == "Platform" and not prev.ref_id and prev.end - prev.start == 1 \
                    and m.label == "Platform" and m.ref_id and m.start == prev.end:
                core = _VARIANT_CORE.match(prev.text)
                if core and any(e.id == m.ref_id for e in self.ref.lookup(core.group(1), "Platform")):
                    out[-1] = self._mention(doc[prev.start:m.end], "Platform", "reference", m.ref_id, m.category)
                    continue
            if prev is not None and self._designation_and_name(doc, prev, m):
                out[-1] = self._joined(doc, prev, m.end)  # "C-17A" + "Globemaster III": one name
                continue
            split = self._split_type_name(doc, prev, m) if prev is not None else None
            if split is not None:  # "K-30" + "Biho", "Leopard" + "2A7HU": one name
                out[-1] = split
                continue
            out.append(m)
            named = self._own_name_words(doc, m)
            if named > m.end:  # "P-8I" + "Poseidon" (a word of the type's own names no rule took)
                out[-1] = self._joined(doc, m, named)
                swallowed = named
                continue
            core = _VARIANT_CORE.match(m.text) if m.label == "Platform" and not m.ref_id and m.end - m.start == 1 else None
            nxt = doc[m.end] if core and m.end < len(doc) else None
            if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and not nxt.ent_type_:
                entry = next(iter(self.ref.lookup(f"{core.group(1)} {nxt.text}", "Platform")), None)
                if entry is not None:  # "E-3D" + "Sentry": the "E-3 Sentry"
                    out[-1] = self._mention(doc[m.start:m.end + 1], "Platform", "reference", entry.id,
                                            entry.props.get("category"))
        joined = [(m.start, m.end, m.ref_id) for m in out if m.label == "Platform" and m.ref_id]
        return [m for m in out if not (m.label == "Platform" and any(
            s <= m.start and m.end <= e and (s, e) != (m.start, m.end) and r == m.ref_id for s, e, r in joined))]

    def _split_type_name(self, doc: Doc, first: Mention, second: Mention) -> Mention | None:
        """One type's name read as two platforms side by side: a designation and the name word of the catalogued
        type it spells without its hyphen ("K-30" + "Biho": the "K30 Biho"), or a catalogued family's name and a
        variant code that goes on from the family's own name ("Leopard" + "2A7HU": the Leopard 2's variant "Leopard
        2A7HU", a type of its own as in ``_variant_name``); None when they are two."""
        if not (first.label == second.label == "Platform" and second.start == first.end
                and doc[first.end - 1].whitespace_ and second.end - second.start == 1):
            return None
        if not first.ref_id and first.end - first.start == 1 and is_designation(first.text) and "-" in first.text:
            entry = next(iter(self.ref.lookup(f"{first.text.replace('-', '')} {second.text}", "Platform")), None)
            if entry is not None and second.ref_id in {None, entry.id}:
                return self._mention(doc[first.start:second.end], "Platform", "reference", entry.id, second.category)
        if first.ref_id and not second.ref_id and second.text[:1].isdigit() and is_designation(second.text):
            entry = self.ref.get(first.ref_id)
            joined = f"{first.text} {second.text}"
            if entry is not None and any(len(first.text) < len(n) < len(joined) and joined.startswith(n)
                                         for n in (entry.name, *entry.aliases)):
                return self._mention(doc[first.start:second.end], "Platform", "context", None,
                                     entry.props.get("category") or first.category)
        return None

    def _class_names(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Canada builds it as the River class", "the Arleigh Burke-class": a name the NER took for a place,
        a body or a person, followed by "class", is a class of ships (the catalogue's class of that name
        where it has one)."""
        named = {m.ref_id for m in mentions if m.label == "Platform" and m.ref_id}
        out = []
        for m in mentions:
            end = m.end + 1 if m.end + 1 < len(doc) and doc[m.end].text == "-" and not doc[m.end - 1].whitespace_ else m.end
            if m.label not in {"Platform", "Country"} and end < len(doc) and doc[end].lower_ in {"class", "classes"} \
                    and all(t.text[:1].isupper() and t.is_alpha for t in doc[m.start:m.end]):
                found = [*self.ref.lookup(f"{m.text}-class", "Platform"), *self.ref.lookup(f"{m.text} class", "Platform"),
                         *self._class_entries().get(m.text, [])]
                # two classes of one name (a British and a Canadian "River class"): the one the text names, else
                # the one whose country the sentence names, else none (a class of its own)
                states = {self.ref.get(n.ref_id).name for n in mentions if n.label == "Country" and n.ref_id
                          and doc[n.start].sent == doc[m.start].sent and self.ref.get(n.ref_id)}
                entry = next((e for e in found if e.id in named), None) or next(
                    (e for e in found if set(e.origin or ()) & states), None) or (found[0] if len({e.id for e in found}) == 1 else None)
                m = self._mention(doc[m.start:end + 1], "Platform", "reference" if entry else "context",
                                  entry.id if entry else None, "naval_vessel")
            out.append(m)
        return out

    def _class_entries(self) -> dict:
        """The catalogue's ship classes by the name before "-class" ("River" -> River-class destroyer)."""
        if not hasattr(self, "_classes"):
            self._classes = {}
            for e in self.ref:
                if e.label == "Platform":
                    for form in (e.name, *e.aliases):
                        found = re.match(r"(.+?)[- ]class\b", form)
                        if found and e not in self._classes.setdefault(found.group(1), []):
                            self._classes[found.group(1)].append(e)
        return self._classes

    def _short_forms_of_split_rows(self, doc: Doc, left: list[Mention], sure: list[Mention]) -> list[Mention]:
        """ "the C-130J-30 Hercules transports ... its Hercules fleet": an unconfirmed one-word catalogue name
        ("Hercules", its family's row) that is a name word of exactly one platform the document names surely, from
        another row of the same category and maker (a variant with a row of its own), is that platform's short form
        (the writers' one platform); a word of an unrelated type ("Hawk" beside a "Black Hawk") is not."""
        words: dict[str, set[tuple[str, str | None]]] = {}
        for m in sure:
            if m.label == "Platform" and m.ref_id and m.end - m.start > 1:
                for w in m.text.split():
                    if w.isalpha() and w.istitle() and len(w) > 3 and not _ROMAN_MARK_WORD.fullmatch(w):
                        words.setdefault(w, set()).add((m.ref_id, m.category))
        out = []
        for m in left:
            word = m.text[:-1] if m.text.endswith("s") and m.text[:-1] in words else m.text
            owners = words.get(word, set())
            if m.end - m.start != 1 or len({r for r, _ in owners}) != 1:
                continue
            ref_id, category = next(iter(owners))
            row, family = self.ref.get(ref_id), self.ref.get(m.ref_id)
            if ref_id != m.ref_id and row is not None and family is not None and set(row.makers) & set(family.makers) \
                    and row.props.get("category") == family.props.get("category"):
                out.append(self._mention(doc[m.start:m.end], "Platform", "reference", ref_id, category))
        return out

    def _platform_short_names(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "the Mogami-class frigate" ... "the Mogami", "a Virginia", "F-4E Phantom II" ... "Phantoms": the
        name word of a catalogued type the document names, standing alone where the NER took it for a place,
        a body or a person (and no place preposition governs it), is that type; so is a town of that name
        the text gives an article ("the Hobart was the best ship": towns take none)."""
        stems: dict[str, Mention] = {}
        for m in mentions:
            if m.label == "Platform" and m.ref_id:
                first = re.match(r"([A-Z][a-z]{2,})[- ]class\b", m.text)
                words = [first.group(1)] if first else [w for w in m.text.split() if w.isalpha() and w.istitle()
                                                        and len(w) > 3 and not _ROMAN_MARK_WORD.fullmatch(w)]
                for w in words:
                    stems.setdefault(w, m)
        if not stems:
            return mentions
        out = []
        for m in mentions:
            word = m.text[:-1] if m.text.endswith("s") and m.text[:-1] in stems else m.text
            type_ = stems.get(word) if m.end - m.start == 1 and m.label in {"Place", "Organization", "Person", "Company"} \
                and (not m.ref_id and m.source == "ner" or m.label == "Place" and m.start > 0
                     and doc[m.start - 1].lower_ in {"the", "a", "an"}) and not self._locative(doc, m) else None
            if type_ is not None:
                m = self._mention(doc[m.start:m.end], "Platform", "reference", type_.ref_id, type_.category)
            out.append(m)
        return out

    @staticmethod
    def _designation_and_name(doc: Doc, first: Mention, second: Mention) -> bool:
        """ "C-17A Globemaster III", "MV-22B Osprey", "Sikorsky S-70M Black Hawk": a catalogued type's designation
        (perhaps after its maker) printed right before its own name (both found as that type) is one name, the form
        the text gives the type."""
        return first.label == second.label == "Platform" and first.ref_id is not None \
            and first.ref_id == second.ref_id and second.start == first.end and bool(doc[first.end - 1].whitespace_) \
            and _coded_end(first.text) and not _coded(second.text)

    def _own_name_words(self, doc: Doc, m: Mention) -> int:
        """The end of the capitalised words after a catalogued designation (perhaps after its maker) that are all
        words of that type's own names ("P-8I" + "Poseidon", "Boeing C-17A" + "Globemaster"); ``m.end`` when there
        are none."""
        if m.label != "Platform" or not m.ref_id or not _coded_end(m.text) or not doc[m.end - 1].whitespace_:
            return m.end
        entry = self.ref.get(m.ref_id)
        own = {w for n in (entry.name, *entry.aliases) for w in n.split() if not _coded(w)} if entry else set()
        end = m.end
        while end < len(doc) and end - m.end < 3 and doc[end].is_alpha and doc[end].text[:1].isupper() \
                and not doc[end].is_sent_start and (doc[end].text in own or doc[end].text[:-1] in own and doc[end].text[-1] == "s"):
            end += 1
        return end

    def _joined(self, doc: Doc, m: Mention, end: int) -> Mention:
        """``m`` run on to ``end`` as one mention of its type; a plural last word in its singular form
        ("MV-22B Ospreys" -> "MV-22B Osprey"), the form a name has."""
        joined = self._mention(doc[m.start:end], "Platform", m.source, m.ref_id, m.category)
        last = doc[end - 1].text
        if last.endswith("s") and end - 1 > m.start and last[:-1] in joined.text.split()[-1]:
            entry = self.ref.get(m.ref_id)
            own = {w for n in (entry.name, *entry.aliases) for w in n.split()} if entry else set()
            if last[:-1] in own:
                joined.text = joined.text[:len(joined.text) - 1]
        return joined

    @staticmethod
    def _bracket_aliases(doc: Doc, mentions: list[Mention]) -> None:
        """ "Trading House Vector (transliterated in some filings as TSK Vektor)", "X (formerly Y)": the
        name closing the brackets after "as"/"formerly"/"or" is another name of the one before them."""
        by_end = {m.end: m for m in mentions}
        for m in mentions:
            if m.label not in _BRACKET_ALIASED or m.end >= len(doc) or doc[m.end].text != "(":
                continue
            close = next((i for i in range(m.end + 1, min(len(doc), m.end + 14)) if doc[i].text == ")"), None)
            inner = by_end.get(close) if close is not None else None
            if inner is None or inner is m or inner.start <= m.end + 1 or inner.label not in _BRACKET_ALIASED \
                    or doc[inner.start - 1].lower_ not in {"as", "formerly", "or", "aka"}:
                continue
            inner.label, inner.text, inner.ref_id = m.label, m.text, m.ref_id

    def _variant_name(self, doc: Doc, m: Mention) -> Mention:
        """ "Leclerc Evolution", "Leopard 2 A-RC 3.0": a catalogued type followed by a variant word or a
        hyphenated code (and a version) names a variant of its own (a production "Block 20" does not)."""
        if m.label != "Platform" or not m.ref_id or m.end >= len(doc) or doc[m.end - 1].whitespace_ != " ":
            return m
        w = shape_words()
        end, nxt = m.end, doc[m.end]
        if (nxt.text in w["variant_words"] or _MARK.match(nxt.text)) and not nxt.is_sent_start:
            end += 1  # "Leclerc Evolution", "Tejas Mk1A"
        elif re.fullmatch(r"[A-Z]{1,3}", nxt.text) and end + 2 < len(doc) and doc[end + 1].text == "-" \
                and re.fullmatch(r"[A-Z0-9]{1,4}", doc[end + 2].text) and not doc[end].whitespace_:
            end += 3  # "A-RC"
        if end == m.end:
            return m
        if end < len(doc) and _VERSION.match(doc[end].text):
            end += 1  # "3.0"
        entry = self.ref.get(m.ref_id)
        return self._mention(doc[m.start:end], "Platform", "context", None, entry.props.get("category") if entry else None)

    def _ship(self, doc: Doc, m: Mention) -> Mention:
        """ "INS Shivalik": a ship prefix and a name is a naval vessel; "trained at INS Hansa" a shore
        establishment, a place."""
        if m.label != "Platform" or m.ref_id or doc[m.start].text not in self.ship_prefixes:
            return m
        end = name_tail_end(doc, m.end) if m.end - m.start > 1 else m.end  # "HMS Prince" + "of Wales"
        if end != m.end:
            m = self._mention(doc[m.start:end], "Platform", m.source)
        prep = self._governing_prep(doc, m)
        if prep is not None and prep.lower_ in {"at", "in", "near"}:
            return self._mention(doc[m.start:m.end], "Place", m.source)
        m.category = "naval_vessel"
        return m

    def _ship_short_forms(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A ship named with its prefix ("RFA Wave Knight", "USNS Mercy") and later by its name alone
        ("Wave Knight sailed"): the NER's person, place or organisation of those words is that ship."""
        ships = {tuple(m.text.split()[1:]): m.text for m in mentions if m.label == "Platform" and not m.ref_id
                 and m.end - m.start > 1 and doc[m.start].text in self.ship_prefixes}
        if not ships:
            return mentions
        out = []
        for m in mentions:
            name = ships.get(tuple(m.text.split())) if m.source == "ner" and not m.ref_id \
                and m.label in {"Person", "Place", "Organization"} \
                and not (m.end < len(doc) and doc[m.end].lower_ in {"-", "class", "type"}) else None  # "Tushil class"
            if name is not None:
                m = self._mention(doc[m.start:m.end], "Platform", "pattern", category="naval_vessel")
                m.text = name
            out.append(m)
        return out

    def _variant_letter(self, doc: Doc, m: Mention) -> Mention:
        """ "H-6" + "K": a platform with the variant letter the tokenizer cut off as a unit."""
        end = variant_letter_end(doc, m.end) if m.label == "Platform" else m.end
        if end == m.end:
            return m
        return self._mention(doc[m.start:end], "Platform", m.source, m.ref_id, m.category)

    def _in_prose(self, doc: Doc, m: Mention) -> bool:
        """Not in the dateline, the byline or the outlet's line beside it; in a Title Case headline, or
        (unknown to the reference data) on any short line without closing punctuation, a subheading,
        only if known to the reference data or named again in the body (a headline's capitals do not
        make names)."""
        if outside_text(doc, m.start_char, m.end_char) or masthead_line(doc_text(doc), m.start_char):
            return False
        if m.ref_id:  # a known name stays, but not in a byline ("By Paolo Dizon in Manila") nor only in
            text = doc_text(doc)  # an all-capitals heading ("QUALITATIVE MILITARY EDGE" is no EDGE Group)
            line = _heading_of(doc, text, m.start_char)
            if line is None:
                return True
            heading = text[line[0]:line[1]].strip("*#_ ")
            if is_byline(heading):
                return False
            return not heading.isupper() or m.text in text[:line[0]] or m.text in text[line[1]:]
        if in_headline(doc, m.start_char):
            end = doc.user_data["layout"]["headline"][1]
            return m.text in doc_text(doc)[end:]  # as written: a headline capitalises common words
        text = doc_text(doc)
        line = _heading_of(doc, text, m.start_char) or short_line(text, m.start_char)
        if line is None:
            return True
        return m.text in text[:line[0]] or m.text in text[line[1]:]


def _adjective_of(tok) -> bool:
    """Whether ``tok`` is an adjective, by its ending (``adjective_endings``), modifying the lower-case noun
    right after it ("Nordic neighbours"; not the proper noun of "the Kursk offensive", nor a town the
    tagger took for an adjective, "the Mbour station")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.tag_ == "JJ" and tok.dep_ == "amod" and nxt is not None and tok.head.i == nxt.i and nxt.is_lower \
        and tok.lower_.endswith(tuple(lexicon()["adjective_endings"]))
