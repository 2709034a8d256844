"""Discourse: pronouns, descriptions and subjects carried over from earlier clauses or sentences,
on invented sentences about countries and platforms the development articles do not cover."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges = partial(text_edges, published="2025-03-01")


def test_its_platform_of_a_company_subject_up_the_clauses(pipeline):
    """ "X had hoped to show its Y", "X said it would show its Y": the company makes Y."""
    found = edges(pipeline, "Hanwha Aerospace had hoped to exhibit its K9 Thunder howitzer at the show.")
    assert ("Hanwha Aerospace", "MANUFACTURES", "K9 Thunder") in found
    found = edges(pipeline, "Across the hall, Italy's Leonardo presented a light attack version of its M-346 trainer.")
    assert any(s == "Leonardo" and t == "MANUFACTURES" and "M-346" in o for s, t, o in found)


def test_its_minister_in_an_according_to_phrase_is_the_signers(pipeline):
    text = ("Peru wants more jets. Peru has asked many partners. Chile signed a defence pact with Peru in May, "
            "according to its then defence minister, Ramona Quintero.")
    found = edges(pipeline, text)
    assert ("Ramona Quintero", "AFFILIATED_WITH", "Chile") in found
    assert ("Ramona Quintero", "AFFILIATED_WITH", "Peru") not in found
    text = ("Ghana hosted the talks. Ghana wants peace. Kenya signed a security accord with Ghana on Friday, "
            "according to its foreign minister, Amos Kiprono.")
    found = edges(pipeline, text)
    assert ("Amos Kiprono", "AFFILIATED_WITH", "Kenya") in found
    assert ("Amos Kiprono", "AFFILIATED_WITH", "Ghana") not in found


def test_a_named_object_between_still_blocks_its(pipeline):
    """ "Belarus backed Russia in its war": either could own the war; the walk up changes nothing there."""
    from graph.entities import resolve
    from graph.entities.descriptions import antecedents

    doc = pipeline.nlp("Peru had planned to back Chile in its dispute with Bolivia.")
    entities = resolve(doc, pipeline.ref)
    named = [m for m in doc._.mentions if m.entity and m.source != "coref"]
    pronoun = next(t for t in doc if t.lower_ == "its")
    assert antecedents(pronoun, named, lambda m: entities[m.entity].label == "Country") == []


def test_the_three_countries_take_part_together(pipeline):
    """A plural description with a count stands for that many states named before; states holding
    drills together take part in them (none of them hosts)."""
    text = ("Egypt bought jets from France. Greece and Cyprus joined the talks, and Egypt signed a deal with Greece "
            "and Cyprus. The three countries have staged joint naval drills since 2015.")
    found = edges(pipeline, text)
    for state in ("Egypt", "Greece", "Cyprus"):
        assert any(s == state and t == "PARTICIPATED_IN" for s, t, _ in found)
        assert not any(t == "HOSTED_BY" and o == state for _, t, o in found)
    assert not any(s == "France" and t == "PARTICIPATED_IN" for s, t, _ in found)
    found = edges(pipeline, "Chile and Peru met in Lima. The two nations joined the Pacific Alliance in 2011.")
    assert {("Chile", "MEMBER_OF", "Pacific Alliance"), ("Peru", "MEMBER_OF", "Pacific Alliance")} <= found


def test_a_plural_description_is_no_buyer(pipeline):
    """ "the two governments signed a package covering X": seller and buyer, not two buyers."""
    text = "Brazil and Sweden met in Brasilia. The two governments signed a package covering Gripen fighters."
    assert len({s for s, t, _ in edges(pipeline, text) if t == "OPERATES"}) <= 1
    text = "India and Armenia met in Delhi. The two governments signed a package covering Pinaka rocket launchers."
    assert len({s for s, t, _ in edges(pipeline, text) if t == "OPERATES"}) <= 1


def test_plural_groups_need_the_exact_count(pipeline):
    from graph.entities import resolve
    from graph.relations.plural import plural_groups

    doc = pipeline.nlp("Chile, Peru and Bolivia met in Lima. The two countries signed a pact.")
    entities = resolve(doc, pipeline.ref)
    assert plural_groups(doc, [m for m in doc._.mentions if m.entity], entities) == {}
    doc = pipeline.nlp("Ghana, Togo and Benin met in Accra. The border was calm. The three nations agreed.")
    entities = resolve(doc, pipeline.ref)
    groups = plural_groups(doc, [m for m in doc._.mentions if m.entity], entities)
    assert sorted(entities[m.entity].name for g in groups.values() for m in g) == ["Benin", "Ghana", "Togo"]


def test_an_ousted_title_is_an_affiliation_a_former_one_a_past_lead(pipeline):
    """ "the ousted president, X": affiliated, no longer leading; "its former president, Y": the same
    LEADS, bounded by its end (ANNOTATION.md, "a former minister"; tests/test_former_holders.py)."""
    found = edges(pipeline, "ECOWAS threatened intervention in Niger to restore the ousted president, Omar Haddad.")
    assert ("Omar Haddad", "AFFILIATED_WITH", "Niger") in found
    assert ("Omar Haddad", "LEADS", "Niger") not in found
    found = edges(pipeline, "Sudan's former president, Khalid Osman, flew to Cairo on Monday.")
    assert ("Khalid Osman", "LEADS", "Sudan") in found


def test_a_spokesman_without_a_body_speaks_for_the_country(pipeline):
    found = edges(pipeline, "Chile will pay around $200 million, a price that spokesman Pablo Reyes described as fair.")
    assert ("Pablo Reyes", "AFFILIATED_WITH", "Chile") in found
    found = edges(pipeline, "Ghana will buy four patrol boats, spokeswoman Ama Owusu told reporters in Accra.")
    assert ("Ama Owusu", "AFFILIATED_WITH", "Ghana") in found
    found = edges(pipeline, "Sweden's Saab will deliver the jets, spokesman Erik Lind said.")  # the firm's, maybe
    assert ("Erik Lind", "AFFILIATED_WITH", "Sweden") not in found


def _the_country(pipeline, text: str) -> str | None:
    from graph.entities import resolve

    doc = pipeline.nlp(text)
    entities = resolve(doc, pipeline.ref)
    return next((entities[m.entity].name for m in doc._.mentions
                 if m.source == "coref" and m.text.lower() == "country" and m.entity), None)


def test_the_country_is_the_subject_that_names_one(pipeline):
    """ "the country" points back to a subject naming one country, not to the article's country;
    never to the subject acting on it; a clause before ";" or ":" counts."""
    text = ("Chile bought jets. Chile wants more. A Peruvian navy statement said Chile had offered the country "
            "two frigates.")
    assert _the_country(pipeline, text) == "Peru"
    text = ("Japan trains pilots. Japan flies F-35s. Vietnam's defence ministry wrote that two pilots had died; "
            "the country's air force grounded its fleet.")
    assert _the_country(pipeline, text) == "Vietnam"
    text = ("Ghana hosted the talks. Ghana wants drones. The firm said it will invest in the country's "
            "shipyards after Togo signed.")
    assert _the_country(pipeline, text) == "Ghana"  # a subject that is no person stops the walk


def test_a_company_created_or_pooled_by_two_is_their_joint_venture(pipeline):
    found = edges(pipeline, "Spain's Indra and the French engine maker Safran on Monday signed the agreement creating "
                            "Skyward Systems, a joint venture that will build radars.")
    assert {("Skyward Systems", "JOINT_VENTURE_OF", "Indra"), ("Skyward Systems", "JOINT_VENTURE_OF", "Safran")} <= found
    found = edges(pipeline, "Thales, which was formed in 2000 by combining Germany's Hensoldt with Italy's Fincantieri, "
                            "did not comment.")
    assert {("Thales", "JOINT_VENTURE_OF", "Hensoldt"), ("Thales", "JOINT_VENTURE_OF", "Fincantieri")} <= found
    found = edges(pipeline, "Hanwha, which was formed in 1977, bought shares in Austal with Saab.")
    assert not any(t == "JOINT_VENTURE_OF" for _, t, _ in found)


def test_its_after_sided_with_is_the_one_sided_with(pipeline):
    """ "Uganda sided with Kenya in its dispute with Somalia": the dispute may be Kenya's, so Uganda is
    not made a party; the ties then take the nearest actor."""
    found = edges(pipeline, "Since 2015, Uganda has sided openly with Nairobi in its dispute with Somalia.")
    assert ("Kenya", "IN_CONFLICT_WITH", "Somalia") in found or ("Somalia", "IN_CONFLICT_WITH", "Kenya") in found
    assert not any("Uganda" in (s, o) and t == "IN_CONFLICT_WITH" for s, t, o in found)
    found = edges(pipeline, "Peru has sided with Chile in its quarrel with Bolivia over the border.")
    assert not any("Peru" in (s, o) and t == "IN_CONFLICT_WITH" for s, t, o in found)


def test_a_number_standing_for_the_platform_just_named(pipeline):
    """ "adding to the 12 the air force already flies": the number is the platform named before."""
    found = edges(pipeline, "Peru agreed to buy four more KAI FA-50 jets from Korea Aerospace Industries, adding to "
                            "the 12 the Peruvian air force already flies.")
    assert any(s == "Peruvian Air Force" and t == "OPERATES" and "FA-50" in o for s, t, o in found)
    found = edges(pipeline, "Egypt ordered 30 more Rafale jets from France, on top of the 24 the Egyptian Air Force "
                            "received in 2017.")
    assert any(s == "Egyptian Air Force" and t == "OPERATES" and "Rafale" in o for s, t, o in found)


def test_an_heir_belongs_to_the_state_without_leading_it(pipeline):
    found = edges(pipeline, "Jordan's Crown Prince Hussein bin Abdullah opened the base on Monday.")
    assert ("Hussein bin Abdullah", "AFFILIATED_WITH", "Jordan") in found
    assert ("Hussein bin Abdullah", "LEADS", "Jordan") not in found
    found = edges(pipeline, "The deal was signed by Sheikh Khaled bin Mohamed, Abu Dhabi's crown prince, in the UAE capital.")
    assert ("Khaled bin Mohamed", "AFFILIATED_WITH", "United Arab Emirates") in found
    assert ("Khaled bin Mohamed", "LEADS", "United Arab Emirates") not in found


def test_an_official_signing_buys_for_the_state_of_the_office(pipeline):
    """ "Defence Minister X signed a contract for Y with Z": X's state buys; a counterpart from the
    seller's state ("her French counterpart" beside Thales) is no buyer."""
    found = edges(pipeline, "Indonesian Defence Minister Bambang Wiryo signed a contract for 42 Rafale jets with "
                            "Dassault Aviation.")
    assert ("Dassault Aviation", "SUPPLIES", "Indonesia") in found
    assert any(s == "Indonesia" and t == "OPERATES" and "Rafale" in o for s, t, o in found)
    found = edges(pipeline, "Chilean Defence Minister Ana Ruiz and her French counterpart Paul Martin signed a contract "
                            "for three Ground Master 200 radars with Thales.")
    assert any(s == "Chile" and t == "OPERATES" and "Ground Master" in o for s, t, o in found)
    assert not any(s == "France" and t == "OPERATES" for s, t, _ in found)
