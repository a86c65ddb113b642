"""Claims: atomic splitting, measures, times, attribution, facts and exact spans."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from tests.factories import article_claims, pair_findings
from tests.paths import SOURCES

from claimcheck.claims import _listed_ages
from claimcheck.config import load_config
from claimcheck.models import Claim, Fact, Quantity, Sentence, TimeRef
from claimcheck.phrases import is_place, noun_phrase_after
from claimcheck.pipeline import extract
from claimcheck.quantities.parser import parse_quantities
from claimcheck.times import (
    article_day_text,
    article_time,
    numeric_date,
    part_order,
    parts_meet,
    time_of,
)


def claims_of(text: str) -> list[Claim]:
    """Claims of a one-article text, segmented like the pipeline does."""
    return article_claims(text)


def facts_of(text: str) -> list[Fact]:
    """The facts of a one-article text's claims, in order."""
    return [claim.fact for claim in claims_of(text) if claim.fact]


@cache
def seed_claims() -> tuple[Claim, ...]:
    """The ledger of the bundled corpus."""
    return tuple(extract([SOURCES], load_config([SOURCES])).claims)


def seed_claim(source: str, phrase: str) -> Claim:
    """The seed claim of a source whose text holds a phrase."""
    (found,) = [c for c in seed_claims() if c.source == source and phrase in c.text]
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The hub has attracted over 150 firms and now supports more than 5,000 engineers.",
            [("over 150", "firms"), ("more than 5,000", "engineers")],
        ),
        (
            "The number of members grew from over 100 in 2024 to more than 200 in 2025.",
            [("over 100", "members"), ("more than 200", "members")],
        ),
        (
            "The mine employs 1,200 workers; its mill employs 300 more.",
            [("1,200", "workers"), ("300", "workers")],
        ),
        (
            "Officials said 12 people were killed and 85 injured.",
            [("12", "people"), ("85", "injured")],
        ),
        # The games are the span the touchdowns were counted over, no count of their own.
        (
            "He had 11 total touchdowns in eight games this season.",
            [("11", "total touchdowns")],
        ),
        ("She ran for 96 yards on 14 carries.", [("96 yards", "")]),
        # A count of places after "in" is a claim of its own.
        (
            "The tsunami killed 230,000 people in 14 countries.",
            [("230,000", "people"), ("14", "countries")],
        ),
    ],
)
def test_one_claim_per_assertion(text: str, expected: list[tuple[str, str]]) -> None:
    claims = claims_of(text)
    assert [(c.quantities[0].surface, c.measure) for c in claims] == expected
    for claim in claims:
        assert text[claim.span[0] : claim.span[1]] == claim.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Eleven people were taken hostage on Tuesday.",
        "Sixty-three whales stranded on Sunday.",
        # A bound's adverb opening a sentence.
        "Well over 5,000 fans queued outside the ground.",
    ],
)
def test_a_number_opening_a_sentence_names_no_one(sentence: str) -> None:
    (claim,) = claims_of(sentence)
    assert claim.entities == []


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Since its founding in 2013, Veltrane has grown fast.", ("founded", "2013")),
        ("Vantreece has been mayor since his election in 2017.", ("elected", "2017")),
        ("Marlow Vale Zoo has been open since 1978.", ("opened", "1978")),
        # A year joined to the participle of its event, before the thing.
        ("The 2004-built Saltmarsh Queen sailed at dawn.", ("completed", "2004")),
        # The election of a place, not of someone named: no one's.
        ("Since the election in 2017, 40 people have joined.", None),
        # A body set up or formed is founded; setting up a thing is no founding.
        ("The charity, which was set up in 1994, helps 300 families.", ("founded", "1994")),
        ("The band formed in 2009 in Leeds.", ("founded", "2009")),
        ("Police set up roadblocks in 2019 near the camp.", None),
    ],
)
def test_an_events_year_by_its_noun_or_a_founding_verb(
    sentence: str, fact: tuple[str, str] | None
) -> None:
    found = [(f.attribute, f.value) for f in facts_of(sentence) if f.attribute != "age"]
    assert found == ([fact] if fact else [])


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The avalanche came down just after 2 o'clock this afternoon.", ("collapse", "~14:00")),
        ("The leak began just before nine o'clock this evening.", ("leak", "~21:00")),
        ("The bridge collapsed at 11.30 in the morning.", ("collapse", "11:30")),
        ("The rocket lifted off at 9:02 a.m.", ("launch", "09:02")),
        ("The fire broke out at nine a.m. on Monday.", ("fire", "09:00")),
        ("Clashes erupted at around 6 p.m. Saturday.", ("clashes", "~18:00")),
        ("The fire broke out at about 2:15 a.m.", ("fire", "~02:15")),
        # "around" or "about" may lead a time without "at".
        ("The fire started around 11:30 p.m. on Saturday.", ("fire", "~23:30")),
        ("The bomb went off at 1.45pm, police said.", ("blast", "13:45")),
        ("Violence broke out shortly after 3 p.m.", ("clashes", "~15:00")),
        ("The break-in happened at about 3:10 a.m. on Sunday.", ("break-in", "~03:10")),
        # An hour with no part of the day may be morning or evening: no time.
        ("The bridge collapsed at four o'clock.", None),
        # A capital at the sentence's start; plural events.
        ("Polls closed at 8 p.m. in most districts.", ("polls closing", "20:00")),
        ("The raids began at around 11 p.m. Monday.", ("attack", "~23:00")),
        ("The explosions happened at about 6:40 in the evening.", ("blast", "~18:40")),
        # The part of the day after a weekday; noon and midnight; halves and quarters.
        ("The walkout started at nine o'clock Monday morning.", ("walkout", "09:00")),
        ("The eruption began at 7:30 on Tuesday morning.", ("eruption", "07:30")),
        ("The raid began shortly before midnight on Sunday.", ("attack", "~00:00")),
        ("The strike began at noon.", ("walkout", "12:00")),
        ("The fire broke out at around a quarter past nine this morning.", ("fire", "~09:15")),
        ("The levee failed at around half past four this morning.", ("collapse", "~04:30")),
        ("The blaze started at a quarter to eleven at night.", ("fire", "22:45")),
        # Minutes to or past twelve: before noon in the morning, around midnight at night.
        ("The blast went off at twenty to twelve yesterday morning.", ("blast", "11:40")),
        ("The blast went off at twenty to twelve last night.", ("blast", "23:40")),
        ("The blast went off at ten past twelve last night.", ("blast", "00:10")),
        ("Half past four", None),
        # A clock time said aloud after "at": hour, then minutes.
        ("The alarm was raised at five twenty on Saturday afternoon.", ("alarm", "17:20")),
        ("The first call came in at seven fifteen this morning.", ("alarm", "07:15")),
        ("The alarm was first raised at seven fifteen yesterday evening.", ("alarm", "19:15")),
        ("The levee failed at about six oh five this morning.", ("collapse", "~06:05")),
        ("The fire started at six-thirty on Monday evening.", ("fire", "18:30")),
        # A bare hour in words with its part of the day; not after a count's hedge.
        ("The fire broke out at eight this morning.", ("fire", "08:00")),
        ("The avalanche came down just before eleven last night.", ("collapse", "~23:00")),
        ("The quake killed about eight on Tuesday night.", None),
        ("The fire broke out at around seven this morning.", ("fire", "~07:00")),
        # Any count of minutes to or past an hour; not a span "to two hours".
        ("The alarm was raised at eight minutes to seven this morning.", ("alarm", "06:52")),
        ("The roof came down at 12 minutes past four in the morning.", ("collapse", "04:12")),
        ("The quake struck at seventeen minutes past four on Sunday morning.", ("quake", "04:17")),
        ("The fire took 20 minutes to two hours to put out.", None),
        # Surrenders and last sightings; a signing has no clock time.
        ("The two gunmen surrendered at 11:15 p.m.", ("surrender", "23:15")),
        ("Ana Reyes was last seen at about 9 p.m. on Saturday.", ("last sighting", "~21:00")),
        ("The wind picked up shortly before midnight on Saturday.", None),
        # Raids by their raiders, a flight's last contact, a call for help, an all-clear, a
        # funeral.
        ("The gang struck at about 11:40 p.m. on Monday.", ("attack", "~23:40")),
        ("The plane dropped off radar at 2:45 in the afternoon.", ("loss of contact", "14:45")),
        ("The trawler radioed for help shortly before 1 a.m.", ("distress call", "~01:00")),
        ("The tsunami warning was lifted at 11:40 a.m. on Saturday.", ("all-clear", "11:40")),
        ("Her funeral is at 2.30 p.m. on Friday.", ("funeral", "14:30")),
        # An event told in a relative clause on its noun; what a verb tells, likewise.
        ("The fire, which broke out at 2.15am, destroyed the mill.", ("fire", "02:15")),
        ("The race, which went off at 2.50pm, was won by Copper Lantern.", ("go off", "14:50")),
    ],
)
def test_the_clock_time_of_an_event(sentence: str, fact: tuple[str, str] | None) -> None:
    found = [(f.attribute, f.value) for f in facts_of(sentence) if f.attribute.startswith("time")]
    assert found == ([(f"time of {fact[0]}", fact[1])] if fact else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "It's ten past five and you're listening to Drive Time.",
        "At around twenty past two on Saturday afternoon the ferry ran aground.",
        "The fire started at around half past four this afternoon.",
        "We took the first call at three twenty-five this afternoon.",
        "The site fell over at ten forty-one.",
        # A broadcast's time check.
        "It's seven forty-one.",
    ],
)
def test_a_time_of_day_in_words_counts_nothing(sentence: str) -> None:
    assert [q.surface for c in claims_of(sentence) for q in c.quantities] == []


@pytest.mark.parametrize(
    ("sentence", "surfaces"),
    [
        # Said aloud but not after a word that leads into a time: two counts.
        ("Seven fifteen-member panels met.", ["Seven", "fifteen"]),
        ("They sold two fifteen-year-old horses.", ["two", "fifteen"]),
        ("It fell at five twenty percent of sites.", ["five", "twenty percent"]),
    ],
)
def test_two_number_words_not_led_into_a_time_are_figures(
    sentence: str, surfaces: list[str]
) -> None:
    assert [q.surface for q in parse_quantities(sentence)] == surfaces


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # A change written as a range states its new level.
        ("Opening hours will be cut from 56 to 36 hours a week.", [(129600.0, 129600.0)]),
        ("Tickets will rise sharply from £28 to £32.", [(32.0, 32.0)]),
        ("It approved a rise in the price of a school lunch from £2.40 to £2.85.", [(2.85, 2.85)]),
        # Without a word of change, or across a comma, it is a range.
        ("The firm employs from 20 to 30 people.", [(20.0, 30.0)]),
        ("Prices rose, and tickets cost from £28 to £32.", [(28.0, 32.0)]),
    ],
)
def test_a_change_from_one_level_to_another_states_the_new_one(
    sentence: str, values: list[tuple[float, float]]
) -> None:
    figures = [q for claim in claims_of(sentence) for q in claim.quantities]
    assert [(q.low, q.high) for q in figures] == values


def test_one_round_of_a_fight_is_no_figure() -> None:
    # "round" is a projectile only under a verb of firing ("fired 14 rounds").
    assert claims_of("There was even one round where Lennox decided, out loud, to slow down.") == []


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("Fairmart is cutting prices on 1,400 products this morning.", "this morning"),
        # The time of a clause joined after the figure is that clause's.
        ("Fairmart is cutting prices on 1,400 products, and this morning its rivals wait.", None),
    ],
)
def test_a_relative_time_of_the_figures_own_clause(sentence: str, time: str | None) -> None:
    (claim,) = claims_of(sentence)
    assert (claim.time.text if claim.time else None) == time


def test_values_at_two_times_get_their_own_years() -> None:
    first, second = claims_of("Sales grew from $2 million in 2022 to $5 million in 2024.")
    assert (first.time and first.time.year, second.time and second.time.year) == (2022, 2024)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("At least 12 people were killed in the blast.", "kill"),
        ("The storm killed 40 people overnight.", "kill"),
        ("About 2,000 people were displaced by the floods.", "displac"),
        ("In all, 23 people have died.", "kill"),
    ],
)
def test_generic_counts_carry_their_outcome(text: str, predicate: str) -> None:
    (claim,) = claims_of(text)
    assert claim.predicate == predicate


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        # A credit that opens a "that" clause after the figure credits what follows.
        (
            (
                "Rival Brightwave raised its prices by 8.8 percent last month, and Velora's"
                " supporters said that its rise is not the steepest."
            ),
            False,
        ),
        ("Prices rose 8.8 percent last month, Velora's supporters said.", True),
        # "that" after a source, not after its verb, opens no clause of its own.
        ("Fenwater was placed on leave in 2024, according to a letter that was seen.", True),
    ],
)
def test_a_later_that_clause_credits_what_follows(sentence: str, credited: bool) -> None:
    claim = next(c for c in claims_of(sentence) if c.quantities or c.fact)
    assert (claim.attribution is not None) is credited


@pytest.mark.parametrize(
    ("text", "attribute", "value"),
    [
        ("The library opened in 1998, the council said.", "opened", "1998"),
        ("Brightwater Foods is headquartered in Dunmore.", "based in", "Dunmore"),
        ("The fire was sparked by a downed power line on Monday.", "cause", "downed power line"),
        # The year belongs to the verb nearest it, not to the first one before it.
        ("The depot, which stored grain for the mill, was built in 1931.", "completed", "1931"),
        # The day a rule takes effect, past or to come, is its start.
        ("The new rates will take effect on March 1.", "started", "03-01"),
        ("The new rates kick in on April 1.", "started", "04-01"),
        ("The cut takes effect from 1 May, according to a letter.", "started", "05-01"),
        # What comes in, takes place or goes on sale on a day.
        ("The new fares come in from the seventh of December.", "started", "12-07"),
        ("The ceremony will take place in Valmora on December 11.", "held", "12-11"),
        ("Both devices go on sale on September 26.", "on sale", "09-26"),
        ("The Lumen 7 hits shelves on Friday, October 3.", "on sale", "10-03"),
        ("It hits store shelves on Friday, September 26.", "on sale", "09-26"),
        ("The Vale 7 will be in stores on Friday, September 25.", "on sale", "09-25"),
        # The date right after the verb, with no preposition.
        ("The restrictions will take effect Sunday, June 15.", "started", "06-15"),
        ("The chips go on sale April 29, the maker said.", "on sale", "04-29"),
        # To shut is to close; to detect or find is to discover.
        ("The doors will shut for the last time on June 1.", "closed", "06-01"),
        ("Staff first detected the intrusion on March 3.", "discovered", "03-03"),
        ("The company found the intrusion on Friday, March 28.", "discovered", "03-28"),
        # To be awarded a contract is to win it.
        ("The builder was awarded the contract in September 2021.", "won", "2021"),
        # A clock time between the verb and the day.
        ("The ban will come into force at 00:01 on Friday 18 July.", "started", "07-18"),
        # What is to open, close or start on a day.
        ("The consultation closes on 28 March.", "closed", "03-28"),
        ("The elephant house will finally open its doors on 19 April.", "opened", "04-19"),
        ("The bridge is due to reopen on 3 June.", "reopened", "06-03"),
        ("Our next strike starts on the twenty-fifth of March.", "started", "03-25"),
        # A date with its ordinal, or said aloud.
        ("The network opened on June 9th.", "opened", "06-09"),
        ("The network opened on the 9th of June.", "opened", "06-09"),
        ("The network opened on the ninth of June.", "opened", "06-09"),
        ("The bridge closed on the twelfth of September.", "closed", "09-12"),
    ],
)
def test_facts_without_figures(text: str, attribute: str, value: str) -> None:
    (claim,) = claims_of(text)
    assert claim.fact is not None and (claim.fact.attribute, claim.fact.value) == (attribute, value)


def test_a_day_after_from_dates_only_a_start() -> None:
    claims = claims_of("The regulator banned such clauses in contracts signed from January 1.")
    assert all(claim.fact is None for claim in claims)


def test_a_compound_modifier_is_no_event_of_a_year() -> None:
    claims = claims_of("The scheme drew many overseas-educated professionals since 2020.")
    assert all(claim.fact is None for claim in claims)


