"""Features of one SUPPLIES / OPERATES edge for the learned-stage experiment (``tools/stage_model_experiment.md``).

One feature dict per graph edge, read from the edge (type, the rules' stage, each evidence sentence's own stage,
``when``), the document's ``published`` and a parse of each evidence sentence. No entity name and no article word
is a feature: the words of a sentence count only through the stage cue classes the rules already use (the lists
under ``stage:`` in ``graph/relations/cues.yaml``: a lemma in ``ordered`` gives ``...=ordered``), tense, aspect,
modality and negation marks, and counts. The entity names are used only to find the phrase of the edge's end in
its sentence, whose governing verb is read.
"""
from __future__ import annotations

import re
from functools import lru_cache

from graph.relations.lexicon import cues

_FIRST_OF = re.compile(r"\bfirst (\w+ )?of (the |its |their )?(\w+)\b", re.I)
_MORE = re.compile(r"\b(\w+) more\b", re.I)
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_WILL = {"will", "shall", "'ll"}
_NEG = {"not", "n't", "never", "no", "neither", "nor", "without"}


@lru_cache(maxsize=1)
def cue_classes() -> dict[str, frozenset[str]]:
    """The stage cue lists of ``cues.yaml`` that are plain word lists: class name -> words."""
    out = {}
    for name, value in cues()["stage"].items():
        if isinstance(value, (list, set, frozenset)) and value and all(isinstance(w, str) for w in value):
            out[name] = frozenset(w.lower() for w in value if " " not in w)
    return out


def classes_of(lemma: str) -> list[str]:
    """The cue classes holding ``lemma`` (e.g. ``buy`` -> ordered, bought, standing words ...)."""
    lemma = lemma.lower()
    return sorted(name for name, words in cue_classes().items() if lemma in words)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f"{edges[-1]}+"


def _year(value) -> int | None:
    m = re.match(r"(\d{4})", str(value or ""))
    return int(m.group(1)) if m else None


def _anchor(sent, forms: list[str]):
    """The first token of the first of ``forms`` found in the parsed sentence (case-insensitive), else None."""
    low = sent.text.lower()
    for form in sorted((f for f in forms if f and len(f) > 1), key=len, reverse=True):
        at = low.find(form.lower())
        if at >= 0:
            span = sent.char_span(at, at + len(form), alignment_mode="expand")
            if span is not None and len(span):
                return span[0]
    return None


def _governor(tok):
    """The verb that governs ``tok``: walk up the heads to the first verb (or the root)."""
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head is not tok and seen < 12:
        tok, seen = tok.head, seen + 1
    return tok


def verb_features(f: dict[str, float], prefix: str, verb) -> None:
    """Tense / aspect / modality / negation marks and cue classes of one verb."""
    f[f"{prefix}tag={verb.tag_}"] = 1.0
    for c in classes_of(verb.lemma_):
        f[f"{prefix}class={c}"] = 1.0
    for ch in verb.children:
        lem = ch.lemma_.lower()
        if ch.dep_ in ("aux", "auxpass"):
            if ch.tag_ == "MD":
                kind = "will" if lem in _WILL else "would" if lem == "would" else "may"
                f[f"{prefix}modal={kind}"] = 1.0
            elif lem == "have":
                f[f"{prefix}perfect"] = 1.0
            elif lem == "be" and verb.tag_ == "VBG":
                f[f"{prefix}progressive"] = 1.0
            elif lem == "to":
                f[f"{prefix}infinitive"] = 1.0
            if ch.dep_ == "auxpass":
                f[f"{prefix}passive"] = 1.0
        if ch.dep_ == "neg" or lem in _NEG:
            f[f"{prefix}neg"] = 1.0
    if verb.dep_ == "ROOT":
        f[f"{prefix}root"] = 1.0


