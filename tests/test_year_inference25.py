"""The year of a yearless dateline (session 25): a month told later in the year than the dateline's
day, a headline's named edition, a kept anniversary of a full date on the dateline's own day, and a
term the reference data begins a day or two before the dateline."""
from __future__ import annotations

from graph.text.metadata import _stepwise_year, _year_bounds, from_text
from graph.text.year_evidence import anniversary_counts, term_begun


def test_a_month_later_in_the_year_than_the_dateline_puts_the_story_a_year_on():
    body = "The navy took its first corvette in November 2027. It said on Friday that a second had sailed."
    assert _year_bounds(body, 2035, (3, 4))[0] == 2028   # dated 4 March: November 2027 is past
    assert _year_bounds(body, 2035, (12, 4))[0] == 2027  # dated 4 December: it may be this year's November
    assert _year_bounds(body, 2035)[0] == 2027           # no dateline day: the year alone


def test_a_day_later_in_the_same_month_counts_too():
    assert _year_bounds("The pact was signed on 20 June 2026.", 2035, (6, 10))[0] == 2027
    assert _year_bounds("The pact was signed on 2 June 2026.", 2035, (6, 10))[0] == 2026


def test_a_headline_edition_dates_the_story_without_a_weekday():
    body = "Navies from nine countries began the drills off the coast. The previous drills, in 2019, were smaller."
    assert _stepwise_year("0000-05-14", body, "Sea Breeze-2023 opens with nine navies") == "2023-05-14"


def test_a_full_date_on_the_dateline_day_is_the_founding_an_anniversary_counts_from():
    body = ("Soldiers paraded through the capital to mark the 60th anniversary of the republic. The republic was "
            "proclaimed on 12 May 1958 after a long struggle.")
    assert _stepwise_year("0000-05-12", body) == "2018-05-12"
    # no anniversary kept: the full date on the dateline's day names the year
    plain = "The memorandum was signed on 12 May 2019 in the capital."
    assert _stepwise_year("0000-05-12", plain) == "2019-05-12"


def test_an_anniversary_placed_in_another_year_is_not_counted():
    assert anniversary_counts("In 2019 they marked the 40th anniversary. Troops marked 25 years of the treaty.") == {25}


def test_a_term_begun_on_the_dateline_day_dates_the_story():
    # people.csv: Pete Hegseth, Defense Secretary from 2025-01-25
    assert term_begun("Pete Hegseth sworn in at the Pentagon", 1, 26) == 2025
    assert term_begun("Secretary Hegseth takes over the Pentagon", 1, 25) == 2025
    assert term_begun("Pete Hegseth sworn in at the Pentagon", 3, 26) is None      # weeks after: no tie
    assert term_begun("Pete Hegseth visits troops in Germany", 1, 26) is None      # no term begun in the news
    assert term_begun("Lockheed Martin named prime contractor", 1, 26) is None     # a company, no holder


def test_a_term_begun_decides_a_yearless_dateline():
    text = ("Hegseth sworn in as Pentagon chief\n\nWASHINGTON, Jan. 25 (Wire) - Pete Hegseth was sworn in as "
            "defense secretary on Saturday after the Senate confirmed him by one vote.")
    assert from_text(text).published == "2025-01-25"


def test_a_span_ending_at_the_writing_counts_from_a_year_named():
    from graph.text.year_evidence import span_ends
    text = "The navy paid off its last frigate of the class, ending 31 years of service. It was commissioned in 1992."
    assert span_ends(text, 2000, 2026) == {2023}
    # spans that do not end at the writing count nothing
    assert span_ends("The fleet will be renewed over the next ten years. The plan dates from 2015.", 2000, 2026) == set()
    assert span_ends("The jets arrived two years ago. The order was placed in 2019.", 2000, 2026) == set()
    assert span_ends("The carrier sailed after 31 years. It was built in 1992.", 2024, 2026) == set()  # before low


def test_a_span_ending_at_the_writing_decides_between_the_weekday_and_the_day_after():
    # 14 March is a Tuesday in 2023 and a Monday in 2022; the lead's Monday fits 2022 best on its own
    body = ("The coast guard retired its last patrol boat of the class on Monday, ending 31 years of service. "
            "The boat was commissioned in 1992. Its successor was ordered in 2020.")
    assert _stepwise_year("0000-03-14", body.replace("ending 31 years of service", "after a long career")) \
        == "2022-03-14"
    assert _stepwise_year("0000-03-14", body) == "2023-03-14"


def test_a_period_ahead_or_a_range_end_is_no_past_year():
    assert _year_bounds("Ministers approved a second joint exercise for 2029.", 2035)[0] == 0
    assert _year_bounds("Guns were ordered for delivery between 2027 and 2031.", 2035)[0] == 2027  # its start alone
    assert _year_bounds("Both sides expect completion at the start of 2029.", 2035)[0] == 0
    assert _year_bounds("The unit booked its results for 2028 in March.", 2035, (5, 1))[0] == 0
    assert _year_bounds("The guns were delivered in 2027 and 2028.", 2035)[0] == 2028  # both told as past


def test_a_term_begun_outranks_a_predecessors_full_date_on_the_same_day():
    # people.csv: Mark Rutte, NATO Secretary-General from 2024-10-01; Jens Stoltenberg from 2014-10-01
    body = ("Mark Rutte became secretary general of the alliance on Tuesday, taking over from Jens Stoltenberg, "
            "who had held the post since 1 October 2014.")
    assert term_begun(f"Rutte takes the helm\n{body}", 10, 1) == 2024      # the holder named before the verb
    assert _stepwise_year("0000-10-01", body, "Rutte takes the helm") == "2024-10-01"


def test_since_a_month_of_a_year_is_a_state_told_a_year_or_more_on():
    assert _year_bounds("Rebels have besieged the town since May 2027.", 2035, (7, 1))[0] == 2028
    assert _year_bounds("Rebels have besieged the town since 3 May 2027.", 2035, (7, 1))[0] == 2028
    assert _year_bounds("Rebels besieged the town in May 2027.", 2035, (7, 1))[0] == 2027