@pytest.mark.parametrize(
    ("text", "signals"),
    [
        (
            "The new plant will be the world's most advanced, with 2 nm lines.",
            {"superlative", "future", "technical"},
        ),
        ("It is the first hospital in the country with a 24-bed unit.", {"first"}),
        ("Profits rose to $14.7 million.", {"money", "specific"}),
        # A place in a record book is a ranking; a count of days is not.
        ("Norden became the sixth team in league history to win 40 games.", {"ranking"}),
        ("Protests went on for the sixth day in a row, with 40 arrests.", set()),
    ],
)
def test_signals(text: str, signals: set[str]) -> None:
    (claim,) = claims_of(text)
    assert signals <= set(claim.signals)
    assert signals or "ranking" not in claim.signals


@pytest.mark.parametrize(
    "text",
    [
        "The first thing Maureen Tilley knew about it was the roar.",
        "Why is a hospice relying on a bake sale in the first place?",
        "The only way is resistance.",
    ],
)
def test_an_idiom_of_first_or_only_is_no_first(text: str) -> None:
    from claimcheck.claims import FIRST

    assert FIRST.search(text) is None


def test_headings_and_exhortations_are_not_checkable_claims() -> None:
    text = "Five Ways To Help 20 Towns\nWe should all give 10 hours a week.\n"
    claims = claims_of(text)
    assert [(c.line, c.checkable) for c in claims] == [(2, False)]


@pytest.mark.parametrize(
    ("sentence", "checkable"),
    [
        ("Residents should boil water for 10 minutes, the mayor said.", False),
        # An obligation a ruling imposes is a fact of the ruling.
        ("He must also repay $1.2 million, the judge ruled.", True),
        ("The court ordered that Orlen must serve at least 12 years.", True),
        # Words before a colon lead into the claim after it.
        ("Let's start with the number: Veltrane is paying $45.80 a share.", True),
        ("The lesson is clear: we must spend $5 billion on dams.", False),
        # A modal in a relative clause is said of the noun before it, not of the figure.
        ("More than 200 searchers dug through snow that should never have come down.", True),
        ("That should cost the town $5 million.", False),
        # An age says whom the sentence urges something of.
        ("Elsie Harrow, who was seventy-four, should not have died.", True),
    ],
)
def test_a_ruling_is_no_exhortation(sentence: str, checkable: bool) -> None:
    assert {claim.checkable for claim in claims_of(sentence)} == {checkable}


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ('Five big ways savers and small investors can ride a "New Wave"', True),
        ('The minister called the plan for 12 towns "a new wave."', False),
    ],
)
def test_a_line_ending_in_a_quotation_without_a_full_stop_is_a_heading(
    line: str, heading: bool
) -> None:
    from claimcheck.claims import _is_heading

    assert _is_heading(Sentence(source="a.txt", span=(0, len(line)), text=line)) is heading


# Acceptance points of issue 2 on the bundled corpus.


def test_incubator_claim_is_an_open_interval_credited_to_the_agency() -> None:
    claim = seed_claim("shanghai-tech-hub-expat-view.txt", "hosts over 100 AI startups")
    quantity = claim.quantities[0]
    assert (quantity.low, quantity.high, quantity.low_inclusive) == (100, None, False)
    assert claim.measure == "ai startups"
    assert claim.attribution is not None and claim.attribution.source == "Xinhua"


def test_fab_claim_has_no_attribution() -> None:
    claim = seed_claim("shanghai-tech-investigative-report.txt", "3nm fabrication plant")
    assert claim.attribution is None
    assert {"superlative", "future", "technical"} <= set(claim.signals)


def test_spans_quote_the_source_exactly() -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in SOURCES.glob("*.txt")}
    for claim in seed_claims():
        assert texts[claim.source][claim.span[0] : claim.span[1]] == claim.text
        for quantity in claim.quantities:
            assert texts[claim.source][quantity.span[0] : quantity.span[1]] == quantity.surface


@pytest.mark.parametrize(
    ("source", "boilerplate"),
    [
        ("shanghai-tech-investigative-report.txt", "上海龙凤论坛"),
        ("shanghai-ai-young-field.txt", "Discussion is powered by Giscus"),
        ("xi-shanghai-lead-ai-future.txt", "Related Posts"),
    ],
)
def test_no_claim_covers_boilerplate(source: str, boilerplate: str) -> None:
    text = (SOURCES / source).read_text(encoding="utf-8")
    start = text.index(boilerplate)
    end = start + len(boilerplate)
    assert not [
        c for c in seed_claims() if c.source == source and c.span[0] < end and start < c.span[1]
    ]


def test_a_dateline_does_not_hide_the_speaker(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "PORT CALDER, March 4 (Harbour Wire) - Officials said 9 people were killed when "
        "the ferry sank.\n",
        encoding="utf-8",
    )
    (claim,) = [c for c in extract([tmp_path]).claims if "9 people" in c.text]
    assert claim.attribution is not None
    assert claim.attribution.source == "Officials"


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The fire started on Sunday evening.", ("day of fire", "sunday", "Sunday evening")),
        ("A freight train derailed late Sunday.", ("day of crash", "sunday", "late Sunday")),
        (
            "Saturday night's derailment forced 1,200 people out.",
            ("day of crash", "saturday", "Saturday night"),
        ),
        ("The collapse happened on Saturday.", ("day of collapse", "saturday", "Saturday")),
        (
            "A hand recount of the mayoral election began Monday.",
            ("day of recount", "monday", "Monday"),
        ),
        # A word may describe the event after its day's possessive, unless it makes it one
        # of several; the event's noun may be plural.
        (
            "Monday's twin earthquakes killed hundreds.",
            ("day of quake", "monday", "Monday"),
        ),
        ("Friday's second quake woke the city.", None),
        (
            "Deputies say the actor was found dead at his ranch on Monday.",
            ("day of discovery", "monday", "Monday"),
        ),
        (
            "Families fled after the twin earthquakes struck on Tuesday.",
            ("day of quake", "tuesday", "Tuesday"),
        ),
        # The event words nearest the weekday, the longest of them.
        (
            "When the tornado touched down Saturday evening, a game was on.",
            ("day of tornado", "saturday", "Saturday evening"),
        ),
        ("The fire broke out in the kitchen on Sunday.", ("day of fire", "sunday", "Sunday")),
        (
            "The mayor, who declared a heat emergency on Monday, visited the hall.",
            ("day of emergency", "monday", "Monday"),
        ),
        (
            "A train derailed on a curve near the village of Pellow Cross on Tuesday.",
            ("day of crash", "tuesday", "Tuesday"),
        ),
        # Something else done on the day, a bound, a weekday before a verb, a clause of
        # its own: no day of it.
        ("The fire broke out at the market where traders sell fish on Monday.", None),
        ("The fire was contained on Monday.", None),
        ("The fire, burning since Monday, has destroyed 40 homes.", None),
        ("Half the sirens failed to sound on Saturday.", None),
        ("A judge on Monday overturned the conviction.", None),
        # An event's participle that describes a noun: the day is of what is done to it.
        ("Engineers will inspect the failed tank on Friday.", None),
        (
            "Police arrested the founder of collapsed cryptocurrency exchange Vaultis on Thursday.",
            None,
        ),
        ("Police arrested a third figure at the collapsed exchange on Friday.", None),
        (
            "The jury returned its verdict on Wednesday afternoon.",
            ("day of verdict", "wednesday", "Wednesday afternoon"),
        ),
        # General news's wordings of a vote, a fire, a spill and a verdict.
        ("The regents voted 8-4 on Tuesday.", ("vote", "8-4", "8-4")),
        (
            "Fire tore through the upper floors early on Tuesday.",
            ("day of fire", "tuesday", "early on Tuesday"),
        ),
        ("The spill began early Sunday at the plant.", ("day of leak", "sunday", "early Sunday")),
        ("He was convicted Thursday of fraud.", ("day of verdict", "thursday", "Thursday")),
        # A resignation befalls who resigns, named or not.
        ("Dorota Kessling resigned on Monday.", ("day of resignation", "monday", "Monday")),
        (
            "The mayor, who had served seven years, resigned on Sunday evening.",
            ("day of resignation", "sunday", "Sunday evening"),
        ),
        # A court's ruling; "ruled out" is no ruling.
        ("A family court judge ruled on Tuesday.", ("day of ruling", "tuesday", "Tuesday")),
        (
            "Judge Ann Pell handed down her ruling on Wednesday.",
            ("day of ruling", "wednesday", "Wednesday"),
        ),
        ("Police ruled out foul play on Monday.", None),
        # A weekday after another deed's verb is that deed's; one after "and" the event's.
        ("An inquiry into the crush outside Ostrey Park opened on Tuesday.", None),
        (
            "Kimani Gray was shot and killed on Saturday.",
            ("day of killing", "saturday", "Saturday"),
        ),
        # An event's word in a body's name, or before its owner's thing: no day of it.
        ("The Regional Avalanche Warning Office said on Monday it was safe.", None),
        ("The avalanche warning office's Thursday bulletin was clear.", None),
        ("The Varden Avalanche Warning Service rated the danger high on Saturday.", None),
        (
            "The Bramble Fire broke out Monday afternoon.",
            ("day of fire", "monday", "Monday afternoon"),
        ),
        # One of several such events, or a verb before an infinitive: no day of the story's.
        ("The city suffered a second outage on Wednesday.", None),
        ("The hole widened after a second section of ground collapsed late on Wednesday.", None),
        ("Staff said the system failed to restart on Monday.", None),
        # Killings and attacks may be many in one story: an unnamed one has no day.
        ("Two soldiers were killed on Monday.", None),
        ("The Wednesday bombings killed five.", None),
    ],
)
def test_the_day_of_a_storys_one_event(sentence: str, fact: tuple[str, str, str] | None) -> None:
    from claimcheck.claims import fact_of

    found = fact_of(sentence, (0, len(sentence)))
    if fact is None:
        assert found is None or not found.attribute.startswith("day of")
    else:
        assert found is not None
        written = sentence[found.span[0] : found.span[1]]
        assert (found.attribute, found.value, written) == fact


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        # Where someone was taken, and whose the fact is: a name, the one a pronoun
        # stands for, how many, or all those hurt ('').
        (
            "Rennick was rushed to Ashgrove General Hospital.",
            ("Ashgrove General Hospital", "rennick"),
        ),
        # A name does not run across lines: the heading above is no part of it.
        (
            "Update\n\nRennick was rushed to Ashgrove General Hospital.",
            ("Ashgrove General Hospital", "rennick"),
        ),
        (
            "Three injured\n\nThe injured were taken to St Aldric's Hospital.",
            ("St Aldric's Hospital", ""),
        ),
        (
            "The injured were taken to St. Alder's Hospital in Kestrelford.",
            ("St Alder's Hospital", ""),
        ),
        (
            "All six survivors were taken to Wrexford General Hospital.",
            ("Wrexford General Hospital", ""),
        ),
        ("Three were flown to St Enda's Hospital in Kilbrack.", ("St Enda's Hospital", "3")),
        (
            "Ann Vale collapsed on stage. Paramedics drove her to St Brennan's Hospital.",
            ("St Brennan's Hospital", "ann vale"),
        ),
        (
            "He was later taken by ambulance to the Clinique du Parc in Oriel.",
            ("Clinique du Parc", ""),
        ),
        # Some besides others, or one of two hospitals: no position on where those hurt
        # were taken.
        ("Four others were taken by ambulance to Carrow General Hospital.", None),
        ("Nine were taken to St Aldric's Hospital and five to Castlebridge Royal Infirmary.", None),
        ("The injured were taken to hospital.", None),
    ],
)
def test_the_hospital_someone_was_taken_to(sentence: str, fact: tuple[str, str] | None) -> None:
    from claimcheck.claims import find_facts

    found = [f for f, _ in find_facts(sentence, (0, len(sentence))) if f.attribute == "hospital"]
    assert [(f.value, f.of) for f in found] == ([fact] if fact else [])


def test_an_events_day_cut_off_by_a_figures_clause(tmp_path: Path) -> None:
    # The count's clause ends at "collapsed"; the weekday is still the collapse's.
    (tmp_path / "story.txt").write_text(
        "Talks between the two sides collapsed on Sunday after eleven hours of "
        "negotiation, both parties said.\n",
        encoding="utf-8",
    )
    facts = [c.fact for c in extract([tmp_path]).claims if c.fact]
    assert [(f.attribute, f.value) for f in facts] == [("day of collapse", "sunday")]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # The weekday beside the clock time of the story's one event is its day too.
        (
            "The collapse happened at 10:50 a.m. on Saturday during a match.",
            ("collapse", "saturday"),
        ),
        ("The fire broke out on Thursday at about 4 p.m., officials said.", ("fire", "thursday")),
        ("The storm came ashore shortly after 6:30 a.m. Monday.", ("landfall", "monday")),
        # Around midnight the weekday is loose ("before midnight on Tuesday" may be the
        # moment of "12:05 a.m. on Wednesday"): the clock time alone.
        ("The dam burst shortly before midnight on Tuesday.", None),
        ("The dam burst at 11:40 p.m. on Tuesday.", None),
        ("The dam burst at 2:40 a.m. on Wednesday.", ("collapse", "wednesday")),
        # An attack may be one of several: its clock time alone.
        ("Jets bombed the depot at 3:20 p.m. on Friday.", None),
        # A sentence that opens as another incident's tells no day of the story's event.
        ("In a separate incident, a car crashed at 9 p.m. on Wednesday, police said.", None),
    ],
)
def test_the_weekday_beside_an_events_clock_time(
    sentence: str, day: tuple[str, str] | None
) -> None:
    days = [
        (fact.attribute.removeprefix("day of "), fact.value)
        for fact in facts_of(sentence)
        if fact.attribute.startswith("day of ")
    ]
    assert days == ([day] if day else [])


