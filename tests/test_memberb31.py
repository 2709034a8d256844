"""Session 31 (issue 10, second branch): membership across sentences and through a bloc's own business, on
sentences of our own.

MEMBER_OF: contributors to a bloc's own (unnamed) force or mission ("the SADC mission's troops from A, B and
C", "troops from A and B serve in the SADC force", "soldiers from A and B, the AU's contributors"), the units of
a force the sentence before names ("The CSTO sent a force ... The final units from A and B left"), "Of its
members, A and B ...", "the bloc's states, among them A and B". Every listed state must be a member in the
membership data on the article's date: a list that names a non-member gives nothing."""
from __future__ import annotations

import pytest

from graph.reference.offices import load_offices
from graph.text import Document
from graph.text.metadata import Metadata


def edges(pipeline, text: str, published: str = "2024-05-02") -> set[tuple[str, str, str]]:
    doc = Document.from_text(text, meta=Metadata(published=published, date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], d["type"], name[t]) for s, t, d in g.edges(data=True)
            if d["type"] == "MEMBER_OF" and d.get("provenance") == "text"}


SADC, AU, CSTO = "Southern African Development Community", "African Union", "Collective Security Treaty Organization"
ECOWAS, EAC = "Economic Community of West African States", "East African Community"


def members(bloc: str, *states: str) -> set[tuple[str, str, str]]:
    return {(s, "MEMBER_OF", bloc) for s in states}


@pytest.mark.parametrize("text,expected", [
    ("The SADC mission's troops from South Africa, Tanzania and Malawi left Cabo Delgado in July.",
     members(SADC, "South Africa", "Tanzania", "Malawi")),
    ("Troops from Malawi, South Africa and Tanzania serve in the SADC force in Mozambique.",
     members(SADC, "Malawi", "South Africa", "Tanzania")),
    ("Troops of the SADC mission from South Africa and Tanzania patrol the coast.",
     members(SADC, "South Africa", "Tanzania")),
    ("Soldiers from Burundi, Uganda and Kenya, the African Union's contributors, were killed in the attack.",
     members(AU, "Burundi", "Uganda", "Kenya")),
    ("The African Union's force of troops from Uganda, Burundi and Ethiopia guards the capital.",
     members(AU, "Uganda", "Burundi", "Ethiopia")),
    ("Peacekeepers from Burundi, Uganda and Ethiopia, the largest contributors to the African Union mission, were "
     "killed in the ambush.", members(AU, "Burundi", "Uganda", "Ethiopia")),
    ("ECOWAS leaders approved the mission in May. The bloc's peacekeepers from Nigeria and Ghana arrived in June.",
     members(ECOWAS, "Nigeria", "Ghana")),
    # the bloc's force named in the sentence before
    ("The Collective Security Treaty Organization sent a peacekeeping force to Almaty in January. The final "
     "units from Russia, Belarus, Armenia and Tajikistan left the city on Thursday.",
     members(CSTO, "Russia", "Belarus", "Armenia", "Tajikistan")),
    # members pointed back to: "its", "the bloc's"
    ("ECOWAS leaders gathered in Abuja on Sunday. Of its members, Ghana and Senegal pushed for talks.",
     members(ECOWAS, "Ghana", "Senegal")),
    ("ECOWAS leaders gathered in Abuja on Sunday. The bloc's fifteen states, among them Nigeria, Ghana and "
     "Senegal, backed the plan.", members(ECOWAS, "Nigeria", "Ghana", "Senegal")),
    # a member noun spelling out the bloc named before: set off, in apposition, or counted
    ("The East African Community met in Arusha. The statement said the five member states - Kenya, Uganda, "
     "Tanzania, Rwanda and Burundi - would act together.", members(EAC, "Kenya", "Uganda", "Tanzania", "Rwanda", "Burundi")),
    ("The SADC summit opened in Luanda. Three of its members, Angola, Zambia and Malawi, asked for funds.",
     members(SADC, "Angola", "Zambia", "Malawi")),
    ("NATO held its drill in the Baltic. Four allies sent ships: Belgium, Denmark, Estonia and France.",
     members("North Atlantic Treaty Organization", "Belgium", "Denmark", "Estonia", "France")),
    # a bloc's own admission or growth, named on the bloc
    ("The EAC's admission of Somalia in March widened the bloc.", members(EAC, "Somalia")),
    ("BRICS's expansion to Egypt, Ethiopia and Iran took effect in January.",
     members("BRICS", "Egypt", "Ethiopia", "Iran")),
])
def test_bloc_force_and_pointed_members(pipeline, text, expected):
    assert expected <= edges(pipeline, text)


