"""Ties between states and organisations (COOPERATES_WITH, IN_CONFLICT_WITH) and their negation,
on short sentences of our own through the real pipeline."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata

COOP, CONFLICT = "COOPERATES_WITH", "IN_CONFLICT_WITH"


def ties(pipeline, text: str, published: str | None = "2024-05-02") -> set[tuple[str, str, str]]:
    """The undirected tie edges found in ``text``, each as (type, name, name) in name order."""
    doc = Document.from_text(text, meta=Metadata(published=published, date_source="cli" if published else None))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(d["type"], *sorted((name[s], name[t]))) for s, t, d in g.edges(data=True)
            if d["type"] in {COOP, CONFLICT} and d.get("provenance") == "text"}


def tie(type_: str, a: str, b: str) -> tuple[str, str, str]:
    return (type_, *sorted((a, b)))


@pytest.mark.parametrize("text,expected", [
    # several states sanctioning together: each against the target
    ("Canada, Japan and Australia imposed sanctions on Belarus on Monday.",
     {tie(CONFLICT, "Canada", "Belarus"), tie(CONFLICT, "Japan", "Belarus"), tie(CONFLICT, "Australia", "Belarus")}),
    # a listing whose sanctioner is named in the sentence before; a listing under a state's sanctions
    ("The United States acted on Monday: the Treasury Department designated Rostec. Also designated was "
     "Uralvagonzavod, the tank maker.",
     {tie(CONFLICT, "United States", "Rostec"), tie(CONFLICT, "United States", "Uralvagonzavod")}),
    ("Almaz-Antey has been under EU sanctions since 2014.", {tie(CONFLICT, "European Union", "Almaz-Antey")}),
    ("Rosoboronexport has been on the U.S. sanctions list since 2014.",
     {tie(CONFLICT, "United States", "Rosoboronexport")}),
    # a severed or cancelled tie is a conflict
    ("Nicaragua severed diplomatic relations with the Netherlands last year.",
     {tie(CONFLICT, "Nicaragua", "Netherlands")}),
    ("Lisbon, Madrid and Rome announced they would cancel their bilateral transport agreements with Caracas.",
     {tie(CONFLICT, "Portugal", "Venezuela"), tie(CONFLICT, "Spain", "Venezuela"), tie(CONFLICT, "Italy", "Venezuela")}),
    # a tie gone bad
    ("Relations between Ethiopia and Egypt have soured over the dam.", {tie(CONFLICT, "Ethiopia", "Egypt")}),
    ("Algeria has strained relations with Morocco.", {tie(CONFLICT, "Algeria", "Morocco")}),
    ("Kigali denies arming the rebels. Kinshasa severed diplomatic relations with its neighbour on Saturday.",
     {tie(CONFLICT, "Democratic Republic of the Congo", "Rwanda")}),
    # strikes named by the striking side and aimed at the other
    ("Turkish strikes on Syrian towns drew criticism in Europe.", {tie(CONFLICT, "Turkey", "Syria")}),
    # "its" is the actor named before it
    ("Belarus never backed Russia in its war against Ukraine, the minister said.", {tie(CONFLICT, "Russia", "Ukraine")}),
    # two named subjects signing together
    ("Chile and Argentina signed a memorandum on defence cooperation in Santiago.",
     {tie(COOP, "Chile", "Argentina")}),
    ("Lithuania expelled Russian diplomats.", {tie(CONFLICT, "Lithuania", "Russia")}),
    ("Armenia and Azerbaijan exchanged fire overnight.", {tie(CONFLICT, "Armenia", "Azerbaijan")}),
    # pairs by what they do or are together
    ("India and Egypt held joint air drills in January.", {tie(COOP, "India", "Egypt")}),
    ("Greece and Cyprus are close strategic partners.", {tie(COOP, "Greece", "Cyprus")}),
    ("Iran and Saudi Arabia have long been rivals.", {tie(CONFLICT, "Iran", "Saudi Arabia")}),
    ("Sudan and South Sudan were at odds over oil fees.", {tie(CONFLICT, "Sudan", "South Sudan")}),
    ("Iran seized a British tanker in the Gulf.", {tie(CONFLICT, "Iran", "United Kingdom")}),
    # a pair that agrees to a ceasefire was at war
    ("Ethiopia and Eritrea agreed to a ceasefire after weeks of shelling.", {tie(CONFLICT, "Ethiopia", "Eritrea")}),
    # "the kingdom" is the country whose name says so
    ("Jordan received its first jets in March. The delivery reflects the close partnership between the kingdom "
     "and France, officials said.", {tie(COOP, "Jordan", "France")}),
    # an appositive ally
    ("Poland, a key ally of the United States, bought tanks.", {tie(COOP, "Poland", "United States")}),
    ("Belarus, Russia's closest ally, hosted the drills.", {tie(COOP, "Belarus", "Russia")}),
    ("Kazakhstan's partner Turkey sent drones.", {tie(COOP, "Kazakhstan", "Turkey")}),
    # a partner in a programme another state owns
    ("Poland remains a partner in Germany's air defence initiative.", {tie(COOP, "Poland", "Germany")}),
    # a foreign state and a ministry: the ministry's state
    ("Sweden signed a letter of intent with Colombia's defence ministry in April.",
     {tie(COOP, "Sweden", "Colombia")}),
    # an exchange of fire is a clash
    ("An exchange of fire between India and Pakistan was reported near the border.",
     {tie(CONFLICT, "India", "Pakistan")}),
    # falling out
    ("Niger fell out with France after the coup.", {tie(CONFLICT, "Niger", "France")}),
    # thanks for a tie
    ("Dakar thanked President Emmanuel Macron for a long partnership, France's embassy said.",
     {tie(COOP, "Senegal", "France")}),
    # support and backing
    ("Serbia's army held the line with support from Hungary.", {tie(COOP, "Serbia", "Hungary")}),
    ("The separatists in Transnistria are backed by Russia, Moldova says, and Russia backs Belarus too.",
     {tie(COOP, "Russia", "Belarus")}),
    # a struck city stands for its country
    ("Russian missiles hit Kharkiv overnight, Ukrainian officials said.", {tie(CONFLICT, "Russia", "Ukraine")}),
    # an agreement signed with a state where the article's country is the other side
    ("Armenia has looked west since 2023. A partnership charter was signed with Georgia in January, officials "
     "in Yerevan said.", {tie(COOP, "Armenia", "Georgia")}),
    # heads of state stand for their states
    ("Kazakh President Tokayev and Turkish President Erdogan signed a memorandum on defence industry "
     "cooperation in Ankara.",
     {tie(COOP, "Kazakhstan", "Turkey")}),
    # a relative clause ("many of which") goes back to the actor inside the noun phrase it hangs on
    ("Analysts praised Uzbekistan's new shipbuilding projects, several of which are being run in "
     "partnership with Korean and Finnish yards.",
     {tie(COOP, "Uzbekistan", "South Korea"), tie(COOP, "Uzbekistan", "Finland")}),
    # a standing at odds "with" the other side; a hostile campaign aimed "against" it
    ("Peru is at loggerheads with Chile over fishing rights.", {tie(CONFLICT, "Peru", "Chile")}),
    ("Ghana has been at odds with Togo since the border incident.", {tie(CONFLICT, "Ghana", "Togo")}),
    ("Kenya's campaign against al-Shabaab continued in 2023.", {tie(CONFLICT, "Kenya", "Al-Shabaab")}),
    ("Uruguay has not fought a war since a brief campaign against Paraguay in 1870.",
     {tie(CONFLICT, "Uruguay", "Paraguay")}),
    # "whose government": the state of the party the relative clause hangs on, or of its owner
    ("Honduras, whose government is at loggerheads with Managua, sent only its foreign minister.",
     {tie(CONFLICT, "Honduras", "Nicaragua")}),
    ("Peru's president, whose government is at odds with Santiago over fishing, stayed at home.",
     {tie(CONFLICT, "Peru", "Chile")}),
    # taking a side "with" a party; being "one of" a party's partners
    ("Hungary sided with Moscow on the question of sanctions.", {tie(COOP, "Hungary", "Russia")}),
    ("Nigeria stood with Ghana on the border question.", {tie(COOP, "Nigeria", "Ghana")}),
    ("Chile is one of Washington's closest partners in the region.", {tie(COOP, "Chile", "United States")}),
    ("Ghana took part as one of Nigeria's firmest allies.", {tie(COOP, "Ghana", "Nigeria")}),
    ("Belarus, one of Russia's closest allies, hosted the drills.", {tie(COOP, "Belarus", "Russia")}),
    # a relative clause on a cue noun: its subject and the party it acts "with" / "against"
    ("The large exercise that Indonesia stages every year with Australia began on Monday.",
     {tie(COOP, "Indonesia", "Australia")}),
    ("The drills that Greece runs with Egypt resumed in May.", {tie(COOP, "Greece", "Egypt")}),
    ("The war that Ethiopia waged against Eritrea in 1998 left deep scars.", {tie(CONFLICT, "Ethiopia", "Eritrea")}),
    # a diplomatic protest: recalling one's envoy from a state, summoning another state's envoy
    ("Algeria recalled its ambassador to Paris on Tuesday.", {tie(CONFLICT, "Algeria", "France")}),
    ("Vietnam summoned China's ambassador over the collision.", {tie(CONFLICT, "Vietnam", "China")}),
    ("The Dutch foreign ministry summoned the Russian envoy on Friday.", {tie(CONFLICT, "Netherlands", "Russia")}),
    # "among" a party's partners
    ("Lockheed Martin counts Rafael and Elbit among its partners.",
     {tie(COOP, "Lockheed Martin", "Rafael Advanced Defense Systems"), tie(COOP, "Lockheed Martin", "Elbit Systems")}),
    ("Ghana is among Nigeria's closest allies.", {tie(COOP, "Ghana", "Nigeria")}),
    # a described pair fighting, or the conflict "between" their forces
    ("Peru and Ecuador held talks in Lima, a year after the two countries fought a brief border war.",
     {tie(CONFLICT, "Peru", "Ecuador")}),
    ("Greece and Turkey traded protests over clashes between their coast guards near Lesbos.",
     {tie(CONFLICT, "Greece", "Turkey")}),
    # a count or span of clashes holds no side: the clause's subject is one
    ("Vietnam has spent the year in a series of confrontations with Chinese fishing fleets.",
     {tie(CONFLICT, "Vietnam", "China")}),
    ("Guyana endured months of skirmishes with Venezuelan troops along the Essequibo.",
     {tie(CONFLICT, "Guyana", "Venezuela")}),
])
def test_tie(pipeline, text, expected):
    found = ties(pipeline, text)
    assert expected <= found, f"missing {expected - found}; found {found}"


@pytest.mark.parametrize("text,absent", [
    # a described pair named with a conflict that is not theirs
    ("Kenya and Ethiopia signed a trade pact; the two countries' aircraft were intercepted over the lake.",
     {tie(CONFLICT, "Kenya", "Ethiopia")}),
    ("Chile and Argentina, the two neighbours, both sent observers to the clashes in Sudan.",
     {tie(CONFLICT, "Chile", "Argentina")}),
    # sanctioning states are not partners of their target
    ("Canada, Japan and Australia imposed sanctions on Belarus on Monday.",
     {tie(COOP, "Canada", "Belarus"), tie(COOP, "Japan", "Belarus"), tie(COOP, "Australia", "Belarus")}),
    # a cancelled agreement is no tie
    ("Lisbon, Madrid and Rome announced they would cancel their bilateral transport agreements with Caracas.",
     {tie(COOP, "Portugal", "Venezuela"), tie(CONFLICT, "Portugal", "Spain")}),
    ("Algeria has strained relations with Morocco.", {tie(COOP, "Algeria", "Morocco")}),
    # the one that did not back a side is not at war with the other
    ("Belarus never backed Russia in its war against Ukraine, the minister said.", {tie(CONFLICT, "Belarus", "Ukraine")}),
    # a ceasefire is no cooperation
    ("Ethiopia and Eritrea agreed to a ceasefire after weeks of shelling.", {tie(COOP, "Ethiopia", "Eritrea")}),
    ("Japan and Vietnam exchanged views on maritime security.", {tie(CONFLICT, "Japan", "Vietnam")}),
    # members of one bloc are not thereby a pair
    ("Chile and Peru are members of the alliance.", {tie(COOP, "Chile", "Peru")}),
    # a multilateral signing by a generic group is no pair
    ("Fourteen EU states and Norway signed the declaration in Brussels.", {tie(COOP, "European Union", "Norway")}),
    # "According to" is no accord
    ("According to Armenia's Ministry of Defence, Azerbaijani units opened fire overnight.",
     {tie(COOP, "Azerbaijan", "Ministry of Defence of Armenia"), tie(COOP, "Azerbaijan", "Armenia")}),
    # a speaker is no party to the tie it reports
    ("Poland's foreign ministry said that since May officials at the bank had cooperated with Belarus.",
     {tie(COOP, "Belarus", "Poland"), tie(COOP, "Belarus", "Ministry of Foreign Affairs of Poland")}),
    # a supply contract is no tie, nor is servicing another state's equipment
    ("Poland's Armament Agency signed a second contract with Hyundai Rotem for tanks.",
     {tie(COOP, "Armament Agency", "Hyundai Rotem"), tie(COOP, "Poland", "Hyundai Rotem")}),
    ("Naval Group won a contract to support the UAE's corvettes.", {tie(COOP, "Naval Group", "United Arab Emirates")}),
    ("Colombia signed a contract with Saab for 17 jets.", {tie(COOP, "Colombia", "Saab")}),
    ("Romania and Lockheed Martin signed a contract for jets.", {tie(COOP, "Romania", "Lockheed Martin")}),
    ("Morocco boosted its air defences with Israeli systems.", {tie(COOP, "Morocco", "Israel")}),
    # a base abroad is not its host's
    ("Iran fired missiles at Al Udeid Air Base, Qatar said.", {tie(CONFLICT, "Iran", "Qatar")}),
    # an exchange of fire is no exchange between partners
    ("An exchange of fire between India and Pakistan was reported near the border.", {tie(COOP, "India", "Pakistan")}),
    # odds that are no standing "at" odds; a campaign that is aimed at no party
    ("The odds of Brazil and Argentina agreeing are slim.", {tie(CONFLICT, "Brazil", "Argentina")}),
    ("Chile ran a campaign for a seat on the council with Peru's support.", {tie(CONFLICT, "Chile", "Peru")}),
    # siding against a party is no tie with it; "one of" a party's partners that names nobody
    ("Serbia sided against Kosovo in the vote.", {tie(COOP, "Serbia", "Kosovo")}),
    ("One of Brazil's partners said Argentina was reluctant.", {tie(COOP, "Brazil", "Argentina")}),
    # a relative clause that is negated, or an agreement for arms
    ("The exercise that Chile did not hold with Peru was cancelled.", {tie(COOP, "Chile", "Peru")}),
    ("The framework agreement that Poland concluded with Hyundai Rotem for K2 tanks covers spares.",
     {tie(COOP, "Poland", "Hyundai Rotem")}),
    # no protest: a recall denied, a new envoy named
    ("Kenya did not recall its ambassador from Uganda.", {tie(CONFLICT, "Kenya", "Uganda")}),
    ("Chile named a new ambassador to Peru.", {tie(CONFLICT, "Chile", "Peru")}),
    # customers are no partners
    ("Saab lists Colombia among its customers.", {tie(COOP, "Saab", "Colombia")}),
    # the one a tie is aimed "against" is no partner; an ally a relative clause acts "with" is no enemy
    ("Sweden strengthened cooperation with Finland against Russia.",
     {tie(COOP, "Sweden", "Russia"), tie(COOP, "Finland", "Russia")}),
    ("The campaign that Israel launched with US backing against Hamas continues.", {tie(COOP, "United States", "Hamas")}),
    ("The offensive that Russia launched with North Korean troops stalled.", {tie(CONFLICT, "Russia", "North Korea")}),
])
def test_no_tie(pipeline, text, absent):
    found = ties(pipeline, text)
    assert not absent & found, f"unexpected {absent & found}"


@pytest.mark.parametrize("text", [
    "Chile did not sign the defence agreement with Bolivia.",
    "Chile has no military ties with Bolivia.",
    "Chile could sign a defence pact with Bolivia next year.",
    "A possible partnership between Chile and Bolivia was discussed.",
    "Chile and Bolivia could sign a memorandum on border security.",
    "Chile refused to deepen cooperation with Bolivia.",
])
def test_negated_or_hedged_tie_is_none(pipeline, text):
    found = ties(pipeline, text)
    assert tie(COOP, "Chile", "Bolivia") not in found, found


def test_a_negated_conflict_is_none(pipeline):
    found = ties(pipeline, "The European Union did not impose sanctions on Serbia.")
    assert tie(CONFLICT, "European Union", "Serbia") not in found, found


def _subjects(pipeline, text: str, word: str) -> tuple[list[str], list[str]]:
    """The actors of ``word``'s clause as SentenceContext.subjects finds them, and as the ties do."""
    from graph.entities import resolve
    from graph.ontology import ACTORS
    from graph.relations.context import SentenceContext
    from graph.relations.extract import _facts
    from graph.relations.families.tie_parties import clause_subjects

    doc = pipeline.nlp(text)
    entities = resolve(doc, pipeline.ref)
    sent = next(doc.sents)
    ctx = SentenceContext(sent, [m for m in doc._.mentions if m.entity], entities, "doc")
    tok = next(t for t in sent if t.text == word)
    return [m.entity for m in ctx.subjects(tok, ACTORS)], clause_subjects(ctx, _facts(doc, entities), tok)