@pytest.mark.parametrize(
    ("sentence", "attribute", "value"),
    [
        ("Jets bombed the depot at 3:20 p.m. on Friday.", "time of attack", "15:20"),
        ("At approximately 9 am, the convoy was attacked.", "time of attack", "~09:00"),
        ("Gunmen shot Ed Vane at 11:05 p.m.", "time of killing", "23:05"),
        ("The quake struck at 4:43 a.m.", "time of quake", "04:43"),
        # An event's word that names only where it happened is no clock's event.
        ("The pass reopened at 7am on Friday past the crash site.", None, None),
        # A past written as its verb's base form.
        ("The lorry hit the bridge at twenty past eight this morning.", "time of hit", "08:20"),
        ("The storm made landfall near Port Maravel at 4:10 a.m.", "time of landfall", "04:10"),
        ("The storm came ashore shortly after 6:30 a.m. Monday.", "time of landfall", "~06:30"),
        ("Tom Orlen was shot shortly after 11:15 p.m. on Saturday.", "time of killing", "~23:15"),
        ("Tom Orlen was shot at 9:40 in the evening.", "time of killing", "21:40"),
        ("The jet diverted, landing safely at 4:52 p.m.", "time of landing", "16:52"),
        # Crashes, collapses, outages and walkouts; a clock with a full stop ("9.15am").
        ("Four carriages came off the rails shortly after 9.15am.", "time of crash", "~09:15"),
        ("The train came off the tracks at 3:42 a.m.", "time of crash", "03:42"),
        ("The ship lost propulsion at 3:40 a.m. on Monday.", "time of outage", "03:40"),
        ("The dam gave way at about 4:30 a.m. on Monday.", "time of collapse", "~04:30"),
        ("The leak was first detected at 7:40 p.m.", "time of alarm", "19:40"),
        ("The power went out shortly after 6 p.m. Saturday.", "time of outage", "~18:00"),
        ("The ticketing website crashed at about 10.40am.", "time of outage", "~10:40"),
        # An hour "one" in words is a number, not a pronoun.
        ("The power went out at five past one this afternoon.", "time of outage", "13:05"),
        ("The baggage system went down at 7:15 a.m. on Saturday.", "time of outage", "07:15"),
        ("The strike began at 6 a.m. on Monday.", "time of walkout", "06:00"),
        # A game's start, a verdict, an election's result; a clock written as the event's
        # attribute ("The 5.30pm kick-off").
        ("The game kicked off at 3pm in warm sunshine.", "time of kick-off", "15:00"),
        ("The 5.30pm kick-off meant a late finish.", "time of kick-off", "17:30"),
        ("The jury came back at about 10:50 this morning.", "time of verdict", "~10:50"),
        ("Officials declared the final result at 4:30 a.m.", "time of declaration", "04:30"),
        (
            "The returning officer read out the result at about 5:15 this morning.",
            "time of declaration",
            "~05:15",
        ),
        ("The final result was announced shortly after 2 a.m.", "time of declaration", "~02:00"),
        # A clock with the part of today it falls in.
        ("The crash came shortly after 4:15 this afternoon.", "time of crash", "~16:15"),
        ("The explosion happened at about 8:15 this morning.", "time of blast", "~08:15"),
        # A burglar alarm that sounds is the alarm; "crested" is a river's peak.
        ("The intruder alarm was triggered at 2:40 a.m.", "time of alarm", "02:40"),
        ("The alarm went off at 3:55 a.m. on Sunday.", "time of alarm", "03:55"),
        ("The river crested at 5:40 a.m.", "time of peak", "05:40"),
        # The event's words may stand a long place name away from its clock.
        (
            (
                "An explosion tore through a grain silo at the Harrowby Grain Cooperative at 6:42 "
                "a.m. on Tuesday, injuring seven workers and forcing the evacuation of homes."
            ),
            "time of blast",
            "06:42",
        ),
        (
            "When polls closed at 7 p.m. people were still in line.",
            "time of polls closing",
            "19:00",
        ),
        ("Blasts were heard at 3 p.m. (1200 GMT) after the raid.", None, None),
        # An event named after the clock as the setting of something else's time.
        ("The ship sailed at 5:40 a.m. on the first morning of the walkout.", None, None),
        # The event whose words are nearest the clock, and the longest of them.
        (
            "The volcano erupted at 4:15 a.m. on Tuesday, killing two hikers.",
            "time of eruption",
            "04:15",
        ),
        ("Clashes erupted at around 6 p.m. near the square.", "time of clashes", "~18:00"),
        ("The blaze erupted shortly before 5 a.m. Tuesday.", "time of fire", "~05:00"),
        # Events of general news worded as reporters word them.
        ("The crane toppled at about 2:40 p.m. onto the street.", "time of collapse", "~14:40"),
        ("The turbine came down at about 6:15 this morning.", "time of collapse", "~06:15"),
        ("The slide broke loose at 10:40 a.m. on the bowl.", "time of collapse", "10:40"),
        ("The slide hit the bowl at about 1:15 p.m.", "time of collapse", "~13:15"),
        ("The mayday came in at 9:05 p.m. Monday.", "time of distress call", "21:05"),
        ("The vote came shortly after 11:40 p.m., the clerk said.", "time of vote", "~23:40"),
        ("The city council voted just before 9 p.m. last night.", "time of vote", "~21:00"),
        ("Police darted him at twenty to seven on Sunday evening.", "time of capture", "18:40"),
        ("The tanker ran aground at about 2:15 a.m. on Tuesday.", "time of grounding", "~02:15"),
        ("Keepers raised the alarm at 2:10 p.m. after a sighting.", "time of alarm", "14:10"),
        ("The leak was discovered just before 11 a.m. today.", "time of alarm", "~11:00"),
        ("The tornado touched down at about 4:15 p.m. Tuesday.", "time of tornado", "~16:15"),
        ("The uprising erupted shortly after 9 p.m. Sunday.", "time of clashes", "~21:00"),
        ("The hospital's network went dark at about 3:40 a.m.", "time of outage", "~03:40"),
        ("The meal was served at about 6 p.m., guests said.", "time of meal", "~18:00"),
        ("The gavel came down shortly after 7:15 p.m.", "time of hammer", "~19:15"),
        # A verb before an infinitive reports no event: the walkout's clock, not a collapse's.
        (
            "The strike began at 7 a.m., when the day shift failed to clock in.",
            "time of walkout",
            "07:00",
        ),
        # A verb that reports the event only without an object reports another act with one.
        ("The levee failed at about 4 a.m. on Tuesday.", "time of collapse", "~04:00"),
        ("He failed sobriety tests shortly after 2 a.m. on the coast road.", None, None),
        # An event's participle that describes a noun: the clock is of what is done to it.
        ("Engineers finished replacing the ruptured main at about 3pm on Sunday.", None, None),
        # Minutes of an hour in words.
        (
            "The ferry ran aground at around twenty past two on Saturday afternoon.",
            "time of grounding",
            "~14:20",
        ),
        ("The fire started at ten to nine this evening.", "time of fire", "20:50"),
        (
            "Lena, the bus left the road here at around 9:15 in the morning.",
            "time of crash",
            "~09:15",
        ),
        # A participle after a comma tells what the event did.
        (
            "A gas pipeline exploded beneath the suburb at about 6:40 p.m. on Tuesday, killing three.",
            "time of blast",
            "~18:40",
        ),
        # A traffic stop, however it is worded.
        (
            "He was pulled over around 1:30 a.m. on the coast road.",
            "time of traffic stop",
            "~01:30",
        ),
        (
            "He was driving west at about 1:00 am when deputies stopped him.",
            "time of traffic stop",
            "~01:00",
        ),
        # One of several events, picked by a superlative, is not the story's one.
        (
            "After 140 aftershocks, the strongest of them a magnitude 5.2 tremor at 9:05 a.m.",
            None,
            None,
        ),
        ("The quake struck at 3:52 a.m., the strongest in decades.", "time of quake", "03:52"),
        # A clock after a comma and another past verb is that verb's, not the event's.
        (
            "The road, closed while an air ambulance landed, reopened at 9.50am.",
            None,
            None,
        ),
        ("The distress call, from a yacht, came in at 1:55 a.m.", "time of distress call", "01:55"),
    ],
)
def test_clock_time_of_an_event(sentence: str, attribute: str | None, value: str | None) -> None:
    from claimcheck.claims import fact_of

    fact = fact_of(sentence, (0, len(sentence)))
    if attribute is None:
        assert fact is None or not fact.attribute.startswith("time of")
    else:
        assert fact is not None
        assert (fact.attribute, fact.value) == (attribute, value)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        # What a past verb tells, where no listed event names it, by its kind of event: of
        # the object, or of the subject's head word when there is none.
        (
            "The five were handed over at about 4 a.m. on Tuesday.",
            ("time of free", "~04:00", "five"),
        ),
        ("Organisers halted the race at 11:40 a.m.", ("time of stop", "11:40", "race")),
        ("Officials stopped the race at 10.20am.", ("time of stop", "10:20", "race")),
        (
            "Plant staff noticed the leak shortly after 6:15 a.m.",
            ("time of find", "~06:15", "leak"),
        ),
        ("Three men entered the branch at 10:40 a.m.", ("time of enter", "10:40", "branch")),
        # No event's clock: a reporting verb, an auxiliary, a pronoun for the only thing.
        ("Police said at 6 p.m. that the road was open.", None),
        ("The office was open at 9 a.m.", None),
        ("He left at 5 p.m.", None),
        # A clock time after a comma is not of the verb before it.
        ("The men left the bank, at 5 p.m. police arrived.", None),
    ],
)
def test_clock_time_of_what_a_verb_tells(sentence: str, fact: tuple[str, str, str] | None) -> None:
    from claimcheck.claims import fact_of

    found = fact_of(sentence, (0, len(sentence)))
    timed = (found.attribute, found.value, found.of) if found else None
    assert timed == fact


@pytest.mark.parametrize(
    ("left", "right", "outcome"),
    [
        ("15:20", "14:53", "factual"),
        ("15:20", "15:23", "agree"),
        ("~15:00", "14:53", "agree"),
        ("~15:00", "15:20", "factual"),
        # Either side of midnight.
        ("~00:00", "23:55", "agree"),
        ("00:05", "23:10", "factual"),
    ],
)
def test_clock_times_compare_with_slack(left: str, right: str, outcome: str) -> None:
    from claimcheck.compare import _compare_clocks

    assert _compare_clocks(left, right) == outcome


@pytest.mark.parametrize(
    ("left", "right", "conflict"),
    [
        # A clock that does not say its half of the day may be in either.
        ("The ceiling gave way at 8:47 p.m.", "At eight forty-seven, the ceiling gave way.", False),
        ("The ceiling gave way at 8:47 p.m.", "The ceiling gave way at 8:47.", False),
        ("The ceiling gave way at 9:47 p.m.", "At eight forty-seven, the ceiling gave way.", True),
        ("The ceiling gave way at 8:47 p.m.", "The ceiling gave way at 8:47 a.m.", True),
        ("The ceiling gave way at 8:47 p.m.", "The ceiling gave way at 8:47 this morning.", True),
        ("The ceiling gave way at 12:30 p.m.", "The ceiling gave way at 12:30.", False),
    ],
)
def test_a_clock_without_its_half_of_the_day_meets_either(
    tmp_path: Path, left: str, right: str, conflict: bool
) -> None:
    assert bool(pair_findings(tmp_path, "conflict", left, right)) is conflict


@pytest.mark.parametrize(
    ("left", "conflict"),
    [
        # An ordinal before a part of a show or a building picks the part, not another
        # collapse.
        ("The plaster gave way at 9:47 p.m., as the cast sang the second act's finale.", True),
        ("The plaster gave way at 9:47 p.m. on the third floor of the theatre.", True),
        ("A second section of ceiling gave way at 9:47 p.m.", False),
    ],
)
def test_an_ordinal_of_a_part_marks_no_other_event(
    tmp_path: Path, left: str, conflict: bool
) -> None:
    right = "The collapse happened at 8:47 p.m., the theatre said."
    assert bool(pair_findings(tmp_path, "conflict", left, right)) is conflict


@pytest.mark.parametrize(
    ("left", "right", "outcome"),
    [
        ("52-3", "52-3", "agree"),
        ("53-3", "52-3", "factual"),
        ("45-1", "43-1", "factual"),
        ("162-139", "122-147", "factual"),
        ("10-0", "14-1", "changed"),
        ("2-6", "5-10", "changed"),
        ("10-5-2", "4-2", "factual"),
    ],
)
def test_win_loss_records(left: str, right: str, outcome: str) -> None:
    from claimcheck.compare import _compare_records

    assert _compare_records(left, right) == outcome


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("The epicentre was 40 km (25 miles) south of Marrow.", "south"),
        ("The storm hit 12 miles north-west of Dunley.", "north-west"),
        ("The prison lies east of Dunley.", None),
    ],
)
def test_directions_need_a_distance(sentence: str, direction: str | None) -> None:
    from claimcheck.claims import fact_of

    fact = fact_of(sentence, (0, len(sentence)))
    found = fact.value if fact is not None and fact.attribute == "direction" else None
    assert found == direction


def test_a_year_leading_the_sentence_dates_every_clause_with_its_own_words() -> None:
    text = "In 2023, sales rose 5%, profits fell 3%.\n"
    times = [claim.time for claim in claims_of(text)]
    assert [(t.year, t.span, t.text) for t in times if t is not None] == [
        (2023, (0, 7), "In 2023"),
        (2023, (0, 7), "In 2023"),
    ]


def test_every_time_span_of_the_seed_ledger_quotes_its_text() -> None:
    texts = {path.name: path.read_text(encoding="utf-8") for path in SOURCES.iterdir()}
    timed = [claim for claim in seed_claims() if claim.time is not None]
    assert timed
    for claim in timed:
        assert claim.time is not None
        start, end = claim.time.span
        assert start <= end
        assert texts[claim.source][start:end] == claim.time.text


