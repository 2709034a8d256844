"""Session 34 precision guards, on invented sentences (no dev article's words):

* part-of-country (families/organisations.py ``_state_told``): a body resolved to a state that is neither the
  article's own nor told by its name, its opener or a sentence naming it gets no PART_OF to that state;
* located-in (families/events.py ``_placed_apart``): a list item placed by its own in/at/near phrase is not in
  the next item's place;
* held-in (editions.py ``_one_more``): an event noun with "a"/"an" once the body has named the event is one
  more occasion, whose place is not the event's.
"""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import text_edges

edges = partial(text_edges, published="2024-05-02")


def _typed(pipeline, text: str, typ: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(pipeline, text) if e[1] == typ}


# -- PART_OF to a state the text does not tell -----------------------------------------------------------------
def test_catalogued_body_of_another_state_untold(pipeline):
    # (the state is named, but in another sentence: the body may be any state's of that name)
    text = ("Peru's navy took delivery of two patrol boats from the United States. A week later the Joint Chiefs "
            "of Staff chairman met Peruvian officers in Lima.")
    assert ("Joint Chiefs of Staff", "PART_OF", "United States") not in _typed(pipeline, text, "PART_OF")


@pytest.mark.parametrize("text,expected", [
    # the article's own state: a bare ministry is its own
    ("Colombia signed a contract for 17 Gripen fighters with Saab. The Ministry of National Defence said the "
     "jets would arrive in 2026.", ("Ministry of National Defense of Colombia", "PART_OF", "Colombia")),
    # another state, told by the sentence that names the body
    ("Finland joined NATO on Tuesday. Turkey, whose Grand National Assembly approved it in March, was the last "
     "to ratify.", ("Grand National Assembly of Turkey", "PART_OF", "Turkey")),
    # another state, told by the body's own name
    ("Ghana bought two patrol boats. The US State Department approved the sale on Friday.",
     ("United States Department of State", "PART_OF", "United States")),
    # ... by an abbreviation with points
    ("Skopje deposited its instrument of accession with the U.S. State Department in Washington on Friday. "
     "North Macedonia became the 30th member of NATO.", ("United States Department of State", "PART_OF", "United States")),
])
def test_told_state_kept(pipeline, text, expected):
    assert expected in _typed(pipeline, text, "PART_OF")


# -- a body seated in a capital is that capital's state's -------------------------------------------------------
@pytest.mark.parametrize("text,body,state,wrong", [
    # the body's own phrase: "the Ministry of Defence in Belgrade" in an article most about China
    ("Chinese Y-20 transports flew the FK-3 batteries to Serbia, China's air force said. Beijing called the flights "
     "routine. The Ministry of Defence in Belgrade declined to comment.",
     "Ministry of Defence of Serbia", "Serbia", ("Ministry of National Defense of China", "PART_OF", "China")),
    # a capital opening the clause the body speaks in
    ("Polish jets shot down four drones over Poland on Wednesday night. In Moscow, the Ministry of Defence said its "
     "strikes had been aimed at Ukraine.",
     "Ministry of Defence of Russia", "Russia", ("Ministry of National Defence of Poland", "PART_OF", "Poland")),
])
def test_body_seated_in_capital(pipeline, text, body, state, wrong):
    found = _typed(pipeline, text, "PART_OF")
    assert (body, "PART_OF", state) in found
    assert wrong not in found


@pytest.mark.parametrize("text,body,state", [
    # a country opening the clause is where the thing happens, not the body's seat (mendb34)
    ("Russia has flown thousands of sorties over Syria since 2015. In Syria, the Ministry of Defence said its jets "
     "had struck 30 targets on Monday.", "Ministry of Defence of Russia", "Russia"),
    ("Turkey has kept troops in northern Iraq for years. In Iraq, the Defence Ministry said on Tuesday that its "
     "drones had hit a depot.", "Ministry of National Defense of Turkey", "Turkey"),
])
def test_country_opening_the_clause_is_no_seat(pipeline, text, body, state):
    found = _typed(pipeline, text, "PART_OF")
    assert (body, "PART_OF", state) in found
    assert not any(s.startswith("Ministry") and t in {"Syria", "Iraq"} for s, _, t in found)


