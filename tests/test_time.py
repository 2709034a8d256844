"""When a sentence places a fact (ONTOLOGY.md, Time): the date on the fact's own clause, the time
its paragraph is at, periods and anaphoric dates. Invented sentences through the real spaCy model."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from graph.relations.time import evidence_when, relation_when, resolve_expression
from graph.text import Document
from graph.text.metadata import Metadata
from tests.extracted import clause_when, parsed

BASE = date(2024, 9, 11)  # a Wednesday


_doc = partial(parsed, published=BASE)
_when = partial(clause_when, published=BASE)


@pytest.mark.parametrize("text,anchors,want", [
    # the date on the verb that carries the fact, not the first of the sentence
    ("Vietnam ordered the radars in 2021, and Egypt bought four frigates in 2019.", ("Egypt", "frigates"), "2019"),
    ("Vietnam ordered the radars in 2021, and Egypt bought four frigates in 2019.", ("Vietnam", "radars"), "2021"),
    ("Norway said on Monday that its coastguard had received the patrol ships in July.", ("coastguard", "ships"),
     "2024-07"),
    # a date in a clause under the fact's verb ("followed when ... visited ... in May 2024")
    ("The first accord was signed with Chile in June 2022; a second with Peru followed when the minister visited "
     "Lima in May 2024.", ("Peru",), "2024-05"),
    ("The first loan went to Kenya in 2019; a grant to Ghana came after the president toured Accra in March 2023.",
     ("Ghana",), "2023-03"),
    # a coordinated clause's date is not the fact's: the present perfect holds as published
    ("Saab has already handed over ten jets to Thailand, and the navy has ordered two more, the last contract being "
     "signed in March 2023.", ("Saab", "Thailand"), "2024-09-11"),
    ("Embraer has delivered six aircraft to Portugal, and Austria has ordered four, with a deal concluded in "
     "December 2023.", ("Embraer", "Portugal"), "2024-09-11"),
    # a date opening the sentence covers all of it
    ("In 2020 Morocco signed for drones and Tunisia bought patrol boats.", ("Tunisia", "boats"), "2020"),
])
def test_the_date_of_the_facts_own_clause(pipeline, text, anchors, want):
    assert _when(pipeline, text, *anchors) == want


@pytest.mark.parametrize("text,want", [
    # an undated past-tense sentence continues the time of its paragraph ...
    ("Paraguay Buys Trainers\n\nASUNCION (Wire) - Paraguay announced a trainer deal on Monday.\n\n"
     "In 2021 Greece and France signed a frigate deal. It was the first export of the design.", "2021"),
    ("Ghana Gets Boats\n\nACCRA (Wire) - Ghana said on Monday it had taken delivery of two patrol boats.\n\n"
     "Mongolia signed an accord with Japan in March 2022. The two navies then held talks in Tokyo.", "2022-03"),
    # ... which ends at the last time the sentence before names
    ("Oman Orders Jets\n\nMUSCAT (Wire) - Oman ordered jets on Monday.\n\n"
     "Crews trained in Italy over the winter of 2022, and the first jets arrived in August 2023. "
     "The air force formed a new squadron.", "2023-08"),
])
def test_an_undated_sentence_takes_the_time_of_its_paragraph(pipeline, text, want):
    doc = _doc(pipeline, text)
    assert evidence_when(list(doc.sents)[-1], BASE) == want


def test_a_new_paragraph_without_dates_reports_the_news_of_the_lead(pipeline):
    doc = _doc(pipeline, "Chile Orders Radars\n\nSANTIAGO (Wire) - Chile ordered two radars on Monday, the ministry "
                         "said.\n\nThe air force chose the system after trials. Peru bought a similar radar in 2019.\n\n"
                         "Argentina also considered the radar.")
    sents = list(doc.sents)
    assert evidence_when(sents[-1], BASE) == "2024-09-09"  # the lead's news day, not 2019 of another paragraph


def test_a_time_pointed_back_to_crosses_paragraphs(pipeline):
    doc = _doc(pipeline, "Jets For Hungary\n\nBUDAPEST (Wire) - Hungary ordered jets on Monday.\n\n"
                         "Sweden and Hungary signed the first lease on 4 May 2001.\n\n"
                         "The Swedish minister said at the time that the lease would deepen ties.")
    assert evidence_when(list(doc.sents)[-1], BASE) == "2001-05-04"
    doc = _doc(pipeline, "Boats For Benin\n\nCOTONOU (Wire) - Benin ordered boats on Monday.\n\n"
                         "France gave Benin two patrol boats in June 2019.\n\n"
                         "Officials described the gift back then as a first step.")
    assert evidence_when(list(doc.sents)[-1], BASE) == "2019-06"


@pytest.mark.parametrize("text,want", [
    ("Peru ordered the frigates in 2019 and received them two years later.", ["2019", "2021"]),
    ("Oman signed the deal on March 3, 2022; the first jets arrived the following month.", ["2022-03-03", "2022-04"]),
    ("Chile signed on 12 May 2023 and the first engineers landed a day later.", ["2023-05-12", "2023-05-13"]),
])
def test_anaphoric_dates_count_from_the_time_named_before(pipeline, text, want):
    from graph.relations.time import resolved_dates

    doc = _doc(pipeline, text)
    assert [v for _, v in resolved_dates(list(doc.sents)[0], BASE)] == want


@pytest.mark.parametrize("text", ["Kenya will receive the helicopters.", "Qatar plans to buy more tankers."])
def test_an_undated_plan_holds_as_published(pipeline, text):
    doc = _doc(pipeline, "Headline Here\n\nNAIROBI (Wire) - Kenya ordered boats on 2 July.\n\nAn aside came next. " + text)
    sent = list(doc.sents)[-1]
    subject = next(t for t in sent if t.dep_ == "nsubj")
    assert relation_when(sent, [subject], BASE) == "2024-09-11"


@pytest.mark.parametrize("text,want", [
    ("Q3 2023", "2023-07/2023-09"), ("the third quarter of 2022", "2022-07/2022-09"),
    ("the first half of 2024", "2024-01/2024-06"), ("the second half of 2021", "2021-07/2021-12"),
    ("the 1990s", "1990/1999"), ("fiscal 2024", "2024"), ("FY2025", "2025"),
    ("between March and May 2023", "2023-03/2023-05"), ("from November to February 2024", "2023-11/2024-02"),
    ("over the summer", "2024"), ("last winter", "2023"),
])
def test_periods(text, want):
    assert resolve_expression(text, BASE) == want


def test_a_relative_phrase_longer_than_the_recognisers_date(pipeline):
    from graph.relations.time import sentence_when

    for text in ("After talks the day before, Nepal said the two armies would train together.",
                 "After a meeting the day before, Laos said its air force would buy trainers."):
        doc = _doc(pipeline, text)
        assert sentence_when(list(doc.sents)[0], BASE) == "2024-09-10"


@pytest.mark.parametrize("text,want", [
    # a stated length from the first day
    ("The three-day summit opened in Lima on Wednesday.", "2025-02-19/2025-02-21"),
    ("A two-day meeting of defence ministers began in Accra on Thursday.", "2025-02-20/2025-02-21"),
    # the first and the last day in one sentence, each on its own verb and tense
    ("The drills began on Monday and ended on Thursday.", "2025-02-17/2025-02-20"),
    ("The naval exercise started on Monday and will end on Sunday.", "2025-02-17/2025-02-23"),
    # ranges as the text gives them
    ("The Cobra Gold exercise runs from February 25 to March 7.", "2025-02-25/2025-03-07"),
    ("The air show, held on 12-16 February, drew large crowds.", "2025-02-12/2025-02-16"),
    # a count of weeks dates the month it began in
    ("The strike entered its third week on Monday.", "2025-02"),
    ("The blockade entered its second week on Friday.", "2025-02"),
])
def test_event_days(pipeline, text, want):
    from graph.relations.time import event_date

    doc = pipeline.nlp(text)
    doc.user_data["published"] = "2025-02-21"  # a Friday
    assert event_date("the event", list(doc.sents), date(2025, 2, 21)) == want


@pytest.mark.parametrize("text,want", [
    ("The talks started on Monday and will resume on Thursday.", ["2024-09-09", "2024-09-12"]),
    ("The frigate sailed on Tuesday and is scheduled to dock on Friday.", ["2024-09-10", "2024-09-13"]),
])
def test_future_is_read_clause_by_clause(pipeline, text, want):
    from graph.relations.time import resolved_dates

    doc = _doc(pipeline, text)
    assert [v for _, v in resolved_dates(list(doc.sents)[0], BASE)] == want


@pytest.mark.parametrize("text,want", [
    ("Chile signed the lease on 14 October 2022. Washington had cleared the sale that August.", "2022-08"),
    ("Kenya ordered the boats on 3 March 2021. The navy received the money that year.", "2021"),
])
def test_that_month_and_that_year_point_back(pipeline, text, want):
    doc = _doc(pipeline, "Headline Here\n\nNAIROBI (Wire) - Kenya ordered boats on Monday.\n\n" + text)
    assert evidence_when(list(doc.sents)[-1], BASE) == want


@pytest.mark.parametrize("text,want", [
    ("The ministry had said earlier in the week that six leaders would come.", "2024-09"),
    ("The navy had confirmed the order earlier in the month.", "2024-09"),
])
def test_earlier_in_the_week(pipeline, text, want):
    from graph.relations.time import sentence_when

    assert sentence_when(list(_doc(pipeline, text).sents)[0], BASE) == want


@pytest.mark.parametrize("text,want", [
    # a plan's dates (still to come) or a deadline are no time for a past sentence to continue
    ("Deliveries to Peru will run from 2026 to 2030. The defence minister attended the signing.", "2024-09-09"),
    ("Laos must pay by 2027. Its air force chief visited the plant.", "2024-09-09"),
])
def test_an_undated_sentence_does_not_continue_a_plan(pipeline, text, want):
    doc = _doc(pipeline, "Headline Here\n\nVIENTIANE (Wire) - Laos ordered trainers on Monday.\n\n" + text)
    assert evidence_when(list(doc.sents)[-1], BASE) == want


@pytest.mark.parametrize("text,want", [
    ("Lula attended Sunday's parade in Moscow.", ["2024-09-08"]),
    ("Ghana's president skipped last week's summit in Abuja.", ["2024-09"]),
    ("Mali and Niger revived their 2023 pact on Monday.", ["2024-09-09"]),  # a year naming the pact does not
])
def test_a_relative_day_in_the_possessive_dates_what_it_names(pipeline, text, want):
    from graph.relations.time import resolved_dates

    assert [v for _, v in resolved_dates(list(_doc(pipeline, text).sents)[0], BASE)] == want


@pytest.mark.parametrize("text,anchors,want", [
    # a date on the verb whose subject is the fact's own actor is no mere report date
    ("President Ruto announced in February 2024 that Kenya had told donors its navy was short of boats in 2021.",
     ("Ruto",), "2024-02"),
    ("Prime Minister Fiala announced in May 2023 that his cabinet had weighed the offer in 2019.", ("Fiala",), "2023-05"),
])
def test_the_actors_own_report_date(pipeline, text, anchors, want):
    assert _when(pipeline, text, *anchors) == want


@pytest.mark.parametrize("text,want", [
    ("The cabinet had cleared the purchase the previous week.", "2024-09"),
    ("Its F-5s had been retired a decade earlier.", "2014"),
])
def test_anaphoric_dates_without_an_earlier_time_count_from_publication(pipeline, text, want):
    from graph.relations.time import sentence_when

    assert sentence_when(list(_doc(pipeline, text).sents)[0], BASE) == want


@pytest.mark.parametrize("text,anchors,want", [
    ("The fighting between Eritrea and Ethiopia entered its third day on Tuesday.", ("Eritrea", "Ethiopia"),
     "2024-09-08/2024-09-10"),
    ("The clashes between Laos and Cambodia reached their second day on Monday.", ("Laos", "Cambodia"),
     "2024-09-08/2024-09-09"),
])
def test_a_fact_in_its_nth_day_holds_from_the_first(pipeline, text, anchors, want):
    assert _when(pipeline, text, *anchors) == want


def _props(pipeline, text, source, type_, target):
    g = pipeline.process(Document.from_text(text, meta=Metadata(published=BASE.isoformat())))
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    found = [d for u, v, d in g.edges(data=True) if d["type"] == type_ and d.get("provenance") == "text"
             and source in name[u] and target in name[v]]
    assert found, f"no {source} -{type_}-> {target}"
    return found[0]


@pytest.mark.parametrize("text,fact,other,year", [
    ("Gabon, a partner of Morocco since 2011, ordered patrol boats from France in 2019.",
     ("Gabon", "COOPERATES_WITH", "Morocco"), ("Gabon", "OPERATES", "patrol"), "2019"),
    ("Estonia, a member of NATO since 2004, ordered K9 Thunder howitzers from South Korea in 2022.",
     ("Estonia", "MEMBER_OF", "North Atlantic"), ("Estonia", "OPERATES", "K9"), "2022"),
])
def test_since_on_a_noun_dates_only_the_fact_of_that_noun(pipeline, text, fact, other, year):
    if other[2] != "patrol":
        purchase = _props(pipeline, text, *other)
        assert purchase.get("valid_from") is None  # the purchase does not hold since 2004
        assert purchase["evidence"][0]["when"] == year  # nor is it dated by the membership
    tie = _props(pipeline, text, *fact)
    assert tie.get("valid_from", "")[:4] in {"2011", "2004"}


@pytest.mark.parametrize("text,want", [
    ("Chile has operated the F-16 since 2006.", {"valid_from": "2006"}),
    ("Peru flew the Mirage 5 until 2019.", {"valid_to": "2019"}),
])
def test_since_on_the_clause_dates_its_facts(pipeline, text, want):
    from graph.relations.time import validity

    assert validity(list(_doc(pipeline, text).sents)[0], BASE) == want


@pytest.mark.parametrize("text", ["eight decades", "for decades", "the Marine Corps", "the mayor"])
def test_words_that_begin_like_a_month_are_no_date(text):
    assert resolve_expression(text, BASE) is None


def test_a_count_from_too_coarse_a_time_gives_no_date(pipeline):
    from graph.relations.time import resolved_dates

    doc = _doc(pipeline, "Peru ordered the jets in 2019, and the first arrived the following month.")
    assert [v for _, v in resolved_dates(list(doc.sents)[0], BASE)] == ["2019"]  # not a month after publication


@pytest.mark.parametrize("text,want", [
    # a month named against the publication date (2024-09-11)
    ("last July", "2024-07"), ("last November", "2023-11"), ("last September", "2023-09"),
    ("this March", "2024-03"), ("next May", "2025-05"), ("next October", "2024-10"),
    ("in May last year", "2023-05"), ("June of this year", "2024-06"), ("March next year", "2025-03"),
    ("November 5 last year", "2023-11-05"), ("5 November last year", "2023-11-05"), ("since last June", "2024-06/"),
    ("by next March", "/2025-03"),
    # a part of a month dates the month ("the second half of July", "the first week of June 2022")
    ("the second half of July", "2024-07"), ("in the first week of June 2022", "2022-06"),
    ("the last days of March", "2024-03"), ("the first half of 2023", "2023-01/2023-06"),
])
def test_a_month_named_against_publication(text, want):
    assert resolve_expression(text, BASE) == want


def test_a_relative_month_dates_the_fact(pipeline):
    assert _when(pipeline, "Ecuador signed a defence accord with Spain in May last year that covers patrol boats "
                           "by 2027.", "Ecuador", "Spain") == "2023-05"
    assert _when(pipeline, "The Omani version was shown at the Dubai air show last November.", "Omani") == "2023-11"


@pytest.mark.parametrize("name,text,want", [
    # a date on a clause about another named event does not date this one
    ("the naval parade", "The Canadian minister, who had been in Manila for the ASEAN summit that ended on Monday, "
                         "skipped the naval parade.", None),
    ("Exercise Cobra Gold", "The frigate stayed through the Cobra Gold exercise in February and March and was still "
                            "there when Balikatan's first phase ended in May.", "2024-02"),
    # a date on an event noun another name modifies dates that event ("the G20 meeting in Osaka in June")
    ("Brasilia Summit (2024)", "It was the first summit of the two presidents; earlier talks had been held on the "
                               "sidelines of larger gatherings, most recently the G20 meeting in Rome in June.", "2024"),
    ("Exercise Pacific Shield", "The ships sailed home in May, after the Cobra Gold exercise in Thailand in March.",
     "2024-05"),
    # ... but not when the name is the organiser's and the event's own name is a place
    ("2024 Lisbon summit", "At the alliance's Lisbon summit last July, the ministers signed the pact.", "2024-07"),
    # a verb of beginning or ending dates its subject: another kind of event than this one is not this one
    ("Tbilisi Independence Parade", "The war that the parade honoured broke out on March 3.", None),
    ("2024 Andean border clashes", "The summit that the clashes overshadowed opened on Monday in Quito.",
     "2024"),
    # a place's name is the event's place, not another event
    ("Eurosatory 2024", "Europe's biggest land-warfare fair opened its doors on Monday.", "2024-09-09"),
    ("the Lima summit", "Peru's largest regional summit opened on Tuesday in the capital.", "2024-09-10"),
])
def test_event_days_exclude_other_events(pipeline, name, text, want):
    from graph.relations.time import event_date

    doc = _doc(pipeline, text)
    assert event_date(name, list(doc.sents), BASE) == want


@pytest.mark.parametrize("text,want", [
    ("in April and May", "2024-04/2024-05"), ("November and December 2022", "2022-11/2022-12"),
])
def test_two_months(text, want):
    assert resolve_expression(text, BASE) == want


@pytest.mark.parametrize("text,anchors,want", [
    # a lead fact dated only by its report takes the day the lead's news gives
    ("Chile Signs For Radars\n\nSANTIAGO (Wire) - Chile has concluded a contract with Thales for ten radars, the "
     "ministry said on Wednesday. The agreement, signed in Santiago on Monday, covers spare parts.",
     ("Chile", "Thales"), "2024-09-09"),
    ("Jets Reach Ghana\n\nACCRA (Wire) - The first four trainers bought by Ghana have reached the country, the air "
     "force announced on Wednesday. The aircraft were unloaded at Tema on Tuesday evening.", ("Ghana",), "2024-09-10"),
    ("Embraer Sells To Kenya\n\nSAO PAULO (Wire) - Embraer announced on Wednesday that it has concluded a contract "
     "with Kenya for six transports. The agreement, signed in Nairobi on Tuesday, covers training.", ("Embraer", "Kenya"),
     "2024-09-10"),
    # a date on a clause describing an object is background, not the lead's news
    ("Peru Orders Boats\n\nLIMA (Wire) - Peru has signed a contract for six patrol boats with Korea, the ministry "
     "said on Tuesday, converting a memorandum signed two months earlier into a firm order.", ("Peru",), "2024-09-10"),
])
def test_a_lead_fact_reported_on_a_day_holds_at_the_leads_news(pipeline, text, anchors, want):
    doc = _doc(pipeline, text)
    sent = next(s for s in doc.sents if any(t.lemma_ in {"say", "announce"} for t in s))
    toks = [next(t for t in sent if t.text == a) for a in anchors]
    assert relation_when(sent, toks, BASE) == want


@pytest.mark.parametrize("text,want", [
    # "not ... until" dates the act, and what counts from it
    ("Ankara did not ratify the accession protocol until January 23.", "2024-01-23"),
    ("The Slovak parliament did not approve the jet purchase until March 2021.", "2021-03"),
])
def test_not_until_dates_the_act(pipeline, text, want):
    doc = _doc(pipeline, text)
    assert evidence_when(list(doc.sents)[0], BASE) == want


def test_a_count_of_days_from_a_not_until_date(pipeline):
    doc = _doc(pipeline, "Headline Here\n\nLIMA (Wire) - Peru ordered jets on Monday.\n\nChile did not put the bill "
                         "to a vote until February 26. Three days earlier, its minister had travelled to Lima.")
    assert evidence_when(list(doc.sents)[-1], BASE) == "2024-02-23"


@pytest.mark.parametrize("text,anchors,want", [
    # "within days" / "days later": the month of the time named before
    ("Chile signed the accord in March, and within days Spain approved the sale of two frigates to Chile.",
     ("Spain",), "2024-03"),
    ("Kenya ordered the boats on 4 June 2023. Days later, Italy agreed to train Kenyan crews.", ("Italy",), "2023-06"),
])
def test_an_uncounted_short_while_after(pipeline, text, anchors, want):
    doc = _doc(pipeline, text)
    sent = next(s for s in doc.sents if anchors[0] in s.text)
    toks = [next(t for t in sent if t.text == a) for a in anchors]
    assert relation_when(sent, toks, BASE) == want


@pytest.mark.parametrize("text,want", [
    # a date on an event's noun under a report dates the event: what follows continues it
    ("Leaders Meet\n\nLIMA (Wire) - Peru and Chile held talks on Monday.\n\nAfter their meeting on Tuesday the two "
     "presidents said the deal was going ahead. The two governments signed a defence accord.", "2024-09-10"),
    ("Ministers Meet\n\nQUITO (Wire) - Ecuador bought boats on Monday.\n\nFollowing the summit on Tuesday the leaders "
     "said the talks had gone well. Ecuador and Colombia agreed to patrol the border together.", "2024-09-10"),
])
def test_a_date_on_an_event_noun_is_not_the_reports(pipeline, text, want):
    doc = _doc(pipeline, text)
    assert evidence_when(list(doc.sents)[-1], BASE) == want


@pytest.mark.parametrize("name,text,want", [
    # an event counted from a date the sentence gives
    ("summit", "Andean ministers met in Lima on Sunday, a day after the Quito summit, to discuss trade.",
     "2024-09-07"),
    ("naval parade", "The fleet sailed for home on Friday, two days after the naval parade in Valparaiso.", "2024-09-04"),
    ("summit", "The president left for Accra on Monday, a week before the regional summit opened.", "2024-09-16"),
])
def test_an_event_counted_from_a_date(pipeline, name, text, want):
    from graph.relations.time import event_date

    doc = _doc(pipeline, text)
    assert event_date(name, list(doc.sents), BASE) == want


@pytest.mark.parametrize("text,anchors,want", [
    # dates as near as each other to the fact: the one not on a report
    ("In early June, after the week of fighting with Armenia in May, an Azerbaijani ministry statement said talks "
     "would resume.", ("Azerbaijani", "Armenia"), "2024-05"),
    ("In late August, after the clashes with Thailand in July, a Cambodian army spokesman said the border was calm.",
     ("Cambodian", "Thailand"), "2024-07"),
])
def test_a_tie_goes_to_the_date_not_on_a_report(pipeline, text, anchors, want):
    assert _when(pipeline, text, *anchors) == want


def test_a_lead_fact_keeps_its_report_day_when_the_lead_names_only_the_future(pipeline):
    doc = _doc(pipeline, "Chile Signs For Radars\n\nSANTIAGO (Wire) - Chile has concluded a contract with Thales for ten "
                         "radars, the ministry said on Tuesday. The first radars are due in 2026.")
    sent = next(s for s in doc.sents if "said" in s.text)
    toks = [next(t for t in sent if t.text == a) for a in ("Chile", "Thales")]
    assert relation_when(sent, toks, BASE) == "2024-09-10"


@pytest.mark.parametrize("text,anchors,want", [
    # the recogniser's "the summer of" without its year: the year is the date's
    ("Kenya stopped flying its F-5 fighters in the summer of 2022.", ("Kenya", "fighters"), "2022"),
    ("Chile retired its Mirage jets in the spring of 2019.", ("Chile", "jets"), "2019"),
])
def test_a_season_of_a_year(pipeline, text, anchors, want):
    assert (_when(pipeline, text, *anchors) or "").startswith(want)


@pytest.mark.parametrize("text,anchors,want", [
    # a year the fact's own noun phrase names dates it when its clause gives none
    ("Qatar's 2017 contract for 36 Rafale jets was its second with Dassault.", ("Qatar", "jets"), "2017"),
    ("Armenia and Azerbaijan fought the 2020 war over Nagorno-Karabakh.", ("Armenia", "war"), "2020"),
])
def test_a_year_of_the_facts_noun(pipeline, text, anchors, want):
    assert _when(pipeline, text, *anchors) == want


@pytest.mark.parametrize("text,anchors,want", [
    # a date in a clause on another object is not the fact's: the sentence continues its paragraph's time
    ("Talks ended on Monday. Vietnam then signed for 12 Yak-130 trainers, on top of eight ordered in 2021.",
     ("Vietnam", "trainers"), "2024-09-09"),
    ("Talks ended on Monday. Kenya then signed for two Bayraktar drones, adding to the four delivered in 2022.",
     ("Kenya", "drones"), "2024-09-09"),
    ("Talks ended on Monday. Chile signed a contract with Saab for six more Gripen fighters, on top of 12 ordered "
     "in 2019.", ("Chile", "fighters"), "2024-09-09"),
])
def test_a_date_of_another_object(pipeline, text, anchors, want):
    assert _when(pipeline, text, *anchors, sentence=1) == want


@pytest.mark.parametrize("text,anchors,want", [
    # "a day before the ceremony" counts from the day an earlier sentence gives the ceremony
    ("The Peruvian Air Force retired its Mirage 2000 fighters at a ceremony in Lima on Friday. A day before the "
     "ceremony, Peru signed a contract with Embraer for six C-390 transports.", ("Peru", "transports"), "2024-09-05"),
    ("Kenya hosted a regional summit in Nairobi on Monday. Two days after the summit, Kenya ordered Bayraktar TB2 "
     "drones from Turkey.", ("Kenya", "drones"), "2024-09-11"),
])
def test_days_counted_from_a_named_event(pipeline, text, anchors, want):
    assert _when(pipeline, text, *anchors, sentence=1) == want


@pytest.mark.parametrize("text,want", [
    # hedged counts, fiscal years, halves, "this past", "last year" inside a longer phrase, ISO days, "Tuesday last week"
    ("nearly three years ago", "2021"), ("more than a decade ago", "2014"), ("some five years ago", "2019"),
    ("in the 2023 fiscal year", "2023"), ("in FY2022", "2022"), ("in H2 2023", "2023-07/2023-12"),
    ("this past January", "2024-01"), ("in the spring of last year", "2023"), ("in March next year", "2025-03"),
    ("at the end of last year", "2023"), ("on 2024-01-03", "2024-01-03"), ("on Tuesday last week", "2024-09-03"),
])
def test_more_expression_shapes(text, want):
    from graph.relations.time import resolve_expression
    got = resolve_expression(text, BASE)
    assert got == want or (got or "").startswith(want)


@pytest.mark.parametrize("text,want", [
    # an edition named by its year dates the event when no day is given
    ("The 2024 edition of the Andean Security Forum drew 30 delegations to Quito.", "2024"),
    ("Kenya hosted the fair's 2023 edition in Nairobi, with more than 400 exhibitors.", "2023"),
    # a past edition compared with is no date of this one
    ("More firms came than the 2022 edition drew.", None),
])
def test_an_edition_named_by_its_year(pipeline, text, want):
    from graph.relations.time import event_date

    doc = pipeline.nlp(text)
    assert event_date("the forum", list(doc.sents), None) == want


@pytest.mark.parametrize("text,want", [
    # "the next morning", "the same evening" count in days from the time named before
    ("On Monday Peru recalled its envoy. Fighting broke out the next morning along the border.", "2025-02-18"),
    ("Ghana closed the crossing on Tuesday. Clashes erupted the following night near the river.", "2025-02-19"),
])
def test_the_next_morning_dates_an_event(pipeline, text, want):
    from graph.relations.time import event_date

    doc = pipeline.nlp(text)
    doc.user_data["published"] = "2025-02-21"  # a Friday
    assert event_date("the fighting", list(doc.sents)[1:], date(2025, 2, 21)) == want


@pytest.mark.parametrize("text,source,target,want", [
    # taking part in an event holds on the event's days, not on the day of the report
    ("QUITO, May 9, 2024 (Andes Wire) - The Andean Security Forum ran from 2 to 4 May in Quito.\n\n"
     "Peruvian Defence Minister Walter Astudillo attended the forum, officials said on Thursday.",
     "Walter Astudillo", "Andean Security Forum", "2024-05-02"),
    ("NAIROBI, June 14, 2024 (Rift Wire) - The East Africa Defence Expo was held from 10 to 12 June in Nairobi.\n\n"
     "Tanzania's army chief visited the expo, his office said on Friday.",
     "Tanzania", "East Africa Defence Expo", "2024-06-10"),
])
def test_taking_part_holds_on_the_events_days(pipeline, text, source, target, want):
    from graph.text.metadata import from_text
    from graph.text.sources import Document

    g = pipeline.process(Document.from_text(text, "t.txt", meta=from_text(text)))
    found = [d for u, v, d in g.edges(data=True) if d["type"] == "PARTICIPATED_IN"
             and source in g.nodes[u]["name"] and target in g.nodes[v]["name"]]
    assert found and any((e.get("when") or "").startswith(want) for e in found[0]["evidence"])


@pytest.mark.parametrize("text,want", [
    # an event that ended on a day, with how long it ran in a sentence beside it
    ("For two weeks the waters off Mombasa were busy. The Cutlass Express exercise closed on Thursday with a "
     "boarding drill.", "2025-02/2025-02-20"),
    ("The Eurosatory fair ended on Thursday. Organisers counted 90,000 visitors over the four days, from Monday "
     "to Thursday.", "2025-02-17/2025-02-20"),
    # ... or in its own sentence
    ("The Cold Response drills wound down on Thursday after almost three weeks of manoeuvres.", "2025-01/2025-02-20"),
])
def test_an_event_that_ended_runs_back_over_its_stated_length(pipeline, text, want):
    from graph.relations.time import event_date

    doc = pipeline.nlp(text)
    doc.user_data["published"] = "2025-02-21"  # a Friday
    sents = [s for s in doc.sents if any(w in s.text for w in ("exercise", "fair", "drills"))]
    assert event_date("the event", sents, date(2025, 2, 21)) == want


@pytest.mark.parametrize("text,anchors,want", [
    # a count in words beyond six from the time named before
    ("Talks opened in Lima on 2 March 2024, and nine days later Peru agreed to buy Korean frigates.",
     ("Peru", "frigates"), "2024-03-11"),
    ("Ghana first asked for the drones in 2015. Eleven years later Turkey agreed to supply them.",
     ("Turkey", "them"), "2026"),
])
def test_a_count_in_words_from_the_time_before(pipeline, text, anchors, want):
    sentence = 1 if text.count(". ") else 0
    assert _when(pipeline, text, *anchors, sentence=sentence) == want


@pytest.mark.parametrize("text,anchors,want", [
    # a date in a clause about another happening ("after a crash in July") does not date the fact
    ("Chile will not fly its Super Puma helicopters again, the air force said on Tuesday, after a crash in May "
     "killed two pilots.", ("Chile", "helicopters"), "2024-09-10"),
    ("Kenya grounded its Z-9 helicopters on Friday after an accident in March killed a crew.",
     ("Kenya", "helicopters"), "2024-09-06"),
])
def test_a_date_of_another_happening_does_not_date_the_fact(pipeline, text, anchors, want):
    assert _when(pipeline, text, *anchors) == want


@pytest.mark.parametrize("text,want", [
    # what began in a clause describing another noun is no start of the event
    ("The Chilean Air Force retired its last Mirage jets at a ceremony on Friday, closing a chapter that opened in "
     "1980.", "2025-02-21"),
    ("Kenya held a handover ceremony on Thursday, ending an era that began in 1994 with its first F-5s.",
     "2025-02-20"),
    # "convenes" dates the day a meeting begins
    ("Working groups met in Accra from Monday, and the summit of ministers convened on Thursday.", "2025-02-20"),
    ("The regional summit convened on Monday in Lusaka.", "2025-02-17"),
])
def test_event_days_from_its_own_clause(pipeline, text, want):
    from graph.relations.time import event_date

    doc = pipeline.nlp(text)
    doc.user_data["published"] = "2025-02-21"  # a Friday
    assert event_date("the ceremony", list(doc.sents), date(2025, 2, 21)) == want


@pytest.mark.parametrize("text,base,want", [
    # a span of weekdays written in its middle: this week's
    ("from Tuesday to Thursday", date(2023, 9, 6), "2023-09-05/2023-09-07"),
    ("from Monday to Friday", date(2024, 5, 8), "2024-05-06/2024-05-10"),
])
def test_a_span_of_weekdays_around_the_publication(text, base, want):
    assert resolve_expression(text, base, True) == want


@pytest.mark.parametrize("text,base,want", [
    # "last" season: the latest one over by publication; "this" season: the publication year's
    ("last spring", date(2024, 9, 11), "2024"),
    ("last summer", date(2023, 10, 2), "2023"),
    ("last autumn", date(2024, 9, 11), "2023"),
    ("this summer", date(2024, 4, 2), "2024"),
    ("at the start of the year", date(2024, 9, 11), "2024"),
    ("the beginning of the year", date(2022, 3, 1), "2022"),
])
def test_seasons_and_parts_of_the_year(text, base, want):
    assert resolve_expression(text, base) == want


@pytest.mark.parametrize("text,name,want", [
    # "a day before the ceremony" dates what happened then; the ceremony is the day it counts from
    ("MANILA, Feb. 21 (Wire) - The air force retired its F-5 jets at a ceremony in Clark on Friday.\n\n"
     "A day before the ceremony the ministry signed a contract for new trainers.", "ceremony", "2025-02-21"),
    ("ACCRA, Feb. 21 (Wire) - Ghana hosted a naval parade in Tema on Friday.\n\n"
     "Two days before the parade the navy took delivery of a patrol boat.", "parade", "2025-02-21"),
])
def test_a_count_from_the_event_dates_the_event_by_what_it_counts_from(pipeline, text, name, want):
    from graph.relations.time import event_date

    doc = pipeline.nlp(text)
    doc.user_data["published"] = "2025-02-21"  # a Friday
    sents = [s for s in doc.sents if "before the" in s.text]
    assert event_date(name, sents, date(2025, 2, 21)) == want


def test_an_event_opened_in_part_of_a_month(pipeline):
    from graph.relations.time import event_date

    doc = _doc(pipeline, "The drill opened in the second half of August and was set to close on September 20.")
    assert event_date("Exercise Steppe Eagle", list(doc.sents), BASE) == "2024-08/2024-09-20"


def test_a_report_date_is_not_moved_to_an_older_date_of_the_lead(pipeline):
    # the news day of the lead counts for a report only when it is days before it, not months
    text = ("Thales said on Tuesday it had completed its purchase of Cobham Aero. The two agreed the deal in "
            "November 2022.")
    assert _when(pipeline, text, "Thales", "Cobham") == "2024-09-10"
    text = "The ministry said on Monday that Saab had handed the last Gripen to Hungary. It landed on Saturday."
    assert _when(pipeline, text, "Saab", "Hungary") == "2024-09-07"


_LEAD = "Peru Buys Frigates\n\nLIMA (Wire) - Peru signed a deal on Monday.\n\n"


@pytest.mark.parametrize("text,anchors,want", [
    # a verb coordinated under the same subject and tense is one act with the verb the date is on
    ("The minister had visited Hanoi in March and signed a radar deal with Vietnam.", ("Vietnam",), "2024-03"),
    ("The minister visited Hanoi in March and signed a radar deal with Vietnam.", ("Vietnam",), "2024-03"),
    # ... not one with a tense of its own: the span is the flying's, the purchase is undated
    ("Chile has flown the jets since 2019 and bought two frigates from Korea.", ("Korea",), "2024-09-09"),
    # a coordinated clause with its own subject stays another event
    ("Chile took over the chair in March, and Brazil will host a summit with Peru.", ("Brazil", "Peru"), "2024-09-11"),
])
def test_a_date_shared_by_verbs_of_one_subject(pipeline, text, anchors, want):
    assert _when(pipeline, _LEAD + text, *anchors, sentence=-1) == want


@pytest.mark.parametrize("text,want", [
    # the length a sentence about the event writes before its noun, with the day it closed in another paragraph
    ("The president closed the regional summit on Friday with a pledge of loans.\n\nThe two-day gathering in "
     "Quito brought together five leaders.", "2025-02-20/2025-02-21"),
    ("The naval drill opened on Monday off Durban.\n\nThe three-day exercise involves six ships.",
     "2025-02-17/2025-02-19"),
    # an explicit last day wins over a length that does not fit it
    ("The ten-day drill began on Tuesday and runs until Feb. 21.", "2025-02-18/2025-02-21"),
])
def test_an_events_length_and_last_day_from_its_sentences(pipeline, text, want):
    from graph.relations.time import event_date

    doc = pipeline.nlp(text)
    doc.user_data["published"] = "2025-02-21"  # a Friday
    assert event_date("the event", list(doc.sents), date(2025, 2, 21)) == want


def test_within_hours_of_a_news_event_is_its_day(pipeline):
    doc = _doc(pipeline, "Peru Buys Jets\n\nLIMA (Wire) - Peru signed on Monday for 24 jets from France. The deal is its "
                         "largest.\n\nThe navy ordered boats in 2018. Within hours of the Lima signing the US State "
                         "Department approved the possible sale to Peru of up to 12 helicopters.")
    assert evidence_when(list(doc.sents)[-1], BASE) == "2024-09-09"  # the signing's Monday, not 2018