@pytest.mark.parametrize("text,word,actor", [
    # one walk for both: up past "several of which", "which" to the actor inside the noun phrase
    ("Analysts praised Uzbekistan's new shipbuilding projects, several of which are being run in "
     "partnership with Korean and Finnish yards.", "run", "country:uzbekistan"),
    ("Officials welcomed the arrival of Vietnam's frigates, which will train with the Indian navy.",
     "train", "country:vietnam"),
])
def test_subjects_and_tie_subjects_agree(pipeline, text, word, actor):
    assert _subjects(pipeline, text, word) == ([actor], [actor])


def test_tie_subjects_stop_at_a_participle(pipeline):
    """A participle's noun phrase names no tie party ("Egypt's trucks carrying supplies to Sudan" is
    no tie of Egypt's); the other rules still take its owner."""
    general, tie_side = _subjects(pipeline, "Reporters photographed Egypt's trucks carrying supplies to Sudan.",
                                  "carrying")
    assert general == ["country:egypt"] and tie_side == []


@pytest.mark.parametrize("text,expected", [
    ("Peru and Ecuador traded accusations on Tuesday over the patrol boats seized near the river mouth.",
     tie(CONFLICT, "Peru", "Ecuador")),
    ("Eritrea traded fire with Djibouti along the disputed frontier last week.", tie(CONFLICT, "Eritrea", "Djibouti")),
    ("The talks opened as Guyana and Venezuela trade threats over the oil-rich border region.",
     tie(CONFLICT, "Guyana", "Venezuela")),
])
def test_a_hostile_exchange_is_a_conflict(pipeline, text, expected):
    assert expected in ties(pipeline, text)


def test_a_trade_of_goods_is_no_conflict(pipeline):
    found = ties(pipeline, "Peru and Ecuador traded grain and fuel worth $2 billion last year.")
    assert tie(CONFLICT, "Peru", "Ecuador") not in found


@pytest.mark.parametrize("text,expected", [
    ("The rift between Morocco and Algeria deepened after the border was closed.", tie(CONFLICT, "Morocco", "Algeria")),
    ("Serbia's feud with Kosovo flared again over licence plates.", tie(CONFLICT, "Serbia", "Kosovo")),
])
def test_a_rift_or_feud_is_a_conflict(pipeline, text, expected):
    assert expected in ties(pipeline, text)


def test_a_denied_rift_is_no_conflict(pipeline):
    found = ties(pipeline, "There is no rift between Chile and Peru, the minister said.")
    assert tie(CONFLICT, "Chile", "Peru") not in found