def sentence_features(sent, forms: list[list[str]]) -> dict[str, float]:
    """Features of one parsed evidence sentence; ``forms``: the name forms of the edge's ends (target first)."""
    f: dict[str, float] = {}
    anchor = next((a for a in (_anchor(sent, fs) for fs in forms) if a is not None), None)
    if anchor is not None:
        verb = _governor(anchor)
        verb_features(f, "gv_", verb)
        if verb.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "conj", "acl", "pcomp") and verb.head is not verb:
            f[f"gv_dep={verb.dep_}"] = 1.0
            verb_features(f, "gg_", verb.head)
    else:
        f["gv_none"] = 1.0
    lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    for c, words in cue_classes().items():
        if lemmas & words:
            f[f"s_class={c}"] = 1.0
    for t in sent:
        if t.tag_ == "MD":
            f[f"s_modal={t.lower_}" if t.lower_ in ("will", "would", "could", "may", "might") else "s_modal=other"] = 1.0
        if t.dep_ == "neg":
            f["s_neg"] = 1.0
    low = sent.text.lower()
    phrases = sorted(cues()["stage"].get("delivering_phrases") or [])
    if any(p in low for p in phrases):
        f["s_delivering_phrase"] = 1.0
    if _FIRST_OF.search(low):
        f["s_first_of"] = 1.0
    if _MORE.search(low):
        f["s_n_more"] = 1.0
    if sent.text.rstrip().endswith("?"):
        f["s_question"] = 1.0
    if '"' in sent.text or "\u201c" in sent.text:
        f["s_quote"] = 1.0
    if _YEAR.search(sent.text):
        f["s_year"] = 1.0
    return f


def edge_features(edge: dict, by_id: dict[str, dict], published: str | None, nlp) -> dict[str, float]:
    """The feature dict of one SUPPLIES / OPERATES edge (see the module doc)."""
    typ, stage = edge["type"], edge.get("stage") or "none"
    f: dict[str, float] = {"bias": 1.0, f"t={typ}": 1.0, f"rules={stage}": 1.0, f"t&rules={typ}:{stage}": 1.0}
    ev = [x for x in edge.get("evidence") or [] if isinstance(x, dict)]
    f[f"nev={_bucket(len(ev), (1, 2, 3))}"] = 1.0
    said = [x.get("stage") or "none" for x in ev]
    for s in set(said):
        f[f"said={s}"] = 1.0
    f[f"nsaid={_bucket(len(set(said)), (1, 2))}"] = 1.0
    if said and all(s == stage for s in said):
        f["said_all_rules"] = 1.0
    pub = _year(published)
    years = [y for y in (_year(x.get("when")) for x in ev) if y]
    if pub and years:
        f[f"when_before={_bucket(pub - min(years), (-1, 0, 1, 2, 5))}"] = 1.0
        if max(years) > pub or any(str(x.get("when") or "") > str(published) and len(str(x.get("when"))) >= 7
                                   for x in ev):
            f["when_future"] = 1.0
    else:
        f["when_none"] = 1.0
    forms = []
    for end in (edge["target"], edge["source"]):
        node = by_id.get(end) or {}
        forms.append([node.get("name") or "", *(node.get("aliases") or [])])
    for i, x in enumerate(ev[:4]):
        start = int(x.get("start") or 0)
        where = "head" if start == 0 else "lead" if start < 400 else "body"
        f[f"pos={where}"] = 1.0
        doc = _parse(nlp, (x.get("sentence") or "").strip())
        for sent in list(doc.sents)[:1]:
            sf = sentence_features(sent, forms)
            for k, v in sf.items():
                f[k] = 1.0
                if i == 0:
                    f[f"e0:{k}"] = v
            f[f"said@{where}={x.get('stage') or 'none'}"] = 1.0
    return f


_CACHE: dict[str, object] = {}


def _parse(nlp, text: str):
    if text not in _CACHE:
        _CACHE[text] = nlp(text)
    return _CACHE[text]