@pytest.mark.parametrize(
    ("text", "time_text"),
    [
        ("The 1961 team won 12 games.\n", "1961"),
        ("In Sept. 2011 it hired 20 people.\n", "In Sept. 2011"),
    ],
)
def test_a_year_takes_a_month_before_it_but_no_other_word(text: str, time_text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.time is not None and claim.time.text == time_text


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        ("She had lost an eight-year-old daughter and two sons, 11 and 14.", ["11", "14"]),
        ("She has three children, 4, 7 and 9.", ["4", "7", "9"]),
        ("Two suspects, 19 and 22, were arrested.", ["19", "22"]),
        # A list that goes on to a noun, or of another length, or of years, is no ages.
        ("Police arrested two men, 23 and 31 others were hurt.", []),
        ("The firm sold two plants, 12 and 14 in all.", []),
        ("She has three children, 4 and 7.", []),
        ("In two years, 2011 and 2012, sales rose.", []),
    ],
)
def test_the_ages_of_people_just_counted_are_no_figures(sentence: str, ages: list[str]) -> None:
    quantities = parse_quantities(sentence)
    found = _listed_ages(sentence, quantities)
    assert [q.surface for q in quantities if q.span in found] == ages


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # A day that starts a stretch dates the stretch, not the sentence's other figures.
        (
            (
                "At least 43 people were killed in the school, pushing the toll above 680 since "
                "the conflict began on December 27."
            ),
            None,
        ),
        ("At least 43 people were killed in the school, police said on Tuesday.", "tuesday"),
    ],
)
def test_a_day_that_starts_a_stretch_does_not_date_other_clauses(
    sentence: str, day: str | None
) -> None:
    first = article_claims(sentence)[0]
    assert first.text.startswith("At least 43")
    assert (first.time.day if first.time else None) == day


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("A shell hit a school in the southern city of Lorton.", "Lorton", True),
        ("Rescuers reached the province of Vale on Monday.", "Vale", True),
        ("Fighting spread across Norden.", "Norden", True),
        ("Lorton Heights was hit hardest.", "Lorton Heights", False),
        ("The office of Mara Lind said so.", "Mara Lind", False),
        ("Varley, living in Lorton, West Sinland, slipped.", "West Sinland", True),
        ("In Lorton, Mara Lind said 20 people died.", "Mara Lind", False),
        # A place's name before the kind of body or site it names is that one's name.
        ("Station Road was closed for two hours.", "Station Road", True),
        ("Kestrel Bay swimming club brought 28 swimmers.", "Kestrel Bay", False),
        ("The nearby Station Road bridge has a clearance of 4.4 metres.", "Station Road", False),
    ],
)
def test_a_name_is_a_place_by_its_kind_or_preposition(text: str, name: str, place: bool) -> None:
    start = text.index(name)
    assert is_place(text, name, (start, start + len(name))) is place


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        (
            "On Saturday, 32-year-old Englishman Rob Varley fell about 600 metres.",
            ("rob varley", "32"),
        ),
        ("The 36-year-old Dunmore, who had been climbing alone, died.", ("dunmore", "36")),
        ("Ann Grigson, 15, was shot by a police officer.", ("ann grigson", "15")),
        ("A 31-year-old Tom Brisk of Leeds was named.", ("tom brisk", "31")),
        # In words, as a sentence may open: the value is written in digits.
        (
            "Seventy-six-year-old Wim Daal, a retired ferry captain, was rescued.",
            ("wim daal", "76"),
        ),
        ("The nine-year-old Ada Roos was found.", ("ada roos", "9")),
        ("Nineteen-year-old Ada Roos was found.", ("ada roos", "19")),
        # Words that say the figure after a name is an age.
        ("The driver was named as Wim Pellow, aged 47, from Castlemere.", ("wim pellow", "47")),
        ("Dale Vorst, who is 41, escaped on Tuesday.", ("dale vorst", "41")),
        ("We met Gwen Abernathy, who's seventy-seven, at the table.", ("gwen abernathy", "77")),
        # A title before the name is not part of whose age it is.
        ("Mrs Olsen, who is 58, has led the school since 2015.", ("olsen", "58")),
        ("Among them was Nora Vesk, nine, who lived in the camp.", ("nora vesk", "9")),
        (
            "Dana Whitlow, who is 52 and has worked here for years, was hurt.",
            ("dana whitlow", "52"),
        ),
        # A description with a name beside it, before or after.
        ("Police named the 52-year-old singer Calla Devereaux.", ("calla devereaux", "52")),
        ("The 44-year-old captain, Ruben Aldage, was rescued.", ("ruben aldage", "44")),
        ("Among the dead was a 9-year-old girl, Lina Osterhaug.", ("lina osterhaug", "9")),
        ("Dario Vesk, the 29-year-old striker, died at the scene.", ("dario vesk", "29")),
        (
            "The captors freed their 38-year-old driver Ilse Brandt and two tourists.",
            ("ilse brandt", "38"),
        ),
        ("Among the dead was 71-year-old retired nurse Ona Pell, police said.", ("ona pell", "71")),
        # A hyphen joins two capitalised parts of one name.
        (
            "On Tuesday the 58-year-old judge, Imelda Farrow-Sykes, revoked it.",
            ("imelda farrow-sykes", "58"),
        ),
        ("Daniel Okoro-Fenn, 34, a lorry driver, died.", ("daniel okoro-fenn", "34")),
        # A description with what the person does, then the name after a comma.
        (
            "Among them was the 52-year-old supervisor of the night shift, Lionel Batterby.",
            ("lionel batterby", "52"),
        ),
        # A thing's age is the thing's, not a person's named after it.
        ("The 100-year-old bridge over the river, Kessel Bridge, fell.", ("bridge", "100")),
        # An age at an earlier time is no age now.
        ("Lynch said then-15-year-old Timmons was not there.", None),
        # A word that opens the sentence, a place after a preposition: no one is named.
        ("Yesterday, a 36-year-old climber died in a fall.", None),
        ("Last Friday, the 30-year-old driver was arrested.", None),
        ("A 25-year-old man from Harwick was arrested.", None),
        ("The 30-year-old sergeant, who joined in May, was hurt.", None),
        # A place or a team, then a noun: a description, not a name.
        ("The 67-year-old Thelwell did paint the fakes.", ("thelwell", "67")),
        ("A 25-year-old Brookfield man was arrested.", None),
        ("The 22-year-old Tar Heel forward scored 20 points.", None),
        ("A 36-year-old climber died after a fall of 150 metres.", None),
        # An age at death.
        ("Lena Marsh died at 84 on Sunday, her family said.", ("lena marsh", "84")),
        ("Lena Marsh, the star of Glass Rooms, dies at age 87.", ("lena marsh", "87")),
        ("Lorcan Vesey, dead at 64.", ("lorcan vesey", "64")),
        ("Lena Marsh has died at the age of 84 at her home.", ("lena marsh", "84")),
        ("Actress Lena Marsh died aged 84.", ("lena marsh", "84")),
        ("Marsh, who died on Sunday aged 84, will be buried in Ostley.", ("marsh", "84")),
        # An age told by a pronoun, of the person the sentence before names.
        (
            "Lena Marsh, who rose from a cottage to fame, has died. She was 87.",
            ("lena marsh", "87"),
        ),
        (
            "HARWICK, March 3 (Wire) - Actress Lena Marsh died at home. She was 84.",
            ("lena marsh", "84"),
        ),
        ("The storm hit Harwick on Monday. She was 40 minutes late.", None),
        # Or in an aside of the sentence that tells the death.
        (
            (
                "Corinne Vasquell was one of them. She died on Tuesday in Port Halloran, 64 "
                "years old, on the 19th stop of her tour."
            ),
            ("corinne vasquell", "64"),
        ),
        (
            "One of them is the steward, Dalia Morrow. She is 27 and has worked there for years.",
            ("dalia morrow", "27"),
        ),
        (
            "Tributes poured in for Ann Ash. The 31-year-old accountant fell at the 37 km point.",
            ("ann ash", "31"),
        ),
        ("The storm hit Harwick on Monday. She was 40 and a half minutes late.", None),
        # An age said with "is" or "was", after a full name or with "years old" or "of age".
        # An age the police give in the aside.
        (
            "Police named Dorian Pell and Ann Rook. Pell, who police say is 43, has a record.",
            ("dorian pell", "43"),
        ),
        ("Harlan Veltri was 67 and drove a school bus.", ("harlan veltri", "67")),
        ("Reddaway is still only 17 years of age, and he scored.", ("reddaway", "17")),
        ("Delphine Marrow is 34 years old.", ("delphine marrow", "34")),
        ("Turnout was 67.", None),
        ("Harlan Veltri was 40 minutes late.", None),
        ("Tobias Wren was 31 when police arrested him.", None),
        # The name set off by commas.
        ("The first officer, Tomas Brandt, was 31.", ("tomas brandt", "31")),
        ("The captain, named as Ruth Inglesby, was 47 years old.", ("ruth inglesby", "47")),
        ("In Harwick, turnout was 67.", None),
        # Inside a sentence after a pronoun, of the person the sentence before names.
        (
            "One of them was Edna Marlowe. Her family told us she was 78 and had lived there.",
            ("edna marlowe", "78"),
        ),
        ("The storm hit at noon. Her family said she was 78.", None),
        ("Edna Marlowe died. Her son Tom Marlowe said she was 78.", None),
        # An age told by a description that opens a sentence, of the person named before.
        (
            "Many had lost their savings to Dorian Kessler. The 61-year-old financier stood.",
            ("dorian kessler", "61"),
        ),
        (
            "Tara Reid has entered a clinic. The 33-year-old hard partying actress was quiet.",
            ("tara reid", "33"),
        ),
        ("Ana Ruiz scored twice. The 23-year-old finished the season strong.", ("ana ruiz", "23")),
        # An irregular past or "from" after a description with no noun; one with no noun
        # inside a sentence that names no one before it; a name's possessive left out.
        (
            "Dan Vell was sentenced on Monday. The 49-year-old stood in the dock.",
            ("dan vell", "49"),
        ),
        ("Ann Kerr won the heat. The 17-year-old from Pellbury led.", ("ann kerr", "17")),
        (
            (
                "Gareth Pellow's time at the club is over. The club confirmed this afternoon "
                "that the 48-year-old had been relieved of his duties."
            ),
            ("gareth pellow", "48"),
        ),
        # An ordinal year of study after the age is no span of time.
        ("Tom Ellery, 21, a third-year computing student, said so.", ("tom ellery", "21")),
        # A description with a noun inside a sentence is no one named before.
        ("Dan Vell was sentenced. Police said the 47-year-old driver was hurt.", None),
        # The person a noun describes, not a club or a street named first; not a speaker.
        (
            "Kestrel United have signed striker Ruben Eskel. The 24-year-old has agreed terms.",
            ("ruben eskel", "24"),
        ),
        (
            (
                "Fans waited outside Brook Road as the club unveiled Ruben Eskel, the striker. "
                "The 26-year-old was presented at noon."
            ),
            ("ruben eskel", "26"),
        ),
        (
            (
                "Ann Vale died, prosecutor Seth Gold said at the trial of half-brothers Tom "
                "Lopez and Ed Lopez. The 34-year-old mother was struck in the chest."
            ),
            ("ann vale", "34"),
        ),
        # A thing's age is no age of the person named before; a place or team where a name
        # would be names no one.
        ("Mayor Ann Lind opened it. The 100-year-old bridge was closed.", ("bridge", "100")),
        ("The storm hit hard. The 61-year-old financier stood.", None),
        # An age said after a name, and what the person does after it.
        (
            "Among them is Margery Thale, who is eighty-four and comes from Dunlow.",
            ("margery thale", "84"),
        ),
        # A body named first is nobody's age.
        (
            (
                "West Vale Ambulance Service said 12 people were treated. The 52-year-old "
                "tanker driver remained in hospital."
            ),
            None,
        ),
        ("He was waived by the New Orleans Saints. The 23-year-old finished third.", None),
        ("It was a New Zealand climber who fell. The 36-year-old slipped.", None),
        ("Lena Marsh died at 3 p.m. in hospital.", None),
        ("Lena Marsh died at 10:40 in hospital.", None),
        # A thing's age told by a description or after its name.
        ("The 34-year-old ferry was licensed to carry 250 passengers.", ("ferry", "34")),
        ("This forty-eight-year-old dam has never overflowed before.", ("dam", "48")),
        ("The investigation into the 58-year-old mine will be led by Ann Vale.", ("mine", "58")),
        (
            "The Seraphine Dawn was a 22-year-old ship on a rough crossing.",
            ("seraphine dawn", "22"),
        ),
        ("Halden Colliery is a 63-year-old pit.", ("halden colliery", "63")),
        # A person's noun after the thing: a person described by their work.
        ("The 40-year-old plant manager was arrested.", None),
        ("The 30-year-old ferry captain was rescued.", None),
        # Not a thing the lexicon knows: no age.
        ("The 20-year-old rivalry was renewed.", None),
        # A post's holder's age, and an age after a name in a description with an owner.
        (
            "Vantor chief executive Mattias Kroll, 54, told reporters at the plant.",
            ("mattias kroll", "54"),
        ),
        (
            "Mattias Kroll, Vantor's 59-year-old chief executive, said on Thursday.",
            ("mattias kroll", "59"),
        ),
        # An age that ends the sentence, after a speaker's credit; a name with a particle.
        (
            '"Nobody knocked on my door in 34 years," said retired teacher Maureen Okafor, 72.',
            ("maureen okafor", "72"),
        ),
        (
            "Resident Fenna de Wit, 72, who lives opposite the museum, said she heard it.",
            ("fenna de wit", "72"),
        ),
    ],
)
def test_an_age_is_a_fact_of_its_person_or_thing(
    sentence: str, age: tuple[str, str] | None
) -> None:
    ages = [(f.of, f.value) for f in facts_of(sentence) if f.attribute == "age"]
    assert ages == ([age] if age else [])


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Fire swept through the block at 440 Carver Street, killing six people.", ["six"]),
        ("Police searched 12 homes on Baker St. on Monday.", ["12"]),
        # A number word that ends a name is part of the name.
        ("A source told Vale Nine that the train was doing 82 mph.", ["82 mph"]),
        ("Two people won the Coronet Millions draw on Saturday.", ["Two"]),
    ],
)
def test_an_address_or_a_name_is_no_figure(sentence: str, figures: list[str]) -> None:
    written = [q.surface for c in claims_of(sentence) for q in c.quantities]
    assert written == figures


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("A source has told Vale News that the train was doing 82 mph.", "Vale News"),
        # Without "that": the clause opens with its own words.
        ("Chief Ann Lind told the Gazette the blaze burned for nine hours.", "Gazette"),
        # Told at the end, or spoken to before the figure; an outlet's own voice.
        (
            "A total of 28 volunteers turned out, the deputy leader, Ann Lind, told the Courier.",
            "Courier",
        ),
        ("Speaking to the Courier on Thursday, Lind said 40 volunteers turned out.", "Courier"),
        ("The Courier has learned that 40 volunteers turned out.", "Courier"),
    ],
)
def test_whom_a_source_tells_is_not_what_the_claim_is_about(sentence: str, recipient: str) -> None:
    (claim,) = claims_of(sentence)
    assert claim.subject != recipient
    assert recipient not in claim.entities


def test_the_name_of_a_described_source_is_not_what_the_claim_is_about() -> None:
    (counted,) = [
        c
        for c in claims_of(
            "According to the park's warden, Ada Fenn, 61, 340 visitors were counted on Sunday."
        )
        if c.fact is None
    ]
    assert counted.subject != "Ada Fenn"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The queue stood at 4,120 patients at the end of March.", "03-31"),
        ("The queue stood at 4,120 patients at the end of February.", "02-28"),
        ("The queue stood at 3,900 patients as of the start of June.", "06-01"),
        # A deadline is no moment of the figure.
        ("The trust will cut 300 jobs by the end of June.", None),
    ],
)
def test_a_months_edge_is_its_first_or_last_day(sentence: str, day: str | None) -> None:
    (claim,) = claims_of(sentence)
    assert (claim.time.day if claim.time else None) == day


def test_a_year_in_an_aside_after_the_day_dates_nothing() -> None:
    (died,) = claims_of(
        "Six people died early Monday when fire swept through Linden Court, the brick "
        "building that has stood on the east side since 1968."
    )
    assert died.time is not None and (died.time.day, died.time.year) == ("monday", None)


def test_a_day_right_after_a_clause_is_its_own() -> None:
    *_, result = claims_of(
        "But a 15-2 run during 5 minutes late in the game sealed the deal for the Hawks, who "
        "will meet Lorton State in the semifinals Saturday afternoon after the Foxes "
        "outlasted Vale 51-50 Friday."
    )
    assert result.text.endswith("51-50")
    assert result.time is not None and result.time.day == "friday"


def test_a_clauses_own_year_beats_the_day_a_report_came_out() -> None:
    *_, visits = claims_of(
        "In figures published on Monday, the trust said it had 900 members, and that "
        "about 31,000 walkers used its paths during 2023."
    )
    assert visits.time is not None and (visits.time.day, visits.time.year) == (None, 2023)


def test_an_age_is_no_figure_of_its_sentence() -> None:
    (fall,) = [
        c
        for c in claims_of("The 36-year-old Dunmore, who was alone, fell 150 metres.")
        if not c.fact
    ]
    assert [q.surface for q in fall.quantities] == ["150 metres"]


@pytest.mark.parametrize(
    ("sentence", "record"),
    [
        ("By beating the Hawks, Marrow’ record rose to 9-5 and they made the playoffs.", "9-5"),
        ("Fifteen games later the Rovers stand at 10-5 and in the playoffs.", "10-5"),
        ("Dunn is 122-147 in three-plus seasons as head coach.", "122-147"),
        ("The win took Varga's record to 52-3 with 46 knockouts.", "52-3"),
        ("Bowe won a decision over Gene Pukall, 14-13-2, in eight rounds.", "14-13-2"),
        # A record described before its verb, and a record named "a mark of" or "a record of".
        ("Dunn record as a head coach with both Vale and Orm stands at 284-286.", "284-286"),
        ("In three seasons at Orm, Dunn compiled a mark of 122-147 (.454).", "122-147"),
        ("Dunn has an overall record of 284-286, including four years in Vale.", "284-286"),
        # A record of some games only, and a game's score after the team's name.
        ("The Rovers are 8-1 in games decided by one score or less.", None),
        ("The Rovers record at home is 5-2.", None),
        ("The Hawks lost to the Marrow Rovers, 20-13, on Sunday.", None),
    ],
)
def test_win_loss_records_in_prose(sentence: str, record: str | None) -> None:
    found = [f.value for f in facts_of(sentence) if f.attribute == "record"]
    assert found == ([record] if record else [])


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("The Bluejays defeated Drake 65-53 on Friday.", ("drake", "65-53")),
        ("The Hawks lost to the Marrow Rovers, 13-20, on Sunday.", ("marrow rovers", "20-13")),
        ("The Heels were putting away Evansville 91-73 by then.", ("evansville", "91-73")),
        ("The Rovers thrashed Norden 5-0 on Saturday.", ("norden", "5-0")),
        # A result named by its noun before the opponent.
        ("They were hurt in Saturday's 2-1 win over Pellham.", ("pellham", "2-1")),
        ("It came after a 34-10 home defeat by Carrow Rovers.", ("carrow rovers", "34-10")),
        ("Sunday's game ended in a 2-2 draw with the Rovers.", ("rovers", "2-2")),
        ("The Bluejays built a 24-20 lead over Drake at halftime.", None),
        # A lead during the game is no result.
        ("The Bluejays led Drake 24-20 at halftime.", None),
    ],
)
def test_a_game_result_is_a_score_fact(sentence: str, score: tuple[str, str] | None) -> None:
    found = [(f.of, f.value) for f in facts_of(sentence)]
    assert found == ([score] if score else [])


@pytest.mark.parametrize(
    "sentence", ["She called 9-1-1 at once.", "The board split 4-3-2 on the plan."]
)
def test_a_chain_of_dashed_numbers_counts_nothing(sentence: str) -> None:
    assert [q.surface for c in claims_of(sentence) for q in c.quantities] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In Portland he finished with a 162-139 mark.",
        "The coach guided the team to a 38-44 record in his first season.",
        "The Saints held on for a 17-14 victory.",
        "The Rovers built a 20-13 lead at halftime.",
        "The Wolves slumped to a 34-10 home defeat.",
        "Creighton pulled away with a 7-0 run in the first half.",
        "Drake countered with a 9-2 spurt.",
        "The Heels won again after a 91-73 drubbing of Evansville.",
        "The match ended in a 2-2 draw.",
        # A record after a verb of standing or moving, with no team before it.
        "North Carolina improved to 10-0 on Thursday.",
        "Evansville was off to its best start since going 10-1 that winter.",
    ],
)
def test_a_record_or_score_called_one_counts_nothing(sentence: str) -> None:
    assert [q.surface for c in claims_of(sentence) for q in c.quantities] == []


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Prices rose 5-6 percent on Monday.", "5-6 percent"),
        ("Shares fell 3-4% on Monday.", "3-4%"),
        ("Temperatures rose 5-6 degrees overnight.", "5-6"),
    ],
)
def test_a_range_after_a_verb_of_moving_is_no_record(sentence: str, figure: str) -> None:
    assert [q.surface for c in claims_of(sentence) for q in c.quantities] == [figure]