@pytest.mark.parametrize("text,absent", [
    # a listed state that is no member: the list is not the bloc's members
    ("The SADC sent troops to Mozambique in 2021. The units from South Africa, Botswana and Rwanda left in July.",
     members(SADC, "South Africa", "Botswana", "Rwanda")),
    ("Troops from Rwanda and Malawi serve in the SADC force.", members(SADC, "Malawi", "Rwanda")),
    # "its" pointing to a state, not a bloc
    ("Poland hosted the talks. Of its allies, Germany and France sent ministers.",
     members("North Atlantic Treaty Organization", "Germany", "France")),
    # a negated service
    ("Troops from Malawi and Tanzania did not serve in the SADC force.", members(SADC, "Malawi", "Tanzania")),
    ("The East African Community met in Arusha. The five member states - Kenya, Uganda and Ethiopia - agreed.",
     members(EAC, "Kenya", "Uganda", "Ethiopia")),
    # a count that is not the list's length: not the bloc's members spelled out
    ("NATO held its drill in the Baltic. Two allies sent ships: Belgium, Denmark and Estonia.",
     members("North Atlantic Treaty Organization", "Belgium", "Denmark", "Estonia")),
    ("NATO's enlargement to Ukraine remains distant.", members("North Atlantic Treaty Organization", "Ukraine")),
    # a counted list that is no clause's subject: states of a region, not the bloc's members spelled out
    ("The African Union met in Addis Ababa. Moscow promised grain to four countries: Mali, Niger, Chad and Togo.",
     members(AU, "Mali", "Niger", "Chad", "Togo")),
    # members of something else the bloc owns, listed as people
    ("The African Union named a panel. Its chair was flanked by the two other members of the AU panel, Ana Lobo "
     "and Joseph Mwangi, a former minister of Tanzania.", members(AU, "Tanzania")),
])
def test_no_membership_from_loose_lists(pipeline, text, absent):
    assert not absent & edges(pipeline, text)


def test_admission_before_the_join_date_gives_nothing(pipeline):
    """No full membership before the join date; since session 44 a candidate one (families/pending_members.py)."""
    text = "The EAC's admission of Somalia was still pending."
    doc = Document.from_text(text, meta=Metadata(published="2023-06-01", date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    statuses = {d.get("status") or "member" for s, t, d in g.edges(data=True) if d["type"] == "MEMBER_OF"
                and d.get("provenance") == "text" and (name[s], name[t]) == ("Somalia", EAC)}
    assert statuses <= {"candidate"}, statuses


def test_regional_bloc_terms_are_dated():
    offices = load_offices()
    assert "Somalia" not in offices.members({EAC}, "2023-06-01")
    assert "Somalia" in offices.members({EAC}, "2024-06-01")
    assert "Comoros" in offices.members({SADC}, "2020-01-01")
    assert "Seychelles" not in offices.members({SADC}, "2006-01-01")
    assert "Kiribati" not in offices.members({"Pacific Islands Forum"}, "2022-10-01")
    assert "Uzbekistan" not in offices.members({"GUAM Organization for Democracy and Economic Development"}, "2024-01-01")