def test_body_without_seat_stays_the_articles(pipeline):
    text = "Brazil ordered four more Gripens. The Ministry of Defence in a statement praised Saab."
    assert ("Ministry of Defence of Brazil", "PART_OF", "Brazil") in _typed(pipeline, text, "PART_OF")


# -- LOCATED_IN over a list whose items carry their own places ----------------------------------------------------
@pytest.mark.parametrize("text,expected,absent", [
    ("The jets will fly from the two main bases, Cold Lake in Alberta and Bagotville in Quebec.",
     {("Bagotville", "LOCATED_IN", "Quebec")}, {("Alberta", "LOCATED_IN", "Quebec")}),
    ("The air force flies them from Moron Air Base near Seville and Los Llanos Air Base in Albacete.",
     {("Los Llanos Air Base", "LOCATED_IN", "Albacete")}, {("Seville", "LOCATED_IN", "Albacete")}),
    # the places of a common noun ("plants in A and B in C") share the last item's place
    ("Embraer will build the jets at its plants in Campinas and Taubate in Sao Paulo.",
     {("Campinas", "LOCATED_IN", "São Paulo"), ("Taubate", "LOCATED_IN", "São Paulo")}, set()),
    # a plain list shares the last item's place
    ("Rebels attacked Goma and Bukavu in eastern Congo.",
     {("Goma", "LOCATED_IN", "Congo"), ("Bukavu", "LOCATED_IN", "Congo")}, set()),
    ("The battalions trained in Kutaisi and Gori in Georgia.",
     {("Kutaisi", "LOCATED_IN", "Georgia"), ("Gori", "LOCATED_IN", "Georgia")}, set()),
])
def test_list_items_placed_apart(pipeline, text, expected, absent):
    found = _typed(pipeline, text, "LOCATED_IN")
    assert expected <= found, f"missing {expected - found}"
    assert not (absent & found), f"unexpected {absent & found}"


# -- HELD_IN of one more occasion ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,venue,other", [
    ("Leaders of the bloc met in Lusaka on Friday for their annual summit. The summit was held at the Mulungushi "
     "centre. The meeting came after Mnangagwa had attended a trilateral summit in Maputo the week before.",
     "Lusaka", "Maputo"),
    ("China staged a military parade in Beijing on Thursday. The parade was watched by Xi. Putin, whose country "
     "had celebrated victory with a parade in Moscow in May, held talks with Xi.", "Beijing", "Moscow"),
    ("Ministers gathered in Astana on Friday for the summit. Rahmon complained that Moscow had sent only a deputy "
     "minister to an investment forum in Dushanbe.", "Astana", "Dushanbe"),
])
def test_one_more_occasion(pipeline, text, venue, other):
    places = {t for _, _, t in _typed(pipeline, text, "HELD_IN")}
    assert venue in places  # the lead's "a summit"/"a parade" is the article's own
    assert other not in places


@pytest.mark.parametrize("text,venue", [
    # a place outside the noun's own phrase: the main verb's ("In X, ... before running a command post exercise")
    ("Exercise Southern Star 2024 ended in Chile on Friday. In Santiago, staff officers sat through lectures before "
     "running a command post exercise.", "Santiago"),
    # a noun that describes the event ("the centrepiece of a ceremony")
    ("Taiwan held its National Day parade on Sunday. The missile column in front of the Presidential Office in "
     "Taipei was the centrepiece of a ceremony that had long featured motorcycles.", "Taipei"),
    # a standfirst that told the event with "a" too has not made it "the" parade yet (the lead's)
    ("Chile's president watches Pacific naval parade\nA sea review by President Gabriel Boric put the navy's "
     "frigates on show.\nPresident Gabriel Boric reviewed a naval parade in the Pacific Ocean on Thursday, flying "
     "by helicopter to the Talcahuano naval base in the south of the country.", "Pacific Ocean"),
])
def test_own_occasion_kept(pipeline, text, venue):
    assert venue in {t for _, _, t in _typed(pipeline, text, "HELD_IN")}