def test_the_possessive_of_a_name_ending_in_s_is_the_name() -> None:
    (claim,) = claims_of("Jamaal Charles' big day included an 86-yard touchdown run.")
    assert claim.subject == "Jamaal Charles"


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        # The event word before the name, with words that describe the person between.
        (
            "The Rovers re-signed RB Dan Merrow to fill the spot on the roster on Tuesday.",
            {("day of signing", "dan merrow", "tuesday")},
        ),
        (
            "They also signed veteran Dan Merrow (Tesk) on Monday.",
            {("day of signing", "dan merrow", "monday")},
        ),
        # A passive auxiliary after the name.
        (
            "Merrow, who was signed on Tuesday, will start.",
            {("day of signing", "merrow", "tuesday")},
        ),
        # An event that befalls the one named before it.
        (
            "Police said actress Lina Varo checked into a clinic on Friday.",
            {("day of admission", "lina varo", "friday")},
        ),
        ("Lina Varo died on Thursday in Orlen.", {("day of death", "lina varo", "thursday")}),
        ("Coach Dan Merrow was fired on Monday.", {("day of firing", "dan merrow", "monday")}),
        # The day belongs to the reporting verb between them.
        ("The club wants to replace sacked coach Dan Merrow, the club said on Tuesday.", set()),
        # The name before any other event word is its agent: no day of that name's signing.
        ("The Rovers signed Dan Merrow on Tuesday.", {("day of signing", "dan merrow", "tuesday")}),
        # A day and an age in one clause are two facts.
        (
            "Crowds gathered where 16-year-old Ann Grigson was shot by police on Saturday.",
            {("day of killing", "ann grigson", "saturday"), ("age", "ann grigson", "16")},
        ),
    ],
)
def test_the_day_of_an_event_of_a_named_person(
    sentence: str, facts: set[tuple[str, str, str]]
) -> None:
    found = {(f.attribute, f.of, f.value) for f in facts_of(sentence)}
    assert found == facts


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        (
            "Rovers general manager A.J. Smith said in a statement.",
            ("rovers general manager", "A.J. Smith"),
        ),
        ("The Rovers' head coach Dan Merrow said little.", ("rovers head coach", "Dan Merrow")),
        ("Tesk CEO Lina Varo said sales rose.", ("tesk ceo", "Lina Varo")),
        # A past, passing or lesser holder, or no organisation named: no fact.
        ("Former Rovers head coach Dan Merrow said little.", None),
        ("Rovers interim head coach Dan Merrow said little.", None),
        ("Rovers assistant general manager Ann Lind said little.", None),
        ("Team general manager A.J. Smith said in a statement.", None),
    ],
)
def test_the_holder_of_a_post(sentence: str, holder: tuple[str, str] | None) -> None:
    found = [(f.of, f.value) for f in facts_of(sentence)]
    assert found == ([holder] if holder else [])


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Varo launched a new fashion line called Mantra in December.", ("opened", "december")),
        ("The rule was finalized in early June by the agency.", ("finalized", "june")),
        # A year or a day after the month makes it a year or a date of the event instead.
        ("Varo launched a fashion line in December 2008.", ("opened", "2008")),
        # "May" as a verb is no month.
        ("Officials said the line may launch in spring.", None),
    ],
)
def test_the_month_of_an_event(sentence: str, fact: tuple[str, str] | None) -> None:
    found = [(f.attribute, f.value) for f in facts_of(sentence)]
    assert found == ([fact] if fact else [])


def test_a_weekday_is_no_subject() -> None:
    claims = claims_of("After Monday's vote, three local groups went to court.")
    (count,) = [claim for claim in claims if claim.quantities]
    assert count.subject == ""


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # Beside another figure, an age only describes who the figure is about.
        ("A 36-year-old climber died after falling 150 metres from a ridge.", ["150 metres"]),
        # Alone, an unnamed person's age is what the sentence claims.
        ("The 30-year-old sergeant was placed on leave.", ["30"]),
        # Ages listed after "aged", or at a death, count no one.
        ("Police arrested two men, aged 34 and 41, on Tuesday.", ["two"]),
        # An indefinite person's age set off by commas.
        ("Two men were held; a woman, 26, and a man, 40, were arrested on Sunday.", ["Two"]),
        ("Three teenagers aged between 16 and 19 were held.", ["Three"]),
        ("The painter was dead at 46.", []),
    ],
)
def test_an_age_beside_another_figure_is_not_the_claim(sentence: str, figures: list[str]) -> None:
    assert [q.surface for c in claims_of(sentence) for q in c.quantities] == figures


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        # "The two trams" are the ones the story knows; what they carried is the claim.
        (
            "The two trams were carrying 146 passengers at the time, a spokesman said.",
            [
                ("The two trams were carrying", "trams"),
                ("146 passengers at the time, a spokesman said", "passengers"),
            ],
        ),
        # A few after "the" inside a sentence, before the sentence's figure: no claim.
        (
            "VMT estimated the damage to the two trams and the overhead lines at 2.4 million euros.",
            [
                (
                    (
                        "VMT estimated the damage to the two trams and the overhead lines at "
                        "2.4 million euros"
                    ),
                    "losses",
                )
            ],
        ),
        # A few told apart by a relative clause: how many did it is a claim of its own.
        (
            "Officials said the two generators that did start carried 80 percent of the load.",
            [
                (
                    (
                        "Officials said the two generators that did start carried 80 percent of "
                        "the load"
                    ),
                    "generators",
                )
            ],
        ),
        # Alone, or opening the sentence, the few are what it counts.
        (
            "Rescuers reached the three villages on Monday.",
            [("Rescuers reached the three villages on Monday", "villages")],
        ),
        (
            "The two dissenting members preferred a 25 basis point rise.",
            [("The two dissenting members preferred a 25 basis point rise", "dissenting members")],
        ),
    ],
)
def test_a_few_the_story_knows(sentence: str, claimed: list[tuple[str, str]]) -> None:
    assert [(c.text, c.measure) for c in claims_of(sentence) if c.quantities] == claimed


def test_the_part_of_the_day_told_with_the_day() -> None:
    (share,) = [
        claim
        for claim in claims_of(
            "The gates were opened at 2.40am after heavy rain pushed the reservoir to 97 per "
            "cent of its capacity on Monday evening."
        )
        if claim.measure == "share of capacity"
    ]
    assert share.time is not None
    assert (share.time.day, share.time.part) == ("monday", "evening")


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Fourteen runners have been taken to hospital this morning.", "morning"),
        ("Nearly fifty volunteers are on the pass tonight.", "night"),
        # The time of the saying, not of the figure.
        ("The package is worth 8 million marks, his office said this morning.", None),
    ],
)
def test_the_part_of_the_reports_own_day(sentence: str, part: str | None) -> None:
    (claim,) = [c for c in claims_of(sentence) if c.quantities]
    assert claim.time is not None
    assert (claim.time.relation, claim.time.part) == ("relative", part)


@pytest.mark.parametrize(
    ("left", "right", "meet", "order"),
    [
        ("evening", "night", True, None),
        # Parts that share only the hour where one ends and the next begins.
        ("afternoon", "evening", False, -1),
        ("morning", "evening", False, -1),
        ("afternoon", "morning", False, 1),
        ("18h", "evening", True, None),
        ("9h", "afternoon", False, -1),
        # The night runs past midnight: no order against the morning.
        ("night", "morning", False, None),
        ("night", "afternoon", False, None),
    ],
)
def test_parts_of_a_day(left: str, right: str, meet: bool, order: int | None) -> None:
    assert (parts_meet(left, right), part_order(left, right)) == (meet, order)


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Scores of people were hurt.", ["Scores"]),
        ("Scores injured in crash", ["Scores"]),
        ("The blast left scores of homes damaged.", ["scores"]),
        # Results, not a count.
        ("Lakeland voids chemistry exam scores at high school after leak", []),
        ("Their scores didn't jump enough to trip the alarm.", []),
    ],
)
def test_scores_as_a_vague_count(sentence: str, counted: list[str]) -> None:
    from claimcheck.claims import with_vague_counts

    assert [q.surface for q in with_vague_counts(sentence, 0, [])] == counted


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Last updated 13:26 14/09/2013", (2013, "09-14")),
        ("Posted 9/14/2013 at noon", (2013, "09-14")),
        ("2013-09-14T10:00", (2013, "09-14")),
        # Day and month may be either way round: no date.
        ("Updated 04/09/2013", None),
        ("Flight 14/99 was late", None),
    ],
)
def test_a_date_in_digits(byline: str, expected: tuple[int, str] | None) -> None:
    assert numeric_date(byline) == expected


@pytest.mark.parametrize(
    ("weekday", "date", "year", "expected"),
    [
        ("tuesday", "03-05", 2013, "Tuesday 5 March 2013"),
        # The lead's day is not the dateline's: both are said, and which day the date is.
        ("monday", "03-05", 2026, "Monday; dated 5 March 2026, a Thursday"),
        ("tuesday", "03-05", None, "Tuesday; dated 5 March"),
        (None, "03-07", 2013, "7 March 2013"),
        ("saturday", None, None, "Saturday"),
        (None, None, 2013, "2013"),
        ("monday", "02-30", 2013, "Monday; dated 30 February 2013"),
        (None, None, None, ""),
    ],
)
def test_an_articles_day_as_a_reader_writes_it(
    weekday: str | None, date: str | None, year: int | None, expected: str
) -> None:
    assert article_day_text(weekday, date, year) == expected


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # Where a person is from is no subject of the figure.
        ("Rob Buck of the U.K. fell 700 metres to his death.", "Rob Buck"),
        ("Ann Lind, 66, of Marlow was struck twice by the car.", "Ann Lind"),
        # A nationality before a full name is no part of it.
        ("32-year-old Englishman Rob Buck fell about 600 metres.", "Rob Buck"),
    ],
)
def test_the_subject_is_the_person_not_where_they_are_from(sentence: str, subject: str) -> None:
    assert {claim.subject for claim in claims_of(sentence)} == {subject}


def test_a_year_in_a_relative_clause_dates_what_it_describes() -> None:
    """ "who played from 1995-99" dates Lind's play, not Vale's points now."""
    claim = claims_of(
        "Vale, a junior, now has 2,129 points -- 13 more than Ann Lind, who played for the Rovers "
        "from 1995-99."
    )[0]
    assert claim.quantities[0].surface == "2,129"
    assert claim.time is None or claim.time.year != 1999


@pytest.mark.parametrize(
    ("sentence", "figure", "year"),
    [
        # A year after a verb that follows a size dates what happened to the thing.
        ("The Vela is a 212-metre bulk carrier built in 2011.", "212-metre", None),
        ("The 620-foot freighter, which Norden Lines bought in 2015, sank.", "620-foot", None),
        # A count's own verb is its event, and a size with no verb between keeps the year.
        ("Twelve people were killed in 2011.", "Twelve", 2011),
        ("The slick measured 10 km in 2011.", "10 km", 2011),
    ],
)
def test_a_year_after_a_size_and_a_verb_dates_the_event(
    sentence: str, figure: str, year: int | None
) -> None:
    (claim,) = [c for c in claims_of(sentence) if c.quantities[0].surface == figure]
    assert (claim.time.year if claim.time else None) == year


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("150 AI firms in the region", "ai firms"),
        # The other half of a pair of numbers is no word of what the first counts.
        ("58-3 (51 KO)", ""),
        ("9-2 run late in the game", ""),
        ("45-7-2, 36 KOs", ""),
        # An adverb before a verb goes with the verb, not with what is counted.
        ("12 people seriously injured in the crash", "people"),
        ("36 mostly young people briefly ransacked the store", "mostly young people"),
        ("3 people critically hurt", "people"),
        ("5 royal family members attended", "royal family members"),
        # "more" adds to an earlier count of the same thing.
        ("23 more people were hurt", "people"),
        ("12 more than last year", ""),
        # A participle before the noun describes it; one before anything else is a verb.
        ("11 confirmed cases of illness", "confirmed cases"),
        ("40 reported sightings so far", "reported sightings"),
        ("5 died Tuesday", ""),
        # The size of the whole after its owner is no word of what is counted.
        ("80 of the island's 6,200 residents were moved", "part of residents"),
        ("80 of the museum's 64 cameras worked", "part of cameras"),
        ("4 100-catch seasons", "100-catch seasons"),
        # The time of a figure is no word of what it counts.
        ("2480000 passengers last year", "passengers"),
        ("40 visitors this month", "visitors"),
        # An irregular past verb ends the phrase as one in -ed does.
        ("80 firefighters fought the blaze", "firefighters"),
        ("4 riders caught up in the crash", "riders"),
    ],
)
def test_the_noun_phrase_after_a_figure(text: str, measure: str) -> None:
    figure_end = len(text.split(" ")[0].split("-")[0])
    assert noun_phrase_after(text, figure_end, len(text)) == measure


@pytest.mark.parametrize(
    "sentence",
    ["Prices fell in 11 of our 12 regions.", "Prices fell in 11 of the 12 regions."],
)
def test_the_part_of_a_whole_is_no_figure(sentence: str) -> None:
    assert [claim.quantities[0].surface for claim in claims_of(sentence)] == ["12"]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # A money word after "including" or "excluding" qualifies the sum.
        ("The deal values Northwind at 4,200 million dollars including debt.", "price"),
        ("Orlen paid $3 billion for the mill, excluding fees.", "price"),
        # A sum after the words of a rise or a cut is how much something moved.
        (
            "The price rise, an increase of £0.45 per meal, was agreed on Tuesday.",
            "change per meal",
        ),
        ("Fees went up by £120 a year.", "change per year"),
        ("The budget was cut by $3 million.", "change"),
        ("The price of a meal will rise from £2.40 to £2.85.", "price"),
        # The price of each of several things is a price per thing.
        ("Each docking station costs about £14,000.", "cost per station"),
        # What a deal saves is a saving, not its price.
        ("The council says the deal will save £1.9 million a year.", "savings per year"),
    ],
)
def test_what_a_sum_takes_in_is_not_what_it_is(sentence: str, measure: str) -> None:
    (claim,) = claims_of(sentence)
    assert claim.measure == measure


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # A span of time a copula states of the noun before it; a trailing "time" is the
        # noun's.
        ("The average response to an emergency call in 2024 was 11 minutes.", "response"),
        ("Members heard the average emergency response time was 14 minutes.", "response"),
        ("The average wait in the emergency department was four hours.", "wait"),
    ],
)
def test_a_span_of_time_stated_of_a_noun_measures_it(sentence: str, measure: str) -> None:
    (claim,) = claims_of(sentence)
    assert claim.measure == measure


@pytest.mark.parametrize(
    ("sentence", "clause_end", "day"),
    [
        # A possessive day names the event; another day of the sentence dates the figure.
        (
            "The death toll from Tuesday's derailment rose to six on Thursday, officials said.",
            len("The death toll from Tuesday's derailment rose to six"),
            "thursday",
        ),
        ("In Saturday's semifinal, Vale will play Lind, which won on Friday.", None, "friday"),
        # With no other day, the possessive one still dates it.
        ("Tuesday's quake killed 12 people.", None, "tuesday"),
        # "that day" is the day the sentence before names.
        (
            "Crews bypassed the hospital on Tuesday. Twenty ambulances were diverted that day.",
            None,
            "tuesday",
        ),
        # The day of the figure a count is compared with is that figure's.
        (
            "The board has received 31 complaints, up from 14 on Friday, it said on Sunday.",
            None,
            "sunday",
        ),
        (
            "Pollution covers 13 miles, compared with nine miles on Tuesday, it said Thursday.",
            None,
            "thursday",
        ),
        # A day between a determiner and a noun describes the noun: the match's date.
        (
            "More than 25,000 tickets for the Sept. 5 friendly had been sold by Wednesday.",
            None,
            "wednesday",
        ),
        ("About 400 people attended the Monday night meeting, held on Tuesday.", None, "tuesday"),
    ],
)
def test_a_possessive_day_names_an_event(sentence: str, clause_end: int | None, day: str) -> None:
    # The last sentence is the one read; a sentence before it may name its day.
    start = sentence.rfind(". ", 0, len(sentence) - 1) + 2 if ". " in sentence[:-1] else 0
    clause = (start, clause_end if clause_end is not None else len(sentence))
    found = time_of(sentence, clause, (start, len(sentence)), [])
    assert found is not None and found.day == day


@pytest.mark.parametrize(
    ("sentence", "figure", "day", "part"),
    [
        # A day right after a figure dates it, whatever day the clause named before.
        (
            "14 trapped on Tuesday evening were rescued: five on Wednesday",
            "five",
            "wednesday",
            None,
        ),
        ("Rescuers found 40 people by Friday morning.", "40", "friday", "morning"),
        # Further on, or after other words, it does not.
        (
            "On Monday 12 people were hurt in the crash that blocked roads on Tuesday.",
            "12",
            "monday",
            None,
        ),
    ],
)
def test_a_day_right_after_a_figure_dates_it(
    sentence: str, figure: str, day: str, part: str | None
) -> None:
    found = _time_of_figure(sentence, lambda q: q.surface == figure)
    assert found is not None and (found.day, found.part) == (day, part)


@pytest.mark.parametrize(
    ("sentence", "figure", "day"),
    [
        # Days between two events: the day named before them is the other event's.
        (
            "A quake rattled the province Wednesday just days after a storm killed one person.",
            "one",
            None,
        ),
        ("Three were hurt on Thursday, a day after two others were hurt.", "two", None),
        ("Shares fell on Thursday, a day after a loss of $61.5 million.", "$61.5 million", None),
        # Without the stretch of days, the day dates the figure.
        ("A quake rattled the province Wednesday and killed one person.", "one", "wednesday"),
        ("Three were hurt on Thursday, after two others were hurt.", "two", "thursday"),
    ],
)
def test_a_day_days_apart_from_a_figure_does_not_date_it(
    sentence: str, figure: str, day: str | None
) -> None:
    found = _time_of_figure(sentence, lambda q: q.surface == figure)
    assert (found.day if found else None) == day


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # A year a later clause compares with ("up 3.1 percent on 2014") dates nothing.
        ("The authority counted 587,000 people in the city, up 3.1 percent on 2014.", None),
        ("The authority counted 587,000 people in the city, a record, in 2014.", 2014),
    ],
)
def test_a_year_compared_with_dates_no_clause_before_it(sentence: str, year: int | None) -> None:
    claim = next(c for c in claims_of(sentence) if "587,000" in c.text)
    assert (claim.time.year if claim.time else None) == year


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # A year right before ", when" dates the clause "when" opens.
        (
            (
                "Harries, who worked at the pit for 34 years, said it reminded him of 1979, when a"
                " roof collapse killed two men."
            ),
            1979,
        ),
        (
            (
                "Harries, who worked at the pit for 34 years, said it reminded him of the winter,"
                " when a roof collapse killed two men."
            ),
            None,
        ),
    ],
)
def test_a_year_before_when_dates_its_clause(sentence: str, year: int | None) -> None:
    claim = next(c for c in claims_of(sentence) if "two men" in c.text)
    assert (claim.time.year if claim.time else None) == year


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # A year of another verb, joined by "and", does not date the figure.
        ("Vale Systems was founded in 2007 and is backed with $60 million in funding.", None),
        ("In 2007 the firm raised $60 million and hired 40 people.", 2007),
        ("The ship was insured for $60 million and had passed its last survey in 2023.", None),
        ("The ship was insured for $60 million in 2023.", 2023),
        # Nor does a year in a relative clause set off by commas before the figure.
        (
            "The mine, which opened in 1974 and lies east of town, employs $60 million of kit.",
            None,
        ),
        ("The firm, which is based in Vale, cut $60 million in 2009, when it shrank.", 2009),
        # A decade that describes a thing dates nothing; one after "in the" does.
        ("Fans paid $60 million, filling every seat in the restored 1920s house.", None),
        ("Fans paid $60 million for the club in the 1920s.", 1920),
        # The last year of a span from a month and year to another.
        ("The firm paid $60 million between March 2024 and February 2026.", 2026),
    ],
)
def test_a_year_of_another_verb_does_not_date_a_figure(sentence: str, year: int | None) -> None:
    found = _time_of_figure(sentence, lambda q: q.kind == "money")
    assert (found.year if found else None) == year


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # A day in a relative clause after the figure dates that clause's verb.
        ("Officers found about 850 kilos of cocaine in containers that came in on Monday.", None),
        ("Officers found about 850 kilos of cocaine in containers on Monday.", "monday"),
        # A passive relative clause may still date the figure's own deed.
        ("Police counted 850 kilos of cocaine that were seized on Monday.", "monday"),
        # The day of the earlier figure a figure is compared with is not the figure's.
        ("It had now received 31 kilos, up from the figure it gave on Tuesday.", None),
        # A participle of the earlier figure ("the 14 reported on Wednesday"): its day too.
        ("It had confirmed 17 kilos, up from the 14 reported on Wednesday.", None),
        ("It had received 31 kilos, up from 14 on Friday, a spokeswoman said on Sunday.", "sunday"),
        # The day a period ends on is not the day of a figure for the period.
        ("The mill reported 310 kilos of waste for the year to 28 February.", None),
        ("The mill reported 310 kilos of waste in the three months ended June 30.", None),
        ("The mill reported 310 kilos of waste on 28 February.", "02-28"),
        # Nor is the day of a condition after "once".
        ("It put the haul at 310 kilos, once bags seized on Sunday were weighed.", None),
    ],
)
def test_a_day_of_a_relative_clause_does_not_date_a_figure(sentence: str, day: str | None) -> None:
    found = _time_of_figure(sentence, lambda q: q.kind == "mass")
    assert (found.day if found else None) == day


def test_a_level_moved_to_is_of_the_moved_thing() -> None:
    raised = claims_of("The bank raised its main interest rate by half a point, to 4.75 percent.")
    cut = claims_of("The bank cut its forecast for economic growth this year to 1.1 percent.")
    assert (raised[-1].measure, cut[-1].measure) == ("rate", "forecast")


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Police seized 1.2 tonnes of cocaine hidden in a shipment of fruit.", "cocaine"),
        ("Police seized 1.2 tonnes of cocaine stolen from a depot.", "cocaine"),
        ("Police seized 1.2 tonnes of cocaine packed into tins.", "cocaine"),
    ],
)
def test_a_participle_after_the_measured_noun_is_no_part_of_the_measure(
    sentence: str, measure: str
) -> None:
    assert claims_of(sentence)[0].measure == measure


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # A year of a relative clause set off by commas does not date the clause after it.
        ("Pipwick, which started in a garage in 1998, said it sold 19 toys.", None),
        # A year opening the sentence does.
        ("In 1998, Pipwick said it sold 19 toys.", 1998),
    ],
)
def test_a_year_before_the_clause_dates_it_unless_an_aside(sentence: str, year: int | None) -> None:
    quantities = parse_quantities(sentence)
    start = sentence.index("said")
    found = time_of(sentence, (start, len(sentence)), (0, len(sentence)), quantities)
    assert (found.year if found else None) == year


def _time_of_figure(sentence: str, is_figure: Callable[[Quantity], bool]) -> TimeRef | None:
    """The time of a one-sentence, one-clause text's figure (the first that ``is_figure``)."""
    quantities = parse_quantities(sentence)
    figure = next(q for q in quantities if is_figure(q))
    return time_of(sentence, (0, len(sentence)), (0, len(sentence)), quantities, figure)


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # "when" and a figure open a clause of their own.
        (
            "About 130 people marched to the station when about two dozen youths left.",
            [["About 130"], ["about two dozen"]],
        ),
        # "after" and a figure are a span of time, not a clause.
        ("The jury convicted 3 men after 12 hours of deliberation.", [["3", "12 hours"]]),
        # A relative clause holds the figure after it.
        (
            "Two gunmen who held 11 people hostage in a bank surrendered at night.",
            [["Two"], ["11"]],
        ),
        # A comma is still the stronger break: the clause keeps its time.
        (
            "Of the 57 workers who were sent home last week, 19 were screeners.",
            [["57"], ["19"]],
        ),
    ],
)
def test_a_clause_opened_by_a_figure_is_its_own_claim(
    sentence: str, figures: list[list[str]]
) -> None:
    assert [[q.surface for q in c.quantities] for c in claims_of(sentence)] == figures


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # A noun for people, capitalised only to open the sentence, names no one.
        ("Prosecutors called 23 witnesses over the 12-day trial.", ""),
        ("Firefighters pulled 30 people from the building.", ""),
        ("Tom Orlen called 23 witnesses over the 12-day trial.", "Tom Orlen"),
        # Nor does a contraction of a word capitalised for grammar.
        ("You'll recall the jury took nearly 11 hours.", ""),
        ("Don't forget the 12 witnesses.", ""),
        ("Don Lind's team scored 12 goals.", "Don Lind"),
        # A place in capitals before a dash is a dateline, not the claim's subject.
        ("HARLOW - The quake was centred 62 kilometres from the coast.", ""),
        ("NEW HARLOW - The quake was centred 62 kilometres from the coast.", ""),
        ("The Harlow Dam is 62 kilometres from the coast.", "Harlow Dam"),
        # A transcript's speaker label, and the one the speaker addresses, are no subjects.
        ("MIRA SANTANGELO, REPORTER: Andre, 40 nurses walked out on Monday.", ""),
        ("ANCHOR: Lena, 40 nurses walked out on Monday.", ""),
        # Words that open a sentence name no one.
        ("Late on Tuesday the council passed the plan by 40 votes.", ""),
        ("Earlier this week 30 homes were damaged.", ""),
        ("Hundreds of homes and seven bridges were damaged.", ""),
        ("Hours after the announcement, three groups filed suit.", ""),
        ("Across the island, 12 inches of rain fell.", ""),
        # Nor does a hedge before a figure.
        ("Barely 40 percent of the whales were alive.", ""),
        ("Scarcely half of the money came in online.", ""),
        # A nationality word describes a noun; a surname spelt like one does the verb after it.
        ("Kestranian troops fired 40 shells at the border post.", ""),
        ("Quellan landed 142 punches over the fight.", "Quellan"),
        # A word that is only ever an adjective, opening the sentence, names nothing.
        ("Malicious software was found at 318 stores.", ""),
        ("It said so. Various reports put the toll at 40.", ""),
        ("Brown scored 12 points in the first half.", "Brown"),
    ],
)
def test_words_capitalised_for_grammar_or_a_dateline_are_no_subject(
    sentence: str, subject: str
) -> None:
    assert claims_of(sentence)[0].subject == subject


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # A fraction of something is the share it states; a change by one, its size.
        ("Nearly half of the city's public housing units have no air conditioning.", 50.0),
        ("The city's water use jumped by a third over the weekend.", 100 / 3),
        # A ratio before its noun is a share of it.
        ("Nearly one in three pupils walks to school.", 100 / 3),
        # Other fractions are no percentage: "three quarters" of a game.
        ("The Jaguars led for three quarters but lost.", None),
    ],
)
def test_a_fraction_of_something_is_a_share(sentence: str, figure: float | None) -> None:
    shares = [q.value for c in claims_of(sentence) for q in c.quantities if q.kind == "percent"]
    assert shares == ([pytest.approx(figure)] if figure is not None else [])


def test_a_month_is_no_measure() -> None:
    claims = claims_of(
        "Revenue for the three months to September rose to $812 million, up from $705 million "
        "a year earlier."
    )
    assert next(c.measure for c in claims if c.quantities[0].kind == "money") == ""


def test_an_age_in_words_opening_a_sentence_is_no_part_of_the_name() -> None:
    claims = claims_of("Sixteen-year-old Ann Lind was shot three times on Saturday.")
    assert {c.subject for c in claims} == {"Ann Lind"}


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        ("The town was hit by the 7.6 and 7.5 magnitude quakes.", ["magnitude quakes"] * 2),
        ("Shocks of 5.1, 5.6 and 6.0 magnitude hit the coast.", ["magnitude"] * 3),
        # A comma alone lists nothing: the depth is no distance from the town.
        ("It hit at a depth of 10 km, 55 km south of Bireun.", ["depth", "distance from bireun"]),
    ],
)
def test_the_first_figures_of_a_list_count_what_the_last_does(
    sentence: str, measures: list[str]
) -> None:
    assert [c.measure for c in claims_of(sentence) if c.quantities] == measures


@pytest.mark.parametrize(
    ("top", "dated"),
    [
        # A line that is only a date, under a headline and an outlet's name, dates the page.
        ("Four dead in fire\n\nWKVL News - Noon transcript\n\nMonday, March 3, 2025\n\n", True),
        ("Opinion: A bad trade\n\nA fan blog\n\nPosted July 9, 2025 by Fan\n\n", True),
        # A third heading that is more than a date does not.
        ("Four dead in fire\n\nWKVL News\n\nFire in Orlen began March 3, 2025\n\n", False),
        # A headline of any length leaves the dateline after it to date the article.
        (
            (
                "Hurricane Delphine slams Calloway coast as Category 3 storm, at least four "
                "dead\n\nPORT MARAVEL, Sept 14, 2025 (Meridian Press) - "
            ),
            True,
        ),
        # So does one below an outlet's name.
        (
            (
                "CENTRAL NEWS SERVICE\n\nWexmoor council hands bin collections to new "
                "contractor, moves to fortnightly rounds\n\nWEXMOOR, Feb 11, 2026 (CNS) - "
            ),
            True,
        ),
    ],
)
def test_a_date_line_below_the_headline_dates_the_article(top: str, dated: bool) -> None:
    claim = claims_of(top + "Fire officials said 14 people were hurt.\n")[-1]
    assert (claim.context_year is not None) is dated


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        # A day a period runs from is the event's, not the report's: the date line's wins.
        (
            "Crews said the fire has burned 3,200 acres since it ignited on Sunday afternoon.",
            "thursday",
        ),
        ("Crews said the fire ignited on Sunday afternoon and has burned 3,200 acres.", "sunday"),
    ],
)
def test_a_day_a_period_runs_from_does_not_date_the_article(lead: str, day: str) -> None:
    text = f"Fire 35% contained\n\nValley Courier — Thursday, Aug. 14, 2025\n\n{lead}\n"
    assert [claim.context_day for claim in claims_of(text)] == [day]


def test_a_stamp_in_digits_below_two_headlines_dates_the_article() -> None:
    # A headline, a long subheadline taken for a heading, a dateline cut in two by its
    # abbreviation, and the stamp in digits: the third heading still dates the article.
    lines = ["Chain to buy rival", "Rival's shops set the stage", "PORTHAVEN, Ore.", "—3/14/2024"]
    text = "\n".join(lines)
    sentences, start = [], 0
    for line in lines:
        sentences.append(Sentence(source="a", span=(start, start + len(line)), text=line))
        start += len(line) + 1
    assert article_time(text, sentences, [True, True, False, True]) == (2024, None, "03-14")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # A posting, publishing or airing word, a weekday or a year makes a date a date line,
        # the day before or after the month.
        ("Published: 3 March 2026", "03-03"),
        ("Broadcast: Tuesday, March 3", "03-03"),
        ("Published Wednesday, May 20", "05-20"),
        ("Thursday 9 July 2026, 9:45 pm", "07-09"),
        # An outlet's name before a day and a month alone, or before a full date.
        ("Harwick Gazette, 14 March", "03-14"),
        ("Tarnshire Evening Post, Tuesday 13 January 2026", "01-13"),
        # A bare month and day below a headline may start a title, not date the article.
        ("May 20 vote looms", None),
    ],
)
def test_date_lines_in_other_forms(line: str, date: str | None) -> None:
    claim = claims_of(
        f"Tornado toll rises\n\nBy Ann Vale\n{line}\n\nFire officials said 14 people were hurt.\n"
    )[-1]
    assert claim.context_date == date


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # Words of pricing make a sum a price.
        ("Orvane priced it at $1,599 for the base model.", "price"),
        ("The Strata laptop starts at $1,499 in the United States.", "price"),
        ("The phone retails for $899.", "price"),
        # A rate named shortly before a percentage is what it measures.
        ("Final turnout was 41.5 percent, the board said.", "turnout"),
        ("First, turnout, which came in at 43.8 per cent, rose.", "turnout"),
        # Without one, a percentage is a level of whatever the sentence is about.
        ("The reservoir stood at 22 per cent.", "level"),
        # A ransom demanded, and bail, whichever words say so.
        ("The attackers are demanding $4.5 million.", "demand"),
        ("They asked for a ransom of six and a half million dollars.", "demand"),
        ("He was released after posting bail of $50,000.", "bail"),
        ("Castellan is offering forty-six dollars per share.", "price per share"),
        ("The sheriff's office is offering a $10,000 reward.", "reward"),
        ("The minister announced twenty million dollars in emergency aid.", "aid"),
        ("The council approved $750,000 in emergency funds.", "aid"),
        # A count per period is a rate, not a total; "a day after" is no period.
        ("The airline normally operates about 640 flights a day.", "flights per day"),
        ("Rescuers found 12 survivors a day after the quake.", "survivors"),
        ("Its servers can handle 40,000 requests a second.", "requests per second"),
        ("It handles 2.4 million requests a minute at peak.", "requests per minute"),
        ("She lost 20 votes a second time.", "votes"),
        ("The offense has averaged 141 rushing yards per game.", "rushing yards per game"),
        # A reading on a scale named before it is of the thing before the scale's name.
        ("The aftershock measured magnitude 6.1, the observatory said.", "aftershock"),
        ("The aftershock, of magnitude 5.6, struck at night.", "aftershock"),
        # A part hyphened to its count before the thing counts the parts.
        ("Tessarine unveiled a 128-core server processor on Tuesday.", "core"),
        ("The insurer paid for a 300-bed field hospital.", "bed"),
        ("The government approved an 18-turbine wind farm.", "turbine"),
        ("She paid for a 9,000-ducat birthday dinner.", "ducat birthday dinner"),
        # A storm's category is no count of storms.
        ("Ysolde roared ashore as a Category 4 storm shortly before dawn.", "category storm"),
        # A place in an order is no count of its noun; a noun spelt like a participle stays.
        ("Menck held up the club's famous No 9 shirt.", "rank shirt"),
        ("The Colts locked up the No. 5 seed.", "rank seed"),
        # A participle after a plural noun ends its phrase.
        ("The chip has 128 cores running at a base clock of 2.8 GHz.", "cores"),
        # A speed is a speed unless a noun after it says more; a height in feet after "at"
        # is an altitude, a place at some metres on a ridge none.
        ("Orlyk's vehicle was traveling 62 mph when it ran a red light.", "speed"),
        ("The intersection has a 35 mph speed limit.", "speed limit"),
        ("The engine shut down at 31,000 feet about 20 minutes into the flight.", "altitude"),
        ("The walkers spent the night at around 850 metres on Scarrow Ridge.", ""),
        # A length "deep", or "down" at the end of its phrase, is a depth.
        ("The observatory said the aftershock was centred 35 kilometres deep.", "depth"),
        ("The first shock, which seismologists put at 18 kilometres down, was stronger.", "depth"),
        ("He slipped and fell 60 metres down a gully.", ""),
        # What is so deep, when a noun before its verb names it; not a place after the thing.
        ("The keeper said the pool is 3.5 metres deep.", "pool"),
        ("She said the fracture line was up to 1.8 metres deep.", "line"),
        ("Floodwater on the southbound platform was around 70 centimetres deep.", "depth"),
        ("A magnitude 6.1 aftershock struck at night.", "aftershock"),
        # A share's price at the market, and a fee for walking away, are no deal's price.
        ("Parrowmark shares closed Tuesday at $47.35, near the offer price.", "share price"),
        ("It would owe Quillstone a breakup fee of $210 million.", "termination fee"),
        # One party's part of a whole is its contribution; a sum pledged is raised.
        ("The council voted to delay its £3.2m share of the scheme.", "contribution"),
        ("The council will put back its £3.2 million contribution.", "contribution"),
        ("The agency has offered £9.8m towards the cost of the scheme.", "contribution"),
        ("The £85 million surgical wing opened.", "cost"),
        ("Of the £1 million the syndicate pledged to the fund, half was paid.", "raised"),
        # A sum a thing includes is a part of it, not its price.
        ("Pruitt's deal includes $600,000 guaranteed.", "pruitt deal"),
        ("Pruitt's deal is worth $600,000.", "price"),
        # An amount of stuff measures the stuff.
        ("The plant stored about 40 tons of anhydrous ammonia.", "anhydrous ammonia"),
        ("Climbers got within 80 metres of the summit.", ""),
        # A dimension named before the figure, with what it is of between them.
        ("The survey put the depth of the quake at 33 kilometres.", "depth"),
        ("The quake struck at a depth of just 10 km.", "depth"),
        # The highest level a river reached, however it is worded.
        ("The river crested at 6.4 metres at the gauge.", "peak level"),
        ("The Tamsin peaked at about 5.2 metres on Wednesday.", "peak level"),
        ("The river hit a peak of 6.4 metres at Mill Street.", "peak level"),
        # A length from a place is that distance; a length travelled is not.
        ("The epicentre was 25 km (16 miles) northeast of Dulmen.", "distance from dulmen"),
        ("The camp lies 55 kilometres from the town of Bireun.", "distance from bireun"),
        ("He slipped and fell about 60 metres from a ridge.", ""),
        # The noun before a reporting verb is the speaker.
        ("The museum says $1.2 million has already come in.", ""),
        ("Police told reporters $40,000 was taken.", ""),
        # The noun after a verb of giving is whom the sum goes to.
        ("She is giving the museum $85 million in art and cash.", ""),
        # A prize is a sum of its own, not what something cost.
        ("The owners collect the £350,000 first prize.", "prize"),
        ("The software maker lost $48 million in the quarter.", "losses"),
        # A target passed is no sum raised; a charity's event is no fundraising.
        ("The fundraising had passed the £150,000 target before lunchtime.", "target"),
        ("Six thousand pounds, for a charity event, on a Sunday morning.", ""),
    ],
)
def test_the_words_before_a_sum_or_a_percentage_say_what_it_measures(
    sentence: str, measure: str
) -> None:
    assert claims_of(sentence)[0].measure == measure


@pytest.mark.parametrize(
    "sentence",
    [
        "They were named as Ada Voss, 34, Emil Crane, 41, and Rudy Penn, 28, officials said.",
        "Ada Voss, 34; Emil Crane, 41; and Rudy Penn, 28, slipped out of the wing.",
        "The inmates are 34-year-old Ada Voss, 41-year-old Emil Crane and 28-year-old Rudy Penn.",
    ],
)
def test_every_age_of_a_list_of_named_people_is_a_fact(sentence: str) -> None:
    ages = sorted((f.of, f.value) for f in facts_of(sentence) if f.attribute == "age")
    assert ages == [("ada voss", "34"), ("emil crane", "41"), ("rudy penn", "28")]


@pytest.mark.parametrize(
    ("sentence", "surface", "seconds"),
    [
        ("He won in a course record of 2 hours, 6 minutes and 41 seconds.", None, 7601.0),
        ("The talks lasted two hours and 18 minutes.", "two hours and 18 minutes", 8280.0),
        # A larger unit after a smaller one starts another span.
        ("He waited 20 minutes and 3 hours later left.", "20 minutes", 1200.0),
    ],
)
def test_a_span_of_time_in_several_units_is_one_figure(
    sentence: str, surface: str | None, seconds: float
) -> None:
    first = claims_of(sentence)[0].quantities[0]
    assert first.surface == (surface or "2 hours, 6 minutes and 41 seconds")
    assert first.value == seconds


@pytest.mark.parametrize(
    ("sentence", "anaphoric"),
    [
        ("They won 8.2 percent of the vote.", True),
        ("According to the board's figures, they won 8.2 percent of the vote.", True),
        ("On Monday, she said 40 people had left.", True),
        ("Green Horizon won 8.2 percent of the vote, the board said.", False),
        ("According to the board, Green Horizon won 8.2 percent.", False),
        # A pronoun that speaks is no subject of what it says, unless that is its own.
        ("She said 37 miners were underground at the time.", False),
        ("She said she had won 12 titles.", True),
        ("He told me he worked the seam for 30 years.", True),
        # A report that speaks: "It says".
        ("It says just under 60 per cent of students graduated.", False),
        ("It said it would cut 300 jobs.", True),
        # A possessive before a name: the name says whose.
        ("Its Marsh Lane sorting plant rejected 31 lorry loads.", False),
        ("Its sorting plant rejected 31 lorry loads.", True),
        # A possessive before its owner's document: the pronoun is of who speaks.
        ("Their own lunchtime survey showed barely 60 percent of the members were against.", False),
        ("Its annual report shows 31 lorry loads were rejected.", False),
    ],
)
def test_a_claim_whose_subject_is_a_pronoun_is_anaphoric(sentence: str, anaphoric: bool) -> None:
    (claim,) = claims_of(sentence)
    assert claim.anaphoric is anaphoric


@pytest.mark.parametrize(
    ("sentence", "tally"),
    [
        ("The council voted 7-4 in favour of the spending plan.", "7-4"),
        ("Late last night the council passed the spending plan eight to three.", "8-3"),
        ("Councillors backed the plan by 31 votes to 14 after a debate.", "31-14"),
        ("Twenty-nine councillors voted in favour and sixteen against.", "29-16"),
        ("The measure passed by a 5-4 vote on Monday.", "5-4"),
        ("The council voted by eight votes to three to shut five libraries.", "8-3"),
        ("The council approved the budget by a vote of 7 to 5 on Tuesday.", "7-5"),
        ("The plan passed on a 7-to-5 vote.", "7-5"),
        ("The vote was 6-3, with two members absent.", "6-3"),
        ("The plan was adopted, with 31 councillors in favour and 19 against.", "31-19"),
        ("The motion passed with 12 in favour, 3 against.", "12-3"),
        # A tally's sides joined by a hyphen in words; tens and units are one number.
        ("The board voted seven-two to approve the plan.", "7-2"),
        ("The council voted seventy-eight to twenty-one for the plan.", "78-21"),
        ("Her members voted eighty-seven point six per cent for the strike.", None),
        # A score, a time or a share is no vote; nor is an opinion's count.
        ("Some 400 residents were in favour and 20 against, the survey found.", None),
        ("The Rovers beat the Hawks 7-4 on Sunday.", None),
        ("The council voted at 7 p.m. to pass the plan.", None),
        ("The measure passed with 54 percent of the vote.", None),
        ("The final score was 6-3 after extra time.", None),
    ],
)
def test_a_votes_tally_is_a_fact(sentence: str, tally: str | None) -> None:
    found = [f.value for f in facts_of(sentence) if f.attribute == "vote"]
    assert found == ([tally] if tally else [])


@pytest.mark.parametrize(
    ("left", "right", "conflict"),
    [
        # One night told from either side.
        ("The train derailed late on Saturday night.", "The train derailed early Sunday.", False),
        ("The train derailed on Saturday night.", "The train derailed early on Sunday.", False),
        # Two days, or a night and the next day's afternoon.
        ("The train derailed late on Saturday.", "The train derailed on Friday.", True),
        ("The train derailed late Sunday.", "Saturday night's derailment shut the line.", True),
    ],
)
def test_days_of_one_event_either_side_of_midnight(
    tmp_path: Path, left: str, right: str, conflict: bool
) -> None:
    found = pair_findings(
        tmp_path, "conflict", f"{left} Police said so.", f"{right} Police said so."
    )
    assert bool(found) == conflict


@pytest.mark.parametrize(
    ("sentence", "awaited"),
    [
        (
            "Rationing will stay in place until the reservoir recovers to at least 40 percent.",
            True,
        ),
        ("Until the river drops to 3 metres, the road stays shut.", True),
        ("The reservoir recovered to 40 percent on Monday.", False),
        ("The river rose to 5 metres before it fell back, officials said.", False),
    ],
)
def test_a_level_a_condition_waits_for_is_no_reading(sentence: str, awaited: bool) -> None:
    figures = [q for claim in claims_of(sentence) for q in claim.quantities]
    assert (figures == []) == awaited


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Only 36 per cent of the electorate voted.", "turnout"),
        ("About 41% of registered voters cast ballots on Sunday.", "turnout"),
        ("Some 36 per cent of the electorate is under 30.", "share of electorate"),
        # A union's ballot: the share of its members who voted is the turnout too.
        ("Officials said more than 80 percent of members voted.", "turnout"),
        ("Some 87 percent of members who voted backed a strike.", "share of members"),
        # A ratio right before its noun is a share of it; before a preposition, a score.
        ("Four out of five sirens in the county do not work.", "share of sirens"),
        ("Four out of five Harwick sirens do not work.", "share of harwick sirens"),
        ("Four out of five A&E nurses have quit.", "share of a&e nurses"),
        ("One in five households has no car.", "share of households"),
        # "half the" is half of them, "half the town's" of what the town has.
        ("Half the hydrants on the upper estate were dry.", "share of hydrants"),
        ("He plowed half the town's driveways.", "share of driveways"),
        ("The hall was at 60 percent capacity on Friday.", "share of capacity"),
        ("The hall was at 60 percent of its capacity on Friday.", "share of capacity"),
        ("The region lost 4.1 percent of its people.", "change"),
        ("Prices were up 4 percent of the time.", "share of time"),
        # A share of what a clause names is of its verb, not of "what".
        ("Nearly a quarter of what goes in blue bins is too dirty.", "share of what goes"),
        ("We recover 88 percent of what comes through our doors.", "share of what comes"),
        # A change says what it is counted from: a past period, a stated year.
        ("Demand rose 14 percent on the previous year.", "change from a year earlier"),
        ("Footfall on Harbour Street has fallen 18% since 2022.", "change from 2022"),
        ("Sales rose 5% from 2019 to 2023.", "change"),
    ],
)
def test_what_a_percentage_is_of(sentence: str, measure: str) -> None:
    (claim,) = claims_of(sentence)
    assert claim.measure == measure


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # "of the" after a unit names the stuff measured, no part of a known whole.
        ("An estimated 18,000 litres of the chemical escaped.", "chemical"),
        # Stuff measured per period is a rate.
        ("The plant processes around 1,500 tonnes of solvent a month.", "solvent per month"),
        # A hyphen inside a number word makes no attributive size.
        ("The strongest gust on the pier was seventy-eight miles an hour.", "speed"),
        ("They walked an eight-kilometre stretch.", "stretch"),
        # A verb's particle after the counted noun ends what is counted; a word that leads
        # a place does not.
        ("The attack took 37 online services offline on Tuesday.", "online services"),
        ("The firm sent 40 workers home.", "workers"),
        ("They won 12 home games.", "home games"),
    ],
)
def test_what_a_measurement_is_of(sentence: str, measure: str) -> None:
    (claim,) = claims_of(sentence)
    assert claim.measure == measure


@pytest.mark.parametrize(
    "sentence",
    [
        "By evening half the city had an opinion about him.",
        "But the weather is only half the story.",
        "The flat sold for half the price.",
    ],
)
def test_half_in_a_figure_of_speech_is_no_share(sentence: str) -> None:
    assert claims_of(sentence) == []


def test_a_score_out_of_a_maximum_is_no_share() -> None:
    assert claims_of("The restaurant scored 61 out of 100 on that inspection.") == []


@pytest.mark.parametrize(
    ("headline", "programme", "date"),
    [
        (
            "Ship aground off Tarrow",
            "COASTLINE TONIGHT, KSN Radio 94.1, Tuesday 14 October, 6:00 p.m.",
            "10-14",
        ),
        # A headline that asks is a heading too, so the line under it is the date line.
        (
            "Corvane ruling: what happens to Tolvik now?",
            "MORNING REPORT, Valley FM 101.2, Wednesday, March 5, 7:30 a.m.",
            "03-05",
        ),
    ],
)
def test_a_dated_programme_line_dates_its_transcript_and_claims_nothing(
    headline: str, programme: str, date: str
) -> None:
    text = f"{headline}\n\n{programme}\n\nREPORTER: The mine employs 1,200 people.\n"
    claims = claims_of(text)
    assert [claim.text for claim in claims] == ["REPORTER: The mine employs 1,200 people"]
    assert claims[0].context_date == date


@pytest.mark.parametrize(
    "lead",
    [
        "Two workers died on Tuesday 10 June in Port Calder.",
        "Flooding hit Harwick on Tuesday 10 June, killing 3 people at 5 p.m.",
    ],
)
def test_a_short_dated_lead_in_prose_is_no_programme_line(lead: str) -> None:
    assert [claim.text for claim in claims_of(f"Crane falls\n\n{lead}\n")] != []


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # A level set as a rule is no reading.
        (
            "Samples showed 48 micrograms, far above the state's advisory level of 8 micrograms.",
            ["48"],
        ),
        (
            "The level was 0.07 percent, just under the legal limit of 0.08 percent.",
            ["0.07 percent"],
        ),
        # Where the rule holds may stand between.
        (
            "The coach was doing 70 km/h, and the speed limit on this stretch is 40 km/h.",
            ["70 km/h"],
        ),
        # A limit changed is news of its own.
        ("The limit was raised to 80 km/h on Monday.", ["80 km/h"]),
    ],
)
def test_a_norm_is_no_reading(sentence: str, figures: list[str]) -> None:
    assert [q.surface for c in claims_of(sentence) for q in c.quantities] == figures


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # A year after "since" some words on dates what the figure is measured against.
        ("Shares fell 18.4% on Monday, their steepest drop since the bank listed in 1998.", None),
        # A year right after "since" opens the figure's window.
        ("Footfall on Harbour Street has fallen 18% since 2022.", 2022),
        ("The market has helped 87 firms go public since its 2019 launch.", 2019),
    ],
)
def test_a_year_a_figure_is_measured_against_does_not_date_it(
    sentence: str, year: int | None
) -> None:
    (claim,) = (c for c in claims_of(sentence) if c.quantities[0].kind in ("percent", "count"))
    assert (claim.time.year if claim.time else None) == year


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Enrollment is projected to fall 3 percent next fall.", "next fall"),
        ("The shelter took in 40 families last winter.", "last winter"),
        ("The shelter took in 40 families on Tuesday.", None),
        # The year before the report's; a change measured from it is of now.
        ("A year earlier, Quillon posted revenue of $1.51 billion.", "A year earlier"),
        ("Hardware sales fell 19% from a year earlier.", None),
        ("The harvest was down nearly 30 percent on last year.", None),
        ("Visits were up 4 percent higher than last year.", None),
        ("Visits rose 4 percent last year.", "last year"),
        # A part of the report's own day dates the figure to it.
        ("Thirty services are still cancelled this morning.", "this morning"),
        ("Eleven miners are trapped underground tonight.", "tonight"),
    ],
)
def test_a_season_before_or_after_the_reports_is_its_time(
    sentence: str, period: str | None
) -> None:
    found = _time_of_figure(sentence, lambda q: q.kind in ("percent", "count", "money"))
    assert (found.text if found and found.relation == "relative" else None) == period


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Dana Whitlock brought her two sons to the library on Tuesday.", []),
        ("He leaves his wife and their four children.", []),
        # A count of a story's people after a possessive still counts: "its 300 workers".
        ("The plant sent its 300 workers home on Tuesday.", ["300"]),
    ],
)
def test_someones_family_is_no_count(sentence: str, figures: list[str]) -> None:
    assert [q.surface for c in claims_of(sentence) for q in c.quantities] == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # A bare hour after a word that leads into a time, at its clause's end or before its
        # part of the day, is a clock time.
        ("She rang me at seven and said the water was rising.", []),
        ("The crew knocked at six, the neighbour said.", []),
        ("It happened some time after three, police said.", []),
        ("The library stays open until eight tonight.", []),
        ("Firefighters arrived here at around seven this morning.", []),
        ("The centre stays open until eight at night.", []),
        # A level the toll stands at, an estimate or a score is still a count.
        ("The death toll remained at two, officials said.", ["two"]),
        ("Police put the number of injured at six.", ["six"]),
        ("The toll stood at about eight, officials said.", ["about eight"]),
        ("The score was tied at two.", ["two"]),
        # A count may follow "and": "at seven and eight people went in".
        ("The doors opened at seven and eight people went in.", ["seven", "eight"]),
    ],
)
def test_a_bare_hour_of_the_clock_is_no_count(sentence: str, figures: list[str]) -> None:
    assert [q.surface for c in claims_of(sentence) for q in c.quantities] == figures


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # A day that owns a time of itself dates the figure as a plain day would.
        (
            (
                "Shares were down 11 percent by Friday's close, extending a slide that began "
                "on Wednesday."
            ),
            "friday",
        ),
        # A day that owns an event is that event's, not the figure's.
        ("The toll from Tuesday's derailment rose to six on Thursday.", "thursday"),
    ],
)
def test_a_possessive_day_that_owns_a_time_dates_the_figure(sentence: str, day: str) -> None:
    found = _time_of_figure(sentence, lambda q: q.kind in ("percent", "count"))
    assert found is not None and found.day == day


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        (
            "Residents within a one-mile radius of the depot were ordered to leave.",
            "evacuation zone",
        ),
        (
            "Officials say the evacuation order covers everyone within three miles of the depot.",
            "evacuation zone",
        ),
        (
            "The county ordered residents within three miles of the mill to shelter in place.",
            "shelter zone",
        ),
        # The order after the size wins over one named before it.
        (
            (
                "Residents beyond the evacuation line but within 5 miles of the mill were told to "
                "shelter in place."
            ),
            "shelter zone",
        ),
        (
            "Authorities declared an exclusion zone of 8 kilometres around the crater.",
            "exclusion zone",
        ),
        ("Soldiers guard a no-go area that extends 20 km from the crater.", "exclusion zone"),
        ("Crews put a cordon of half a kilometre around the wreck.", "exclusion zone"),
        ("Vets set up a 3-kilometre protection zone around the farm.", "protection zone"),
        ("The evacuation zone was narrowed to one mile from the mill.", "evacuation zone"),
        # No order: where people live, how near the flames came.
        ("Residents living within three miles of the fence line pay more for insurance.", ""),
        ("Flames came within 2 miles of Orlen, forcing evacuations.", ""),
    ],
)
def test_the_size_of_an_orders_zone_is_the_zone_of_its_kind(sentence: str, measure: str) -> None:
    (claim,) = claims_of(sentence)
    assert claim.measure == measure


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("The union is seeking 7 percent over one year.", "demand"),
        ("Nurses demanded 12 percent.", "demand"),
        ("The strike followed a pay offer of 3.5 percent.", "offer"),
        ("The hospital's operator has offered nine percent.", "offer"),
        ("Nurse turnover at the hospital has reached 27 percent.", "turnover"),
        ("The reservoir stood at 22 per cent.", "level"),
    ],
)
def test_a_percentage_asked_for_or_offered_says_so(sentence: str, measure: str) -> None:
    (claim,) = claims_of(sentence)
    assert claim.measure == measure


def test_a_comparisons_baseline_is_of_the_rate_it_is_compared_with() -> None:
    """The figure after "compared with" measures the rate named before the comma."""
    claims = claims_of(
        "The head said attendance on Tuesday was about 78 percent, compared with roughly 95 "
        "percent on a normal day."
    )
    assert [claim.measure for claim in claims] == ["attendance", "attendance"]


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        (
            (
                "Pilots at Aurelian Airways, Vestria's national carrier, began a 48-hour strike "
                "on Monday, forcing the airline to cancel 312 flights."
            ),
            "312",
            "Aurelian Airways",
        ),
        # An appositive that describes the name: the names in it are not what it is about.
        (
            (
                "Dan Orlen, a three-time Pro Bowl tackle, was stopped for speeding at about "
                "1:30 a.m. and held for 14 hours."
            ),
            "14",
            "Dan Orlen",
        ),
    ],
)
def test_an_appositive_is_not_the_subject(sentence: str, figure: str, subject: str) -> None:
    (claim,) = [c for c in claims_of(sentence) if figure in c.text]
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # A name after a possessive pronoun is what its owner has.
        ("Police said he was driving his Bentley at 98 mph on the highway.", ""),
        ("Police said Dan Orlen was driving a Bentley at 98 mph on the highway.", "Bentley"),
        # The organisation a person heads is not what the person did.
        ("The founder of investment firm Orlen Capital was jailed for 98 months.", ""),
        ("Orlen Capital was fined $98 million on Friday.", "Orlen Capital"),
    ],
)
def test_what_a_person_has_or_heads_is_not_the_subject(sentence: str, subject: str) -> None:
    (claim,) = [c for c in claims_of(sentence) if "98" in c.text]
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # A named source that goes on with "it" and a verb tells of itself.
        (
            "Skellig Line, which runs the longer crossing, says it carried 400,000 passengers.",
            "Skellig Line",
        ),
        ("Orrin Chemicals said that it had stored 8,500 tonnes of solvent.", "Orrin Chemicals"),
        ("Pellow Lettings said its own index shows 4,000 empty homes.", "Pellow Lettings"),
        # "it" and a copula is what the source describes; a source described is no name.
        ("Skellig Line said it was carrying 400,000 passengers.", ""),
        ("The charity said it had handed out 400,000 parcels.", ""),
        ("Police said he had carried 400,000 passengers.", ""),
    ],
)
def test_a_named_source_that_tells_of_itself_is_the_subject(sentence: str, subject: str) -> None:
    (claim,) = [c for c in claims_of(sentence) if "00" in c.text]
    assert claim.subject == subject


def test_a_time_in_a_clause_on_the_figure_is_not_the_figures() -> None:
    (claim,) = claims_of(
        "The Arc 7 starts at $849, which is a big jump for a phone that looks like last "
        "year's model."
    )
    assert claim.time is None


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # A person's pronoun opening a sentence is the one person the sentence before names.
        (
            "Dorian Kessel carried 22 times on Sunday. He has 655 rushing yards this season.",
            "655",
            "Dorian Kessel",
        ),
        # Two people named before: which one, the words do not say.
        ("Ann Lind and Tom Orlen spoke on Sunday. She has won 12 titles.", "12", ""),
        # A pronoun that speaks tells of something else.
        ("Ann Lind runs the mine. She said 37 miners were underground.", "37", ""),
        # Nor is a figure past a reporting verb the pronoun's.
        (
            (
                "Tom Orlen fired the dart. She was caught at noon, and police told us 16 "
                "officers had been sent."
            ),
            "16",
            "",
        ),
    ],
)
def test_a_persons_pronoun_is_the_one_person_named_before(
    text: str, figure: str, subject: str
) -> None:
    claim = next(c for c in claims_of(text) if any(q.surface == figure for q in c.quantities))
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "time"),
    [
        # Of two days before a figure, the nearer one dates it.
        (
            (
                "Residents woke on Wednesday to a crater, after an explosion on Tuesday evening "
                "destroyed eight homes."
            ),
            "eight",
            "Tuesday",
        ),
        (
            (
                "Investigators said on Tuesday that readings taken early on Sunday had shown "
                "900 ppm of carbon monoxide."
            ),
            "900",
            "Sunday",
        ),
        # "Monday, June 9" and "Tuesday (6 January)" are one day each, named twice.
        ("The firm announced on Monday, June 9, that it was recalling 14 lots.", "14", "Monday"),
        ("Troops on Tuesday (6 January) shelled 12 villages.", "12", "Tuesday"),
        # A day after the figure dates it only when none stands before it.
        ("On Friday 40 people were hurt, police said on Saturday.", "40", "Friday"),
    ],
)
def test_the_nearest_day_before_a_figure_dates_it(sentence: str, figure: str, time: str) -> None:
    claim = next(
        c for c in claims_of(sentence) if any(q.surface.startswith(figure) for q in c.quantities)
    )
    assert claim.time is not None and claim.time.text == time


@pytest.mark.parametrize(
    "sentence",
    [
        "The organisers say $250,000 has been raised so far, and it stays open till Tuesday.",
        "About 400 homes will be without power until Friday.",
    ],
)
def test_a_day_after_until_is_no_figures_day(sentence: str) -> None:
    claim = next(c for c in claims_of(sentence) if c.quantities)
    assert claim.time is None


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        # The time after the second sum is that sum's.
        (
            (
                "The net loss widened to $64 million from a loss of $29 million in the same "
                "quarter last year."
            ),
            None,
        ),
        ("The net loss widened to $64 million last year.", "last year"),
    ],
)
def test_a_time_after_a_later_figure_of_its_kind_is_that_figures(
    sentence: str, time: str | None
) -> None:
    claim = next(c for c in claims_of(sentence) if "$64 million" in c.text)
    assert (claim.time.text if claim.time else None) == time


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The trust runs the hospital. It said the ward treated 1,460 patients last year.", "It"),
        ("The service sent crews. It added that 14 ambulances went to the scene.", "It"),
        # "It shows" is no one speaking.
        ("The survey is out. It shows 40 percent of voters agree.", None),
        ("Police closed the road. They said 40 people were evacuated.", "They"),
        ("The nurses stayed on. They told us 12 patients were moved.", "They"),
        # "They say" is as often anyone as someone.
        ("The town is quiet. They say 40 people live here.", None),
    ],
)
def test_it_or_they_said_opening_a_sentence_credits_who_came_before(
    text: str, source: str | None
) -> None:
    (claim,) = [c for c in claims_of(text) if c.quantities]
    assert (claim.attribution.source if claim.attribution else None) == source


@pytest.mark.parametrize("road", ["highway 94", "state route 94", "interstate 94", "Highway 94"])
def test_a_road_number_is_no_figure(road: str) -> None:
    """ "on highway 94" names a road; the clock time of the stop is the sentence's fact."""
    (claim,) = claims_of(
        f"He was driving at about 1:00 am Sunday on {road} when police stopped him."
    )
    assert claim.quantities == [] or all(q.surface != "94" for q in claim.quantities)
    assert claim.fact is not None and claim.fact.attribute == "time of traffic stop"


@pytest.mark.parametrize(
    ("text", "attribute", "value"),
    [
        ("It took Harold Quenby, 74, a retired driver who refused to leave.", "age", "74"),
        ("Lindqvist took the Golden Heron on Sunday.", "winner", "Lindqvist"),
    ],
)
def test_a_pronoun_is_no_winner(text: str, attribute: str, value: str) -> None:
    (claim,) = claims_of(text)
    assert claim.fact is not None and (claim.fact.attribute, claim.fact.value) == (attribute, value)


@pytest.mark.parametrize(
    ("bare", "kind"),
    [
        ("The mercury topped out at 41.6 degrees on Saturday.", "temperature"),
        # Far from every temperature the story states: an angle, or another scale's.
        ("Engineers measured a tilt of 4 degrees.", "count"),
        ("It was 104 degrees at the start.", "count"),
    ],
)
def test_bare_degrees_take_the_storys_one_scale(bare: str, kind: str) -> None:
    from claimcheck.claims import scale_bare_degrees

    stated = article_claims("Heat\n\nThe airport hit 44.1 degrees Celsius on Saturday.\n", "a.txt")
    claims = scale_bare_degrees(stated + article_claims(f"Heat\n\n{bare}\n", "b.txt"))
    (figure,) = [q for c in claims if c.source == "b.txt" for q in c.quantities]
    assert figure.kind == kind


@pytest.mark.parametrize(
    ("sentence", "of"),
    [
        ("Papers show the investment was approved on 12 March 2019.", "investment"),
        ("The first case was identified on 3 November.", "first case"),
        # No one thing: a noun phrase joined by a preposition.
        ("The cost of the repairs was approved on 12 March 2019.", ""),
        ("It was approved on 12 March 2019.", ""),
    ],
)
def test_a_dated_deed_is_of_its_passive_subject(sentence: str, of: str) -> None:
    facts = [claim.fact for claim in claims_of(sentence) if claim.fact is not None]
    assert [fact.of for fact in facts][:1] == [of]


@pytest.mark.parametrize(
    "sentence",
    [
        # A fact at the end of a clause that ends at a comma or the sentence's full stop.
        (
            "Four men were pulled out alive, among them the fifty-seven-year-old skipper Callum"
            " Breck, and all four were flown to hospital."
        ),
        (
            "Four men were pulled out alive, among them the fifty-seven-year-old skipper Callum"
            " Breck."
        ),
    ],
)
def test_a_fact_ending_a_clause_beside_a_figure_is_read(sentence: str) -> None:
    ages = [
        (claim.fact.value, claim.fact.of)
        for claim in claims_of(sentence)
        if claim.fact is not None and claim.fact.attribute == "age"
    ]
    assert ages == [("57", "callum breck")]
