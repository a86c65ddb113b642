"""Comparison: can two matched claims' values both be true, and at one time?

Matching says two claims speak to the same measure; this stage says whether
their values agree, disagree (and under which rule), or refer to different
times. It also holds the guards that keep a disagreement from being called a
conflict where a journalist would not call it one: running totals without
stated times, a part against a whole, asides in brackets, small counts, and
matches that rest on shared context alone. The checks read its verdicts.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import combinations, pairwise

from claimcheck.attribution import (
    FUNCTION_WORDS,
    POSSESSIVES,
    PRONOUN_SOURCES,
    REPORTING_VERB,
    SPEAKER_LABEL,
)
from claimcheck.claims import (
    EVENT_YEAR_VERB,
    FACTS_SAYING_WHOSE,
    MINUTES_PER_DAY,
    NEXT_OCCASION_CUE,
    ONE_OF_SEVERAL,
    ORDERED_PARTS,
    YEAR,
    is_story_event,
    measure_words,
    primary_quantity,
    term_attribute,
    verbs_of_no_event,
)
from claimcheck.datafiles import read_data
from claimcheck.frames import HEDGE_WORDS, lexicon
from claimcheck.intervals import Interval, is_vague_plural, pragmatic_interval, strict_interval
from claimcheck.lexicon import (
    CHANGE_WORDS,
    DIMENSION_KINDS,
    EMPTY_MEASURES,
    GENERIC_HEADS,
    MONEY_MEASURES,
    PERIOD_ADVERBS,
    STATIC_MEASURES,
    SUBSET_CUES,
    VOLATILE_CUES,
    VOLATILE_PREDICATES,
    singular,
    stem,
)
from claimcheck.match import (
    ZONE_HEAD,
    Match,
    NameResolver,
    blocking_key,
    capitalised_words,
    frame_attribute,
    frames_agree,
    genders_apart,
    is_total,
    measure_key,
    measures_agree,
    measures_itself,
    same_measure,
    unattributed_text,
)
from claimcheck.models import Claim, Quantity, TimeRef
from claimcheck.nlp import inflections, past_verb_lemma, verb_of_noun
from claimcheck.phrases import (
    AUXILIARIES,
    DISTANCE_FROM,
    EVENT_NOUNS,
    FIGURE_HEDGES,
    LEADING_FILLERS,
    OUTCOME_WORDS,
    PERSON_NOUNS,
    PHRASE_STOPWORDS,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
    SITE_KINDS,
    hyphened_part,
    is_verb,
    predicate_stem,
    words_after,
    zone_changed_to,
)
from claimcheck.quantities.numbers import CARDINALS, DENOMINATORS, DOZEN_WORDS, SCALE_WORDS
from claimcheck.times import (
    AS_IT_STANDS_WORDS,
    CALENDAR_WORDS,
    DAY,
    ISO_DATE,
    MONTH_NUMBERS,
    MONTHS,
    WEEKDAYS,
    YEAR_BEFORE,
    part_order,
    parts_meet,
    value_type,
)

# Article dates this many days apart still report on one moment (a story is
# often filed a day after the event); explicit times in claims get no slack.
ARTICLE_DATE_SLACK_DAYS = 3
# Static values (a cost, a cause) stated a month apart may still be one value.
STATIC_SLACK_DAYS = 31
SECONDS_PER_DAY = 86_400
# Two weekdays of undated articles are ordered only when they are at most this many days
# apart one way round: Tuesday and Saturday may be three days apart or four, either way.
WEEKDAY_ORDER_REACH = 2


def effective_time(claim: Claim) -> tuple[int | None, str | None]:
    """The year and day a claim's value holds for: its own, else its article's."""
    year, day = _explicit_time(claim)
    return year or claim.context_year, day or claim.context_date or claim.context_day


# A year told relative to the article's: "last year", "this year", "next year".
RELATIVE_YEAR = re.compile(
    rf"\b(?:(last|this|next)\s+year|(?P<before>{YEAR_BEFORE}))\b", re.IGNORECASE
)
YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}


def _explicit_time(claim: Claim) -> tuple[int | None, str | None]:
    """The year and day the claim itself states; "last year" in an article of a known year
    is the year before it."""
    if claim.time is None or claim.time.relation == "since":
        return None, None
    if claim.time.relation == "relative":
        year = _relative_year(claim.time, claim.context_year)
        if year is not None:
            return year, None
        days = _relative_days(claim)
        if days:
            # "yesterday" names a day of the article's year, but no year of its own.
            return None, days[0]
    return claim.time.year, claim.time.day


# A day told relative to the article's, and how many days before it: "early yesterday
# morning", "today", "tonight", "this afternoon"; not "yesterday's game", an event's name.
_DAYS_BEFORE = (
    (re.compile(r"\byesterday\b", re.IGNORECASE), 1),
    (re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE), 0),
)


def _relative_days(claim: Claim) -> list[str]:
    """The days a claim's relative time names, its date first ('MM-DD', when its article
    gives its date and year) and then its weekday (when the article gives one): "yesterday"
    in an article of Tuesday 14 October is ['10-13', 'monday'], in an undated one of
    Wednesday ['tuesday']. Empty when it names none or its article gives no day."""
    if claim.time is None:
        return []
    after = claim.text[claim.time.span[1] - claim.span[0] :]
    if after.startswith(("'s", "’s")):
        return []
    before = next((days for pattern, days in _DAYS_BEFORE if pattern.search(claim.time.text)), None)
    if before is None:
        return []
    days: list[str] = []
    if claim.context_date and claim.context_year is not None:
        published = _published(claim)
        if published is None:
            return []
        told = published - timedelta(days=before)
        days.append(f"{told.month:02d}-{told.day:02d}")
    if claim.context_day in WEEKDAYS:
        days.append(WEEKDAYS[(WEEKDAYS.index(claim.context_day) - before) % 7])
    return days


def _published(claim: Claim) -> date | None:
    """The date of a claim's article, when the article gives its day and its year."""
    if not claim.context_date or claim.context_year is None:
        return None
    month, day_of_month = (int(part) for part in claim.context_date.split("-"))
    try:
        return date(claim.context_year, month, day_of_month)
    except ValueError:
        return None


def _relative_year(time: TimeRef, year: int | None) -> int | None:
    """The year a time told relative to another year ("last year", "next year") is, or
    None when it is no such time or the other year is unknown."""
    relative = RELATIVE_YEAR.search(time.text) if time.relation == "relative" else None
    if relative is None or year is None:
        return None
    return year + (-1 if relative["before"] else YEAR_OFFSETS[relative.group(1).lower()])


# A date with its year ("Oct. 10, 2002", "10 October 2002", "2002-10-10").
FULL_DATE = re.compile(rf"\b\d{{1,2}},?\s+{YEAR.pattern}|{ISO_DATE.pattern}")


def _spans_years(time: TimeRef) -> bool:
    """Whether a time is a stretch of years ("since 1955", "from 1983-2005"), not a
    season ("2007-08") or a day."""
    years = [int(year) for year in YEAR.findall(time.text)]
    if time.relation == "since":
        return bool(years)
    return time.relation == "span" and len(years) >= 2 and max(years) - min(years) > 2


# A period before or after the report's own: "last year", "next month", "late last year".
OTHER_PERIOD = re.compile(
    rf"^(?:(?:late\s+)?(?:last|next)\s+([a-z]+)|{YEAR_BEFORE})$", re.IGNORECASE
)


def _other_period(claim: Claim) -> str:
    """The period before or after the report's own that a claim states, lower-cased ("last
    year", "next month"), or '' (no time, one of the report's own period, or a year the
    article's date gives it: ``_explicit_time``)."""
    time = claim.time
    if time is None or time.relation != "relative" or not OTHER_PERIOD.match(time.text):
        return ""
    if _explicit_time(claim)[0] is not None:
        return ""
    # "a year earlier", "the previous year" and "last year" are one period.
    text = " ".join(time.text.casefold().split())
    return "last year" if RELATIVE_YEAR.fullmatch(text) else text


def _named_apart(left: Claim, right: Claim, names: NameResolver) -> bool:
    """Whether two claims name different subjects ("Corrin", "Harrowdeep")."""
    return bool(left.subject and right.subject) and not names.same(left.subject, right.subject)


def year_on_one_side(left: Claim, right: Claim) -> bool:
    """Whether one claim names the year its value holds for and the other names none, with
    no article year to tell them apart: "28 civilians died (2006)" and "some 30 people
    died" may be one time or two, so they may clash but do not confirm each other."""
    left_year, right_year = _explicit_time(left)[0], _explicit_time(right)[0]
    years = (left_year or left.context_year, right_year or right.context_year)
    return (left_year is None) != (right_year is None) and None in years


# Words that make the occasion a claim names an earlier one than the story's ("the previous
# election", data/measures.json).
EARLIER_OCCASION_WORDS = frozenset(read_data("measures.json")["earlier_occasion_words"])


def _another_dated_occasion(left: Claim, right: Claim) -> bool:
    """Whether one claim names its year and the other none (``year_on_one_side``), and the
    one that names it marks its event as another ("In 2019 another jet made an emergency
    landing there with 121 passengers") or sets an undated article's year against the
    other's weekday (``_a_year_against_this_week``): no figure of the story's own occasion."""
    if not year_on_one_side(left, right):
        return False
    dated, other = (left, right) if _explicit_time(left)[0] is not None else (right, left)
    return _marks_another(dated) or _a_year_against_this_week(dated, other)


def _is_zone(claim: Claim) -> bool:
    """Whether a claim's figure is the size of a zone an order draws ("residents within a
    one-mile radius were told to leave": 'evacuation zone', ``phrases.zone_measure``)."""
    quantity = primary_quantity(claim)
    return (
        quantity is not None
        and quantity.kind == "length"
        and measure_key(claim.measure).head == ZONE_HEAD
    )


def _the_storys_own(match: Match, static: bool, zones: bool) -> bool:
    """Whether two figures of unknown times are the story's own in both articles, said of
    no earlier occasion: a rate that stays put ("turnout was 43 percent", "turnout reached
    51 percent") with no year of its own, or the size of one kind of order's zone ("within
    a one-mile radius of the crash were ordered to leave", "within a half-mile radius were
    told to go") with no time of its own.

    :param static: whether the measure stays put from day to day
    :param zones: whether both figures are sizes of zones (``_is_zone``)
    """
    claims = (match.left, match.right)
    if any(_of_an_earlier_occasion(claim) for claim in claims):
        return False
    if static and match.left.fact is None and _is_rate(match.left):
        return all(_explicit_time(claim)[0] is None for claim in claims)
    return zones and all(claim.time is None for claim in claims)


def _zone_moved(left: Claim, right: Claim) -> bool:
    """Whether one of two zone sizes, and only one, is the size the zone was moved to ("the
    evacuation zone was narrowed to one mile"): the other is its size before or after."""
    moved = [
        quantity is not None and zone_changed_to(claim.text, quantity.span[0] - claim.span[0])
        for claim in (left, right)
        for quantity in (primary_quantity(claim),)
    ]
    return moved[0] != moved[1]


def _is_rate(claim: Claim) -> bool:
    """Whether a claim's figure is a percentage."""
    quantity = primary_quantity(claim)
    return quantity is not None and quantity.kind == "percent"


def _of_an_earlier_occasion(claim: Claim) -> bool:
    """Whether a claim's words say its occasion came before the story's ("at the previous
    election", "the prior season", "The last strike at the hospital, in 2009, involved about
    600 nurses"). Only asked of a claim that names its year."""
    text = claim.text.casefold()
    return (
        not EARLIER_OCCASION_WORDS.isdisjoint(re.findall(r"[a-z]+", text))
        or _THE_LAST_OCCASION.search(text) is not None
    )


# "the last strike", "the last time": an occasion before the story's, when a year is named
# with it ("the last few years", "the last 10 months" are spans up to now).
_THE_LAST_OCCASION = re.compile(r"\bthe\s+last\s+(?!(?:few|couple|several|\d+)\b)[a-z]+")


def same_time(left: Claim, right: Claim, days_matter: bool = True) -> tuple[bool, bool]:
    """Whether two claims can refer to one time, and whether both times are known.

    A claim's own year or day wins over its article's. Two explicit days, or an
    explicit day and an article's day, must be equal; two article dates only
    need to be within a few days of each other. Weekdays compare with weekdays
    and dates with dates; otherwise the day is unknown.

    :param days_matter: False for measures that do not change from day to day
    """
    left_year, _ = _explicit_time(left)
    right_year, _ = _explicit_time(right)
    years = (left_year or left.context_year, right_year or right.context_year)
    if None not in years and years[0] != years[1]:
        return False, True
    if year_on_one_side(left, right):
        # One claim names its year, the other none: its day says nothing about it. A
        # year in the past against a claim that names none is history, not the news the
        # other article reports ("the last quake, on Oct. 10, 2002, killed three"), and so
        # is a total over years ("2 million died in the war, from 1983-2005").
        dated = left if left_year is not None else right
        stated = dated.time
        if stated is not None and (FULL_DATE.search(stated.text) or _spans_years(stated)):
            return False, False
        if _of_an_earlier_occasion(dated) or _another_dated_occasion(left, right):
            # "Turnout at the previous election, in 2021, was 48.9 percent"; "In 2019
            # another jet made an emergency landing there with 121 passengers" (which
            # ``_compare_match`` holds to be no change of the story's figure either).
            return False, False
        if _relative_year_misses(right if dated is left else left, dated):
            return False, False
        if _before_its_article(dated) or (days_matter and _introduces_an_event(dated)):
            # "In 2009, a fire at the plant injured six workers" in a report of 2025: an
            # earlier event's toll, not the one the other report gives.
            return False, False
        return True, False
    if _other_period(left) != _other_period(right):
        # "Last year it had 1,180 stores" is not the 1,240 it has now.
        return False, False
    if (
        left.context_date
        and right.context_date
        and _month_of_figure(left) != _month_of_figure(right)
    ):
        # "Torvane also cut 45 jobs in March", in a report of September, is no figure of
        # the report's own day.
        return False, False
    if days_matter and _reports_apart_so_far(left, right):
        return False, True
    left_days, left_explicit = _days(left)
    right_days, right_explicit = _days(right)
    pairs = [(a, b) for a in left_days for b in right_days if a[0].isdigit() == b[0].isdigit()]
    if not pairs:
        return True, None not in years or _one_relative_period(left, right)
    left_day, right_day = pairs[0]
    if not days_matter:
        # Only dates a month or more apart tell two static values apart.
        far = left_day[0].isdigit() and _date_distance(left_day, right_day) > STATIC_SLACK_DAYS
        return not far, True
    if not (left_explicit or right_explicit):
        return _date_distance(left_day, right_day) <= ARTICLE_DATE_SLACK_DAYS, True
    if left_explicit != right_explicit and _told_day_reported_later(
        (right, right_day) if left_explicit else (left, left_day),
        (left, left_day) if left_explicit else (right, right_day),
    ):
        return True, True
    if left_day != right_day:
        return False, True
    parts = (left.time.part if left.time else None, right.time.part if right.time else None)
    return parts[0] is None or parts[1] is None or parts_meet(parts[0], parts[1]), True


# How many days after a figure's stated day a report may give it with no day: the next
# morning's paper tells of yesterday; by two or three days later a running count has moved
# on (on the blind stories, before the other tests below, a reach of three days made 14
# traps where one day made 4).
TOLD_DAY_REACH_DAYS = 1


def _told_day_reported_later(undated: tuple[Claim, str], told: tuple[Claim, str]) -> bool:
    """Whether a figure with no day of its own, in a report of the day another figure is
    told of or of the day after (``TOLD_DAY_REACH_DAYS``), may be of that day: "The
    attackers encrypted 62 percent of the hospital's servers" on Monday and, in Tuesday's
    report, "about 20 percent of the hospital's servers were encrypted". Only counts, sums
    and shares (``_a_told_amount``) qualify; a running total (``_is_volatile``), a job's
    progress, a figure told as it stands ("now", "so far", "already", "still") or a
    forecast is of its own report's day instead.

    :param undated: the figure with no day of its own and its report's day ('MM-DD' or a
        weekday)
    :param told: the figure that states its day, and that day, of the same kind
    """
    claim, report_day = undated
    told_claim, told_day = told
    if told_day[0].isdigit():
        after = _signed_days(told_day, report_day)
    else:
        after = _weekdays_after(told_day, report_day)
    return (
        0 <= after <= TOLD_DAY_REACH_DAYS
        and all(_a_told_amount(figure) for figure in (claim, told_claim))
        and not any(
            _is_volatile(figure)
            or _counted_to_its_report(figure)
            or _so_far(figure)
            or _says_now(figure)
            or _WHAT_REMAINS.search(figure.text) is not None
            or _RUNNING_STATE.search(figure.text) is not None
            or "future" in figure.signals
            for figure in (claim, told_claim)
        )
    )


def _a_told_amount(claim: Claim) -> bool:
    """Whether a claim's figure is a count, a sum or a share above nothing: what a length
    or a span of time measures is too often unsaid for an undated one to be of another
    claim's day."""
    quantity = primary_quantity(claim)
    return (
        quantity is not None
        and quantity.kind in ("count", "money", "percent")
        and (quantity.value or 0) > 0
    )


# Words that tell a figure as it stood at some time, which a later one may pass, besides
# what remains (``_WHAT_REMAINS``: "remain unaccounted for", "were still closed"): "had
# already cost", "After Saturday's racing".
_RUNNING_STATE = re.compile(
    rf"\b(?:already|after\s+(?:{'|'.join(WEEKDAYS)}))\b",
    re.IGNORECASE,
)


# A month named with no day after it: "in August", "during early March", "last May".
_MONTH_ALONE = re.compile(
    r"\b(?:in|during|last|through|throughout)\s+(?:(?:early|mid|late)[\s-]+)?"
    rf"(?P<month>{'|'.join(MONTHS)})\b(?!\s+(?:the\s+)?\d)",
    re.IGNORECASE,
)


# A month that opens a sentence: "In March, the company eliminated 45 positions".
_OPENING_MONTH = re.compile(
    rf"\W*(?:In|During)\s+(?:(?:early|mid|late)[\s-]+)?(?P<month>{'|'.join(MONTHS)})\b"
    r"(?!\s+(?:the\s+)?\d)",
    re.IGNORECASE,
)
# Words that open a clause of their own between a figure and a month after it: "held since
# his arrest in November", "the cuts it first planned in March" are not the figure's month.
_CLAUSE_WORDS = frozenset("since after before when until while as because which who that".split())


def _month_of_figure(claim: Claim) -> int | None:
    """The month a claim's figure is told of when it is not its article's: a month that
    opens the claim ("In March, the company eliminated 45 positions") or follows the
    figure with no comma or clause word between ("cut 45 jobs in March", "A crowd of 23,050
    watched the opening home game in August"), in a report dated in another month; None
    when the claim names no such month, names its article's, or its article has no date."""
    quantity = primary_quantity(claim)
    if quantity is None or claim.context_date is None:
        return None
    start = quantity.span[0] - claim.span[0]
    end = quantity.span[1] - claim.span[0]
    found = _OPENING_MONTH.match(claim.text)
    if found is None or found.end() > start:
        found = _MONTH_ALONE.search(claim.text, end)
        between = claim.text[end : found.start()] if found is not None else ""
        if "," in between or not _CLAUSE_WORDS.isdisjoint(
            re.findall(r"[a-z]+", between.casefold())
        ):
            return None
    if found is None:
        return None
    number = MONTH_NUMBERS[found["month"].casefold()[:3]]
    return None if number == int(claim.context_date[:2]) else number


# A clause that opens on its year, as history does: "In 2022 Norhaven rejected ...", "In March
# 2019, a smaller bloom closed five beaches".
_OPENS_WITH_A_YEAR = re.compile(r"\W*In\s+(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b")


# Words before a figure that make it the next occasion's: "The jackpot for that draw resets
# to an estimated $20 million", "rolls over to", "for next season".
_NEXT_OCCASION = re.compile(
    rf"\b{NEXT_OCCASION_CUE}\b"
    r"|\bnext\s+(?:draw|season|year|round|game|match|election|month|week)\b",
    re.IGNORECASE,
)


def _of_the_next_occasion(claim: Claim) -> bool:
    """Whether a claim's figure is the next occasion's, by the words before it
    (``_NEXT_OCCASION``): no account of the story's own."""
    return _before_figure(claim, _NEXT_OCCASION)


def _one_deed_counted(left: Claim, right: Claim) -> bool:
    """Whether two counts of one measure are said with the same verb right before them, and
    no name on either side but the other article's too: "the bank failed to report 1,340
    suspicious transactions" and "Harrowgate failed to report 860 suspicious transactions"
    count one deed of the story, whenever each was written. A weekday on one side only
    ("opened 14 cooling centres on Sunday", "opened more than 20 cooling centres") leaves
    it one deed; a year on either side, or two weekdays apart ("by Wednesday", "by
    Thursday"), make two occasions."""
    quantities = (primary_quantity(left), primary_quantity(right))
    if not _one_deed_counted_but_its_verb(left, right):
        return False
    verbs = [
        _verb_before(claim, quantity) or _passive_verb_after(claim, quantity)
        for claim, quantity in zip((left, right), quantities, strict=False)
    ]
    return bool(verbs[0]) and verbs[0] == verbs[1]


def _a_year_told(*claims: Claim) -> bool:
    """Whether any of some claims states a year of its own ("In 2019, a similar notice
    covered 8,000 households")."""
    return any(claim.time is not None and claim.time.year is not None for claim in claims)


def _one_deed_measured(left: Claim, right: Claim) -> bool:
    """Whether two lengths, of no year, are said with the same verb right before them
    ("slid more than 100 feet down the embankment", "the bus slid about 30 feet")."""
    quantities = (primary_quantity(left), primary_quantity(right))
    if any(q is None or q.kind != "length" for q in quantities):
        return False
    if _a_year_told(left, right):
        return False
    verbs = [_verb_before(c, q) for c, q in zip((left, right), quantities, strict=False)]
    return bool(verbs[0]) and verbs[0] == verbs[1]


def _one_deed_counted_but_its_verb(left: Claim, right: Claim) -> bool:
    """What ``_one_deed_counted`` asks besides one verb: two counts of one measure, of no
    year and no two weekdays apart, neither pointing back at something named before."""
    quantities = (primary_quantity(left), primary_quantity(right))
    if any(q is None or q.kind not in ("count", "duration") for q in quantities):
        return False
    if _a_year_told(left, right):
        # "In 2019, a similar notice covered 8,000 households": another occasion's count.
        return False
    named_days = [_calendar_words(claim) for claim in (left, right)]
    if all(named_days) and named_days[0] != named_days[1]:
        # "300 complaints by Wednesday morning", "1,150 complaints by Thursday morning".
        return False
    if left.anaphoric or right.anaphoric:
        return False
    return bool(measure_key(left.measure).head) and same_measure(left, right)


def _one_share_told(left: Claim, right: Claim) -> bool:
    """Whether two shares of one whole, of no year, say what the share did in a shared word
    besides the whole's ("barely two-thirds of candidates passed", "78.4 percent of
    candidates achieved a pass"): one proportion of the story, told twice, whenever each
    was written. Shares of one whole that did different things ("60 percent of the
    hospital's systems were hit", "40 percent of the hospital's systems were back online")
    are two proportions."""
    if not all(_is_rate(claim) for claim in (left, right)):
        return False
    if _a_year_told(left, right):
        return False
    if left.anaphoric or right.anaphoric:
        return False
    head = measure_key(left.measure).head
    if not (head.startswith("share of ") and same_measure(left, right)):
        return False
    return not _words_besides_the_figure(left).isdisjoint(_words_besides_the_figure(right))


def _words_besides_the_figure(claim: Claim) -> set[str]:
    """Stems of a claim's words but those of its figure and noun phrase (from the figure to
    its measure's noun: "60 percent of the hospital's systems", "nine trains"; the figure
    alone when its noun is not written: "Forty per cent") and its credit, function and
    money words."""
    text = unattributed_text(claim)
    quantity = primary_quantity(claim)
    noun = claim.measure.split()[-1].casefold() if claim.measure else ""
    if quantity is not None:
        start, end = (edge - claim.span[0] for edge in quantity.span)
        named = text.casefold().find(noun, start) if noun else -1
        if named >= 0:
            end = named + len(noun)
        text = text[:start] + " " * (end - start) + text[end:]
    return _content_stems(text)


def _one_setting_told(left: Claim, right: Claim) -> bool:
    """Whether two small counts of one measure, of no year, are told in clauses that share a
    word besides the counted noun's, a word of time and the verbs right before the figures
    ("nine trains were stuck in the tunnels", "Six trains were halted in the tunnels"): one
    set of things of the story, told twice. "The defense called just 4 witnesses" and
    "Prosecutors called 23 witnesses" share only their verb; "120 volunteers joined ... on
    Sunday" and "Two volunteers were treated ... on Sunday" only their day, "Nine boats
    capsized ... on Lowmere Water" and "Fourteen boats finished on Lowmere Water" only a
    name."""
    return bool(_words_of_one_setting(left, right))


def _one_setting_told_at_length(left: Claim, right: Claim) -> bool:
    """Whether two counts of one measure, neither a forecast, are told in clauses that share
    two words as ``_one_setting_told`` counts them ("The jury needed more than 20 hours of
    deliberation ... to reach its verdict", "The jury reached its verdict after about six
    hours of deliberation"): one set of things of the story, told twice, whenever each was
    written. One shared word is too few for counts of any size ("4,000 people had signed a
    petition", "312 people signed in to the public gallery")."""
    if _is_forecast(left) or _is_forecast(right):
        return False
    return len(_words_of_one_setting(left, right)) >= 2


def _words_of_one_setting(left: Claim, right: Claim) -> set[str]:
    """The stems two counts' clauses share for ``_one_setting_told``: of two whole numbers
    of one measure, of no year, besides the counted noun's, the words of time, the story's
    names and the verbs right before the figures; none for any other pair."""
    quantities = [primary_quantity(claim) for claim in (left, right)]
    if any(q is None or q.value is None or not float(q.value).is_integer() for q in quantities):
        # "injured dozens", "a 6.1 magnitude earthquake": no count of things told alike.
        return set()
    if not _one_deed_counted_but_its_verb(left, right):
        return set()
    verbs = {
        stem(word)
        for claim, quantity in zip((left, right), quantities, strict=True)
        if (word := _verb_before_figure(claim, quantity))
    }
    shared = _words_besides_the_figure(left) & _words_besides_the_figure(right)
    return shared - verbs - _TIME_STEMS - _name_stems(left) - _name_stems(right)


def _name_stems(claim: Claim) -> set[str]:
    """Stems of the words a claim capitalises past its first (``capitalised_words``: "on
    Lowmere Water", "the Halvorsen Museum"): the story's names, which two of its clauses
    share whatever they tell."""
    return {stem(word) for word in capitalised_words(claim)}


# Stems of words of time ("the last time", "on Sunday"), which two clauses of one story
# share without telling one thing.
_TIME_STEMS = frozenset(
    stem(word)
    for word in (
        *CALENDAR_WORDS,
        *"night morning afternoon evening today yesterday tonight week weekend".split(),
        *"time last first next".split(),
    )
)


def _passive_word_after(claim: Claim, quantity: Quantity | None) -> str:
    """The participle of a counted noun's passive verb right after a figure, lower-cased
    ("Nine skiers were buried": 'buried', "Seven skiers were caught": 'caught'), '' when
    none is."""
    word = _verb_after_noun(claim, quantity, _PASSIVE_AFTER)
    return word if word.endswith(("ed", "en")) or past_verb_lemma(word) else ""


def _verb_after_noun(claim: Claim, quantity: Quantity | None, pattern: re.Pattern[str]) -> str:
    """The verb ``pattern`` reads right after a figure and its noun (its first group),
    lower-cased, '' when none is."""
    if quantity is None:
        return ""
    found = pattern.match(claim.text, quantity.span[1] - claim.span[0])
    return found.group(1).casefold() if found else ""


def deed_after_noun(claim: Claim) -> str:
    """The lemma of the past verb told of a count's noun right after it, auxiliaries and
    adverbs aside ("48 prisoners took part": 'take', "14 prisoners were transferred":
    'transfer'), '' when no past verb follows ("were on the wing")."""
    quantity = primary_quantity(claim)
    if quantity is None or quantity.kind != "count" or not claim.measure:
        return ""
    after = words_after(claim.text, quantity.span[1] - claim.span[0], len(claim.text))
    following = after[len(claim.measure.split()) :]
    for at, (word, _) in enumerate(following[:4]):
        lowered = word.casefold()
        if lowered in AUXILIARIES or lowered.endswith("ly") or lowered in ("not", "all"):
            continue
        verb = past_verb_lemma(lowered)
        if verb in lexicon().light_verbs:
            # "400 runners needed treatment", "150 runners were treated": the deed is the
            # light verb's object's.
            return next(
                (
                    found
                    for next_word, _ in following[at + 1 : at + 3]
                    if (found := verb_of_noun(next_word.casefold()))
                ),
                verb,
            )
        return verb
    return ""


def deeds_told_apart(left: Claim, right: Claim) -> bool:
    """Whether two counts of one noun are told of two deeds by the past verbs after it
    (``deed_after_noun``): "48 prisoners took part in the disorder" and "14 prisoners were
    transferred" count two sets of prisoners, not one set twice. Verbs the frame lexicon
    reads as one outcome ("two shells struck", "three shells landed") tell one deed."""
    deeds = (deed_after_noun(left), deed_after_noun(right))
    if not (all(deeds) and deeds[0] != deeds[1]):
        return False
    attribute = frame_attribute(left)
    return not (attribute and attribute == frame_attribute(right))


def one_deed_or_its_measure(left: Claim, right: Claim, bound: AbstractSet[str]) -> bool:
    """Whether two figures, of which those in ``bound`` are bound to their deeds
    (``Ambiguity.deed_bound``), may stand against each other: told of one deed by the same
    verb (``figure_deed``: "48 prisoners took part", "62 prisoners took part"), or each
    bound one told with a verb of its own measure against a figure told with no verb ("will
    cost $468 million" against "The $425 million stadium", in an article that also has
    "cover the remaining $318 million")."""
    left_deed, right_deed = figure_deed(left), figure_deed(right)
    if left_deed and left_deed == right_deed:
        return True
    sides = ((left, left_deed, right_deed), (right, right_deed, left_deed))
    return all(
        not other_deed and _a_verb_of_its_measure(claim, deed)
        for claim, deed, other_deed in sides
        if claim.id in bound
    )


def _a_verb_of_its_measure(claim: Claim, deed: str) -> bool:
    """Whether a figure's deed (``figure_deed``) is a verb of the attribute its frame gives
    it ("will cost $468 million": 'cost', a verb of cost)."""
    return bool(deed and claim.frame) and lexicon().verb_attribute.get(deed) == frame_attribute(
        claim
    )


def figure_deed(claim: Claim) -> str:
    """The lemma of the verb a figure is told of: the past verb after its noun
    (``deed_after_noun``), else the verb its parse found (``Frame.verb``: "was sheltering
    310 evacuees": 'shelter'), else a past verb right before it ("officers recovered 63
    bicycles": 'recover', "lived about 5 miles from the mall": 'live'); '' when the verb
    is one of no event (being, having, reporting: ``claims.verbs_of_no_event``) or there
    is none."""
    deed = deed_after_noun(claim)
    if deed:
        return deed
    quantity = primary_quantity(claim)
    if quantity is None:
        return ""
    if claim.frame is not None and claim.frame.verb:
        # The parse's verb tells the figure's deed only next to it: "was sheltering 310
        # evacuees", "11 patients were still being treated", not "as part of a $3.1 million
        # trial" after "is flying medicines".
        before = _words_before_figure(claim, quantity)
        after = words_after(claim.text, quantity.span[1] - claim.span[0], len(claim.text))
        near = {*before[-3:], *(word.casefold() for word, _ in after[:6])}
        deed = claim.frame.verb if near & inflections([claim.frame.verb]) else ""
    if not deed:
        deed = past_verb_lemma(_word_before_figure(claim, quantity))
    return "" if deed in verbs_of_no_event() else deed


def deeds_named_apart(left: Claim, right: Claim) -> bool:
    """Whether two figures of one article are told of two deeds (``figure_deed``), beyond
    what ``deeds_told_apart`` reads: "was arrested roughly two miles from the mall" and
    "lived about 5 miles from the mall" are two distances, "officers recovered 63
    bicycles" and "412 bicycles had been reported stolen" two counts."""
    deeds = (figure_deed(left), figure_deed(right))
    return all(deeds) and deeds[0] != deeds[1]


def _passive_verb_after(claim: Claim, quantity: Quantity | None) -> str:
    """The stem of the participle a counted noun's passive verb right after a figure ends
    on ("Nine skiers were buried": 'buri'), '' when none is."""
    word = _passive_word_after(claim, quantity)
    return stem(word) if word else ""


# A counted noun, its passive auxiliary and participle: " skiers were buried".
_PASSIVE_AFTER = re.compile(
    r"\s+[\w'’-]+\s+(?:were|was|have\s+been|had\s+been|are|is)\s+([a-z]{3,})\b"
)


def _verb_before(claim: Claim, quantity: Quantity | None) -> str:
    """The stem of the verb at most three words before a figure ("failed to report 1,340":
    'report'), '' when none is."""
    word = _word_before_figure(claim, quantity)
    return stem(word) if word not in PHRASE_STOPWORDS and len(word) > 3 else ""


def _word_before_figure(claim: Claim, quantity: Quantity | None) -> str:
    """The last of the three words before a figure that is no hedge, lower-cased ("failed
    to report about 1,340": 'report'), '' when there is none."""
    if quantity is None:
        return ""
    words = _words_before_figure(claim, quantity)
    return next((word for word in reversed(words[-3:]) if word not in _HEDGES), "")


def _words_before_figure(claim: Claim, quantity: Quantity) -> list[str]:
    """The words of a claim before its figure, lower-cased, letters only."""
    return re.findall(r"[a-z]+", claim.text[: quantity.span[0] - claim.span[0]].casefold())


def _verb_before_figure(claim: Claim, quantity: Quantity | None) -> str:
    """``_word_before_figure``, unless a determiner stands right before it: "At its height
    nine fire engines" names a moment with 'height', no verb that counts."""
    word = _word_before_figure(claim, quantity)
    if word and quantity is not None:
        words = _words_before_figure(claim, quantity)
        at = len(words) - 1 - words[::-1].index(word)
        if at > 0 and words[at - 1] in _DETERMINERS:
            return ""
    return word


_DETERMINERS = frozenset("the a an its his her their our this that".split())
# Words between a verb and its figure that hedge the figure: "reported about 60".
_HEDGES = frozenset(word for hedge in FIGURE_HEDGES for word in hedge.split())


def _undated_pair(left: Claim, right: Claim) -> bool:
    """Whether neither claim names a time of its own, nor a weekday, a month or a day told
    relative to the report's ("in August", "yesterday's game"): two accounts of the story's
    own occasion, as far as their words go (asked when their articles' dates cannot order
    them)."""
    return all(
        claim.time is None
        and not _calendar_words(claim)
        and _RELATIVE_DAY.search(claim.text) is None
        for claim in (left, right)
    )


def _calendar_words(claim: Claim) -> set[str]:
    """The weekdays and months a claim's words name."""
    return set(_WORDS_OF.findall(claim.text.casefold())) & CALENDAR_WORDS


_WORDS_OF = re.compile(r"[a-z]+")
# A day told relative to the report's: "yesterday's game", "last night".
_RELATIVE_DAY = re.compile(
    r"\b(?:yesterday|today|tonight|tomorrow|last\s+(?:night|week|month|year|season))\b",
    re.IGNORECASE,
)


def _a_year_against_this_week(dated: Claim, other: Claim) -> bool:
    """Whether a claim that opens on a year ("In 2022 Norhaven rejected an offer of $29 a
    share"), in an article that gives no year of its own, is set against one that names
    only a weekday ("said on Monday it had agreed to buy Norhaven for $38 per share"): news
    names the days of its own week and the years of earlier times, so the two are of two
    times."""
    return (
        _OPENS_WITH_A_YEAR.match(dated.text) is not None
        and dated.context_year is None
        and other.context_year is None
        and other.time is not None
        and other.time.year is None
        and other.time.day in WEEKDAYS
    )


def _one_relative_period(left: Claim, right: Claim) -> bool:
    """Whether two claims name one period relative to their reports, in the same words
    ("22 films were in competition this year", "more than 40 films in competition this
    year"; "cut about 1,100 jobs last year"), in reports not dated apart: one period, even
    with no year known."""
    if left.time is None or right.time is None:
        return False
    if not left.time.relation == right.time.relation == "relative":
        return False
    text = left.time.text.casefold()
    if text != right.time.text.casefold() or not text.startswith(("this ", "last ")):
        return False
    return _articles_days_apart(left, right) in (None, 0)


def _reports_apart_so_far(left: Claim, right: Claim) -> bool:
    """Whether one claim gives its figure as it stands ("has now raised $207.9 million")
    with no day of its own, in an article dated another day than the other's: it holds at
    its article's date, whatever day its lead names for the story's event, and a day
    later the figure may have grown."""
    undated = [claim for claim in (left, right) if _counted_to_its_report(claim)]
    apart = _articles_days_apart(left, right) if undated else None
    return apart is not None and apart != 0


def _counted_to_its_report(claim: Claim) -> bool:
    """Whether a claim's figure is counted up to when its article was written: given as it
    stands ("has now raised") or as a job's progress ("crews have it ten percent
    contained") with no day of its own, or counted since a time ("212 heat-related visits
    since Friday")."""
    if claim.time is not None and claim.time.relation == "since":
        return primary_quantity(claim) is not None
    return (_so_far(claim) or measure_key(claim.measure).head in _PROGRESS) and (
        claim.time is None or claim.time.day is None
    )


# Stems of the shares of a job done so far (``progress_measures`` in data/measures.json).
_PROGRESS = frozenset(
    measure_key(word).head for word in read_data("measures.json")["progress_measures"]
)


def _introduces_an_event(claim: Claim) -> bool:
    """Whether a claim brings in its event as a new one ("In 2009, a fire at the plant
    injured six workers"): with a year of its own, an earlier event than the story's."""
    causes = lexicon().cause_nouns
    words = re.findall(r"[a-z]+", claim.text.casefold())
    return any(
        word in ("a", "an") and (after in causes or (later in causes and after not in causes))
        for word, after, later in zip(words, words[1:], words[2:], strict=False)
    )


def _before_its_article(claim: Claim) -> bool:
    """Whether a framed figure (a toll, job cuts, a workforce) is given for a year before
    its article's, or for a year when its article gives none: an earlier time's, not the
    story's ("In 2009, during the last downturn, the company cut 300 jobs", "sold 612,400
    vehicles last year" in an article of 2025)."""
    year = _explicit_time(claim)[0]
    return (
        year is not None
        and (claim.context_year is None or year < claim.context_year)
        and bool(frame_attribute(claim))
    )


def _relative_year_misses(relative: Claim, dated: Claim) -> bool:
    """Whether a year told relative to an undated article ("last year's model sold 41
    million") cannot be the year another claim names ("3 million units in 2016"): the
    articles of one story are about one time, so "last year" is the year before the dated
    claim's article."""
    meant = _relative_year(relative.time, dated.context_year) if relative.time else None
    stated = dated.time.year if dated.time is not None else None
    return meant is not None and stated is not None and stated != meant


def _days(claim: Claim) -> tuple[list[str], bool]:
    """The days a claim may refer to (dates first), and whether it states one itself."""
    if claim.time is not None and claim.time.day is not None and claim.time.relation != "since":
        return [claim.time.day], True
    if claim.time is not None and claim.time.relation == "relative":
        told = _relative_days(claim)
        if told:
            return told, True
    found = [day for day in (claim.context_date, claim.context_day) if day]
    return found, False


def _date_distance(left_day: str, right_day: str) -> int:
    """Approximate days between two 'MM-DD' dates (0 for equal weekdays)."""
    if not left_day[0].isdigit():
        # Weekdays: a day apart is one report filed the morning after the other.
        apart = abs(WEEKDAYS.index(left_day) - WEEKDAYS.index(right_day))
        return 0 if min(apart, 7 - apart) <= 1 else ARTICLE_DATE_SLACK_DAYS + 1
    return abs(_signed_days(left_day, right_day))


@dataclass(frozen=True)
class Comparison:
    """The outcome of comparing the values of two matched claims."""

    outcome: str  # strict, pragmatic, factual, agree, changed
    times_known: bool


# Counts this small are too context-bound ("two sons", "three jurors") to
# contradict each other unless both claims name the same subject.
SMALL_COUNT = 10


# Whether two claims' articles report one tally, so their running totals are of one
# moment (see ``one_tally``).
TallyTest = Callable[[Claim, Claim], bool]


# An estimate, which a later one may revise: "insurers estimated the damage at".
ESTIMATE = re.compile(r"\bestimat", re.IGNORECASE)
# Verbs of a figure that rose to a new level ("climbed to $110 million").
_RISE_VERBS = "climbed|rose|risen|increased|grown|grew|jumped|soared"
# Words by which a later forecast says it replaces an earlier one.
REVISION_CUE = re.compile(
    r"\b(?:now|revised|revising|extended|raised|lowered|updated|new estimate"
    # "the cleanup cost had climbed to $110 million": a new level the estimate reached.
    rf"|(?:{_RISE_VERBS}|fell|dropped|declined)\s+to)\b",
    re.IGNORECASE,
)


def compare(match: Match, names: NameResolver, one_moment: TallyTest | None = None) -> Comparison:
    """Compare two matched claims' values, time first (see ``_compare_match``); a
    disagreement between forecasts of articles of different dates is a change ("would
    stay closed for at least 14 days" on Tuesday, "would now stay closed for at least 30
    days" on Thursday: a forecast revised, not two accounts of one fact)."""
    comparison = _compare_match(match, names, one_moment)
    possible = _possible(match.left), _possible(match.right)
    if possible[0] != possible[1] and not (
        "future" in match.left.signals or "future" in match.right.signals
    ):
        # "could rise by 15 percent before Christmas" against "have risen by 6 percent
        # this week": what may happen is no account of what did, either way (a forecast,
        # "will cost between £80m and £120m", is one of what may happen).
        return Comparison("unclear", comparison.times_known)
    if comparison.outcome in ("strict", "pragmatic") and _rival_estimates(
        match.left, match.right, names
    ):
        # "The trust estimates that a reopened lighthouse will bring £400,000 a year" and
        # "The harbour committee estimates that the lighthouse will bring £1.2 million a
        # year": two bodies' estimates differ as estimates do; neither reports a fact.
        return Comparison("unclear", comparison.times_known)
    if comparison.outcome in ("strict", "pragmatic") and _rebutted_by_another(
        match.left, match.right, names
    ):
        return Comparison("unclear", comparison.times_known)
    if _predicted(match.left) != _predicted(match.right) and comparison.outcome != "agree":
        # "had forecast a pre-tax profit of £35 million for 2024" against "made a pre-tax
        # profit of £29.8 million for 2024": what was foretold is no account of what came.
        return Comparison("unclear", comparison.times_known)
    disagree = comparison.outcome in ("strict", "pragmatic")
    if disagree and _brought_to_a_level_elsewhen(match.left, match.right):
        # "That brings ... the total raised to about $497 million" (Friday) against
        # "raised $432 million" (Thursday): the level after a change, not a rival of the
        # level before it.
        return Comparison("changed", comparison.times_known)
    if disagree and _planned_new_level(match.left) != _planned_new_level(match.right):
        # "will cut the price to 3.20 crowns a tablet" against "reaching 9.90 crowns a
        # tablet": the level a change will bring, not the one it leaves.
        return Comparison("unclear", comparison.times_known)
    if (
        _kinds_of_people_apart(match.left, match.right)
        or _lettered_apart(match.left, match.right)
        or _narrowed_within_a_total(match.left, match.right)
        or _done_apart(match.left, match.right)
        or _aim_against_what_is(match.left, match.right)
        or picked_of_several(match.left) != picked_of_several(match.right)
        or _narrowed_to(match.left) != _narrowed_to(match.right)
        or _among_groups_apart(match.left, match.right)
        or _allowed_up_to(match.left) != _allowed_up_to(match.right)
        or _cast_for(match.left) != _cast_for(match.right)
        or _share_narrowed_to(match.left) != _share_narrowed_to(match.right)
        or _of_the_next_occasion(match.left) != _of_the_next_occasion(match.right)
        or _now_against_what_is_expected(match.left, match.right)
        or _worth_of_two_things(match.left, match.right)
        or _one_reading_reached_by_a_change(match.left, match.right)
        or _spent_against_a_cost_to_come(match.left, match.right)
        or _events_of_two_objects(match.left, match.right)
        or _periods_apart(match.left, match.right)
        or _a_wider_scope_against_a_place(match.left, match.right)
        or _a_wider_total(match.left, match.right)
        or _more_named_within(match.left, match.right)
        or _an_average(match.left) != _an_average(match.right)
        or _involved_in(match.left) != _involved_in(match.right)
    ):
        # Two groups, or two things of one noun: neither backs nor contradicts the other.
        return Comparison("unclear", comparison.times_known)
    if disagree and any(possible):
        # "the final cost may well exceed $5 million" asserts nothing another figure could
        # contradict, a forecast's included ("repairs will cost some 2.4 million dollars").
        return Comparison("unclear", comparison.times_known)
    if disagree and (
        _movers_differ(match.left, match.right) or _groups_differ(match.left, match.right)
    ):
        return Comparison("unclear", comparison.times_known)
    if (
        disagree
        and _moved(match.left) != _moved(match.right)
        and not _one_outcome_counted(match.left, match.right)
        and not (_at_the_height(match.left) and _at_the_height(match.right))
    ):
        return Comparison("unclear", comparison.times_known)
    if disagree and _counts_by_their_noun_alone(match):
        return Comparison("unclear", comparison.times_known)
    if disagree and _scales_apart(match.left, match.right):
        # "23 tickets matched five numbers" against "between 38 million and 45 million
        # tickets": no account errs by a factor of a million; two things share the noun.
        return Comparison("unclear", comparison.times_known)
    if disagree and _said_to_have_fallen(match.left, match.right):
        # "48,000 customers were still without power on Thursday, down from the peak"
        # against "roughly 210,000 customers lost electricity at the peak": what is left.
        return Comparison("changed", comparison.times_known)
    if disagree and _said_to_have_risen(match.left, match.right):
        # "The fire has grown to 11,500 acres" against "roughly 4,200 acres": whatever it
        # measures, the lower figure is from before the rise.
        return Comparison("changed", comparison.times_known)
    if disagree and (
        _revised_forecast(match.left, match.right)
        or _corrected_later(match.left, match.right)
        or _plan_then_outcome(match.left, match.right)
        or _forecast_for_a_day_then_the_day(match.left, match.right)
        or _forecast_length_then_outcome(match.left, match.right)
        or _early_estimate_then_count(match.left, match.right)
    ):
        return Comparison("changed", True)
    if disagree and _sums_of_other_scales(match.left, match.right):
        # "$46.50 a share" and "a $2.4 billion deal": a price per unit and a total.
        return Comparison("unclear", comparison.times_known)
    if comparison.outcome == "agree" and (
        {direction(match.left), direction(match.right)} == {1, -1}
        or _currencies_differ(match.left, match.right)
    ):
        # "grew 8%" and "closed down 7.8%": about one size, opposite ways. "90 million
        # pounds" and "53 million euros": no exchange rate is known offline, so sums of two
        # currencies may disagree (``CURRENCY_GAP``) but never back each other.
        return Comparison("unclear", comparison.times_known)
    return comparison


_DIRECTIONS = read_data("measures.json")["change_directions"]
UP_WORDS, DOWN_WORDS = frozenset(_DIRECTIONS["up"]), frozenset(_DIRECTIONS["down"])
# Words on each side of a figure read for the way its change went.
DIRECTION_REACH = (3, 2)


def direction(claim: Claim) -> int:
    """1 or -1 when the words next to a claim's figure say its change went up or down
    ("grew 8%", "closed down 7.8%", "a 5% drop"), 0 when they say neither or both."""
    quantity = primary_quantity(claim)
    if quantity is None:
        return 0
    start, end = (offset - claim.span[0] for offset in quantity.span)
    before = re.findall(r"[a-z]+", claim.text[:start].casefold())[-DIRECTION_REACH[0] :]
    after = re.findall(r"[a-z]+", claim.text[end:].casefold())[: DIRECTION_REACH[1]]
    near = {*before, *after}
    up, down = not UP_WORDS.isdisjoint(near), not DOWN_WORDS.isdisjoint(near)
    return up - down


def _compare_match(
    match: Match, names: NameResolver, one_moment: TallyTest | None = None
) -> Comparison:
    """Compare two matched claims' values, time first.

    A dated fact ("opened in 2019") is timeless: its year is its value. Other
    facts (a cause, a site) and static measures compare across days, not years.
    Outcome 'unclear' means the match is too weak to call a disagreement.

    :param one_moment: tells whether two running totals of unknown dates are of one
        moment all the same (``one_tally``); without it they never are
    """
    outcome = _compare_values(match.left, match.right, names)
    if outcome == "agree" and _beyond_a_vague_plural(match.left, match.right):
        # "Dozens of shoppers sheltered" neither backs nor contradicts "about 300 shoppers".
        return Comparison("unclear", False)
    if outcome in ("strict", "pragmatic") and _variant_of(match.left) != _variant_of(match.right):
        # "The top configuration, with 32 GB of memory" and "The base model comes with 16
        # gigabytes": two versions of one product.
        return Comparison("unclear", False)
    if _other_than_what_happened(match.left) != _other_than_what_happened(match.right):
        # "turned down a $200 million offer from the Kestrels" is no account of the deal,
        # "Analysts had expected about 100,000 pre-orders" none of how many came.
        return Comparison("unclear", False)
    if _over_years(match.left) != _over_years(match.right):
        # "Quellbridge has lost 1,200 manufacturing jobs in the past decade" tallies years
        # of closures, not the story's "loss of 640 jobs".
        return Comparison("unclear", False)
    if outcome != "agree" and _one_side_within(match.left, match.right, _by_a_deadline_ahead):
        # "410 jobs will go by December" is the first stage of "the loss of 640 jobs".
        return Comparison("unclear", False)
    if _sides_apart(match.left, match.right):
        # "The southbound carriageway, closed for about four hours" is not the northbound
        # one "closed for almost 18 hours", nor the whole road.
        return Comparison("unclear", False)
    if _of_another_one(match.left) != _of_another_one(match.right):
        # "A second balloon, which took off from the same field carrying 12 passengers":
        # not the story's balloon.
        return Comparison("unclear", False)
    if (
        match.left.fact is not None
        and match.left.fact.attribute.startswith(("day of ", "time of "))
        and genders_apart(match.left, match.right)
    ):
        # "found dead in his cab early on Friday", "found dead in her car on Saturday": two
        # people, two events.
        return Comparison("unclear", False)
    same_subject = (
        bool(match.left.subject) and match.left.subject.casefold() == match.right.subject.casefold()
    ) or _ages_of_one_name(match.left, match.right, names)
    if (
        outcome == "factual"
        and match.basis == "context"
        and not same_subject
        and not _content_words(match.left) & _content_words(match.right)
        and not _tallies_of_one_body(match.left, match.right)
        and not _clocks_of_one_day(match.left, match.right)
        and not _days_of_the_story_event(match.left, match.right)
        and not (match.left.fact is not None and match.left.fact.attribute in FACTS_SAYING_WHOSE)
    ):
        # "built in 1964" and "built in 1990" with no name on either side: of what?
        return Comparison("unclear", False)
    if outcome == "factual" and _one_night(match.left, match.right):
        # "flooded by Monday night's storm surge" and "the surge peaked at 1.15am on
        # Tuesday": one night, told by the evening it began and the morning it ran into.
        return Comparison("unclear", True)
    if match.left.fact is not None and value_type(match.left.fact.value) != "text":
        # A year, a date or a weekday of an event is its value, not the time it holds for.
        return Comparison(outcome, True)
    if match.left.fact is not None and match.left.fact.attribute == "age":
        return _compare_ages(match.left, match.right, outcome)
    static = (
        (match.left.fact is not None and match.left.fact.attribute not in GAME_FACTS)
        or measure_key(match.left.measure).head in STATIC_MEASURES
        or _framed_static(match.left, match.right)
        or _fixed_size(match.left, match.right)
        or (_counts_a_part(match.left) and _counts_a_part(match.right))
        or _spans_apart_by_more_than_days(match.left, match.right)
        or (_placed_by_a_deed(match.left) and _placed_by_a_deed(match.right))
        or (_change_over_a_period(match.left) and _change_over_a_period(match.right))
    ) and not (
        _so_far(match.left)
        or _so_far(match.right)
        or _asked_price(match.left)
        or _asked_price(match.right)
    )
    concurrent, times_known = same_time(match.left, match.right, days_matter=not static)
    zones = _is_zone(match.left) and _is_zone(match.right)
    if concurrent and not times_known and _the_storys_own(match, static, zones):
        times_known = True
    if zones and _zone_moved(match.left, match.right):
        # "The evacuation zone was narrowed to one mile" is no rival of the 2 miles first
        # ordered: the zone changed.
        return _at_two_times(outcome, True)
    if not concurrent and times_known and _totals_given_the_same_day(match.left, match.right):
        concurrent = True
    if outcome in ("strict", "pragmatic") and _parts_of_two_things(match.left, match.right):
        # "a clear majority in the 240-seat assembly" and "the party's 22-seat majority".
        return Comparison("unclear", times_known)
    if outcome in ("strict", "pragmatic") and _baseline_against_another_time(match):
        # "$96 million for the police, up from $91 million this year" beside another
        # article's "$96 million": the 91 is what the figure was before, not a rival value.
        return Comparison("unclear", times_known)
    if _anchors_differ(match.left, match.right) or (
        outcome in ("strict", "pragmatic")
        and (
            _scopes_differ(match.left, match.right, names)
            or _partitives_apart(match.left, match.right)
        )
    ):
        # Distances from two places, or two careers' spans: no position on each other.
        return Comparison("unclear", times_known)
    if (
        outcome in ("strict", "pragmatic")
        and year_on_one_side(match.left, match.right)
        and (
            _named_apart(match.left, match.right, names)
            or (match.basis == "frame" and _is_sum(match.left))
        )
    ):
        # "In 2009 a blast at the Corrin colliery killed 23 miners" beside "the collapse at
        # Harrowdeep killed two": another event, of another year. A sum of a stated year
        # matched by its attribute alone ("opened in 1988 at a cost of $85 million") is
        # likewise another thing's.
        return Comparison("unclear", times_known)
    if outcome == "agree" and _agreement_says_little(match):
        return Comparison("unclear", times_known)
    if match.left.fact is not None:
        # A cause or a site of events years apart belongs to different events: one value
        # there is no agreement, and two are no contradiction.
        if not concurrent:
            return _at_two_times(outcome, times_known)
        return Comparison(outcome, times_known)
    if not concurrent:
        if outcome in ("strict", "pragmatic") and _toll_fell(match.left, match.right):
            # A running total reported lower at a later stated time contradicts the earlier.
            return Comparison(_weigh_framed(match, outcome, fell_known=True), True)
        if outcome == "agree" and not _held_years_differ(match.left, match.right):
            # A toll reported alike on two days still stands; but "$3 million in 2010" and
            # "$3 million in 2009", one figure for two stated years, back neither, nor does
            # "about 600 nurses" of a strike in 2009 back "hundreds of nurses" on strike in
            # an article of 2025.
            return Comparison("agree", True)
        if (
            outcome in ("strict", "pragmatic")
            and _weigh_disagreement(match, outcome, True, one_moment) == "unclear"
        ):
            # A match too weak to call two values a disagreement ("four bullets" in a
            # revolver, "three to the back") is too weak to call them one measure's change.
            return Comparison("unclear", True)
        if _another_dated_occasion(match.left, match.right):
            # "In 2019 another jet made an emergency landing there with 121 passengers":
            # another occasion's figure, not an earlier count of the story's.
            return Comparison("unclear", True)
        if _tolls_of_two_years(match.left, match.right):
            # "In 1998, a collapse at the Oakfell pit trapped 22 miners" against "fourteen
            # miners were trapped this morning": two events' tolls, not one toll that changed.
            return Comparison("unclear", True)
        return _at_two_times(outcome, True)
    if outcome in ("agree", "factual"):
        return Comparison(outcome, times_known)
    return Comparison(_weigh_disagreement(match, outcome, times_known, one_moment), times_known)


# Words right before a figure that make it the one another figure moved from: "up from $91
# million", "down from about 3,100", "compared with 14".
_BASELINE_BEFORE = re.compile(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to))"
    r"(?:\s+(?:about|some|nearly|almost|roughly|around|just))?\s+\S?$",
    re.IGNORECASE,
)


def _is_baseline(claim: Claim) -> bool:
    """Whether a claim's figure is the earlier value its sentence's figure moved from."""
    quantity = primary_quantity(claim)
    if quantity is None:
        return False
    start = quantity.span[0] - claim.span[0]
    return _BASELINE_BEFORE.search(claim.text, max(0, start - 40), start + 1) is not None


def _baseline_against_another_time(match: Match) -> bool:
    """Whether one claim is a baseline (``_is_baseline``) and the other a figure not
    stated for the same day: a baseline holds for an earlier time than its sentence's
    news, so only a figure said of its own day can contradict it."""
    left, right = match.left, match.right
    if _is_baseline(left) == _is_baseline(right):
        return False
    left_day, right_day = _explicit_time(left)[1], _explicit_time(right)[1]
    return left_day is None or left_day != right_day


def _agreement_says_little(match: Match) -> bool:
    """Whether two equal small counts of people at large back nothing: "the two men have
    cost the city $215,000" and "two men on Tuesday were discussing the shooting", matched
    on the story alone, are two pairs of men. As with a disagreement (``SMALL_COUNT``),
    such counts need more: a named subject, a frame's attribute on both, or a word of
    their sentences in common besides the people counted ("five women were inside the
    building", "five women ... were inside the church")."""
    left, right = match.left, match.right
    if match.basis != "context" or left.fact is not None:
        return False
    if not (left.measure or right.measure or frame_attribute(left) or frame_attribute(right)):
        # "within three miles of the crash site" and "the plume travelled nearly five
        # kilometres": two lengths of what, neither says. A disagreement needs a measure
        # too (``_weigh_disagreement``).
        return True
    heads = {singular(claim.measure.split()[-1]) for claim in (left, right) if claim.measure}
    if len(heads) != 1 or not heads <= GENERIC_HEADS:
        return False
    if frame_attribute(left) and frame_attribute(right):
        return False
    counted = {stem(word) for claim in (left, right) for word in claim.measure.split()}
    if (_content_words(left) & _content_words(right)) - counted:
        return False
    return _least_value(left, right) < SMALL_COUNT


# The kind of people each word names, by its list's index (``person_kinds``).
_PERSON_KIND: dict[str, int] = {
    word: index
    for index, words in enumerate(read_data("measures.json")["person_kinds"])
    for word in words
}


def _person_kind(claim: Claim) -> int | None:
    """The kind of people a count is of (``person_kinds``), by its frame's noun and the
    word before it ("crew members": 'crew member'), else its measure's words; None when
    the words name no listed kind."""
    if claim.frame is not None and claim.frame.noun:
        words = [*claim.frame.modifiers[-1:], claim.frame.noun]
    else:
        words = re.findall(r"[a-z]+", claim.measure.casefold())[-2:]
    words = [singular(word) for word in words]
    for size in (2, 1):
        if len(words) >= size and (kind := _PERSON_KIND.get(" ".join(words[-size:]))) is not None:
            return kind
    return None


def _kinds_of_people_apart(left: Claim, right: Claim) -> bool:
    """Whether two counts are of two kinds of people that one story never names alike
    ("four firefighters were treated for heat exhaustion", "two crew members were taken
    to hospital"): two groups, neither backing nor contradicting the other."""
    quantities = (primary_quantity(left), primary_quantity(right))
    if any(quantity is None or quantity.kind != "count" for quantity in quantities):
        return False
    kinds = (_person_kind(left), _person_kind(right))
    return None not in kinds and kinds[0] != kinds[1]


# A thing told apart from others of its kind by a letter: "the A sample", "the B sample",
# "Tower B", "Plan C".
_LETTERED = re.compile(
    r"\b[Tt]he\s+(?P<mark>[A-Z])\s+(?P<noun>[a-z]{3,})\b"
    r"|\b(?P<noun2>[A-Z][a-z]{2,})\s+(?P<mark2>[A-Z])\b"
    # A name numbered after a hyphen: "the lost Orison-2 satellite", "Orison-1".
    r"|\b(?P<noun3>[A-Z][A-Za-z]{2,})-(?P<mark3>\d{1,3}|[A-Z])\b(?!-)"
)


def _lettered_apart(left: Claim, right: Claim) -> bool:
    """Whether two figures are of two things of one noun told apart by a letter or a number
    before them ("The agency said the A sample contained 4.2 nanograms", "the B sample
    contained 3.9 nanograms"; "Orison-1 cost $275 million", "the Orison-2 satellite had
    cost $362.7 million"): two things, not two accounts of one."""
    found = []
    for claim in (left, right):
        before = _text_before_figure(claim) or ""
        marks = {
            (
                (m["noun"] or m["noun2"] or m["noun3"]).casefold(),
                m["mark"] or m["mark2"] or m["mark3"],
            )
            for m in _LETTERED.finditer(before)
        }
        found.append(marks)
    nouns = {noun for noun, _ in found[0]} & {noun for noun, _ in found[1]}
    return any(
        {mark for noun, mark in found[0] if noun == shared}.isdisjoint(
            mark for noun, mark in found[1] if noun == shared
        )
        for shared in nouns
    )


# Attributes counted by what was done in them (``verb_bound_attributes``).
_VERB_BOUND = frozenset(read_data("measures.json")["verb_bound_attributes"])


# Words before a figure that make it a goal: "aims to reopen 80 percent of berths by March",
# "a target of 50,000 homes", "was meant to cost", "called for 320 stewards", "requires a
# minimum of 110 stewards".
_AIM_BEFORE = re.compile(
    r"\b(?:aim(?:s|ed)?\s+to|aiming\s+to|hopes?\s+to|hoping\s+to|wants?\s+to|target(?:s|ed)?|goal"
    r"|pledged?\s+to|promised?\s+to|vowed?\s+to|planned\s+to|planning\s+to"
    # "Northgate's safety plan called for 320 stewards": what a plan or a demand asks for.
    r"|call(?:s|ed)?\s+for"
    # "The safety certificate requires 110 stewards": what a rule asks for.
    r"|requires|required|stipulates|mandates"
    # "A line that was meant to cost £410 million": what it was meant to be, not what it was.
    r"|(?:was|were|is|are)\s+(?:meant|supposed|originally\s+due)\s+to)\b",
    re.IGNORECASE,
)


def picked_of_several(claim: Claim) -> bool:
    """Whether a figure is of one thing a superlative picks out of several ("140
    aftershocks, the strongest of them a magnitude 5.2 tremor"): not the story's one thing
    the same noun names elsewhere ("the quake, of magnitude 6.6")."""
    return _before_figure(claim, ONE_OF_SEVERAL)


def _aimed_at(claim: Claim) -> bool:
    """Whether a claim's figure is a goal by the words before it (``_AIM_BEFORE``): what
    someone aims at is no account of what is, so it neither backs nor contradicts one."""
    return _before_figure(claim, _AIM_BEFORE)


def _aim_against_what_is(left: Claim, right: Claim) -> bool:
    """Whether one figure is a goal (``_aimed_at``) and the other an account of what is: an
    aim against what will be ("The approved plan calls for 38 turbines", "which would place
    42 turbines") is two accounts of one plan."""
    aims = _aimed_at(left), _aimed_at(right)
    if aims[0] == aims[1]:
        return False
    told = right if aims[0] else left
    return not _before_figure(told, _TO_BE_BEFORE)


# A verb of what will be, right before a figure: "which would place 42 turbines", "will
# have 300 beds".
_TO_BE_BEFORE = re.compile(r"\b(?:would|will)\s+(?:[a-z]+\s+){1,2}$")


def _done_apart(left: Claim, right: Claim) -> bool:
    """Whether two counts of a ``verb_bound_attributes`` attribute have two verbs ("the
    trials were carried out in 14 countries", "farmers in 9 countries are now growing it"):
    two sets of places, not two accounts of one."""
    frames = (left.frame, right.frame)
    if frames[0] is None or frames[1] is None:
        return False
    return (
        frames[0].attribute == frames[1].attribute
        and frames[0].attribute in _VERB_BOUND
        and bool(frames[0].verb)
        and bool(frames[1].verb)
        and frames[0].verb != frames[1].verb
    )


# Words before a measure's noun that make its figure a whole ("11 total touchdowns").
WHOLE_MODIFIERS = frozenset(read_data("measures.json")["whole_modifiers"])
# A whole named before its figure: "the total purse of $8.4 million", "a combined
# payroll of about 900".
_WHOLE_BEFORE_OF = re.compile(
    rf"\b(?:{'|'.join(sorted(WHOLE_MODIFIERS))})\s+(?:[\w'’-]+\s+){{1,2}}of\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)


def _said_as_a_whole(claim: Claim) -> bool:
    """Whether a figure is said to be a whole by a word of ``whole_modifiers``: before its
    noun ("11 total touchdowns") or before the noun it is "of" ("the total purse of $8.4
    million")."""
    return not WHOLE_MODIFIERS.isdisjoint(claim.measure.split()) or _before_figure(
        claim, _WHOLE_BEFORE_OF
    )


def _narrowed_within_a_total(left: Claim, right: Claim) -> bool:
    """Whether one count names a narrower kind of its noun ("21 league goals") and the other
    gives the noun's total ("27 goals in all competitions", ``match.is_total``) and is no
    smaller: a part within the whole. A total said by a word before the noun ("He had 11
    total touchdowns", ``whole_modifiers``) tells of parts, so any count of the noun
    without that word ("nine rushing touchdowns", "nine touchdowns on the ground") that is
    no larger may be one of them."""
    keys = (measure_key(left.measure), measure_key(right.measure))
    if not keys[0].head or keys[0].head != keys[1].head:
        return False
    totals = [_said_as_a_whole(c) for c in (left, right)]
    if totals[0] != totals[1]:
        narrow, whole = (right, left) if totals[0] else (left, right)
        return _no_larger(narrow, whole)
    if bool(keys[0].modifiers) == bool(keys[1].modifiers):
        return False
    narrow, whole = (left, right) if keys[0].modifiers else (right, left)
    return is_total(whole) and _no_larger(narrow, whole)


def _counts_by_their_noun_alone(match: Match) -> bool:
    """Whether two counts matched only by what they count share no other word: "cancelled
    orders for 312 buses" and "has held back payment on 90 buses" count buses of two
    different things. A frame's attribute on both, the same words narrowing the counted
    noun on both ("27 medication errors", "thirty-seven medication errors"), any word of
    their sentences in common besides the counted noun ("walked away from about 300 buses
    in cancelled orders"), or a setting of a frame, is enough."""
    left, right = match.left, match.right
    if match.basis != "context" or left.fact is not None:
        return False
    quantities = (primary_quantity(left), primary_quantity(right))
    if any(q is None or q.kind != "count" for q in quantities):
        return False
    if frame_attribute(left) and frame_attribute(right):
        return False
    if measure_key(left.measure).modifiers and same_measure(left, right):
        return False
    period = _period_after_the_noun(left)
    if period and period == _period_after_the_noun(right):
        return False
    counted = {stem(word) for claim in (left, right) for word in claim.measure.split()}
    return not (_words_and_setting(left) & _words_and_setting(right)) - counted


def _period_after_the_noun(claim: Claim) -> str:
    """The period adverb after a count's noun, or after a short phrase of a preposition on it
    (``PERIOD_ADVERBS``: "received 37 calls from residents overnight": 'overnight'), or
    ''."""
    quantity = primary_quantity(claim)
    if quantity is None or not claim.measure:
        return ""
    noun = claim.measure.split()[-1]
    after = claim.text[quantity.span[1] - claim.span[0] :]
    found = re.match(
        rf"\s+(?:[\w'’-]+\s+){{0,2}}?{re.escape(noun)}"
        r"(?:\s+(?:from|of|by|to|for)(?:\s+[a-z]+){1,2}?)?\s+([a-z]+)\b",
        after,
    )
    return found.group(1) if found and found.group(1) in PERIOD_ADVERBS else ""


def _words_and_setting(claim: Claim) -> set[str]:
    """A claim's content words up to a clause joined after its figure, and its frame's
    setting, which the parse may read past the clause ("25 fire engines | and about 150
    firefighters were at the scene": the scene). A joined clause's words say nothing of
    what is counted ("guests were dragged out of their beds ..., and the only reason nobody
    died is that a night porter" shares no deed with "guests were found rooms ... on
    Tuesday night")."""
    setting = {stem(word) for word in claim.frame.setting} if claim.frame else set()
    quantity = primary_quantity(claim)
    words = _content_words(claim)
    if quantity is not None:
        start = quantity.span[0] - claim.span[0]
        joined = _JOINED_CLAUSE.search(claim.text, quantity.span[1] - claim.span[0])
        end = joined.start() if joined is not None else len(claim.text)
        opening = _CLAUSE_END.split(claim.text[:start])[-1]
        words &= _content_stems(opening + claim.text[start:end])
    return words | setting


# Where a clause joined to a figure's own begins: "..., and the only reason", "; but".
_JOINED_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\s")


def _small_count(left: Claim, right: Claim) -> bool:
    """Whether the smaller of two figures is a small count ("two sons"); two stated figures,
    one in decimals ("a magnitude 6.1 quake", "the 6.4-magnitude tremor"), are readings."""
    quantities = (primary_quantity(left), primary_quantity(right))
    if any(q is not None and q.kind == "percent" for q in quantities):
        # "about 9 percent of the workforce" is a share of a whole, no small count.
        return False
    values = [q.value if q else None for q in quantities]
    reading = all(value is not None for value in values) and any(
        value is not None and not float(value).is_integer() for value in values
    )
    # "as a Category 4 storm" is a reading on a scale, and "the No. 5 seed" a place in an
    # order, whole numbers as they are.
    placed = left.measure.startswith(PLACE_PREFIXES)
    # "a six-story building", "the eight-carriage train": a thing's parts, as a reading is.
    parts = all(_counts_a_part(claim) for claim in (left, right))
    return not (reading or placed or parts) and _least_value(left, right) < SMALL_COUNT


def _counts_a_part(claim: Claim) -> bool:
    """Whether a claim's figure counts the parts of a thing, joined to them by a hyphen
    ("a six-story building")."""
    quantity = primary_quantity(claim)
    return quantity is not None and bool(
        hyphened_part(claim.text, quantity.span[1] - claim.span[0], len(claim.text))
    )


# The thing after a hyphened part: "240-seat assembly" -> 'assembly'.
_PART_HOLDER = re.compile(r"-[a-z]+\s+([a-z]+)")


def _parts_of_two_things(left: Claim, right: Claim) -> bool:
    """Whether two counts of parts joined by a hyphen (``_counts_a_part``) are of things
    named by two different nouns: "the 240-seat assembly" and "a 22-seat majority"."""
    holders = []
    for claim in (left, right):
        quantity = primary_quantity(claim)
        if quantity is None or not _counts_a_part(claim):
            return False
        found = _PART_HOLDER.match(claim.text, quantity.span[1] - claim.span[0])
        holders.append(singular(found.group(1)) if found else "")
    return all(holders) and holders[0] != holders[1]


def _least_value(left: Claim, right: Claim) -> float:
    """The smaller of two claims' figures (0 when one has none)."""
    values = [q.value or 0 for q in (primary_quantity(left), primary_quantity(right)) if q]
    return min(values, default=0)


# A modal of possibility shortly before a figure, in its clause: "could rise by 15 percent",
# "might top $4 million", "may reach 50"; not "may have", an account of the past told with
# doubt, nor the month ("in May and since has received nearly 300,000"). A hedge verb of
# the figure's own ("could exceed £30 million") stands in the figure, so the modal may come
# right before it.
POSSIBILITY = re.compile(
    r"\b(?:[Cc]ould|[Mm]ight|may"
    r"|[Cc]an(?=\s+(?:get|reach|hit|top|climb|go|make|sell|fetch|cost|earn)\b))\s+"
    r"(?!have\b)(?:(?!(?:and|but|or|since|which|that)\b)"
    r"[\w'’-]+\s+){0,4}$"
)


# A figure someone foretold, in its clause before it: "Harbourline had forecast a pre-tax
# profit of £35 million", "Forecasters had warned of gusts of up to 50 knots".
PREDICTION = re.compile(
    r"\b(?:forecasts?|forecasted|predicts?|predicted|warned\s+of|warns\s+of)\s+"
    r"(?:(?!(?:and|but|or|since|which|that|said|says)\b)[\w'’-]+\s+){0,6}$",
    re.IGNORECASE,
)


# The words by which a source gives its own estimate: "estimates that", "estimated".
_ESTIMATE_CUES = frozenset(("estimate", "estimates", "estimated"))
# Sources that may speak for any body ("he", "officials"; ``attribution.PRONOUN_SOURCES``).
_UNNAMED_SOURCES = frozenset((*PRONOUN_SOURCES, "we", "i"))


def _rival_estimates(left: Claim, right: Claim, names: NameResolver) -> bool:
    """Whether two claims are each an estimate (``_ESTIMATE_CUES``) credited to a source of
    its own that is not the other's: two bodies' estimates of one thing."""
    if left.attribution is None or right.attribution is None:
        return False
    credits = (left.attribution, right.attribution)
    if not all(credit.cue.casefold() in _ESTIMATE_CUES for credit in credits):
        return False
    return _two_named_sources(left, right, names)


# Words that set a figure against another one as the true one: "says the true saving is
# nearer £90,000", "the real cost would be closer to".
_REBUTTAL = re.compile(
    r"\b(?:true|real|actual)\s+(?:[\w'’-]+\s+){1,2}?(?:is|was|are|were|would\s+be|will\s+be)"
    r"\s+(?:(?:nearer|closer\s+to|more\s+like|only|just|about|around)\s+)?$"
)


def _rebutted_by_another(left: Claim, right: Claim, names: NameResolver) -> bool:
    """Whether one claim gives its figure as the true one against another's (``_REBUTTAL``)
    and the two are credited to two named sources: "Save Pellbrook School says the true
    saving is nearer £90,000" against "the councillor said the merger would save £240,000"
    is a dispute an article reports, not two accounts of one fact."""
    rebuts = _before_figure(left, _REBUTTAL) or _before_figure(right, _REBUTTAL)
    return rebuts and _two_named_sources(left, right, names)


def _two_named_sources(left: Claim, right: Claim, names: NameResolver) -> bool:
    """Whether two claims are credited to two sources, each named and neither the other."""
    if left.attribution is None or right.attribution is None:
        return False
    sources = [left.attribution.source, right.attribution.source]
    if any(source.casefold() in _UNNAMED_SOURCES for source in sources):
        # "He estimated" may be the other body's own spokesman.
        return False
    return sources[0].casefold() != sources[1].casefold() and not names.same(*sources)


def _predicted(claim: Claim) -> bool:
    """Whether a claim's figure is what someone foretold (``PREDICTION``), not what was."""
    return _before_figure(claim, PREDICTION)


def _movers_differ(left: Claim, right: Claim) -> bool:
    """Whether two speeds are of two movers named by one noun with other words before it:
    "The passenger train was travelling at 68 mph" and "A freight train on the
    neighbouring track was travelling at 30 mph" (not "the SUV" and "Orlyk's vehicle",
    which may be one)."""
    movers = [_mover(claim) for claim in (left, right)]
    if not (movers[0] and movers[1]):
        return False
    (*left_words, left_head), (*right_words, right_head) = movers
    return (
        left_head == right_head
        and bool(left_words)
        and bool(right_words)
        and not (set(left_words) <= set(right_words) or set(right_words) <= set(left_words))
    )


# A subject that names one group of people by what they are on or in: "Patients on placebo
# lost ...", "Children in the second ward were ...".
_GROUP_SUBJECT = re.compile(
    r"(?:the\s+|those\s+)?([a-z]+)\s+(?:on|in|receiving|taking|given)\s+(?:the\s+|a\s+)?([a-z]+)",
    re.IGNORECASE,
)


def _groups_differ(left: Claim, right: Claim) -> bool:
    """Whether two figures are of two groups one noun names apart at the head of each
    claim ("Patients on placebo lost an average of 112 milliliters", "Patients on the drug
    lost an average of 69 milliliters"): the arms of a trial, not two accounts of one."""
    left_found, right_found = (_GROUP_SUBJECT.match(claim.text) for claim in (left, right))
    if left_found is None or right_found is None:
        return False
    return (
        singular(left_found.group(1).casefold()) == singular(right_found.group(1).casefold())
        and left_found.group(2).casefold() != right_found.group(2).casefold()
    )


# What a mover's name ends at: its verb, or a preposition after its noun.
_MOVER_END = re.compile(r"\s(?:was|were|is|are|has|had|on|in|at|of|from|near|with)\s")
_LETTERS = re.compile(r"[A-Za-z]+")


def _mover(claim: Claim) -> list[str]:
    """The words naming what moves at a claim's speed, lower-cased ("freight train"), or []
    for any other figure."""
    quantity = primary_quantity(claim)
    if quantity is None or quantity.kind != "speed":
        return []
    before = claim.text[: quantity.span[0] - claim.span[0]]
    if label := SPEAKER_LABEL.match(before):
        # "RIDGEWAY: The top speed is": who speaks moves nothing.
        before = before[label.end() :]
    end = _MOVER_END.search(before)
    words = (word.casefold() for word in _LETTERS.findall(before[: end.start()] if end else ""))
    return [word for word in words if word not in LEADING_FILLERS][-3:]


def _possible(claim: Claim) -> bool:
    """Whether a claim's figure is what may happen (``POSSIBILITY``), not what did."""
    quantity = primary_quantity(claim)
    if quantity is None:
        return False
    return POSSIBILITY.search(claim.text, 0, quantity.span[0] - claim.span[0]) is not None


def _revised_forecast(left: Claim, right: Claim) -> bool:
    """Whether the later of two forecasts (``claims.FUTURE_CUES``) or estimates, in articles
    of different dates, says it revises the earlier ("would now stay closed", "now
    estimates damage at $1.8 billion"); a plan's figure ("will close, putting 480 jobs at
    risk") stays one account of it."""
    forecast = "future" in left.signals or "future" in right.signals
    if not (forecast or any(ESTIMATE.search(claim.text) for claim in (left, right))):
        return False
    later = _of_the_later_article(left, right)
    return later is not None and REVISION_CUE.search(later.text) is not None


def _of_the_later_article(left: Claim, right: Claim) -> Claim | None:
    """The one of two claims whose article is dated later (``article_order``), or None
    when the dates are unknown or the same."""
    order = article_order(left, right)
    if order in (None, 0):
        return None
    return right if order < 0 else left


# A word by which a report says it corrects a figure given before: "The Trust also revised
# the number of runners who completed the race ..., saying there were 7,951 finishers".
_CORRECTION_CUE = re.compile(r"\b(?:revised|revising|corrected|correcting|amended|restated)\b")


def _corrected_later(left: Claim, right: Claim) -> bool:
    """Whether the later of two claims, in articles of different dates, says in its own
    words that it corrects a figure (``_CORRECTION_CUE``): the earlier one is what was
    reported before the correction, not a rival account."""
    later = _of_the_later_article(left, right)
    return later is not None and _CORRECTION_CUE.search(later.text.casefold()) is not None


# Articles at least this many days apart may report a plan and what came of it.
PLAN_GAP_DAYS = 14


def _plan_then_outcome(left: Claim, right: Claim) -> bool:
    """Whether the earlier of two articles, dated weeks apart in one year, gives a plan's
    figure (``claims.FUTURE_CUES``: "intends to fine it $18 million") and the later one
    gives what came of it ("fined it $12.5 million"): the plan changed, neither article is
    wrong."""
    if ("future" in left.signals) == ("future" in right.signals):
        return False
    distance = _articles_days_apart(left, right)
    if distance is None or abs(distance) < PLAN_GAP_DAYS:
        # "will fund 40 studentships" two days before "includes 24": one plan, told twice.
        return False
    earlier = left if distance > 0 else right
    return "future" in earlier.signals


_WIDER_SCOPE = read_data("measures.json")["wider_scope_cues"]
# A wider scope named before a figure ("Nationally, rents rose 6.6 percent", "the national
# average of 6.6 percent") or after it, up to five words on in its clause ("rose 6.6
# percent nationwide", "412 emergency calls failed to connect nationwide").
_WIDER_SCOPE_BEFORE = re.compile(rf"\b(?:{'|'.join(_WIDER_SCOPE)})\b", re.IGNORECASE)
_WIDER_SCOPE_WORDS_AFTER = "|".join(
    cue for cue in _WIDER_SCOPE if " " not in cue or cue.startswith("across")
)
_WIDER_SCOPE_AFTER = re.compile(
    rf"\s*(?:[\w'’-]+\s+){{0,5}}?(?:{_WIDER_SCOPE_WORDS_AFTER})\b", re.IGNORECASE
)


def _of_a_wider_scope(claim: Claim) -> bool:
    """Whether a figure is given for a wider scope than the story's own place
    (``wider_scope_cues``: "Nationally, rents rose six point six percent"): it is no account
    of the place's own figure ("Rents in Vantmouth rose 9.4 percent"), nor the other way."""
    quantity = primary_quantity(claim)
    if quantity is None:
        return False
    text = unattributed_text(claim)
    start, end = (offset - claim.span[0] for offset in quantity.span)
    return (
        _WIDER_SCOPE_BEFORE.search(text, 0, start) is not None
        or _WIDER_SCOPE_AFTER.match(text, end) is not None
    )


def set_apart_from(claim: Claim, sibling: Claim, periods: bool = True) -> bool:
    """Whether another figure of a claim's article, for its measure, is told of another
    period, another thing or many things while the claim's is not, so that it puts no
    doubt on the claim: "Last January, snow closed 14 schools" (``_other_period``) leaves
    "nine schools closed their doors on Monday" alone, "had forecast 3 million passengers"
    (``_predicted``) leaves what came alone, "The company's other vessel ...,
    with 240 passengers aboard" (``_another_thing``) leaves "was carrying 146 people"
    alone, and "Tram projects in this country run on average 45 percent over budget"
    (``generalises``) leaves "Eastway came in barely 15 percent over budget" alone. The
    other figure itself stays in doubt. So does a figure of a place the claim names
    ("Prices in Kessford fell 3.1 percent" beside "Nationally, prices fell 2.3 percent"):
    the article tells its place from the wider one.

    :param periods: whether a figure of another period sets the claim apart
    """
    if periods and _other_period(sibling) and not _other_period(claim):
        return True
    if _another_thing(sibling) and not _another_thing(claim):
        return True
    if _predicted(sibling) and not _predicted(claim):
        return True
    return generalises(sibling) and not generalises(claim) and not claim.places


# "other" or "another" and a noun before a figure: "The company's other vessel on the
# route, ..., with 240 passengers aboard" (not "another 40 people", a count of more).
_COUNT_WORDS = sorted({*CARDINALS, "hundred", *SCALE_WORDS, *DOZEN_WORDS, "few", "several"})
_ANOTHER_THING = re.compile(
    rf"\b(?:another|other)\s+(?!(?:{'|'.join(_COUNT_WORDS)})\b)[a-z]{{3,}}\b[^.;]*$"
)


def _another_thing(claim: Claim) -> bool:
    """Whether the words before a claim's figure mark its thing as another than the
    story's (``_ANOTHER_THING``)."""
    return _before_figure(claim, _ANOTHER_THING)


# An average over many, before its figure: "run on average 45 percent over budget",
# "averaging 14 points a game".
_AN_AVERAGE = re.compile(r"\b(?:on\s+average|averag(?:e|es|ed|ing))\b[^.;]*$")


def generalises(claim: Claim) -> bool:
    """Whether a figure is of many things or a wider place than the story's one: an
    average (``_AN_AVERAGE``) or a wider scope (``_of_a_wider_scope``)."""
    return _before_figure(claim, _AN_AVERAGE) or _of_a_wider_scope(claim)


# After a sum, words that add other things to it: "nearer £60 million once 50 years of
# maintenance is included", "£52 million including fees".
_WITH_MORE_AFTER = re.compile(
    r"\s*,?\s*(?:(?:once|if|when)\s+(?:[\w'’-]+\s+){0,6}?(?:is|are)\s+"
    r"(?:included|added|counted|factored\s+in)\b|(?:including|inclusive\s+of)\b)",
    re.IGNORECASE,
)


def _more_named_within(left: Claim, right: Claim) -> bool:
    """Whether one count's measure names the other's and more, joined by "and" ("some 3,000
    passengers and crew" against "2,140 passengers"), and the other is no larger: a part
    of the whole, no rival account of it."""
    words = lexicon()
    for whole, part in ((left, right), (right, left)):
        things = re.split(r"\s+(?:and|&)\s+", whole.measure.casefold())
        others = [singular(thing) for thing in things if thing != part.measure.casefold()]
        if (
            len(things) == 2
            and len(others) == 1
            and (_kind_of_person(others[0]) or others[0] in words.noun_attribute)
        ):
            # Only a noun adds to what is counted: "people and badly damaging" does not.
            return _no_larger(part, whole)
    return False


def _counted_with_more(claim: Claim) -> bool:
    """Whether a sum is said to take in other things besides its own (``_WITH_MORE_AFTER``)."""
    return _after_figure(claim, _WITH_MORE_AFTER, "money")


def _a_wider_total(left: Claim, right: Claim) -> bool:
    """Whether one of two sums takes in other things besides its own and is no smaller than
    the other: "the true cost will be nearer £60 million once 50 years of maintenance is
    included" is a wider total than "a £46.5 million scheme", no rival account of it. A sum
    so counted that is the smaller ("had cost an estimated £1.2 million, including
    overtime" against "cost £3.5 million") has no more in it to explain the gap."""
    other = _the_unmarked_of(left, right, _counted_with_more)
    return other is not None and _no_larger(other, right if other is left else left)


# A usual period: "in a typical year", "in a normal June week", "in an average summer".
_USUAL_PERIOD = (
    r"in\s+an?\s+(?:typical|normal|usual|ordinary|average)\s+(?:[a-z]+\s+)?"
    r"(?:year|month|week|day|season|summer|winter|spring|autumn)\b"
)
# Words shortly before a figure, or right after it, that make it an average of several:
# "a 24-hour average of 138 micrograms", "sell online for an average of £180", "averaged
# 41 points", "£180 on average", "In a normal year we would be well above fifty".
_AVERAGE_BEFORE = re.compile(
    rf"\b(?:(?:average|averaged|averaging|mean|median|normally|usually|typically)\b"
    rf"[^,;:.]{{0,50}}"
    rf"|{_USUAL_PERIOD}[^;:.]{{0,50}})$",
    re.IGNORECASE,
)
_AVERAGE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?on\s+average\b"
    # "two and a half thousand salmonella cases across Westmarch in a typical year": what
    # a usual period holds, no account of this one.
    rf"|[^,;:.]{{0,60}}?\s{_USUAL_PERIOD}",
    re.IGNORECASE,
)


def _an_average(claim: Claim) -> bool:
    """Whether a figure is an average of several (``_AVERAGE_BEFORE``, ``_AVERAGE_AFTER``):
    "the 24-hour average reached 138 micrograms" is no rival of "hourly readings topped
    300 micrograms", nor "an average of £180" of "a £600 bike"."""
    return _before_figure(claim, _AVERAGE_BEFORE) or _after_figure(claim, _AVERAGE_AFTER)


def _a_wider_scope_against_a_place(left: Claim, right: Claim) -> bool:
    """Whether one figure is of a wider scope (``_of_a_wider_scope``) and the other, of no
    such scope, names a place ("Rents in Vantmouth rose 9.4 percent"): the place's figure
    and the nation's. A figure that names no place may be the nation's too ("Nationally,
    turnout was 64 percent" against "turnout was 71 percent"). A count of the place is a
    part of the wider one, which it contradicts by exceeding it ("employs 9,100 people in
    Harwick" against "about 6,400 people worldwide")."""
    wider = _of_a_wider_scope(left), _of_a_wider_scope(right)
    if wider[0] == wider[1]:
        return False
    placed, whole = (right, left) if wider[0] else (left, right)
    if not placed.places:
        return False
    quantity = primary_quantity(placed)
    return quantity is None or quantity.kind != "count" or _no_larger(placed, whole)


def _forecast_for_a_day_then_the_day(left: Claim, right: Claim) -> bool:
    """Whether an earlier article forecasts a figure for a named day ("We expect to run
    about 85 percent of normal services on Wednesday") and a later one, no forecast, gives
    that day's figure ("it ran 72 percent of its normal services on Wednesday"): the day
    came and told what the forecast could not, and neither article is wrong."""
    return (
        left.time is not None
        and right.time is not None
        and left.time.day is not None
        and left.time.day == right.time.day
        and _marked_only_in_the_earlier(left, right, lambda claim: "future" in claim.signals)
    )


# An estimate marked as a first one: "early estimates pointed to about 180,000 buys".
_EARLY_ESTIMATE = re.compile(
    r"\b(?:early|initial|preliminary|first)\s+(?:estimates?|projections?|indications?)\b",
    re.IGNORECASE,
)


def _early_estimate_then_count(left: Claim, right: Claim) -> bool:
    """Whether the earlier of two articles gives a figure as an early estimate ("early
    estimates pointed to about 180,000 pay-per-view buys") and the later one a figure not
    so marked ("Saturday's fight drew 265,000 pay-per-view buys"): the count that came in
    replaced the estimate, and neither article is wrong."""
    return _marked_only_in_the_earlier(
        left, right, lambda claim: _EARLY_ESTIMATE.search(claim.text) is not None
    )


def _forecast_length_then_outcome(left: Claim, right: Claim) -> bool:
    """Whether the earlier of two articles forecasts how long something will last ("said its
    runway would be closed for about two hours", ``claims.FUTURE_CUES``) and the later one
    says how long it lasted ("was closed for four and a half hours"): a stretch of time
    foreseen while it runs is no account of the one that passed."""
    quantities = (primary_quantity(left), primary_quantity(right))
    if any(q is None or q.kind != "duration" for q in quantities):
        return False
    return _marked_only_in_the_earlier(left, right, _is_forecast)


def _marked_only_in_the_earlier(left: Claim, right: Claim, marked: Callable[[Claim], bool]) -> bool:
    """Whether a test marks exactly one of two claims, and its article is dated before the
    other's (``article_order``)."""
    unmarked = _the_unmarked_of(left, right, marked)
    if unmarked is None:
        return False
    return article_order(right if unmarked is left else left, unmarked) == -1


def _of_one_running_total(left: Claim, right: Claim) -> bool:
    """Whether two framed claims count one attribute that grows as a story unfolds (deaths,
    people trapped: ``running_totals``)."""
    attributes = {frame_attribute(claim) for claim in (left, right)}
    return len(attributes) == 1 and lexicon().is_running_total(attributes.pop())


def _tolls_of_two_years(left: Claim, right: Claim) -> bool:
    """Whether two counts of a running total (deaths, people trapped) hold for two different
    years, or one states a year and the other's article has none: an event's toll grows
    over days, so years apart they are two events' tolls. Called only for two counts not
    of one time."""
    if not _of_one_running_total(left, right):
        return False
    years = [effective_time(claim)[0] for claim in (left, right)]
    if None not in years:
        return years[0] != years[1]
    # One of an undated article: a year stated on the other side ("In 2018, a crush at the
    # arena injured nine") is of an earlier event, not of the toll the undated one gives.
    return _a_year_told(left, right)


def _at_two_times(outcome: str, times_known: bool) -> Comparison:
    """Two values that hold for different times: a difference is a change, and one value
    at both backs neither."""
    return Comparison("unclear" if outcome == "agree" else "changed", times_known)


def _beyond_a_vague_plural(left: Claim, right: Claim) -> bool:
    """Whether one figure is a vague plural ("dozens") and the other lies wholly above what
    its words name (20 to 99): news writes "dozens" of larger numbers too, so the two do not
    disagree (``intervals.strict_interval``), but neither does one back the other."""
    quantities = (primary_quantity(left), primary_quantity(right))
    for vague, other in (quantities, quantities[::-1]):
        if (
            vague is not None
            and other is not None
            and vague.high is not None
            and is_vague_plural(vague)
        ):
            low = strict_interval(other).low
            if low is not None and low > vague.high:
                return True
    return False


def _held_years_differ(left: Claim, right: Claim) -> bool:
    """Whether the years two claims hold for differ: each its own stated year, else its
    article's."""
    years = [_explicit_time(claim)[0] or claim.context_year for claim in (left, right)]
    return None not in years and years[0] != years[1]


def years_differ(left: Claim, right: Claim) -> bool:
    """Whether both claims state their year, and the years differ."""
    return _stated_years(left, right) not in (None, 1)


def one_stated_year(left: Claim, right: Claim) -> bool:
    """Whether both claims state their year, and it is one year."""
    return _stated_years(left, right) == 1


def _stated_years(left: Claim, right: Claim) -> int | None:
    """How many different years two claims state, or None when either states none."""
    years = (_explicit_time(left)[0], _explicit_time(right)[0])
    return None if None in years else len(set(years))


def _ages_of_one_name(left: Claim, right: Claim, names: NameResolver) -> bool:
    """Whether two ages are said of one name, however their sentences word it ("She was
    84." after a sentence about Elena Marchbank, and "Elena Marchbank, 87,")."""
    return (
        left.fact is not None
        and right.fact is not None
        and left.fact.attribute == right.fact.attribute == "age"
        and bool(left.fact.of)
        and (
            left.fact.of == right.fact.of
            # Full names spelt apart ("Duncan Rait", "Duncan Raite"); a surname alone may
            # be of another bearer of it.
            or (
                " " in left.fact.of
                and " " in right.fact.of
                and names.same(left.fact.of, right.fact.of)
            )
        )
    )


def _compare_ages(left: Claim, right: Claim, outcome: str) -> Comparison:
    """Two articles' ages of one person: the same age at any time the story tells of
    ("Vale, 34, was shot in 2011" and "Vale, 34," in a report of 2013 both give her
    age then), unless the articles were written a month or more apart, when a birthday
    may lie between them. The time is known when both articles are dated, or both
    report one weekday."""
    years = (left.context_year, right.context_year)
    dates = (left.context_date, right.context_date)
    apart = (None not in years and years[0] != years[1]) or (
        dates[0] is not None
        and dates[1] is not None
        and _date_distance(dates[0], dates[1]) > STATIC_SLACK_DAYS
    )
    if apart:
        return _at_two_times(outcome, True)
    # Two undated reports of one weekday are of one time too.
    one_day = left.context_day is not None and left.context_day == right.context_day
    known = None not in dates or one_day
    if not known and _a_year_apart(left, right):
        # "26-year-old Simpson" in an undated report and "Simpson, 27," in one dated in
        # September: with a side undated, a birthday may lie between the two.
        return _at_two_times(outcome, False)
    return Comparison(outcome, known)


def _a_year_apart(left: Claim, right: Claim) -> bool:
    """Whether two ages differ by one year exactly."""
    values = [
        int(claim.fact.value)
        for claim in (left, right)
        if claim.fact is not None and claim.fact.value.isdigit()
    ]
    return len(values) == 2 and abs(values[0] - values[1]) == 1


@cache
def _scope_pattern() -> re.Pattern[str]:
    """A named scope after a figure's measure: "(19) seasons with the Rovers", "(10)
    seasons in West Sinland" (the name in group 1)."""
    prepositions = "|".join(sorted(lexicon().scope_prepositions))
    return re.compile(
        rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{prepositions})\s+(?:the\s+)?"
        r"([A-Z0-9][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
    )


def _named_scope(claim: Claim) -> str:
    """The name a figure's measure is scoped to, right after it, else ''."""
    quantity = primary_quantity(claim)
    if quantity is None:
        return ""
    found = _scope_pattern().match(claim.text, quantity.span[1] - claim.span[0])
    return found.group(1) if found else ""


def _scopes_differ(left: Claim, right: Claim, names: NameResolver) -> bool:
    """Whether two figures are scoped to differently named things: "19 seasons with the
    Rovers" and "10 seasons in West Sinland" are two careers' spans, not one."""
    left_scope, right_scope = _named_scope(left), _named_scope(right)
    return bool(left_scope and right_scope) and not names.same(left_scope, right_scope)


# A distance's reference point after its figure: "(22 miles) (35 km) north-west of the
# old mill", "25 miles east of Houston" (the words after "of" in group 1).
DISTANCE_ANCHOR = re.compile(
    r"(?:\s*\([^)]*\))?\s+(?:[a-z]+\s+)?(?:north|south|east|west)[a-z-]*\s+of\s+(?:the\s+)?"
    r"([^,.;:()\u2013\u2014]{1,40})",
    re.IGNORECASE,
)


def _distance_anchor(claim: Claim) -> str:
    """The place a distance is measured from, else '': its name ("the town of Harlow on
    the coast": "Harlow"), or else the last word of its first run of content words ("the
    disputed border between": "border"; "where he escaped": "escaped")."""
    quantity = primary_quantity(claim)
    if quantity is None or quantity.kind != "length":
        return ""
    found = DISTANCE_ANCHOR.match(claim.text, quantity.span[1] - claim.span[0])
    if found is None:
        return ""
    phrase = found.group(1)
    name = ANCHOR_NAME.match(phrase)
    if name is not None:
        return name.group("name").casefold()
    words = phrase.casefold().split()
    content = [i for i, word in enumerate(words) if word not in PHRASE_STOPWORDS]
    if not content:
        return " ".join(words[:3])
    start = content[0]
    end = next((i for i in range(start, len(words)) if words[i] in PHRASE_STOPWORDS), len(words))
    return words[end - 1]


# The small hours of a day, after the night before it: "at 1.15am", "in the early hours".
_SMALL_HOURS = re.compile(
    r"\b(?:early\s+hours|(?:[1-4]|12)(?:[:.]\d\d)?\s*a\.?\s?m\b|midnight)", re.IGNORECASE
)


def _one_night(left: Claim, right: Claim) -> bool:
    """Whether two days of an event are one night: a weekday's night ("Monday night's storm
    surge") and the next weekday's small hours ("peaked at 1.15am on Tuesday")."""
    if left.fact is None or right.fact is None or not left.fact.attribute.startswith("day of"):
        return False
    days = {left.id: left.fact.value, right.id: right.fact.value}
    if not set(days.values()) <= set(WEEKDAYS):
        return False
    return any(
        days[morning.id] == WEEKDAYS[(WEEKDAYS.index(days[evening.id]) + 1) % len(WEEKDAYS)]
        and evening.time is not None
        and evening.time.part == "night"
        and _SMALL_HOURS.search(morning.text) is not None
        for evening, morning in ((left, right), (right, left))
    )


def _placed_by_a_deed(claim: Claim) -> bool:
    """Whether a claim gives how far from a place a past deed was done, its verb's past
    form right before the distance ("she was found almost three miles from the big top",
    "landed 400 metres from the runway"): where a deed was done does not change between
    reports days apart, unlike where a fire or a storm stands now."""
    quantity = primary_quantity(claim)
    before = _text_before_figure(claim)
    if quantity is None or quantity.kind != "length" or not before:
        return False
    if not (claim.measure.startswith("distance ") or _distance_anchor(claim)):
        return False
    words = before.casefold().split()
    return bool(words) and past_verb_lemma(words[-1]) not in ("", "be", "have")


def _change_over_a_period(claim: Claim) -> bool:
    """Whether a claim's figure is a change from a past period ("down nearly 30 percent
    from last year's", "fallen by almost a third since 2015"; ``phrases`` names such a
    measure "change from ..."): a year's growth does not move between reports days
    apart, as a day's move of a price does."""
    return claim.measure.startswith("change from ")


# A distance's reference point that is a name: "Harlow", "the town of Harlow".
ANCHOR_NAME = re.compile(r"(?:[a-z]+\s+of\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _partitives_apart(left: Claim, right: Claim) -> bool:
    """Whether two counts of some of one whole ("Eleven of the passengers were children",
    "Fourteen of the passengers were lifted out by helicopter") say nothing alike of those
    they count, in the words of their clauses: two subsets, neither an account of the
    other."""
    if not (left.measure.startswith("part of ") and right.measure.startswith("part of ")):
        return False
    told = [_partitive_words(claim) for claim in (left, right)]
    return all(told) and not told[0] & told[1]


def _partitive_words(claim: Claim) -> frozenset[str]:
    """The words of a claim's first clause, less stopwords, figures and its measure's noun."""
    clause = re.split(r"[,;:.()\u2013\u2014]", claim.text, maxsplit=1)[0].casefold()
    measured = claim.measure.removeprefix("part of ").split()
    return frozenset(
        word
        for word in re.findall(r"[a-z]+", clause)
        if word not in PHRASE_STOPWORDS
        and word not in AUXILIARIES
        and word not in CARDINALS
        and word not in measured
    )


def _anchors_differ(left: Claim, right: Claim) -> bool:
    """Whether two distances are measured from different places: "25 miles east of
    Harlow" and "25 miles north-west of where he escaped" are two distances."""
    left_anchor, right_anchor = _distance_anchor(left), _distance_anchor(right)
    return bool(left_anchor and right_anchor) and left_anchor != right_anchor


def _weigh_disagreement(
    match: Match, outcome: str, times_known: bool, one_moment: TallyTest | None = None
) -> str:
    """Keep a numeric disagreement only where a journalist would call it one.

    Running totals (deaths, arrests) grow between reports, so with no stated
    times a lower figure is an update; a bare "people" or "others" says too
    little about what was counted; matches that rest only on shared context need
    a known, shared time or one deed counted under one verb; small counts need the
    user's alias, or a named subject counted under one verb at a known time.
    """
    if _staff_against_event(match.left, match.right):
        return "unclear"
    if _a_remainder(match.left) or _a_remainder(match.right):
        return "unclear"
    if _raised_for_two(match.left, match.right):
        # "had raised £1.3 million for the hospice" against "raised £4.2 million for good
        # causes": one beneficiary's part and everyone's whole.
        return "unclear"
    if _placed_name(match.left) != _placed_name(match.right):
        # "the fishing village of Dassara, 30 km north of Hallam Point": where that village
        # lies, not how far the story's ship was seized from the point.
        return "unclear"
    if _of_a_rival(match.left) != _of_a_rival(match.right):
        # "A rival firm, Northtide Marine, said it had offered to do the job for £1.6
        # million": another organisation's figure.
        return "unclear"
    if frame_attribute(match.left) and frame_attribute(match.right):
        return _weigh_framed(match, outcome, one_moment=one_moment)
    left, right = match.left, match.right
    if _one_counts_since(left, right):
        # "have risen 31% since the deal was announced on Tuesday" against "rose 22% on
        # Tuesday": a window and a day.
        return "unclear"
    head = measure_key(left.measure).head
    quantity = primary_quantity(left)
    dimension = quantity is not None and measures_itself(quantity)
    if (
        not head
        and not (
            dimension
            and match.basis in ("alias", "name")
            and times_known
            and (left.time is not None or right.time is not None)
        )
        and not (dimension and _one_deed_measured(left, right))
    ):
        # A bare "20,000 hectares" may stand for its kind, if both name the same
        # subject and one of them says when; a length the same verb tells on both sides
        # ("fell roughly 12 metres down its shaft", "fell 25 metres to the basement") is
        # how far the story's one deed went.
        return "unclear"
    if _in_parentheses(left) or _in_parentheses(right):
        # "(31-4-1, 22 KOs)", "($1.52 million)": an aside about something else.
        return "unclear"
    if (head in EMPTY_MEASURES and not (_current_totals(match) or _one_game_points(match))) or (
        head.startswith("share of ") and len(head) < 10
    ):
        return "unclear"
    if _levels_of_nothing_shared(match):
        # "Forty per cent." against "We keep our ten per cent": levels of what?
        return "unclear"
    named_thing = match.basis in ("alias", "name") and _fixed_size(left, right)
    if (_is_attributive_size(left) or _is_attributive_size(right)) and not (
        named_thing or _one_track(left, right)
    ):
        # Unless both describe one named ship or building ("the Vela, a 189-metre carrier"),
        # or the one route the story's march followed.
        return "unclear"
    if _part_within_whole(left, right) or _narrower_kind_within(left, right):
        # A part ("at its depot alone", "15 opposition deputies" of all who voted) cannot
        # contradict a whole it fits in.
        return "unclear"
    if counts_others(left) or counts_others(right):
        # "added two more shows" is what a total grew by, no account of the total.
        return "unclear"
    if (
        match.basis == "context"
        and (left.anaphoric or right.anaphoric)
        and not (dimension and head and measure_key(right.measure).head == head)
    ):
        # "It had 40 staff" may be of anything; "It was cruising at 37,000 feet", an
        # altitude against an altitude, is of the story's one craft.
        return "unclear"
    if outcome == "pragmatic" and _orders_apart(left, right):
        # "more than four hours" and "nineteen years": no writer rounds so badly; the
        # bound is of something else.
        return "unclear"
    money = quantity is not None and quantity.kind == "money"
    if money and not _things_in_common(left, right):
        # "cost" alone does not say cost of what: the clauses must share a thing, besides
        # whose sums they are ("Vance moved $900,000 offshore", "Vance took $3 million"),
        # the user's alias of the one they are of included ("Ferrant gets close to $6
        # million", "settled with Ferrant for $800,000").
        return "unclear"
    if (_is_generic(left) or _is_generic(right)) and not (left.predicate and right.predicate):
        return "unclear"
    if _is_volatile(left) or _is_volatile(right):
        explicit = left.time is not None and right.time is not None
        if not (times_known and explicit) and article_order(left, right) != 0:
            # A running total may grow between reports, but not within one day's.
            return "changed"
    if _moved_by_now(left, right):
        return "changed"
    if (
        match.basis == "context"
        and not times_known
        and not _one_deed_counted(left, right)
        and not _one_share_told(left, right)
        and not _one_setting_told_at_length(left, right)
    ):
        return "unclear"
    if (
        _small_count(left, right)
        and match.basis != "alias"
        and not (match.basis == "name" and times_known and _one_deed_counted(left, right))
        and not (
            match.basis == "context"
            and times_known
            and (
                _one_passive_deed(left, right)
                or _one_deed_in_two_voices(left, right)
                or _one_event_befell(left, right)
                or _one_setting_told(left, right)
            )
        )
    ):
        return "unclear"
    return outcome


def _levels_of_nothing_shared(match: Match) -> bool:
    """Whether two rates matched on the story's context alone are levels of nothing named
    (``phrases``' "level": "Forty per cent.", "We keep our ten per cent") and share no word
    besides the figure: the level of some subject, neither saying which."""
    return (
        match.basis == "context"
        and all(
            claim.measure == "level" and not claim.subject for claim in (match.left, match.right)
        )
        and not _words_besides_the_figure(match.left) & _words_besides_the_figure(match.right)
    )


def _one_deed_in_two_voices(left: Claim, right: Claim) -> bool:
    """Whether two counts of one measure are told by one verb, one in the active right
    before its figure and one in the passive right after its noun ("took five paintings",
    "seven paintings were taken"): one deed of the story, as ``_one_passive_deed``."""
    (left_active, left_passive), (right_active, right_passive) = (
        _deed_verbs(claim) for claim in (left, right)
    )
    one = (left_active and left_active == right_passive) or (
        right_active and right_active == left_passive
    )
    return bool(one) and _one_deed_counted_but_its_verb(left, right)


def _deed_verbs(claim: Claim) -> tuple[str, str]:
    """The verbs (lemmas) that tell a count's deed: the past verb right before its figure
    (hedges aside: "took five paintings": 'take') and its noun's passive participle right
    after it ("seven paintings were taken": 'take'); '' for either not there."""
    quantity = primary_quantity(claim)
    active, passive = _word_before_figure(claim, quantity), _passive_word_after(claim, quantity)
    return (
        past_verb_lemma(active) if active else "",
        past_verb_lemma(passive) if passive else "",
    )


# A counted noun and the past verb of what befell it, with no object: " boats capsized".
_EVENT_AFTER = re.compile(
    r"\s+[\w'’-]+\s+([a-z]{3,}ed)\b(?!\s+(?:the|a|an|his|her|their|its|them|some|all)\b)"
)


def _one_event_befell(left: Claim, right: Claim) -> bool:
    """Whether two small counts of one measure are told by one verb without an object right
    after their noun ("Nine boats capsized", "Fourteen boats capsized on Lowmere Water"):
    one event of the story, as ``_one_passive_deed``."""
    verbs = [_verb_after_noun(c, primary_quantity(c), _EVENT_AFTER) for c in (left, right)]
    return bool(verbs[0]) and verbs[0] == verbs[1] and _one_deed_counted_but_its_verb(left, right)


def _one_passive_deed(left: Claim, right: Claim) -> bool:
    """Whether two small counts of one measure are told by one passive verb right after
    their noun ("Nine skiers were buried by the slide", "Eleven skiers were buried"): one
    deed of the story, whoever is not named."""
    passive = all(_passive_verb_after(claim, primary_quantity(claim)) for claim in (left, right))
    return passive and _one_deed_counted(left, right)


# Words that make a named subject's figure its total when reported (data/measures.json).
CURRENT_TOTAL_WORDS = frozenset(read_data("measures.json")["current_total_words"])


# The one thing a sum is the worth of, named right before "worth" and the figure: "a plan
# worth about $2.4 billion" -> 'plan' (not a list: "watches and jewellery worth").
_WORTH_OF = re.compile(
    r"\b(?:a|an|the|its|their|his|her)\s+(?:[a-z]+\s+)?([a-z]+)\s+worth\s+(?:[a-z]+\s+){0,2}$"
)


def _worth_of_two_things(left: Claim, right: Claim) -> bool:
    """Whether two sums are each said to be the worth of a thing, and the things differ: "a
    plan worth about $2.4 billion" and "an incentive package worth $410 million"."""
    things = []
    for claim in (left, right):
        found = _WORTH_OF.search(_text_before_figure(claim) or "")
        if found is None:
            return False
        things.append(stem(singular(found.group(1))))
    return things[0] != things[1]


# "spent" in a sum's clause: what has been paid out so far.
_SPENT = re.compile(r"\bspent\b")


def _spent_against_a_cost_to_come(left: Claim, right: Claim) -> bool:
    """Whether one sum is what has been spent ("had spent only 4.5 million pounds by the end
    of June", "Two million pounds spent before a single vote was cast") and the other what
    something will or would cost ("will cost £14 million", "would cost perhaps 30 million
    pounds"), or one is told as spent so far and the other not (``_spent_so_far``): money
    paid out so far is no account of the whole bill, whichever is larger."""
    spent = _the_unmarked_of(left, right, lambda claim: _is_forecast(claim) or _possible(claim))
    return (spent is not None and _SPENT.search(spent.text) is not None) or (
        _the_unmarked_of(left, right, _spent_so_far) is not None
    )


# Words after "spent" that make the sum a running part of a larger one: "so far", or "by"
# and a time ("had been spent by Thursday afternoon"; not "spent by the council").
_SPENT_SO_FAR = re.compile(
    r"\bspent\s+(?:so\s+far|to\s+date|already|by\s+(?:the\s+end\s+of\s+)?(?:now|then|"
    + "|".join(sorted(CALENDAR_WORDS))
    + r"))\b|\balready\s+spent\b",
    re.IGNORECASE,
)


def _spent_so_far(claim: Claim) -> bool:
    """Whether a sum is what has been spent so far ("only 900,000 pounds had been spent so
    far", "had already spent $2 million", "had been spent by Thursday afternoon"): a part
    of a budget or a fund, no account of it."""
    return _SPENT_SO_FAR.search(claim.text) is not None


# "involving" right before a figure: "a manhunt involving more than 120 officers".
_INVOLVING = re.compile(r"\binvolving\s+$")


def _involved_in(claim: Claim) -> bool:
    """Whether a figure counts those an operation named before it takes in ("setting off a
    manhunt involving more than 120 officers"): the people of that operation, no account of
    a staff or of any other group of their kind ("just fourteen officers were on duty")."""
    return _before_figure(claim, _INVOLVING)


# A quarter or a half of a year named by its place: "third-quarter", "the second half",
# "Q4", "H1".
_NUMBERED_PERIOD = re.compile(
    r"\b(?:(?P<place>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?P<period>quarter|half)"
    r"|(?P<letter>[QH])(?P<number>[1-4])\b)",
    re.IGNORECASE,
)
_PLACES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _numbered_periods(claim: Claim) -> set[tuple[int, str]]:
    """The quarters and halves of a year a claim names, as (place, 'quarter' or 'half')."""
    found = set()
    for period in _NUMBERED_PERIOD.finditer(claim.text):
        if period["letter"]:
            found.add((int(period["number"]), "quarter" if period["letter"] in "Qq" else "half"))
        else:
            found.add((_PLACES[period["place"].casefold()], period["period"].casefold()))
    return found


def _periods_apart(left: Claim, right: Claim) -> bool:
    """Whether two claims name different quarters or halves of a year and none in common
    ("third-quarter revenue of $0.81 billion", "forecast fourth-quarter revenue of about
    $840 million"): two periods' figures."""
    periods = _numbered_periods(left), _numbered_periods(right)
    return all(periods) and not periods[0] & periods[1]


def _events_of_two_objects(left: Claim, right: Claim) -> bool:
    """Whether two dated events of one verb each name what the verb was done to, and the
    two differ: "passed its annual safety inspection in March" and "passed a medical check
    in April" are two checks, not two dates of one."""
    objects = [_object_of_event(claim) for claim in (left, right)]
    return all(objects) and objects[0] != objects[1]


def _object_of_event(claim: Claim) -> str:
    """The head of the object between a dated event's verb and its time, in the claim's own
    words ("passed its annual safety inspection in March" -> 'inspection'), or ''."""
    if claim.fact is None or not _A_YEAR_OR_MONTH.fullmatch(claim.fact.value):
        return ""
    before = claim.text[: max(0, claim.fact.span[0] - claim.span[0])]
    verbs = list(EVENT_YEAR_VERB.finditer(before))
    if not verbs:
        return ""
    words = re.findall(r"[a-z]+", before[verbs[-1].end() :].casefold())
    while words and words[-1] in _TIME_LEAD_WORDS:
        words.pop()
    head = words[-1] if words else ""
    return stem(singular(head)) if head and head not in PHRASE_STOPWORDS else ""


# The value of an event dated by its year or its month alone.
_A_YEAR_OR_MONTH = re.compile(
    rf"{YEAR.pattern}|(?i:{'|'.join(month.capitalize() for month in MONTHS)})"
)
# Words between an object and its time: "in early March", "back in 2019", "on", and the
# month before a year ("awarded the contract in September 2021").
_TIME_LEAD_WORDS = frozenset(("in", "on", "since", "back", "early", "mid", "late", "the", *MONTHS))


def _one_reading_reached_by_a_change(left: Claim, right: Claim) -> bool:
    """Whether one of two readings of a dimension (a speed, a temperature, a depth) is the
    level a change reached, its clause cut off at "to" from the verb before it ("hit the
    atmosphere at roughly 19,800 km/h and had slowed to about 1,600 km/h"), and the other is
    not: two moments of one thing, as the entry speed against the parachute's."""
    quantity = primary_quantity(left)
    if quantity is None or not measures_itself(quantity):
        return False
    reached = [claim.text.casefold().startswith("to ") for claim in (left, right)]
    return reached[0] != reached[1]


def _now_against_what_is_expected(left: Claim, right: Claim) -> bool:
    """Whether one figure is what is expected or planned (``claims.FUTURE_CUES``: "is
    expected to employ about 2,500 workers") and the other says what stands now
    (``current_total_words``: "currently employs 3,200 workers"): two moments."""
    present = _the_unmarked_of(left, right, _is_forecast)
    return present is not None and _says_now(present)


def _is_forecast(claim: Claim) -> bool:
    """Whether a claim tells what will or is expected to be (``claims.FUTURE_CUES``)."""
    return "future" in claim.signals


def _says_now(claim: Claim) -> bool:
    """Whether a claim says its figure is as things stand when reported
    (``current_total_words``: "now", "currently")."""
    return not CURRENT_TOTAL_WORDS.isdisjoint(re.findall(r"[a-z]+", claim.text.casefold()))


def _moved_by_now(left: Claim, right: Claim) -> bool:
    """Whether the higher of two counts is told as it stands "now" in a later report than
    the other's ("297 premises now have live connections" two days after "281 premises
    have live connections"), or both are, in reports of two days ("the airport now flies to
    23 destinations", two days later "now serves 21"): each is an update of its day."""
    quantity = primary_quantity(left)
    ordered = _lower_and_higher(left, right)
    if ordered is None or quantity is None or quantity.kind != "count":
        return False
    lower, higher = ordered
    if _says_now(lower) and _says_now(higher):
        return article_order(lower, higher) != 0
    return _says_now(higher) and article_order(lower, higher) == -1


def _current_totals(match: Match) -> bool:
    """Whether both claims give one named subject's total as it stands when reported:
    "Vale now has 2,130 points" against "Vale now has 2,030 points". The
    subject and the moment say what "points" counts, though the word alone does not."""
    return match.basis in ("alias", "name") and all(
        _says_now(claim) for claim in (match.left, match.right)
    )


# A verb that credits a player with points right before the figure ("scored 14", "added a
# game-high 12"), and a word of a longer stretch than one game ("career", "averaging").
SCORED_BEFORE = re.compile(
    rf"\b(?:{measure_words('scoring_verbs')})\s+(?:(?:a\s+)?(?:game|team)-high\s+)?$"
)
LONGER_STRETCH = re.compile(rf"\b(?:{measure_words('longer_stretch_words')})\b")


def _one_game_points(match: Match) -> bool:
    """Whether two claims give one named player's points in the story's game: "Richard
    Lind scored 14 points" against "Richard Lind added 12". The verb and the name say whose
    points and of what, though "points" alone does not; a word of a longer stretch ("career
    points", "averaging 14 points") makes them another tally."""
    return match.basis in ("alias", "name") and all(
        _before_figure(claim, SCORED_BEFORE) and not LONGER_STRETCH.search(claim.text.casefold())
        for claim in (match.left, match.right)
    )


# Facts of one game, which the next game's changes: "won 112-104" on Saturday and "won
# 99-94" on Tuesday are two games; a record after each is another.
GAME_FACTS = frozenset(("score", "record"))


def _spans_apart_by_more_than_days(left: Claim, right: Claim) -> bool:
    """Whether two spans of time differ by more than reports days apart could explain
    ("has served for six years" on Sunday, "for nine years" on Thursday): only dates a
    month or more apart tell them apart, as for a static measure."""
    left_q, right_q = primary_quantity(left), primary_quantity(right)
    if left_q is None or right_q is None or not left_q.kind == right_q.kind == "duration":
        return False
    if left_q.value is None or right_q.value is None:
        return False
    return abs(left_q.value - right_q.value) > STATIC_SLACK_DAYS * SECONDS_PER_DAY


# Words that give a figure as it stands so far: "has now raised", "raised so far", "had
# raised $12,000 by Saturday evening", "by midday", "about $48,000 as of Thursday", "by the
# time it was called off" (but not "killed by Monday's blast").
SO_FAR = re.compile(
    rf"\b(?:{AS_IT_STANDS_WORDS}|by\s+the\s+time\b"
    r"|(?:by|as\s+of)\s+(?:(?:early|late)\s+)?(?:(?:this|that)\s+(?:morning|afternoon|evening)|(?:"
    + "|".join(WEEKDAYS)
    + r")(?:\s+(?:morning|afternoon|evening|night))?|midday|noon|lunchtime|teatime|nightfall|dawn"
    r"|dusk|the\s+weekend|the\s+end\s+of\s+the\s+day|then|today|tonight)\b"
    r"(?![’']s)"
    # "were postponed ... over the two days": a window that runs up to the report.
    r"|\b(?:over|across|during|in)\s+the\s+(?:past\s+|last\s+)?(?:two|three|four|five|six|"
    r"seven|several|few|\d+)\s+(?:days|weeks)\b)",
    re.IGNORECASE,
)


_LEVEL_DEEDS = frozenset(read_data("measures.json")["level_deeds"])


def _one_deed_of_a_level(left: Claim, right: Claim) -> bool:
    """Whether two counts of a daily level tell the story's one deed that put people in it
    (``level_deeds``: "A total of 143 residents were evacuated from Larkspur House" against
    "A total of 164 residents were evacuated from Larkspur House" a day later): one verb of
    such a deed and one setting, neither told with a time of its own nor as it stands now
    (``_so_far``), whatever day each report was."""
    frames = left.frame, right.frame
    return (
        frames[0] is not None
        and frames[1] is not None
        and frames[0].verb == frames[1].verb
        and frames[0].verb in _LEVEL_DEEDS
        and frames[0].setting == frames[1].setting
        and left.time is None
        and right.time is None
        and not (_so_far(left) or _so_far(right))
    )


def _so_far(claim: Claim) -> bool:
    """Whether a claim gives its figure as it stands at the time ("a fundraising page has
    now raised more than 30,000 pounds"): whatever it measures, the figure may have been
    lower in an earlier report, so reports of different days are of different times."""
    return SO_FAR.search(_up_to_its_clause_end(claim)) is not None


# Words of a price someone asks, before it in its clause: "listed on resale sites for as much
# as £1,200", "on offer for £2,750", "advertised at", "an asking price of".
_ASKING = re.compile(
    r"\b(?:listed|listing|on\s+offer|offered\s+for|advertised|asking|resale)\b", re.IGNORECASE
)


def _asked_price(claim: Claim) -> bool:
    """Whether a sum is a price someone asks (``_ASKING``): sellers change it from day to
    day, so asking prices of different days are of different times, as a share's price is."""
    quantity = primary_quantity(claim)
    return quantity is not None and quantity.kind == "money" and _before_figure(claim, _ASKING)


def _up_to_its_clause_end(claim: Claim) -> str:
    """A claim's text up to the first comma, semicolon, colon or bracket after its figure
    or its fact's value: the words that may say when the figure holds ("first reported
    just after 6 a.m. Sunday by a hiker", not "..., and by Sunday night it had crested the
    ridge")."""
    quantity = primary_quantity(claim)
    end = (
        quantity.span[1]
        if quantity is not None
        else claim.fact.span[1]
        if claim.fact is not None
        else None
    )
    if end is None:
        return claim.text
    after = _CLAUSE_END.search(claim.text, end - claim.span[0])
    return claim.text[: after.start()] if after else claim.text


def _framed_static(left: Claim, right: Claim) -> bool:
    """Whether two framed claims measure something that reports days apart still share:
    any attribute but a running total (deaths, arrests), a crowd of one occasion, or a
    daily level (people sheltering)."""
    attribute = frame_attribute(left)
    if not attribute or attribute != frame_attribute(right):
        return False
    words = lexicon()
    return (
        not words.is_running_total(attribute)
        and attribute not in words.occasion_counts
        and attribute not in words.daily_levels
    )


def _one_track(left: Claim, right: Claim) -> bool:
    """Whether two lengths are of the one course a story's event followed
    (``single_tracks``): "followed a 4-kilometre route" and "walked the 1.5-mile route"."""
    tracks = lexicon().single_tracks
    heads = {_noun_measured(claim) for claim in (left, right)}
    quantities = (primary_quantity(left), primary_quantity(right))
    return (
        len(heads) == 1
        and heads <= tracks
        and all(q is not None and q.kind == "length" for q in quantities)
    )


# Kinds of figure that give a built thing's size.
SIZE_KINDS = frozenset(("length", "area", "volume", "mass"))


def _fixed_size(left: Claim, right: Claim) -> bool:
    """Whether two claims give the size of a built thing that does not change from day to
    day (``fixed_size_things``): "a 189-metre carrier" and "a 212-metre carrier"."""
    things = lexicon().fixed_size_things
    for claim in (left, right):
        quantity = primary_quantity(claim)
        if (
            quantity is None
            or quantity.kind not in SIZE_KINDS
            or _noun_measured(claim) not in things
        ):
            return False
    return True


def _noun_measured(claim: Claim) -> str:
    """The last word of a claim's measure in the singular, as the lexicon's lists of things
    write it ("route", "plane"; ``measure_key`` stems it and maps synonyms)."""
    return singular(claim.measure.split()[-1].casefold()) if claim.measure else ""


# Words by which a report says its figure is lower than an earlier one: "down from
# Tuesday's figure", "has dropped to", "was revised down to".
SAID_TO_FALL = re.compile(
    r"\b(?:down\s+from|(?:fell|fallen|dropped|declined|decreased|shrank|shrunk|eased|dipped"
    r"|reduced|lowered|narrowed|scaled\s+back|revised\s+down(?:wards?)?)(?:\s+\w+)?\s+to)\b",
    re.IGNORECASE,
)


# Words that give a count as what is left of a larger one: "remained", "still".
# ("the remains of 19 of the 22 people killed" is the noun.)
_WHAT_REMAINS = re.compile(
    r"\b(?:remain(?:ed|ing)?|(?<!the\s)(?<!of\s)remains|still)\b", re.IGNORECASE
)


def _told_as_fallen(claim: Claim) -> bool:
    """Whether a claim's words tell its figure as lower than before, or as what is left
    ("down from Tuesday's figure", "about 300 homes remained", "still without power"):
    what is left, in the figure's own clause ("around thirty firefighters attended, and
    some crews remain on board" leaves the thirty as they were)."""
    return (
        SAID_TO_FALL.search(claim.text) is not None
        or _WHAT_REMAINS.search(_up_to_its_clause_end(claim)) is not None
    )


def _toll_fell(left: Claim, right: Claim) -> bool:
    """Whether two framed running totals at different stated times fell from one to the other.

    Only a year-free, weekday-or-date ordering within a few days counts: a toll
    given on Sunday and a lower one "said on Monday" contradict each other.
    """
    attribute = frame_attribute(left)
    if not attribute or attribute != frame_attribute(right):
        return False
    words = lexicon()
    if not words.is_running_total(attribute) or attribute in words.falling_totals:
        return False
    if _explicit_time(left)[0] != _explicit_time(right)[0]:
        # "The 1994 heat wave killed 23 people": another year's toll, not this one's.
        return False
    order = _stated_order(left, right)
    if not order and set(_days(left)[0]) & set(_days(right)[0]):
        # "fifty-two homes have been destroyed as of this afternoon" against "37 homes had
        # been destroyed by Monday evening", of that Monday: the afternoon came first.
        order = part_order(*(claim.time.part if claim.time else None for claim in (left, right)))
    if order is None or order == 0:
        return False
    earlier, later = (left, right) if order < 0 else (right, left)
    if _told_as_fallen(later):
        # "By Wednesday evening it covered 1,200 homes, down from Tuesday's figure": the
        # later report tells the fall itself, so the two figures are a change; so does
        # "about 300 homes remained under the evacuation order" (the rest, once some left).
        return False
    if _day_of_its_event(later):
        # "Two demolition workers were injured on Tuesday": a later event's own toll.
        return False
    earlier_q, later_q = primary_quantity(earlier), primary_quantity(later)
    if earlier_q is None or later_q is None:
        return False
    return strict_interval(later_q).below(strict_interval(earlier_q))


# How many times larger a figure may be than a bound below it ("over 300" against
# "1,500") for the bound to read as a badly rounded figure of one thing.
PRAGMATIC_RATIO = 10.0


def _orders_apart(left: Claim, right: Claim) -> bool:
    """Whether two figures lie more than ``PRAGMATIC_RATIO`` times apart."""
    values = sorted(
        abs(q.value) for q in (primary_quantity(left), primary_quantity(right)) if q and q.value
    )
    return len(values) == 2 and values[1] > PRAGMATIC_RATIO * values[0]


def _no_larger(part: Claim, whole: Claim) -> bool:
    """Whether one claim's figure can fit within another's: it is not above it."""
    part_q, whole_q = primary_quantity(part), primary_quantity(whole)
    if part_q is None or whole_q is None:
        return False
    return not strict_interval(whole_q).below(strict_interval(part_q))


# A period of the report's own that a total runs over: "this year", "so far this month".
_THE_REPORTS_PERIOD = re.compile(r"(?:so\s+far\s+)?this\s+(?:year|month|week)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:(]|\s[-–—]\s")


def _counted_over_the_period(claim: Claim) -> bool:
    """Whether a framed count of deeds is told as a total over a period of the report's own
    ("have cut more than 1,100 jobs this year"): the period's whole, of which one day's
    deed is some. A level ("had 690 employees this year") or one occasion's crowd is not."""
    time = claim.time
    if time is None or time.relation != "relative":
        return False
    quantity = primary_quantity(claim)
    if (
        quantity is None
        or quantity.kind != "count"
        or _THE_REPORTS_PERIOD.fullmatch(time.text) is None
        or not quantity.span[1] <= time.span[0]
        or _CLAUSE_BREAK.search(
            claim.text, quantity.span[1] - claim.span[0], time.span[0] - claim.span[0]
        )
    ):
        return False
    attribute = frame_attribute(claim)
    words = lexicon()
    return bool(attribute) and not (
        attribute in words.occasion_counts
        or attribute in words.daily_levels
        or attribute in words.owned_attributes
    )


def _after_a_setting_preposition(claim: Claim) -> bool:
    """Whether a count follows a preposition of a setting ("residents in roughly 1,800
    homes", "from 12 villages"): the things are where others are or came from."""
    quantity = primary_quantity(claim)
    if quantity is None or quantity.kind != "count":
        return False
    return _SETTING_BEFORE.search(claim.text, 0, quantity.span[0] - claim.span[0]) is not None


# A preposition of a setting right before a figure, a hedge between: "in roughly ".
_SETTING_BEFORE = re.compile(rf"\b(?:in|from|across)\s+(?:(?:{HEDGE_WORDS})\s+)?$")


def _befell_by_two_events(left: Claim, right: Claim) -> bool:
    """Whether two framed counts are told by verbs of two kinds of event (``event_verbs``
    in data/measures.json: homes destroyed, damaged, built): each counts what one event
    befell, and a home damaged is not one destroyed. A verb of either kind
    (``either_event_verbs``: "31 houses burned") tells nothing apart."""
    events = lexicon().event_verbs
    verbs = [claim.frame.verb if claim.frame else "" for claim in (left, right)]
    kinds = [events.get(verb, "") for verb in verbs if verb not in _EITHER_EVENT]
    return len(kinds) == 2 and all(kinds) and kinds[0] != kinds[1]


# Verbs of an event of either of two kinds (``either_event_verbs`` in data/measures.json).
_EITHER_EVENT = frozenset(read_data("measures.json")["either_event_verbs"])


# Two past participles joined by "or": "were damaged or destroyed", "killed or injured".
_EITHER_DEED = re.compile(r"\b[a-z]+(?:ed|en)\s+or\s+[a-z]+(?:ed|en)\b")


def _done_either_way(claim: Claim) -> bool:
    """Whether a count's clause, after its figure, counts those one of two deeds befell
    ("89 homes in the park were damaged or destroyed"): the whole that a count of either
    deed alone is some of."""
    quantity = primary_quantity(claim)
    if quantity is None:
        return False
    start = quantity.span[1] - claim.span[0]
    return _EITHER_DEED.search(claim.text, start) is not None


def _one_side_within(left: Claim, right: Claim, marked: Callable[[Claim], bool]) -> bool:
    """Whether exactly one of two claims is marked by its own words as some of a whole and
    its figure is no larger than the other's."""
    whole = _the_unmarked_of(left, right, marked)
    return whole is not None and _no_larger(left if whole is right else right, whole)


def _one_side_a_whole(left: Claim, right: Claim, marked: Callable[[Claim], bool]) -> bool:
    """Whether exactly one of two claims is marked by its own words as a whole and the
    other's figure is no larger than its own."""
    part = _the_unmarked_of(left, right, marked)
    return part is not None and _no_larger(part, right if part is left else left)


def _the_unmarked_of(left: Claim, right: Claim, marked: Callable[[Claim], bool]) -> Claim | None:
    """The claim a test does not mark when it marks exactly one of the two, else None."""
    left_marked, right_marked = marked(left), marked(right)
    if left_marked == right_marked:
        return None
    return right if left_marked else left


def _sides_apart(left: Claim, right: Claim) -> bool:
    """Whether two spells of time are told of two sides of a place, or of one side and the
    whole, or of two places: the words before each figure name different sides
    (``_compass_sides``: "The southbound carriageway, closed for about four hours", "The
    northbound carriageway ... after being closed for almost 18 hours"), or only one names
    any, or each names places and none in common (``_place_name``)."""
    if not (_a_spell(left) and _a_spell(right)):
        return False
    sides = [_sides_named(claim) for claim in (left, right)]
    if sides[0] != sides[1]:
        return True
    # "The A614 between Ostrey and Marley Cross was closed for 14 hours" and "Wharf Road ...
    # was expected to stay closed for three days".
    places = [_names_before_figure(claim) for claim in (left, right)]
    return all(places) and not places[0] & places[1]


@cache
def _place_name() -> re.Pattern[str]:
    """A place's name by its last word (a place suffix or a kind of site, capitalised:
    "Wharf Road", "Mill Lane Bridge"), or a road's code ("A614", "M25")."""
    kinds = sorted(PLACE_SUFFIXES | set(SITE_KINDS))
    endings = "|".join(kind.capitalize() for kind in kinds)
    return re.compile(rf"\b(?:[A-Z][a-z'’-]+\s+){{1,3}}(?:{endings})\b|\b[A-Z]{{1,2}}\d{{1,4}}\b")


def _names_before_figure(claim: Claim) -> frozenset[str]:
    """The places a claim names before its figure (``_place_name``): what its span of time
    is said of ("Brackley Road", "the A614")."""
    before = _text_before_figure(claim) or ""
    return frozenset(name.casefold() for name in _place_name().findall(before))


def _a_spell(claim: Claim) -> bool:
    """Whether a claim's figure is a span of time its frame reads as a deed's spell ('time
    shut', 'length of attack'), not a race time or a term."""
    quantity = primary_quantity(claim)
    return (
        quantity is not None
        and quantity.kind == "duration"
        and claim.frame is not None
        and claim.frame.attribute.startswith(("time ", "length of "))
    )


@cache
def _compass_sides() -> frozenset[str]:
    """The ``side_modifiers`` that name a side by its direction ("north", "southbound",
    "inbound"), not by its order or height ("first", "upper")."""
    return frozenset(
        word
        for word in lexicon().side_modifiers
        if word.endswith("bound") or word.startswith(("north", "south", "east", "west"))
    )


def _sides_named(claim: Claim) -> frozenset[str]:
    """The sides by direction (``_compass_sides``) a claim's words name before its figure."""
    words = re.findall(r"[a-z]+", (_text_before_figure(claim) or "").casefold())
    return frozenset(words) & _compass_sides()


def _in_a_side_of_a_place(claim: Claim) -> bool:
    """Whether a framed count holds in one side of a place, a setting with one of the
    ``side_modifiers`` ("the 38 shops in the east wing", "fans in the north stand"): a part
    of the place's count, which a count with no such setting gives."""
    settings = claim.frame.setting if claim.frame else []
    side = lexicon().side_modifiers
    return any(len(words := setting.split()) > 1 and words[0] in side for setting in settings)


def _placed_in_a_place(claim: Claim) -> bool:
    """Whether a framed count is of those standing, sitting or waiting somewhere, a setting
    after a verb of ``position_verbs`` ("the 6,500 fans standing on the pitch"): a part of
    everyone there, whom a count with no such setting gives."""
    frame = claim.frame
    return bool(frame and frame.setting and frame.verb and frame.verb in lexicon().position_verbs)


def _held_by_a_place(claim: Claim) -> bool:
    """Whether a count is of the people a place holds, by a verb of holding right before
    the figure (``holding_verbs``: "The sports hall in Marrow Cross is housing 85
    evacuees"): one place's share."""
    quantity = primary_quantity(claim)
    return (
        quantity is not None
        and quantity.kind == "count"
        and _before_figure(claim, _holding_pattern())
    )


def _variant_of(claim: Claim) -> str:
    """The version of a product or an offer a claim's words name before its figure ("the
    top configuration", "the base model"), lower-cased; '' when they name none
    (``variant_modifiers`` and ``variant_nouns`` in data/measures.json)."""
    quantity = primary_quantity(claim)
    if quantity is None:
        return ""
    found = _variant_pattern().search(claim.text, 0, quantity.span[0] - claim.span[0])
    return " ".join(found.group().casefold().split()) if found else ""


@cache
def _variant_pattern() -> re.Pattern[str]:
    modifiers, nouns = (measure_words(key) for key in ("variant_modifiers", "variant_nouns"))
    return re.compile(rf"\b(?:{modifiers})\s+(?:{nouns})s?\b", re.IGNORECASE)


def _other_than_what_happened(claim: Claim) -> str:
    """What a claim's figure is instead of an account of what happened, by the verb right
    before it: an offer someone turned down ("Velkov turned down a $200 million offer":
    another deal than the one made), or what someone expected, predicted or forecast
    ("Analysts had expected about 100,000 pre-orders"), or what a thing holds when full
    ("holds 14,800 megalitres when full": a capacity); '' for an account. (A forecast of
    a future event, "is expected to cost", is a plan: ``claims.FUTURE_CUES``.)"""
    quantity = primary_quantity(claim)
    before = _text_before_figure(claim)
    declined = _DECLINED_BEFORE.search(before.casefold()) if before is not None else None
    if declined is not None and (
        (quantity is not None and quantity.kind == "money") or declined["determiner"]
    ):
        # An offer is a sum or has its determiner ("turned down a 5 percent rise"); "rejected
        # 31 lorry loads" counts what was turned away.
        return "declined"
    if _before_figure(claim, _EXPECTED_BEFORE):
        return "expected"
    if quantity is not None and (
        _CAPACITY_AFTER.match(claim.text, quantity.span[1] - claim.span[0])
        or _before_figure(claim, _capacity_before_pattern())
    ):
        return "capacity"
    return ""


# A stretch of several years up to now that a figure tallies: "in the past decade", "over
# the last five years", "in recent years".
_OVER_YEARS = re.compile(
    r"\b(?:in|over|during|across|within)\s+(?:the\s+)?(?:past|last|previous|recent)\s+"
    r"(?:(?:[a-z-]+|\d+)\s+)?"
    r"(?:decades?|years)\b",
    re.IGNORECASE,
)


def _over_years(claim: Claim) -> bool:
    """Whether a claim's figure tallies a stretch of several years (``_OVER_YEARS``), which
    no figure of one event or one day measures. A fact is no tally: "The 33-year-old Reid,
    whose travails have earned her more headlines over the last few years" is her age."""
    return claim.fact is None and _OVER_YEARS.search(claim.text) is not None


# A deadline ahead for the figure's own deed, told right after the figure and its noun:
# "410 jobs will go by December", "200 more staff will be hired by the end of the year"
# (not "will close its plant by the end of September, putting 480 jobs at risk").
_DEADLINE_AHEAD = re.compile(
    r"(?:[ ]+[\w-]+){0,3}?[ ]+will\s+(?:[a-z]+\s+){0,3}?by\s+"
    r"(?:the\s+end\s+of\s+(?:the\s+|this\s+|next\s+)?)?"
    rf"(?:{'|'.join(MONTHS)}|spring|summer|autumn|winter|christmas|year|month|(?:19|20)\d\d|"
    r"next\s+\w+)\b",
    re.IGNORECASE,
)


def _by_a_deadline_ahead(claim: Claim) -> bool:
    """Whether a claim's figure is what will have happened by a deadline ahead
    (``_DEADLINE_AHEAD``): a stage, no larger than the whole a figure without one tells."""
    quantity = primary_quantity(claim)
    return (
        quantity is not None
        and _DEADLINE_AHEAD.match(claim.text, quantity.span[1] - claim.span[0]) is not None
    )


# A subject that is another one of its kind than the story's: "A second balloon", "Another
# crane", "A separate fire" (not "Another 12 passengers", more of them; nor "The second
# half", a part of a game: ``ordered_parts``).
_ANOTHER_SUBJECT = re.compile(
    r"\W*(?:(?:A|An|The)\s+(?:second|third|fourth|fifth|separate|further)|Another)\s+"
    rf"(?!(?:{ORDERED_PARTS})\b)"
    r"(?P<word>[A-Za-z][\w-]*)"
)


def _of_another_one(claim: Claim) -> bool:
    """Whether a claim's figure or fact is told of another one of a kind than the story's,
    its clause opening with a subject so marked (``_ANOTHER_SUBJECT``) before it ("Another
    Pryor-Wilde canvas, painted in 1874, hung in the next room")."""
    opening = _ANOTHER_SUBJECT.match(claim.text)
    if opening is None or opening["word"].casefold() in CARDINALS:
        return False
    quantity = primary_quantity(claim)
    told = claim.fact.span if claim.fact is not None else quantity.span if quantity else None
    return told is not None and told[0] - claim.span[0] > opening.end()


@cache
def _capacity_before_pattern() -> re.Pattern[str]:
    """A capacity cue (``capacity_cues``) a few words before a figure, at the end of the
    text before it: "The site is licensed for 350 campers", "room for 300 people"."""
    cues = "|".join(map(re.escape, lexicon().capacity_cues))
    return re.compile(rf"\b(?:{cues})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)


# A capacity cue after a figure and up to two words of its noun (``capacity_after_cues``):
# "holds 14,800 megalitres when full" is what the reservoir holds at most, not now.
_CAPACITY_AFTER = re.compile(
    r"(?:[ ]+[\w-]+){0,2}?[ ]+(?:"
    + "|".join(map(re.escape, read_data("measures.json")["capacity_after_cues"]))
    + r")\b",
    re.IGNORECASE,
)


# A verb of refusing, then the offer's determiner right before the figure.
_DECLINED_BEFORE = re.compile(
    r"\b(?:turned\s+down|rejected|declined|spurned|refused|rebuffed)\s+"
    r"(?P<determiner>(?:an?|the|its|their|his|her)\s+)?$"
)
# A verb of expecting right before its object figure (a hedge is part of the figure), or
# before the clause it reports ("had forecast that its officers would seize about 4 tonnes"),
# or before a noun of the figure ("had forecast a jackpot of about £17 million").
_EXPECTED_BEFORE = re.compile(
    r"\b(?:expected|predicted|forecast|forecasted|anticipated)\s+"
    r"(?:(?:that\s+)?(?:[\w'’-]+\s+){1,4}?would\s+[a-z]+\s+|(?:an?|the)\s+[a-z-]+\s+of\s+)?"
    r"(?:(?:only|just|some)\s+)?$"
)


def _site_of_subject(claim: Claim) -> str:
    """The named site a count's subject is, when the figure follows the site's own verb:
    "The Port Merrow plant on Quay Road will build 120,000 units" -> 'port merrow plant',
    "its Dunmore warehouse will shed 35 jobs" -> 'dunmore warehouse'; '' otherwise. A site
    written "at its Port Merrow plant" is a setting instead (``_at_a_site``)."""
    quantity = primary_quantity(claim)
    if quantity is None or quantity.kind != "count":
        return ""
    before = claim.text[: quantity.span[0] - claim.span[0]]
    found = _site_subject_pattern().search(before)
    return " ".join(found["site"].casefold().split()) if found else ""


# Nouns of what is kept about people or things (``record_nouns`` in data/measures.json).
RECORD_NOUNS = frozenset(read_data("measures.json")["record_nouns"])


def _of_records(claim: Claim) -> bool:
    """Whether a framed count is owned by records kept of what it counts ("the records of
    1,030 employees"): it counts those whose records were touched."""
    words = claim.frame.entity.casefold().split() if claim.frame else []
    return bool(words) and words[-1] in RECORD_NOUNS


# Where a figure's people or things were taken, after it: "to" and a capitalised name.
DESTINATION = re.compile(
    r"(?<!according )\bto\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
)


def _destination(claim: Claim) -> str:
    """The named place a claim's figure was taken to, after the figure, lower-cased; ''
    when none is named."""
    quantity = primary_quantity(claim)
    if quantity is None:
        return ""
    found = DESTINATION.search(claim.text, quantity.span[1] - claim.span[0])
    return found.group("place").casefold() if found else ""


def _destinations_apart(left: Claim, right: Claim) -> bool:
    """Whether two counts were taken to two different named places, neither name holding
    the other ("to Ashgill General Hospital", "to Tarrow Community Hospital")."""
    places = _destination(left), _destination(right)
    return all(places) and places[0] not in places[1] and places[1] not in places[0]


def _sites_apart(left: Claim, right: Claim) -> bool:
    """Whether two counts are not of one thing because of the sites that are their
    subjects: one site's figure against a figure of no site, if no larger (a part of the
    whole), or the figures of two different sites."""
    sites = _site_of_subject(left), _site_of_subject(right)
    if all(sites):
        return sites[0] != sites[1]
    return any(sites) and _no_larger(*((left, right) if sites[0] else (right, left)))


@cache
def _site_subject_pattern() -> re.Pattern[str]:
    """A capitalised site name and one of the ``site_nouns`` (perhaps with where it is), then
    up to three lower-case words to the figure: the site is what the verb is of."""
    nouns = "|".join(re.escape(noun) for noun in sorted(lexicon().site_nouns))
    capitalised = r"[A-Z][\w'’.-]*"
    return re.compile(
        rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[\w'’-]+['’]s?)\s+"
        rf"(?P<site>(?:{capitalised}\s+){{1,3}}(?:{nouns}))\b"
        rf"(?:\s+(?:on|in|at|near)\s+(?:the\s+)?(?:{capitalised}\s*){{1,3}})?"
        r"\s+(?:[a-z]+\s+){1,3}$"
    )


def _text_before_figure(claim: Claim) -> str | None:
    """A claim's words before its figure, as written, or None without a figure."""
    quantity = primary_quantity(claim)
    return None if quantity is None else claim.text[: quantity.span[0] - claim.span[0]]


# "to" and a hedge right before a figure: the level a change brings ("cut the price to 3.20").
_TO_LEVEL = re.compile(r"\bto\s+(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?\S?$")
# Words between a verb of change and the "to" before its figure ("cut the price to").
CHANGE_TO_REACH = 5
# Words right before a verb that make it a future one's ("will cut", "plans to raise").
_FUTURE_VERB_LEADS = frozenset(("will", "would", "shall", "to"))


# Lemmas of verbs that bring a total to a new level: "brings the total to", "raising the
# toll to", "took the tally to".
_BRINGING_LEMMAS = frozenset(("bring", "take", "push", "lift", "raise"))
# How far before the "to" of its figure such a verb may stand, in characters.
BRINGING_REACH = 90


@cache
def _bringing_words() -> re.Pattern[str]:
    """Any written form of ``_BRINGING_LEMMAS`` (``nlp.inflections``), but not one with
    "down" right after it: "bringing down an overhead line and cutting electricity to
    18,400 homes" brings down a line, no total to a level."""
    forms = sorted(inflections(_BRINGING_LEMMAS), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b(?!\s+down\b)")


def _to_a_level(claim: Claim) -> tuple[str, int] | None:
    """A claim's lower-cased words before its figure, and where the "to" (and a hedge)
    right before the figure starts in them (``_TO_LEVEL``: "cut the price to 3.20"), or
    None without one."""
    before = _text_before_figure(claim)
    if before is None:
        return None
    lowered = before.casefold()
    to = _TO_LEVEL.search(lowered)
    return None if to is None else (lowered, to.start())


def _brought_to_a_level(claim: Claim) -> bool:
    """Whether a claim's figure is the level a change brought a total to: "to" (and a hedge)
    right before it, after a verb of bringing ("A woman died, bringing the death toll to
    14", "That brings the number of shares sold to 20.7 million and the total raised to about
    $497 million")."""
    level = _to_a_level(claim)
    if level is None:
        return False
    lowered, to = level
    # A clause cut right before "to" keeps its verb in the frame alone ("the total raised |
    # to about $497 million").
    verb = claim.frame.verb if claim.frame else ""
    return verb in _BRINGING_LEMMAS or bool(
        _bringing_words().search(lowered, max(0, to - BRINGING_REACH), to)
    )


def _brought_to_a_level_elsewhen(left: Claim, right: Claim) -> bool:
    """Whether one of two figures, and only one, is the level a change brought a total to
    (``_brought_to_a_level``), and the two articles are not known to be of one day
    (``article_order``): the other may be the level before the change, or after another."""
    return (
        _the_unmarked_of(left, right, _brought_to_a_level) is not None
        and article_order(left, right) != 0
    )


def _planned_new_level(claim: Claim) -> bool:
    """Whether a claim's figure is the level a change will bring (a future, ``claims.
    FUTURE_CUES``, with a word of change a few words before "to" and the figure: "will cut
    the price to 3.20 crowns", "plans to raise the fee to $40"): it differs from the level
    before the change by design."""
    level = _to_a_level(claim) if "future" in claim.signals else None
    if level is None:
        return False
    lowered, to = level
    words = re.findall(r"[a-z]+", lowered[:to])[-CHANGE_TO_REACH - 1 :]
    # The word of change is a verb the future governs: "will cut", "plans to raise"; not
    # a noun ("the cuts will amount to 14 percent").
    return any(
        word in CHANGE_WORDS and previous in _FUTURE_VERB_LEADS
        for previous, word in pairwise(words)
    )


def _before_figure(claim: Claim, pattern: re.Pattern[str]) -> bool:
    """Whether a pattern that ends at the end of its text (``$``) matches a claim's words
    right before its figure, lower-cased."""
    before = _text_before_figure(claim)
    return before is not None and _ends_in(before, pattern)


# Words before a figure, by pattern: each claim's are tested against some 40 patterns,
# once for each claim it is compared with (some 100,000 searches on a 42-story corpus).
@lru_cache(maxsize=1 << 14)
def _ends_in(text: str, pattern: re.Pattern[str]) -> bool:
    return pattern.search(text.casefold()) is not None


@cache
def _holding_pattern() -> re.Pattern[str]:
    verbs = "|".join(re.escape(verb) for verb in lexicon().holding_verbs)
    return re.compile(
        rf"\b(?:{verbs})\s+(?:(?:about|around|some|nearly|almost|more than|at least)\s+)?$"
    )


def _spent_on_a_thing(claim: Claim) -> bool:
    """Whether a sum is what was spent on one named thing ("spent $9 million on sets")."""
    return claim.frame is not None and claim.frame.verb == "spend" and bool(claim.frame.setting)


def _spent_within(left: Claim, right: Claim) -> bool:
    """Whether one sum is what was spent on one named thing and the other names none, and
    the first is no larger: "has already spent $9 million on sets" is a part of "the $60
    million production"."""
    unset = not all(claim.frame and claim.frame.setting for claim in (left, right))
    return unset and _one_side_within(left, right, _spent_on_a_thing)


def _scoped_within(left: Claim, right: Claim) -> bool:
    """Whether one framed count of an organisation's sites (``site_attributes``) holds in a
    setting the other does not name, and is no larger: "Velmora employs 2,100 people in
    Harwick" is part of "employs about 6,400 people worldwide", as the jobs at risk where
    it closes some of its stores ("with around 2,300 jobs at risk") are, against the staff
    it employs or has."""
    if frame_attribute(left) not in lexicon().site_attributes:
        return False
    if _one_side_within(left, right, _at_a_site):
        return True
    whole = _the_unmarked_of(left, right, _at_risk)
    return (
        whole is not None
        and whole.frame is not None
        and whole.frame.verb in _HOLDING_A_STAFF
        and _no_larger(left if whole is right else right, whole)
    )


# Verbs by which an organisation holds its whole staff: "Pennywell employs about 18,500".
_HOLDING_A_STAFF = frozenset(("employ", "have"))


_AT_RISK = re.compile(r"\bat\s+risk\b")


def _at_risk(claim: Claim) -> bool:
    """Whether a framed count is of jobs or people at risk ("with 2,300 jobs at risk")."""
    return _AT_RISK.search(claim.text) is not None


def _at_a_site(claim: Claim) -> bool:
    """Whether a framed count holds in a setting written as a name ("in Harwick"), at one
    of the ``site_nouns`` ("at its head office") or of a site that is the claim's subject
    ("The plant opened in 1987 and employs some 5,600 people"); not across several ("about
    8,300 staff across its two plants", a whole)."""
    across, subject = _site_patterns()
    if across.search(claim.text) is not None:
        return False
    return (
        bool(_named_settings(claim, claim.text))
        or bool(claim.frame and lexicon().site_nouns.intersection(claim.frame.setting))
        or subject.match(claim.text) is not None
    )


@cache
def _site_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Sites taken together ("across its two plants", "at all its stores") and a site
    that opens a claim as its subject ("The plant", "Its Harwick warehouse")."""
    sites = "|".join(sorted(lexicon().site_nouns))
    across = re.compile(
        rf"\b(?:across|at\s+all|in\s+all)\s+(?:(?:its|their|the|of)\s+)*(?:[\w-]+\s+)?"
        rf"(?:{sites})(?:s|es)\b",
        re.IGNORECASE,
    )
    subject = re.compile(rf"\W*(?:[Tt]he|[Ii]ts)\s+(?:[A-Z][\w-]*\s+)?(?:{sites})\b")
    return across, subject


def _a_remainder(claim: Claim) -> bool:
    """Whether a claim's figure counts what is left out of a whole: "lifted for all but
    about 150 homes", "all except 12 of the passengers". It is no account of the whole."""
    return _before_figure(claim, _REMAINDER_BEFORE)


# "all but", "all except", "everyone but" right before a figure (a hedge may sit between).
_REMAINDER_BEFORE = re.compile(
    r"\b(?:all|everyone|everything|everybody)\s+(?:but|except|save)\s+(?:for\s+)?"
    r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?$"
)


def _after_figure(claim: Claim, pattern: re.Pattern[str], kind: str | None = None) -> bool:
    """Whether a pattern matches right after a claim's figure, when that figure is of a
    kind ('count', 'money'; any kind when None)."""
    quantity = primary_quantity(claim)
    if quantity is None or kind not in (None, quantity.kind):
        return False
    return pattern.match(claim.text, quantity.span[1] - claim.span[0]) is not None


def _drawn_from(claim: Claim) -> bool:
    """Whether a count of people names the body they come from right after its noun ("350
    firefighters from the Corran County Fire District"): some of everyone counted."""
    return _after_figure(claim, DRAWN_FROM, "count")


# Up to three words after a count, then "from" and a name: "350 firefighters from the
# Corran County Fire District", "40 officers from Harwick"; not a verb's "from" ("140 homes
# were evacuated from Tollery Road": where they left, no body they come from).
DRAWN_FROM = re.compile(
    r"(?:\s+(?!(?:were|was|are|is|been|being|had|have|has)\b)[a-z-]+){1,3}\s+from\s+"
    r"(?:the\s+)?[A-Z]"
)


def _one_outcome_counted(left: Claim, right: Claim) -> bool:
    """Whether two framed counts are of one attribute that tells what befell people, not
    what they are (``person_attributes``): "sent 23 workers to hospital" and "17 workers
    were taken to hospital" both count the hospitalised, where "has sent 350
    firefighters" counts a deed, not the firefighters at work."""
    attribute = frame_attribute(left)
    return (
        bool(attribute)
        and attribute == frame_attribute(right)
        and attribute not in lexicon().person_attributes
    )


def _set_within(claim: Claim) -> bool:
    """Whether a framed count has a setting that narrows it: any but one only spread over
    ("43 farms had been affected across the valley", "throughout the region": the whole
    place, no part of it)."""
    setting = claim.frame.setting if claim.frame else ()
    spread = [found[1] for found in _SPREAD_OVER.finditer(claim.text.casefold())]
    return any(not any(over.startswith(word.casefold()) for over in spread) for word in setting)


# A place a count is spread over, its first word after any determiner: "across the valley".
_SPREAD_OVER = re.compile(r"\b(?:across|throughout)\s+(?:(?:the|its|this|their)\s+)?([a-z]+)")


def _at_the_height(claim: Claim) -> bool:
    """Whether a count is told of the story's event at its worst moment, in its words or by
    its frame's setting ("Fifteen fire engines ... were sent to the hotel at the height of
    the blaze", "at the height of it there were twelve fire engines"): those sent then are
    those there then."""
    setting = claim.frame.setting if claim.frame else ()
    return AT_THE_EVENT.search(claim.text) is not None or not _WORST_MOMENT.isdisjoint(setting)


_WORST_MOMENT = frozenset(("height", "peak"))


def _moved(claim: Claim) -> bool:
    """Whether a count is of people or things a verb of ``transfer_verbs`` moved ("The state
    has moved 85 inmates from D Block"): an event's count, not how many there are. A sum
    "released" is no such count ("released $12 million in emergency funds")."""
    quantity = primary_quantity(claim)
    if quantity is None or quantity.kind != "count":
        return False
    transfer_verbs = lexicon().transfer_verbs
    if claim.frame is not None:
        return claim.frame.verb in transfer_verbs
    # A sentence with no word of an attribute is not parsed ("540 residents had been moved
    # out of the area"): a past verb of moving within its count's next words says it.
    after = claim.text[quantity.span[1] - claim.span[0] :]
    return any(
        past_verb_lemma(word) in transfer_verbs
        for word in re.findall(r"[a-z]+", after.casefold())[:_MOVED_REACH]
    )


# How many words after an unparsed count its verb of moving may stand ("residents had been
# moved").
_MOVED_REACH = 5


def _named_settings(claim: Claim, text: str) -> list[str]:
    """The settings of a framed claim that a text writes as names, capitalised ("in
    Harwick"), not common nouns that may span the whole ("across nine countries")."""
    settings = claim.frame.setting if claim.frame else []
    return [word for word in settings if re.search(rf"\b{re.escape(word.capitalize())}\b", text)]


def _settings_named_with_a_noun(claim: Claim) -> list[str]:
    """A framed claim's settings that its clause writes as a name before the common noun
    ("inside Greyvale colliery"), with the name: one place, not a kind of place."""
    settings = claim.frame.setting if claim.frame else []
    return [
        found.group()
        for word in settings
        if (found := re.search(rf"\b[A-Z][\w'’-]+\s+{re.escape(word)}\b", claim.text))
    ]


def _setting_named_by_both(left: Claim, right: Claim) -> bool:
    """Whether the one setting of two counts is a name the other claim's clause gives too:
    "buried at least 43 houses in the village of Ammerlow" and "Twenty-eight homes were
    buried when the hillside above Ammerlow gave way" count the same place's homes, as
    "trapped inside Greyvale colliery" and "at the Greyvale colliery, where 14 miners
    were trapped" count the same colliery's miners."""
    framed, other = (left, right) if left.frame and left.frame.setting else (right, left)
    if set(_named_settings(framed, framed.text)) & set(_named_settings(framed, other.text)):
        return True
    return any(
        re.search(rf"\b{re.escape(named)}\b", other.text, re.IGNORECASE)
        for named in _settings_named_with_a_noun(framed)
    )


def _staff_against_event(left: Claim, right: Claim) -> bool:
    """Whether one count is of a staff, under a verb that names one ("Marrowfield employs
    2,400 nurses": a verb of the 'employees' attribute), and the other of people doing
    something, under a verb that is none of ``workforce_verbs`` ("Around 850 nurses joined
    the walkout"): some of a staff are no account of its size. A light or state verb
    ("have", "be") tells neither."""
    words = lexicon()
    verbs = [claim.frame.verb if claim.frame else "" for claim in (left, right)]
    if not all(verbs) or any(
        verb == "be" or verb in words.light_verbs or verb in words.state_verbs for verb in verbs
    ):
        return False
    staff = [words.verb_attribute.get(verb) in words.site_attributes for verb in verbs]
    event = [verb not in words.workforce_verbs for verb in verbs]
    return (staff[0] and event[1]) or (staff[1] and event[0])


def _in_an_event(left: Claim, right: Claim) -> bool:
    """Whether either of two counts of a staff (``site_attributes``) counts people in an
    event rather than a workforce: its verb is none of ``workforce_verbs`` ("nine aid workers
    were travelling in the convoy")."""
    words = lexicon()
    if frame_attribute(left) not in words.site_attributes:
        return False
    verbs = [claim.frame.verb if claim.frame else "" for claim in (left, right)]
    return any(verb and verb not in words.workforce_verbs for verb in verbs)


def _placed_name(claim: Claim) -> str:
    """The named place a distance from somewhere places, in apposition right before it
    ("the village of Dassara, 30 km north of Hallam Point": 'dassara'), or ''."""
    before = _text_before_figure(claim)
    if before is None or not claim.measure.startswith(DISTANCE_FROM):
        return ""
    found = _NAME_THEN_COMMA.search(before)
    return found.group(1).casefold() if found else ""


# A name and a comma right before a figure, a hedge between: "Dassara, some 30 km".
_NAME_THEN_COMMA = re.compile(
    r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*),\s+(?:(?:some|about|around|roughly|just)\s+)?$"
)


def _of_a_rival(claim: Claim) -> bool:
    """Whether a claim's words before its figure mark whose it is as a rival's or a
    competitor's (``rival_words``); a rival bought ("agreed to buy rival Quorix Systems
    for $2.38 billion") is the deal's, no rival's figure."""
    before = _text_before_figure(claim)
    words = re.findall(r"[a-z]+", (claim.text if before is None else before).casefold())
    rivals = lexicon().rival_words
    return any(
        word in rivals and (index == 0 or words[index - 1] not in _buying_words())
        for index, word in enumerate(words)
    )


@cache
def _buying_words() -> frozenset[str]:
    """Any written form of a verb of buying (``nlp.inflections``): a rival right after one
    is what is bought. Read from the model on first use, not at import."""
    return inflections(("buy", "acquire", "purchase"))


def _of_another_event(claim: Claim) -> bool:
    """Whether a claim's figure is of an event it marks as another one than the story's
    (``other_markers``): "three people were injured in a separate crash", "killed in
    another attack". It neither backs nor contradicts the story's own figure."""
    return _another_event_pattern().search(claim.text) is not None


@cache
def _another_event_pattern() -> re.Pattern[str]:
    words = lexicon()
    markers = "|".join(sorted(words.other_markers))
    causes = "|".join(sorted(words.cause_nouns))
    events = "|".join(sorted(words.cause_nouns | words.incident_nouns))
    seasons = "|".join(sorted(words.cause_nouns | words.incident_nouns | EVENT_NOUNS))
    # "in another attack", "in a separate incident", "from earlier guidance", or such an
    # event as the subject: "a separate crash on May 5 near Ostry injured two people". Only
    # an earlier or a previous one may be of any word: "in another country" is no event.
    # Events of a season are many: "nine people had died in avalanches in the province this
    # winter".
    return re.compile(
        rf"\b(?:in|during|at|after|from|by)\s+(?:(?:a|an|the)\s+)?"
        rf"(?:(?:earlier|previous)\s+[a-z]+|(?:{markers})\s+(?:[a-z]+\s+)?(?:{events})s?\b)"
        rf"|\b(?:a|an)\s+(?:{markers})\s+(?:{causes})\b"
        rf"|\bin\s+(?:[a-z]+\s+)?(?:{seasons})e?s\b[^,;:.]{{0,40}}?"
        r"\b(?:this|last)\s+(?:year|winter|summer|spring|autumn|fall|season)\b",
        re.IGNORECASE,
    )


def _kind_within_everyone(left: Claim, right: Claim) -> bool:
    """Whether one framed count is of a narrower kind of person than the other's everyone
    (``whole_nouns``), or of a kind of the other's thing (``narrower_kinds``), and no larger:
    "two demolition workers were injured" and "23 people were injured" may both be true."""
    words = lexicon()
    nouns = [claim.frame.noun if claim.frame else "" for claim in (left, right)]
    pairs: tuple[tuple[str, str, Claim, Claim], ...] = (
        (nouns[0], nouns[1], left, right),
        (nouns[1], nouns[0], right, left),
    )
    for kind, whole_noun, narrow, whole in pairs:
        if kind in words.narrower_kinds.get(whole_noun, frozenset()) and not re.search(
            rf"\b{re.escape(kind)}s?\s+(?:and|or|&)\s+[a-z]", narrow.text.casefold()
        ):
            # "about 1,500 trucks a day" among "about 18,000 vehicles a day" (but "400 cars
            # and trucks" are all vehicles).
            return _no_larger(narrow, whole)
    for kind, whole_noun, narrow, whole in pairs:
        if whole_noun in words.group_nouns and _narrowed_kind_of_person(narrow, kind):
            # "3,100 travelling Pellham fans" in "a crowd of 28,412".
            return _no_larger(narrow, whole)
    for kind, whole_noun, narrow, whole in pairs:
        if (
            kind == whole_noun
            and _kind_named_by_a_noun(narrow, kind)
            and not _kind_named_by_a_noun(whole, kind)
        ):
            # "15 opposition deputies had declared their support" among "121 deputies".
            return _no_larger(narrow, whole)
    for kind, whole_noun, narrow, whole in pairs:
        if kind == whole_noun and _named_kind(narrow) and not _named_kind(whole):
            # "nearly 23,000 Nuban refugees" among "over 24,000 refugees" in one camp.
            return _no_larger(narrow, whole)
    wholes = [noun in words.whole_nouns for noun in nouns]
    if wholes[0] == wholes[1]:
        return False
    narrow, whole = (left, right) if wholes[1] else (right, left)
    kind, whole_noun = (nouns[0], nouns[1]) if wholes[1] else (nouns[1], nouns[0])
    whole_attribute = words.noun_attribute.get(whole_noun)
    if whole_attribute and words.noun_attribute.get(kind) == whole_attribute:
        # "480 workers will lose their jobs" and "eliminating 640 jobs": one staff's jobs.
        return False
    return _kind_of_person(kind) and _no_larger(narrow, whole)


def _named_kind(claim: Claim) -> bool:
    """Whether a framed count narrows its noun by a capitalised word between the figure and
    the noun ("23,000 Nuban refugees", "four American soldiers"): people of one origin or
    side."""
    quantity = primary_quantity(claim)
    if claim.frame is None or not claim.frame.noun or quantity is None:
        return False
    after = claim.text[quantity.span[1] - claim.span[0] :]
    return re.match(rf"\s+[A-Z][a-z]+\s+{re.escape(claim.frame.noun)}", after) is not None


def _kind_named_by_a_noun(claim: Claim, noun: str) -> bool:
    """Whether a count of people narrows its noun by one plain word before it that is no
    participle, adverb or function word ("15 opposition deputies", "40 off-duty officers";
    not "nine trapped miners", whose word is the state the count is of, nor "60 percent of
    pupils")."""
    quantity = primary_quantity(claim)
    if quantity is None or not _kind_of_person(noun):
        return False
    after = claim.text[quantity.span[1] - claim.span[0] :]
    found = re.match(r"\s+([a-z][a-z'’-]+)\s+([A-Za-z]+)", after)
    return (
        found is not None
        and singular(found.group(2).casefold()) == noun
        and not found.group(1).endswith(("ed", "ing", "ly", "en"))
        and found.group(1) not in FUNCTION_WORDS
    )


def _narrower_kind_within(left: Claim, right: Claim) -> bool:
    """Whether one of two unframed counts of people names a narrower kind by a plain word
    before the noun the other counts alone (``_kind_named_by_a_noun``: "15 opposition
    deputies" against "121 deputies") and is no larger: a part of the whole."""
    nouns = [_noun_measured(claim) for claim in (left, right)]
    if nouns[0] != nouns[1] or not nouns[0]:
        return False
    narrowed = [_kind_named_by_a_noun(claim, nouns[0]) for claim in (left, right)]
    if narrowed[0] == narrowed[1]:
        return False
    narrow, whole = (left, right) if narrowed[0] else (right, left)
    return _no_larger(narrow, whole)


def _kind_of_person(noun: str) -> bool:
    """Whether a counted noun names people of some kind ("people", "workers", "fans",
    "crew")."""
    return noun in lexicon().generic_nouns or noun in PERSON_NOUNS or noun in _PERSON_KIND


def _narrowed_kind_of_person(claim: Claim, noun: str) -> bool:
    """Whether a count of people names them with words between the figure and the noun
    ("3,100 travelling Pellham fans", "about 400 away supporters"): a narrower group than
    the noun alone ("about 9,000 fans")."""
    quantity = primary_quantity(claim)
    if quantity is None or not _kind_of_person(noun):
        return False
    after = claim.text[quantity.span[1] - claim.span[0] :]
    return (
        re.match(rf"\s+(?:[\w'’-]+\s+){{1,3}}{re.escape(noun)}", after, re.IGNORECASE) is not None
    )


def _clocks_of_one_day(left: Claim, right: Claim) -> bool:
    """Whether two clock times of one kind of event are each said of the same stated day
    ("walked off the job at 7 a.m. on Monday", "the strike began at 6 a.m. on Monday"): one
    event, however differently the two clauses word it."""
    if left.fact is None or not left.fact.attribute.startswith("time of "):
        return False
    (left_days, left_stated), (right_days, right_stated) = _days(left), _days(right)
    if (
        left_stated
        and right_stated
        and left_days != right_days
        and not is_story_event(left.fact.attribute)
    ):
        # Two days: two events of a kind a story may have several of (attacks, killings);
        # of its one fire or collapse, two accounts of when it was ("gave way at about 11
        # p.m. on Tuesday", "burst shortly before 2 a.m. on Wednesday").
        return False
    # With one day, a day on one side or none: one event, unless a clause marks another
    # ("a second blast", "an aftershock").
    return not (_marks_another(left) or _marks_another(right))


def _tallies_of_one_body(left: Claim, right: Claim) -> bool:
    """Whether two vote tallies count the votes of one body: "The measure passed 7-2" and
    "The council voted 6-3" both count nine votes. A tally names no voter and seldom what
    was voted on, so two tallies of one size and one time are one vote told two ways,
    unless a clause marks another occasion ("a second vote")."""
    totals = {_votes_cast(claim) for claim in (left, right)}
    return (
        len(totals) == 1
        and None not in totals
        and not (_marks_another(left) or _marks_another(right))
    )


def _votes_cast(claim: Claim) -> int | None:
    """The votes a tally counts ("7-2": 9), or None for no tally in digits."""
    if claim.fact is None or claim.fact.attribute != "vote":
        return None
    sides = claim.fact.value.split("-")
    return sum(map(int, sides)) if all(side.isdigit() for side in sides) else None


def _days_of_the_story_event(left: Claim, right: Claim) -> bool:
    """Whether two weekdays are each said of a story's one event ("robbed a community bank
    on Tuesday", "Monday's robbery"): the event's words are what the two clauses share,
    however little else they do, unless a clause marks another ("a second robbery")."""
    return (
        left.fact is not None
        and left.fact.attribute.startswith("day of ")
        and is_story_event(left.fact.attribute)
        and not (_marks_another(left) or _marks_another(right))
    )


# Words that mark an event as one of several (``occurrence_markers`` in data/measures.json).
_ANOTHER_OCCURRENCE = re.compile(
    r"\b(?:" + "|".join(read_data("measures.json")["occurrence_markers"]) + r")\b"
    # "during the second act", "on the third floor": a part of a show or a building.
    rf"(?![ ]+(?:{ORDERED_PARTS})\b)"
)


# Words that make a crowd another gathering than the story's first ("returned", "came
# back": ``regathering_words`` in data/measures.json).
_REGATHERING = re.compile(
    r"\b(?:" + "|".join(read_data("measures.json")["regathering_words"]) + r")\b"
)


# Words that put a crowd away from the occasion's own place ("Outside, about 3,000 fans
# watched on big screens": ``elsewhere_crowd_words`` in data/measures.json).
_ELSEWHERE_CROWD = re.compile(
    r"\b(?:" + measure_words("elsewhere_crowd_words") + r")\b", re.IGNORECASE
)


# A span of time before "later" or "earlier" makes it an adverb of time ("the alarm
# reached the office minutes later", "two days earlier"), no mark of another event.
_SPAN_BEFORE = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?|shortly|soon|much|long)"
    r"\s+$"
)


def _marks_another(claim: Claim) -> bool:
    """Whether a claim's words mark its event as one of several ("a second explosion")."""
    text = claim.text.casefold()
    return any(
        marker.group() not in ("later", "earlier")
        or _SPAN_BEFORE.search(text, max(0, marker.start() - 12), marker.start()) is None
        for marker in _ANOTHER_OCCURRENCE.finditer(text)
    )


# A place of up to three words between a verb and its day: "arrested in Lessing on Thursday".
_PLACE_AFTER_VERB = r"(?:\s+(?:in|at|near|outside)(?:\s+[\w'’-]+){1,3}?)?"


def _day_of_its_event(claim: Claim) -> bool:
    """Whether a framed claim's stated day is when its outcome happened, written right
    after the verb or after the verb and its place ("were injured on Tuesday", "arrested in
    Lessing on Thursday"), not when it was reported ("said on Tuesday") or counted ("as of
    Tuesday")."""
    if claim.time is None or claim.frame is None or not claim.frame.verb:
        return False
    stem = re.escape(claim.frame.verb[:4].casefold())
    day = re.escape(claim.time.text.casefold())
    text = claim.text.casefold()
    if re.search(rf"\b{stem}[a-z]*{_PLACE_AFTER_VERB}\s+(?:on\s+)?{day}", text) is not None:
        return True
    # "On Wednesday, two workers clearing the wreckage were injured": the day opens the
    # clause whose verb it dates, unless a reporting verb comes first ("On Wednesday,
    # officials said 30 were injured").
    opening = re.match(rf"(?:(?:early|late)\s+)?(?:on\s+)?{day}\s*,\s*", text)
    verb = re.search(rf"\b{stem}[a-z]*", text[opening.end() :]) if opening else None
    return (
        opening is not None
        and verb is not None
        and REPORTING_VERB.search(text, opening.end(), opening.end() + verb.start()) is None
    )


def _stated_order(left: Claim, right: Claim, as_said: bool = False) -> int | None:
    """-1, 0 or 1 as the day the left claim states (``_dated_day``) comes before, with or
    after the right's. Two weekdays of articles dated more than a few days apart are told
    by those dates: "five on Wednesday" in a report of April 4 came before "seven on
    Tuesday" in one of April 8, not a day after. ``as_said`` takes a day its credit
    names for a claim's day (``_said_weekday``), as a running total's is."""
    left_day, right_day = _dated_day(left, as_said), _dated_day(right, as_said)
    if left_day and right_day and not (left_day[0].isdigit() or right_day[0].isdigit()):
        distance = _articles_days_apart(left, right)
        if distance is not None and abs(distance) > ARTICLE_DATE_SLACK_DAYS:
            return _order_of(distance)
    return _day_order(left_day, right_day)


def _articles_days_apart(left: Claim, right: Claim) -> int | None:
    """Days from the left claim's article date to the right's, both dated in one year (or
    one of them in none: a follow-up that prints "Saturday 8 March" is read in the other's
    year), else None."""
    years = {left.context_year, right.context_year} - {None}
    if not (left.context_date and right.context_date) or len(years) > 1:
        return None
    return _signed_days(left.context_date, right.context_date)


def _order_of(distance: int) -> int:
    """-1, 0 or 1 as one day comes before, with or after another that lies ``distance``
    days after it."""
    return (distance < 0) - (distance > 0)


def _dated_day(claim: Claim, as_said: bool = False) -> str | None:
    """The day a claim's value holds for ('MM-DD' or a weekday), a weekday it states
    read as a date when its article is dated: the last such weekday on or before the
    article's date ("said Wednesday" in an article of Wednesday 14 May is 14 May, and
    "on Saturday" in one of Saturday 10 May is 10 May, so the two are four days apart,
    not Wednesday three days before Saturday). With ``as_said``, the weekday its credit
    names wins ("63 were injured late on Saturday, police said on Sunday": the count as
    Sunday gave it)."""
    day = (_said_weekday(claim) if as_said else None) or effective_time(claim)[1]
    published = _published(claim)
    if (
        as_said
        and day
        and day == claim.context_day
        and claim.context_date
        and (published is None or WEEKDAYS[published.weekday()] == day)
    ):
        # The article's own weekday is its date, in a year known or not; but not the lead's
        # weekday of the event, in an article dated the day after ("By mid-morning on
        # Sunday ..." under "Monday 14 July 2025").
        return claim.context_date
    if not day or day[0].isdigit() or published is None:
        return day
    stated = published - timedelta(days=(published.weekday() - WEEKDAYS.index(day)) % 7)
    return f"{stated.month:02d}-{stated.day:02d}"


def _totals_given_the_same_day(left: Claim, right: Claim) -> bool:
    """Whether two counts of a running total were given on one day, by the weekday a
    credit names ("63 were injured late on Saturday, police said on Sunday", against
    "Police said this morning that about 90 people were injured" in an article of that
    Sunday): the toll as it stood that day, whatever day the event was."""
    if not _of_one_running_total(left, right):
        return False
    years = effective_time(left)[0], effective_time(right)[0]
    if None not in years and years[0] != years[1]:
        # "In 2023 an outbreak on its sister ship sickened 96 passengers, Halcyon said on
        # Tuesday": a toll of another year, whatever day it was told.
        return False
    if not (_said_weekday(left) or _said_weekday(right)):
        return False
    return _stated_order(left, right, as_said=True) == 0


def _said_weekday(claim: Claim) -> str | None:
    """The weekday a claim's credit names, in the part of it the claim's clause holds
    ("police said on Sunday"), lower case; None without one."""
    credit = claim.attribution
    if credit is None:
        return None
    start, end = max(credit.span[0], claim.span[0]), min(credit.span[1], claim.span[1])
    said = claim.text[start - claim.span[0] : end - claim.span[0]] if start < end else ""
    return next((day["weekday"].casefold() for day in DAY.finditer(said) if day["weekday"]), None)


def _weekdays_after(earlier: str, later: str) -> int:
    """Days from one weekday forward to another, 0 to 6 ("monday" to "wednesday": 2)."""
    return (WEEKDAYS.index(later) - WEEKDAYS.index(earlier)) % 7


def _day_order(left_day: str | None, right_day: str | None) -> int | None:
    """-1, 0 or 1 as one day ('MM-DD' or a weekday) comes before, with or after another."""
    if not left_day or not right_day or left_day[0].isdigit() != right_day[0].isdigit():
        return None
    if left_day[0].isdigit():
        distance = _signed_days(left_day, right_day)
        if abs(distance) > ARTICLE_DATE_SLACK_DAYS * 3:
            return None
    else:
        apart = _weekdays_after(left_day, right_day)
        if WEEKDAY_ORDER_REACH < apart < 7 - WEEKDAY_ORDER_REACH:
            return None
        distance = apart if apart <= 3 else apart - 7
    # distance is how far the right day lies after the left one.
    return _order_of(distance)


def _one_counts_since(left: Claim, right: Claim) -> bool:
    """Whether one claim's figure holds over a window that starts at its time ("since
    October") and the other's does not."""
    return (left.time is not None and left.time.relation == "since") != (
        right.time is not None and right.time.relation == "since"
    )


# Words that tie a figure to the moment of the story's event: "at the time", "when the
# shark struck", "at the height of the blaze".
AT_THE_EVENT = re.compile(
    r"\bat\s+the\s+time\b(?!\s+of\s+(?:writing|publication|going))"
    r"|\bwhen\s+the\s+[a-z]+\s+(?:struck|hit|happened|occurred|began|started|erupted|exploded"
    r"|collapsed|attacked)\b"
    # "At the height of the blaze", "at the peak of the fire": the event's one worst moment.
    r"|\bat\s+(?:the|its)\s+(?:height|peak)\b",
    re.IGNORECASE,
)


def _weigh_framed(
    match: Match, outcome: str, fell_known: bool = False, one_moment: TallyTest | None = None
) -> str:
    """Keep a disagreement between two framed claims where a journalist would call it one.

    The parse already says both figures measure one attribute of one entity, so
    small counts and unnamed subjects are no reason to doubt the match. Asides
    in brackets, sizes that name a thing and a part against a whole still are.
    A running total (deaths, arrests) may grow between reports: a later report
    with a higher figure is an update; a lower one, or a different figure the
    same day, contradicts the other. Undated reports of one tally (``one_moment``)
    are of the same moment.
    """
    left, right = match.left, match.right
    if _in_parentheses(left) or _in_parentheses(right):
        return "unclear"
    if (_is_attributive_size(left) or _is_attributive_size(right)) and not _one_track(left, right):
        return "unclear"
    if _part_within_whole(left, right) or counts_others(left) or counts_others(right):
        return "unclear"
    if _a_position(left) or _a_position(right) or _some_of_a_kind(left, right):
        return "unclear"
    if _kind_within_everyone(left, right) or _of_another_event(left) != _of_another_event(right):
        return "unclear"
    if _one_side_within(left, right, _drawn_from):
        # "350 firefighters from the county district" among "more than 1,100" at work.
        return "unclear"
    if _held_by_a_place(left) and _held_by_a_place(right):
        # "The primary school is housing 200 evacuees", "The sports hall is housing 85":
        # two places' shares of all who fled.
        return "unclear"
    if _one_side_within(left, right, _held_by_a_place):
        return "unclear"
    if _one_side_within(left, right, _in_a_side_of_a_place):
        # "The 38 shops in the east wing" are some of "all 140 shops".
        return "unclear"
    if _one_side_within(left, right, _placed_in_a_place):
        # "The 6,500 fans standing on the pitch" are some of "about 38,000 fans".
        return "unclear"
    if _after_a_setting_preposition(left) != _after_a_setting_preposition(right):
        # "about 4,500 residents in roughly 1,800 homes were under evacuation orders": the
        # homes are where the residents are, no count of what befell homes.
        return "unclear"
    if _befell_by_two_events(left, right):
        # "14 homes had been destroyed" and "40 homes had been damaged": two counts.
        return "unclear"
    if _one_side_a_whole(left, right, _done_either_way):
        # "89 homes in the park were damaged or destroyed" holds the "38 homes ... destroyed
        # outright".
        return "unclear"
    if _one_side_a_whole(left, right, _counted_over_the_period):
        # "Start-ups in Dunmore have cut more than 1,100 jobs this year" holds the 118 jobs
        # one of them cut on Monday.
        return "unclear"
    if _of_records(left) != _of_records(right):
        # "records of 1,030 employees were among the files taken" against "The bank has
        # about 1,200 employees": those whose records were taken are not the workforce.
        return "unclear"
    if _destinations_apart(left, right):
        # "Two hikers were airlifted to Ashgill General Hospital", "Four were taken by road
        # to Tarrow Community Hospital": each is some of those taken anywhere.
        return "unclear"
    if _sites_apart(left, right):
        # "The Port Merrow plant will build 120,000 units" is some of "the company plans to
        # build 500,000 units"; two named sites' figures are two sites'.
        return "unclear"
    if _one_counts_since(left, right):
        # "three times since October" counts a window, not the whole.
        return "unclear"
    if outcome == "pragmatic" and match.basis == "frame":
        # "over 300" against "1,500" says the lower writer rounded badly; that needs
        # a named entity on both sides, not the story's implicit one.
        return "unclear"
    money = _is_sum(left) or _is_sum(right)
    attribute = left.frame.attribute if left.frame else ""
    if (
        money
        and match.basis == "frame"
        and attribute not in lexicon().case_sums
        and not _words_about(left) & _words_about(right)
    ):
        # A price or a cost is of some thing: "a contract worth $84 million" and "tickets
        # selling for $150" must name one thing (in their words or as their subject)
        # before they can disagree. Bail, a ransom or a reward names its own.
        return "unclear"
    if (
        money
        and match.basis == "frame"
        and (_sum_of_another(left, right) or _spent_within(left, right))
    ):
        return "unclear"
    if fell_known:
        return outcome
    running = lexicon().is_running_total(attribute)
    stated = _stated_order(left, right, as_said=running)
    order = stated if stated is not None else article_order(left, right)
    if attribute in lexicon().occasion_counts:
        # The crowd at the story's one bout: reports of one day, or undated reports of the
        # occasion, count it alike; a crowd marked as another ("about 20 protesters
        # returned at lunchtime", "a second march") is of another gathering.
        if any(_marks_another(c) or _REGATHERING.search(c.text) for c in (left, right)):
            return "unclear"
        if _month_of_figure(left) != _month_of_figure(right):
            # "A crowd of 23,050 watched the opening home game in August", in a report
            # of November, counts no crowd of the game another report gives.
            return "unclear"
        if bool(_ELSEWHERE_CROWD.search(left.text)) != bool(_ELSEWHERE_CROWD.search(right.text)):
            # "Outside, about 3,000 fans watched on big screens" did not attend the bout.
            return "unclear"
        return (
            outcome if order == 0 or (order is None and _undated_pair(left, right)) else "unclear"
        )
    if attribute in lexicon().daily_levels:
        # People displaced on Tuesday and on Thursday are two days' figures; undated
        # reports, or reports of one day, speak of one, and so do reports of the moment
        # of the story's event ("on duty at the time", "when the shark struck").
        one_moment_told = AT_THE_EVENT.search(left.text) and AT_THE_EVENT.search(right.text)
        return (
            outcome
            if order in (0, None) or one_moment_told or _one_deed_of_a_level(left, right)
            else "unclear"
        )
    if not running:
        return "unclear" if _scoped_within(left, right) or _in_an_event(left, right) else outcome
    zero = any(
        q is not None and q.high == 0 for q in (primary_quantity(left), primary_quantity(right))
    )
    if (
        not zero
        and _set_within(left) != _set_within(right)
        and not _setting_named_by_both(left, right)
    ):
        # "86 arrests over Saturday's protests" against "200 arrested": a part of the total
        # (but "no casualties in the camp" still denies any toll there).
        return "unclear"
    if order in (None, 0) and _said_to_have_risen(left, right):
        return "changed"
    if order is None:
        return outcome if one_moment is not None and one_moment(left, right) else "changed"
    if order == 0:
        return outcome
    earlier, later = (left, right) if order < 0 else (right, left)
    earlier_q, later_q = primary_quantity(earlier), primary_quantity(later)
    if earlier_q is None or later_q is None:
        return "changed"
    fell = strict_interval(later_q).below(strict_interval(earlier_q))
    return outcome if fell else "changed"


# A total that its clause says grew to its figure: "as the number of injured rose to 21".
TOTAL_ROSE = re.compile(rf"\b(?:{_RISE_VERBS}|mounted)\s+to\b", re.IGNORECASE)


# How many times larger one figure must be than another to be of another thing, whatever
# the words: a slip of a thousand ("$1.5 million", "$1.5 billion") is still a contradiction.
SCALES_APART = 100_000.0


def _scales_apart(left: Claim, right: Claim) -> bool:
    """Whether two figures are ``SCALES_APART`` times apart or more."""
    return _times_apart(_scale(left), _scale(right), SCALES_APART)


def _times_apart(first: float | None, second: float | None, ratio: float) -> bool:
    """Whether two positive sizes are ``ratio`` times apart or more (never when either is
    missing, zero or below)."""
    if first is None or second is None:
        return False
    low, high = sorted((first, second))
    return low > 0 and high >= low * ratio


def _said_to_have_fallen(left: Claim, right: Claim) -> bool:
    """Whether the lower of two counts that may fall (``Lexicon.may_fall``: daily levels,
    falling totals, passing events) is said to be what is left after a fall ("still
    without power", "the four schools still shut", "down from the peak"), in an article
    not dated before the other's."""
    attribute = frame_attribute(left)
    words = lexicon()
    if not attribute or attribute != frame_attribute(right):
        return False
    if not words.may_fall(attribute):
        return False
    ordered = _lower_and_higher(left, right)
    if ordered is None:
        return False
    lower, higher = ordered
    return article_order(lower, higher) != -1 and _told_as_fallen(lower)


def _said_to_have_risen(left: Claim, right: Claim) -> bool:
    """Whether the higher of two running totals is said to have risen to its figure, in an
    article not dated before the other's: the lower one is a figure from before the rise,
    whatever day the sentence names ("the fire on Monday ..., as the number of injured
    rose to 21" against "14 injured on Monday")."""
    ordered = _lower_and_higher(left, right)
    if ordered is None:
        return False
    lower, higher = ordered
    return (
        article_order(lower, higher) != 1
        and TOTAL_ROSE.search(higher.text) is not None
        and TOTAL_ROSE.search(lower.text) is None
    )


def _lower_and_higher(left: Claim, right: Claim) -> tuple[Claim, Claim] | None:
    """Two claims as (lower, higher) when one's figure lies wholly below the other's, else
    None."""
    left_q, right_q = primary_quantity(left), primary_quantity(right)
    if left_q is None or right_q is None:
        return None
    if strict_interval(left_q).below(strict_interval(right_q)):
        return left, right
    if strict_interval(right_q).below(strict_interval(left_q)):
        return right, left
    return None


def one_tally(
    left: Claim, right: Claim, left_sentence: Sequence[Claim], right_sentence: Sequence[Claim]
) -> bool:
    """Whether two running totals come from one tally, given the claims of their sentences.

    "40 dead and 63 injured, four of them critically" against "40 dead and 63 wounded,
    12 critically": two articles whose sentences give the same figures for the tally's
    other running totals report it at one moment, so their different figures for the
    rest disagree. That takes two such figures alike, or one a writer would not round
    (63, not 40), and no other running total of the tally told differently; and the
    disputed figure must narrow one that both give alike (the critically injured of the
    injured). Other totals of one sentence move on their own: the dead and the injured
    may be final while arrests still grow.

    :param left_sentence: the claims of the left claim's sentence (itself among them)
    :param right_sentence: the same for the right claim
    """
    own = {_tally_key(left), _tally_key(right)}
    left_figures, right_figures = _tally_figures(left_sentence), _tally_figures(right_sentence)
    shared = (left_figures.keys() & right_figures.keys()) - own
    if any(left_figures[key] != right_figures[key] for key in shared):
        return False
    narrowed = {attribute for attribute, _ in own} & {attribute for attribute, _ in shared}
    alike = len(shared) >= 2 or any(_unrounded(left_figures[key]) for key in shared)
    return bool(narrowed) and alike


def _tally_key(claim: Claim) -> tuple[str, tuple[str, ...]]:
    """What a claim counts in a tally: its attribute and the words that narrow it."""
    frame = claim.frame
    return (frame_attribute(claim), tuple(sorted(frame.modifiers)) if frame else ())


def _tally_figures(claims: Sequence[Claim]) -> dict[tuple[str, tuple[str, ...]], float]:
    """The exact running totals of a sentence by what they count; a total the sentence
    gives twice, with two values, is left out."""
    values: dict[tuple[str, tuple[str, ...]], set[float]] = defaultdict(set)
    for claim in claims:
        quantity = primary_quantity(claim)
        if (
            claim.frame is not None
            and lexicon().is_running_total(claim.frame.attribute)
            and quantity is not None
            and quantity.value is not None
            and quantity.qualifier == "exact"
        ):
            values[_tally_key(claim)].add(quantity.value)
    return {key: found.pop() for key, found in values.items() if len(found) == 1}


def _unrounded(value: float) -> bool:
    """A figure of two or more digits that is no multiple of ten (55, 213; not 30, 7)."""
    return value >= 10 and value % 10 != 0


def article_order(left: Claim, right: Claim) -> int | None:
    """-1, 0 or 1 as the left claim's article is dated before, with or after the right's.

    Articles are dated by their lead or dateline: two dates compare as dates, and
    otherwise two weekdays as weekdays (a lead's "Tuesday (6 January)" against another's
    "Tuesday"); None when either is unknown or the two cannot be compared.
    """
    years = (left.context_year, right.context_year)
    if None not in years and years[0] != years[1]:
        return -1 if years[0] < years[1] else 1  # type: ignore[operator]
    if left.context_date and right.context_date:
        return _day_order(left.context_date, right.context_date)
    # A date against no date: the weekdays, when both articles give one.
    return _day_order(left.context_day, right.context_day)


def _signed_days(left_day: str, right_day: str) -> int:
    """Days from one 'MM-DD' date to another (approximate months of 31 days)."""
    left_month, left_dom = (int(p) for p in left_day.split("-"))
    right_month, right_dom = (int(p) for p in right_day.split("-"))
    return (right_month * 31 + right_dom) - (left_month * 31 + left_dom)


# A clause that opens on one of these gives a part of a whole: "362 people aboard,
# including a crew of 18", "Most recently, it raised $20 million" (the latest round).
PART_OPENER = re.compile(
    r"(?:including|among them|among whom|of whom|of them|most recently)\b", re.IGNORECASE
)


# A sum paid in one form, in a clause that names the rest of the price: "will pay $1.1
# billion in cash, with the remainder in its own shares", "one point one billion dollars in
# cash and the rest in shares".
_IN_ONE_FORM = re.compile(r"\s+in\s+(?:cash|stock|shares)\b", re.IGNORECASE)
_THE_REST = re.compile(r"\bthe\s+(?:rest|remainder|balance)\b", re.IGNORECASE)


def pays_a_part(claim: Claim) -> bool:
    """Whether a sum is the part of a price paid in one form, its clause naming the rest
    (``_IN_ONE_FORM``, ``_THE_REST``): no other value of the price, and no rival to it."""
    quantity = primary_quantity(claim)
    if quantity is None or quantity.kind != "money":
        return False
    end = quantity.span[1] - claim.span[0]
    return (
        _IN_ONE_FORM.match(claim.text, end) is not None
        and _THE_REST.search(claim.text, end) is not None
    )


def lists_a_part(claim: Claim) -> bool:
    """Whether a claim's clause gives a part of a whole (``PART_OPENER``: "including a crew
    of 18", "most recently, it raised $20 million"): no other value of the whole's
    measure."""
    return PART_OPENER.match(claim.text) is not None


# A figure that opens its clause as some of a group just named: "two of whom", "three of
# them", "one of which".
SOME_OF_THOSE = re.compile(
    r"^\W*[\w.,-]+(?:\s+[\w.,-]+)?\s+of\s+(?:whom|which|them|those)\b", re.IGNORECASE
)


def _counts_some_of_those(claim: Claim) -> bool:
    """Whether a claim's own figure is the one that opens it with "of whom", "of them"
    ("two of whom were taken to hospital"); in "One of them, the Amber Kestrel, was carrying
    seven people" the figure counts the people, not one of them."""
    opening = SOME_OF_THOSE.match(claim.text)
    quantity = primary_quantity(claim)
    return (
        opening is not None
        and quantity is not None
        and quantity.span[0] - claim.span[0] < opening.end()
    )


# Fewest parts a breakdown lists after its whole.
BREAKDOWN_PARTS = 3


def breakdown_parts(sentences: Iterable[Sequence[Claim]]) -> set[str]:
    """Claims that count some of a group just named ("two of whom", ``SOME_OF_THOSE``; not
    a fact such as an age: "one of them was Ann Vale, 71"), or that break down a whole
    their sentence gives first: "At least 12 of one family, seven children, three women and
    two men, were killed" (7 + 3 + 2 = 12). Each
    part counts some of the whole, so it neither backs nor contradicts another article's
    figure ("three young men died"). The whole's clause says nothing happened to it (no
    verb, no outcome word), and at least ``BREAKDOWN_PARTS`` exact parts follow it and add
    up to it, so "10 dead, 4 injured, 3 missing and 3 rescued" is no breakdown.

    :param sentences: the claims of each sentence, in text order
    :returns: the ids of the parts
    """
    parts: set[str] = set()
    for claims in sentences:
        # "Seven officers were hurt, two of whom were taken to hospital": some of those; but
        # "63 injured, five of them critically" counts the critically injured.
        parts.update(
            claim.id
            for claim in claims
            if _counts_some_of_those(claim)
            and claim.fact is None
            and not (claim.frame and claim.frame.modifiers)
        )
        counts = [
            (claim, quantity.value)
            for claim in claims
            if (quantity := primary_quantity(claim)) is not None
            and quantity.kind == "count"
            and quantity.value is not None
        ]
        if counts and _opens_with_a_whole(counts[0][0]):
            # "Of 31 economists polled, 24 had forecast a rise": the rest count some of them.
            parts.update(claim.id for claim, value in counts[1:] if value < counts[0][1])
            continue
        for index, (whole, value) in enumerate(counts):
            words = re.findall(r"[a-z]+", whole.text.casefold())
            if any(is_verb(word) or word in OUTCOME_WORDS for word in words):
                continue
            total = 0.0
            for end, (_, part) in enumerate(counts[index + 1 :], start=index + 1):
                total += part
                if total == value and end - index >= BREAKDOWN_PARTS:
                    parts.update(claim.id for claim, _ in counts[index + 1 : end + 1])
                    break
                if total > value:
                    break
    return parts


# A whole that opens its sentence to be broken down: "Of 31 economists polled, ...".
_OF_A_WHOLE = re.compile(r"^\W*of\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


def _opens_with_a_whole(claim: Claim) -> bool:
    """Whether a claim's figure follows a bare "Of" that opens its clause ("Of 31
    economists polled by the agency, 24 had forecast a rise")."""
    return _before_figure(claim, _OF_A_WHOLE)


@dataclass(frozen=True)
class Ambiguity:
    """What an article's own figures say of its claims' measures (``ambiguous_claims``).

    :ivar ambiguous: ids of claims whose article gives another value of their measure
    :ivar deed_bound: ids of claims whose article gives another value of their measure
        told of another deed ("48 prisoners took part", "14 prisoners were
        transferred"): each stands only against a figure told of its own deed
    """

    ambiguous: frozenset[str]
    deed_bound: frozenset[str]


def ambiguous_claims(claims: Sequence[Claim], names: NameResolver) -> Ambiguity:
    """Claims whose own article gives another value for the same measure and time (a
    part listed after its whole, ``lists_a_part``, is no other value).

    "sentenced to seven life terms ... and four terms without parole", or "Kerr
    polled 2,140 votes to 2,113 for Haddad": the measure covers several things
    in that article, so comparing it across articles would pit one part
    against another. Where the past verbs after the noun tell the values apart
    (``deeds_told_apart``), or the verbs told of the figures do for values left in doubt
    (``deeds_named_apart``), the claims are bound to their deeds instead.
    """
    by_key: dict[tuple[str, tuple[str, str, str], object], list[Claim]] = defaultdict(list)
    for claim in claims:
        key = blocking_key(claim)
        quantity = primary_quantity(claim)
        if (
            key is not None
            and quantity is not None
            and quantity.value is not None
            and gives_its_measure(claim)
        ):
            by_key[(claim.source, key, effective_time(claim))].append(claim)
    blocks: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for (_, block, _), siblings in by_key.items():
        blocks[block].extend(siblings)
    bands_in_block = {block: ScopeBands.of(claims) for block, claims in blocks.items()}
    ambiguous: set[str] = set()
    deed_bound: set[str] = set()
    nearness: dict[str, bool] = {}

    def near(claim: Claim, block: tuple[str, str, str]) -> bool:
        """``_near_another_articles`` of the claim in its block, worked out once."""
        if claim.id not in nearness:
            nearness[claim.id] = _near_another_articles(claim, blocks[block])
        return nearness[claim.id]

    for (_, block, _), siblings in by_key.items():
        bands = bands_in_block[block]
        own_scope = bands.own_scope(siblings)
        # Claims alike in value and in everything the test below reads behave alike,
        # so one of each stands for all: an article that repeats a figure a thousand
        # times costs nothing.
        alike: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
        for claim in siblings:
            alike[_ambiguity_signature(claim)].append(claim)
        representatives = [group[0] for group in alike.values()]
        for left, right in combinations(representatives, 2):
            left_q, right_q = primary_quantity(left), primary_quantity(right)
            if left_q is None or right_q is None or left_q.value == right_q.value:
                continue
            if left_q.unit != right_q.unit:
                # One sum in two currencies ("$4.5 million, payable as 50 bitcoin").
                continue
            if bands.separate((left, right)):
                continue
            # No writer gives one thing as £25 and as £350,000: two things, not one twice.
            apart = _times_apart(scale_of(left_q), scale_of(right_q), SCOPE_GAP)
            if frame_attribute(left) and frame_attribute(right):
                one_subject = frames_agree(left, right, names) is not None
            else:
                one_subject = (
                    not left.subject or not right.subject or names.same(left.subject, right.subject)
                )
            if not (one_subject and measures_agree(left, right)):
                continue
            if deeds_told_apart(left, right):
                for claim in (left, right):
                    deed_bound.update(c.id for c in alike[_ambiguity_signature(claim)])
                continue
            # A figure of a scope of its own beside one among the other articles' ("the
            # strike wounded 100 ... 3,000 wounded so far") leaves that one alone.
            pair = [c for c in (left, right) if c.id in own_scope] or (left, right)
            pair = [c for c in pair if not set_apart_from(c, right if c is left else left)]
            if apart:
                # £25 a number plate beside a £350,000 haul: two things, not one given
                # twice. The one near another article's figure is that article's thing.
                pair = [c for c in pair if not near(c, block)]
            # Two values told of two deeds bind each to its deed rather than leave it in
            # doubt.
            doubted = deed_bound if deeds_named_apart(left, right) else ambiguous
            for claim in pair:
                doubted.update(c.id for c in alike[_ambiguity_signature(claim)])
    return Ambiguity(frozenset(ambiguous), frozenset(deed_bound - ambiguous))


# Figures of one measure this many times apart count different scopes (see
# ``scope_bands``).
SCOPE_GAP = 10.0


def _near_another_articles(claim: Claim, others: Sequence[Claim]) -> bool:
    """Whether another article gives a figure of the claim's measure less than
    ``SCOPE_GAP`` times apart from the claim's (both positive)."""
    scale = _scale(claim)
    if scale is None or scale <= 0:
        return False
    sizes = (_scale(other) for other in others if other.source != claim.source)
    return any(
        size is not None and size > 0 and not _times_apart(size, scale, SCOPE_GAP) for size in sizes
    )


def scale_of(quantity: Quantity) -> float | None:
    """The size of a figure for telling scopes apart: its value, or for a vague one the
    geometric middle of its bounds ("hundreds of thousands": about 450,000)."""
    if quantity.value is not None:
        return quantity.value
    low, high = quantity.low, quantity.high
    if low is not None and high is not None and 0 < low <= high < math.inf:
        return math.sqrt(low * high)
    return None


def scope_bands(figures: Iterable[tuple[str, float]]) -> dict[float, int]:
    """Bands of the figures articles give for one measure, by size: a figure ``SCOPE_GAP``
    times or more above the band below it starts a new band, once that band holds
    figures of two or more articles. "Around 100 wounded in the strike" (one article),
    "55 wounded" (two more) and "3,000 wounded so far" make two bands: a campaign's total
    beside a strike's figures is another scope, not another position, so figures are
    compared only within their band. Two articles alone never split: "5 dead" against
    "50 dead" may be a real contradiction.

    :param figures: (source, size) of each figure (``scale_of``)
    :returns: each size's band, 0 for the smallest
    """
    bands: dict[float, int] = {}
    band, previous = 0, None
    sources_in_band: set[str] = set()
    by_scale: dict[float, set[str]] = defaultdict(set)
    for source, scale in figures:
        by_scale[scale].add(source)
    for scale in sorted(by_scale):
        if (
            previous is not None
            and previous > 0
            and scale >= previous * SCOPE_GAP
            and len(sources_in_band) >= 2
        ):
            band += 1
            sources_in_band = set()
        bands[scale] = band
        sources_in_band |= by_scale[scale]
        previous = scale
    return bands


@dataclass(frozen=True)
class ScopeBands:
    """The scope bands (``scope_bands``) of the figures some claims give for one measure,
    and the bands that hold one article's figures only (above the lowest): an article's
    figure there counts a scope of its own."""

    bands: dict[float, int]
    owned: frozenset[int]
    # Bands where two or more articles give one figure: scopes the story reports.
    corroborated: frozenset[int] = frozenset()

    @classmethod
    def of(cls, claims: Iterable[Claim]) -> ScopeBands:
        """The bands of the claims' figures (claims without a size are left out)."""
        figures = [
            (claim.source, scale) for claim in claims if (scale := _scale(claim)) is not None
        ]
        bands = scope_bands(figures)
        sources: dict[int, set[str]] = defaultdict(set)
        sources_of_figure: dict[float, set[str]] = defaultdict(set)
        for source, scale in figures:
            sources[bands[scale]].add(source)
            sources_of_figure[scale].add(source)
        owned = frozenset(band for band, found in sources.items() if band and len(found) == 1)
        corroborated = frozenset(
            bands[scale] for scale, found in sources_of_figure.items() if len(found) >= 2
        )
        return cls(bands, owned, corroborated)

    def separate(self, claims: Iterable[Claim]) -> bool:
        """Whether one article's figures fall in different bands that each hold a figure
        two articles give: "21 points" in a game and "2,310 points" in a career, both told
        by others too, are no two values of one thing. A band no two articles agree on
        may be stray figures of other things ("$17.40" a share beside "$5.4 billion")."""
        found = {self.band(claim) for claim in claims}
        return len(found) > 1 and found <= self.corroborated

    def band(self, claim: Claim) -> int:
        """A claim's band (0 when its figure has no size)."""
        scale = _scale(claim)
        return self.bands.get(scale, 0) if scale is not None else 0

    def own_scope(self, siblings: Sequence[Claim]) -> set[str]:
        """Ids of an article's claims (of one measure and time) in bands of their own,
        when its other claims give one value: "the strike wounded 100 ... 3,000 wounded so
        far" keeps 100 as the article's position and sets 3,000 apart. Empty otherwise."""
        own = {claim.id for claim in siblings if self.band(claim) in self.owned}
        near = {
            round(quantity.value, 6)
            for claim in siblings
            if claim.id not in own
            and (quantity := primary_quantity(claim)) is not None
            and quantity.value is not None
        }
        return own if own and len(near) == 1 else set()


def _scale(claim: Claim) -> float | None:
    """``scale_of`` a claim's figure (None without one)."""
    quantity = primary_quantity(claim)
    return scale_of(quantity) if quantity is not None else None


def _ambiguity_signature(claim: Claim) -> tuple[object, ...]:
    """What ``ambiguous_claims`` reads of a claim: its value, measure, subject and frame."""
    quantity = primary_quantity(claim)
    return (
        quantity.value if quantity else None,
        claim.measure,
        claim.predicate,
        figure_deed(claim),
        claim.subject,
        claim.frame.model_dump_json() if claim.frame else "",
        tuple(claim.places),
    )


def _is_generic(claim: Claim) -> bool:
    """Whether a claim counts people without saying which: "12 people", "300 Nordians"."""
    quantity = primary_quantity(claim)
    if quantity is None or quantity.kind != "count":
        return False
    words = claim.measure.split()
    if not words:
        return True
    last = words[-1]
    capitalised = re.search(rf"\b{re.escape(last.capitalize())}\b", claim.text) is not None
    return singular(last) in GENERIC_HEADS or capitalised


def _content_words(claim: Claim) -> set[str]:
    """Stems of a claim's longer words, less its attribution, function words and money words."""
    return _content_stems(unattributed_text(claim))


def _content_stems(text: str) -> set[str]:
    """Stems of a text's longer words, less function words and money words."""
    words = re.findall(r"[a-z]{4,}", text.casefold())
    return {stem(w) for w in words if w not in PHRASE_STOPWORDS and w not in MONEY_MEASURES}


def _subject_stems(claim: Claim) -> set[str]:
    """Stems of the longer words of a claim's subject."""
    return {stem(word) for word in re.findall(r"[a-z]{4,}", claim.subject.casefold())}


def _sum_of_another(left: Claim, right: Claim) -> bool:
    """Whether a sum its parse gives to one named thing ("The Lumen 7, priced at $899")
    stands against a sum said of another named subject ("The Strata 14 laptop starts at
    $1,499"): two products' prices, not two accounts of one. A sum whose clause names
    the first thing too is of it ("Ashworth Rovers ... sign Menck ... in a £42m deal"), and
    so is a sum its clause says is for the other's subject (the Telethon "had raised £1.9
    million for the Hospice Trust", against the Trust's appeal that "raised £2.41 million",
    ``_raised_for``)."""
    for framed, other in ((left, right), (right, left)):
        entity = framed.frame.entity if framed.frame else ""
        named = entity and not entity.startswith("the ")
        if (
            named
            and not (other.frame and other.frame.entity)
            and other.subject
            and set(entity.casefold().split()).isdisjoint(other.subject.casefold().split())
            and entity.casefold() not in other.text.casefold()
            and not _raised_for(framed, other.subject)
        ):
            return True
    return False


def _raised_for(claim: Claim, beneficiary: str) -> bool:
    """Whether a claim's words after its figure say the sum is for a named beneficiary
    ("had raised £1.9 million for the Kellmouth Children's Hospice Trust")."""
    quantity = primary_quantity(claim)
    if quantity is None:
        return False
    after = claim.text[quantity.span[1] - claim.span[0] :].casefold()
    return (
        re.search(rf"\bfor\s+(?:the\s+)?{re.escape(beneficiary.casefold())}\b", after) is not None
    )


def _raised_for_two(left: Claim, right: Claim) -> bool:
    """Whether two sums raised ("raised", "donated") each say whom for, right after the
    figure, and name two beneficiaries ("for the hospice", "for good causes")."""
    beneficiaries = []
    for claim in (left, right):
        quantity = primary_quantity(claim)
        if quantity is None or quantity.kind != "money":
            return False
        start = quantity.span[0] - claim.span[0]
        raised = _RAISED_BEFORE.search(claim.text, max(0, start - 30), start)
        if raised is None:
            return False
        # Whom for, right after the sum or before the word of raising: "An online appeal for
        # the injured had raised just over six thousand pounds".
        found = _FOR_WHOM.match(claim.text, quantity.span[1] - claim.span[0]) or _FOR_WHOM.search(
            claim.text, 0, raised.start()
        )
        if found is None:
            return False
        beneficiaries.append(" ".join(found["whom"].casefold().split()))
    return beneficiaries[0] != beneficiaries[1]


# A word of money raised (``money_measures``), shortly before a sum: "had raised £1.3 million".
_RAISED_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(w for w, m in MONEY_MEASURES.items() if m == 'raised'))})\b"
)
# A sum raised for someone, right after its figure: "£1.3 million for the hospice".
_FOR_WHOM = re.compile(
    r"\s+for\s+(?:the\s+|a\s+|an\s+)?(?P<whom>[\w'’-]+(?:\s+(?!(?:on|in|at|by|after|from|"
    r"and|to|as|when|while|since|this|last)\b)[\w'’-]+){0,4})"
)


def _things_in_common(left: Claim, right: Claim) -> set[str]:
    """The content words two claims share (``_content_words``) besides their subjects'."""
    shared = _content_words(left) & _content_words(right)
    return shared - _subject_stems(left) - _subject_stems(right)


def _words_about(claim: Claim) -> set[str]:
    """A claim's content words (``_content_words``) and those of its subject, which a
    relative clause leaves out of its text ("Northwind, which raised $35m")."""
    return _content_words(claim) | _subject_stems(claim)


def _is_attributive_size(claim: Claim) -> bool:
    """A size that names a thing: "the 16-yard line", "a 5-mile stretch".

    Several such things can exist at once, so two sizes are no contradiction. The length
    of a term is no size ("a 12-year prison sentence": one person's one sentence), nor is
    the size of an order's zone ("a one-mile evacuation radius": the story's one order of
    its kind, ``_is_zone``).
    """
    quantity = primary_quantity(claim)
    if (
        quantity is None
        or quantity.kind == "count"
        or term_attribute(quantity)
        or _is_zone(claim)
        or _sum_of_its_own_noun(claim)
    ):
        return False
    # The hyphen joins the figure to its unit ("16-yard"), not the words of one number
    # ("forty-six dollars", "two-thirds of candidates").
    return any(
        part.casefold() not in CARDINALS and part.casefold() not in DENOMINATORS
        for word in quantity.surface.split()
        if "-" in word
        for part in word.split("-")[1:]
    )


def _sum_of_its_own_noun(claim: Claim) -> bool:
    """Whether a sum before its noun is the amount the noun names ("a 50,000-euro reward",
    "a 3.1 million-dollar purse"): the noun is what the sum measures (the frame gives no
    other attribute, or the noun's own), not one of several things a size names ("a
    $5-million pool" of money, read as a cost)."""
    quantity = primary_quantity(claim)
    if quantity is None or quantity.kind != "money":
        return False
    frame = claim.frame
    if frame is None or not frame.attribute:
        return True
    return lexicon().noun_attribute.get(frame.noun.casefold()) == frame.attribute


def _in_parentheses(claim: Claim) -> bool:
    """Whether a claim's figure sits inside brackets, as an aside."""
    quantity = primary_quantity(claim)
    if quantity is None:
        return False
    before = claim.text[: quantity.span[0] - claim.span[0]]
    after = claim.text[quantity.span[1] - claim.span[0] :]
    opened = before.rfind("(") > before.rfind(")")
    closes = ")" in after and (after.find("(") < 0 or after.find(")") < after.find("("))
    return opened or closes


def counts_others(claim: Claim) -> bool:
    """Whether a figure counts further things beside some already counted: "three other bombs"."""
    quantity = primary_quantity(claim)
    if quantity is None:
        return False
    if names_others(claim):
        return True
    # "and also got $9m": an addition to a figure given before it; but an event's toll
    # ("the strike killed 40 and also wounded 100") or what it left ("The burst also left
    # well over 2,000 homes without water") is whole, the "also" joins the outcomes.
    before = claim.text[: quantity.span[0] - claim.span[0]].casefold().split()
    frame = claim.frame
    words = lexicon()
    outcome = frame is not None and (
        words.is_running_total(frame.attribute) or frame.verb in words.outcome_verbs
    )
    # "35 residents were also evacuated" from a neighbouring block: more beside those
    # counted before, as "also evacuated 35 residents" is.
    also = "also" in before[-3:] or _ALSO_AFTER_NOUN.match(
        claim.text, quantity.span[1] - claim.span[0]
    )
    return bool(also) and not outcome


# "also" in a counted noun's verb group: " residents were also evacuated", " staff have
# also been moved".
_ALSO_AFTER_NOUN = re.compile(
    r"(?:\s+[\w'’-]+){1,3}?\s+(?:were|was|are|is|have|has|had|will|would)\s+also\b",
    re.IGNORECASE,
)


def gives_its_measure(claim: Claim) -> bool:
    """Whether a figure is a value of its measure as such, which another value of the same
    article would contradict: not further things beside some counted ("three other
    bombs", ``counts_others``), a part listed after its whole (``lists_a_part``) or those
    of a group a clause picks out (``counts_those_who``), nor one thing a superlative picks
    out of several (``picked_of_several``), nor the part of a price paid in one form
    (``pays_a_part``)."""
    return not (
        counts_others(claim)
        or lists_a_part(claim)
        or pays_a_part(claim)
        or counts_those_who(claim)
        or picked_of_several(claim)
        or beside_the_rest(claim)
    )


# The rest of a count sent elsewhere after it: "a dozen were taken to Brennock General and
# the rest to St Aldric's" ("12 were killed and the rest injured" is a whole of its own).
_THE_REST_ELSEWHERE = re.compile(
    r"\band\s+the\s+(?:rest|remainder|others)\s+(?:to|at|in|into|on|from)\b", re.IGNORECASE
)


def beside_the_rest(claim: Claim) -> bool:
    """Whether a count is of those at one place, the rest of them at another: "a dozen
    were taken to Brennock General Hospital and the rest to St Aldric's" counts some of
    those taken to hospital."""
    quantity = primary_quantity(claim)
    if quantity is None:
        return False
    return _THE_REST_ELSEWHERE.search(claim.text, quantity.span[1] - claim.span[0]) is not None


def counts_those_who(claim: Claim) -> bool:
    """Whether a figure's noun is narrowed by a relative clause that says what befell some
    of them (``OUTCOME_WORDS``): "the two miners who died", "the 12 passengers who were
    hurt". The clause makes the count a subset of its own, not another value of the plain
    count in the same article ("37 miners were underground"). Other clauses may tell the
    whole ("the 14,280 runners who set off") and narrow nothing."""
    quantity = primary_quantity(claim)
    if quantity is None or not claim.measure:
        return False
    after = [
        word.casefold()
        for word, _ in words_after(claim.text, quantity.span[1] - claim.span[0], len(claim.text))
    ]
    rest = after[len(claim.measure.split()) :]
    if not rest or rest[0] not in {"who", "that"}:
        return False
    verb = next((word for word in rest[1:4] if word not in AUXILIARIES), "")
    return bool(verb) and predicate_stem(verb) in _OUTCOME_STEMS


# The stems of outcomes that befall some of a group ("who died", "who were hurt").
_OUTCOME_STEMS = frozenset(predicate_stem(word) for word in OUTCOME_WORDS)


def _a_position(claim: Claim) -> bool:
    """Whether a figure says where something is, not how many there are: "three cars behind
    the tanker", "two rows back"."""
    return _after_figure(claim, POSITION_AFTER, "count")


# A noun then a word of place after a figure: "three cars behind", "two rows back".
POSITION_AFTER = re.compile(r"\s+[a-z]+\s+(?:behind|ahead|back)\b")


def _some_of_a_kind(left: Claim, right: Claim) -> bool:
    """Whether one of two counts of different nouns leaves out something it names after it:
    "Three cars were caught up in the collision along with the tanker" are some of "Four
    vehicles"; "146 passengers on board, along with its crew" still counts passengers."""
    nouns = {claim.frame.noun if claim.frame else "" for claim in (left, right)}
    if len(nouns) < 2:
        return False
    for claim in (left, right):
        quantity = primary_quantity(claim)
        if quantity is not None and ALONG_WITH.search(claim.text, quantity.span[1] - claim.span[0]):
            return True
    return False


# Words after a figure that add something it does not count.
ALONG_WITH = re.compile(
    r"\b(?:along\s+with|as\s+well\s+as|in\s+addition\s+to|besides)\b", re.IGNORECASE
)


def names_others(claim: Claim) -> bool:
    """Whether a figure's own words make it further things or a difference: "three other
    bombs", "another 19 patients", "13 more than the record", "£1,450 a year more than
    students pay today", "three newly identified deaths", "Renwick and two others"."""
    quantity = primary_quantity(claim)
    if quantity is None:
        return False
    following = claim.text[quantity.span[1] - claim.span[0] :].casefold().split()[:3]
    # Past a rate: "paying £1,450 a year more than students pay today".
    after = following[2:] if following[:1] in (["a"], ["an"], ["per"]) else following[:1]
    before = claim.text[: quantity.span[0] - claim.span[0]].casefold().split()[-1:]
    if after == ["others"] and _NAMED_AND_OTHERS.search(
        claim.text, 0, quantity.span[0] - claim.span[0]
    ):
        return True
    return bool(OTHERS_CUES & {*after, *before})


# A sum paid partly in one form: "a combination of $4.2 billion in cash" (and shares).
PAYMENT_MIX = re.compile(r"\b(?:combination|mix|mixture)\s+of\s+$", re.IGNORECASE)

# Words that make a count an addition to another: "three other bombs", "another 19 patients",
# "200 extra redundancies", "three newly identified deaths", "five new cases", "inflation
# plus 3.9 percent".
OTHERS_CUES = frozenset("other another additional extra further more new newly plus".split())
# A name and "and" before a count of others: "Tobias Renwick and two others were killed"
# counts those besides him ("injuring 23 others" is the whole toll of the injured).
_NAMED_AND_OTHERS = re.compile(r"[A-Z][a-z'’-]+\s+and\s+$")


# Words before a sum that make it a part of a larger one: "The stadium's roof alone will
# cost $140 million", "The city's share of the cost is $520 million".
PART_OF_A_SUM = re.compile(r"\b(?:alone|share|portion|part)\b", re.IGNORECASE)
# A sum that is some of a whole named right after it: "$96 million of the evening's sales".
SUM_OF_A_WHOLE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|this|that)\b", re.IGNORECASE)


def _part_within_whole(left: Claim, right: Claim) -> bool:
    """Whether one of two figures counts a part of something (``is_part``) and may fit
    within the other: a part cannot contradict a whole, but a part of a sum can be larger
    than the sum ("damage in Athens alone, about 200 million euros" against "property
    damage, an estimated $2 million"; sums in two currencies must be ``CURRENCY_GAP``
    apart). Counts are parts by looser cues, so any part of a count takes no side."""
    left_part = is_part(left)
    if left_part == is_part(right):
        return False
    part, whole = (left, right) if left_part else (right, left)
    part_q, whole_q = primary_quantity(part), primary_quantity(whole)
    if part_q is None or whole_q is None or not part_q.kind == whole_q.kind == "money":
        return True
    if _in_two_currencies(part_q, whole_q):
        return not (_far_apart(part_q, whole_q) and (part_q.value or 0) > (whole_q.value or 0))
    return _no_larger(part, whole)


# Some of a group named just before: "five of whom", "two of which"; some of a whole given
# after the figure: "95 aboard out of the original 870".
SUBSET_OF = re.compile(
    r"\bof\s+(?:which|whom)\b|\bout\s+of\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z]+\s+){0,2}\d"
)
# A clause that opens on the group its figure is some of: "Of those, 19 were detained",
# "Among them, four children", "Of the injured, six are critical".
OF_THOSE = re.compile(
    r"^\W*(?:of|among)\s+(?:those|them|these|the\s+[a-z][\w\s-]{0,30}?,)",
    re.IGNORECASE,
)
# A figure that stands for a group named before, with no noun of its own: "All three were
# treated and released", "The two remain in hospital" (``ITS_VERB`` after it).
THOSE_NAMED = re.compile(r"\W*(?:all|all\s+the|the|both\s+the)\s*", re.IGNORECASE)
# The same after what someone said: "A spokeswoman said the two ... died".
_SAID_OF_THOSE_NAMED = re.compile(
    r"\b(?:said|says|added|confirmed)\s+(?:that\s+)?(?:all|all\s+the|the|both\s+the)\s*$",
    re.IGNORECASE,
)
# An apposition right after a figure: "the two, a man and a woman, died".
_APPOSITION = re.compile(r"\s*,[^,.;:]{1,60},")


def _past_apposition(text: str) -> int:
    """Where the words after a figure go on past an apposition that opens them (0 when
    none does)."""
    found = _APPOSITION.match(text)
    return found.end() if found else 0


ITS_VERB = re.compile(
    r"\s+(?:were|are|was|is|had|have|has|remain|remained|remains|died|survived)\b",
    re.IGNORECASE,
)
# A zero of the people at one place, the place before the verb: "No one at the park was hurt",
# "Nobody inside the school was injured" (not "No one was killed in the camp").
NOBODY_THERE = re.compile(
    r"^\W*(?:no\s+one|nobody|none)\s+(?:at|in|inside|on|aboard)\s+(?:the\s+)?[\w'’-]+"
    r"(?:\s+[\w'’-]+)?\s+(?:was|were|had\s+been|has\s+been)\b",
    re.IGNORECASE,
)
# "alone" after what a count is of, before its verb: "The Harwick plant alone employs 800".
ALONE_BEFORE = re.compile(r"\b[a-z]+\s+alone\s+[a-z]+\s*$", re.IGNORECASE)


# A count's noun, then a bound that only some of what it counts pass: "14 aftershocks above
# magnitude 4", "30 earthquakes of at least magnitude 5", "12 gusts over 100 km/h".
ABOVE_A_THRESHOLD = re.compile(
    r"(?:\s+[a-z-]+){1,2}\s+(?:above|over|exceeding|(?:stronger|greater|larger|higher)\s+than"
    r"|of\s+(?:at\s+least|more\s+than))\s+(?:(?:a\s+)?magnitude\s+(?:of\s+)?)?\d",
    re.IGNORECASE,
)
# A count's noun, then the means of some of what it counts: "51 wins coming by way of
# knockout", "46 wins by knockout" (``means_nouns`` in data/measures.json).
BY_A_MEANS = re.compile(
    r"(?:\s+[a-z-]+){1,2}\s+(?:coming\s+|came\s+)?by\s+(?:way\s+of\s+[a-z]|(?:"
    + "|".join(read_data("measures.json")["means_nouns"])
    + r")\b)",
    re.IGNORECASE,
)
# A place that is one of several, right after a count's noun (and its verb): "two people
# killed in one of the cars", "workers at one of its plants"; not after another phrase's
# preposition ("11 diplomats for spying on one of its sites").
IN_ONE_OF = re.compile(
    r"(?:\s+(?!(?:for|of|to|with|by|from|after|before|over)\b)[a-z-]+){1,3}"
    r"\s+(?:in|at|on|aboard|inside)\s+one\s+of\s+(?:the|its|their|his|her|our)\b",
    re.IGNORECASE,
)
# A superlative standing for one of a set as a clause's subject: "The strongest remained
# Tuesday's magnitude 5.1 tremor", "The largest was 40 hectares".
ONE_OF_A_SET = re.compile(
    r"^\W*the\s+(?:strongest|largest|biggest|most\s+powerful|deadliest|worst)\s+"
    r"(?:was|were|remained|remains|is|came|measured)\b"
    # "The lowest reading, 8 micrograms of microcystin per litre, came from the slipway":
    # one of several readings.
    r"|^\W*the\s+(?:lowest|highest)\s+(?:reading|level|sample|measurement|result)s?\b",
    re.IGNORECASE,
)


def is_part(claim: Claim) -> bool:
    """Whether a figure counts only part of something: "at its depot alone", "his first
    five points" (``is_stretch``), "including a crew of 18" (``lists_a_part``).

    For a framed claim only the words up to the next punctuation are read: "killing
    four people, injuring dozens and destroying hundreds, including ..." is whole.
    """
    if lists_a_part(claim) or beside_the_rest(claim):
        return True
    quantity = primary_quantity(claim)
    after = claim.text[quantity.span[1] - claim.span[0] :] if quantity else claim.text
    before = claim.text[: quantity.span[0] - claim.span[0]] if quantity is not None else ""
    if quantity is not None and quantity.kind == "money":
        if PAYMENT_MIX.search(before) or PART_OF_A_SUM.search(before) or pays_a_part(claim):
            # "a mix of cash and stock", "the roof alone will cost", "the city's share of",
            # "$1.1 billion in cash, with the remainder in shares".
            return True
        if SUM_OF_A_WHOLE.match(after):
            # "made up $96 million of the evening's sales": some of a sum named after it.
            return True
    whole_after = after
    if claim.frame is not None and claim.frame.attribute:
        after = re.split(r"[,;:.()\u2013\u2014]", after, maxsplit=1)[0]
    if is_stretch(claim):
        return True
    if "alone" in before and ALONE_BEFORE.search(before):
        # "The Harwick plant alone employs 800 workers."
        return True
    if NOBODY_THERE.match(claim.text):
        # "No one at the park was hurt": nobody of those at one place, not of everyone.
        return True
    if (
        quantity is not None
        and quantity.kind == "count"
        and (ABOVE_A_THRESHOLD.match(after) or BY_A_MEANS.match(after))
    ):
        # "14 aftershocks above magnitude 4", "51 wins coming by way of knockout": those
        # past a bound, or come about one way, some of all.
        return True
    if OF_THOSE.match(claim.text):
        # "Of those, 19 were detained": some of the group the sentence before counts.
        return True
    if (
        quantity is not None
        and (THOSE_NAMED.fullmatch(before) or _SAID_OF_THOSE_NAMED.search(before))
        and ITS_VERB.match(whole_after, _past_apposition(whole_after))
    ):
        # "All three were treated and released", "the two, a man and a woman in their
        # seventies, died overnight": the ones a sentence before names, who may be some of
        # another article's count.
        return True
    if ONE_OF_A_SET.match(claim.text):
        # "The strongest remained Tuesday's magnitude 5.1 tremor": one of several.
        return True
    if IN_ONE_OF.match(after):
        # "The two people killed in one of the cars": those of one place of several.
        return True
    # "were cut last year alone": a period, which the claim's time already says, not some of
    # a whole. Another clause's "only" ("covers 124 institutions, put PEIT behind only the
    # University of Brackenford") says nothing of this figure.
    clause = re.split(r"[,;:.()\u2013\u2014]", after, maxsplit=1)[0]
    if claim.measure.startswith("part of ") and _classed_by_a_copula(clause):
        # "148 of the flights it cancelled were domestic routes": the domestic ones.
        return True
    lowered = _WHEN_HEDGE.sub(" ", _A_PERIOD_ALONE.sub(" ", clause.casefold()))
    return bool(set(re.findall(r"[a-z]+", lowered)) & SUBSET_CUES) or bool(
        SUBSET_OF.search(lowered)
    )


# A copula and the word after it: "were domestic routes", "are children".
_COPULA_AND_WORD = re.compile(r"\b(?:were|are)\s+(?P<word>[a-z]+)\b")


def _classed_by_a_copula(clause: str) -> bool:
    """Whether the clause after a count of some of a whole ("148 of the flights it
    cancelled") says what kind they are with a copula and no verb ("were domestic
    routes"), so that the count is of a narrower kind than the whole; "were cancelled"
    and "were seriously hurt" tell what befell them instead."""
    found = _COPULA_AND_WORD.search(clause)
    if found is None:
        return False
    word = found["word"]
    return not (is_verb(word) or word.endswith(("ed", "en", "ly")) or word == "not")


def _narrowed_to(claim: Claim) -> str:
    """The group or named place the noun a figure measures is narrowed to before the figure
    ("Turnout among under-25s was below 50 percent": 'among under-25s'; "Turnout in Halvard
    reached 78.3 percent": 'in halvard'), or ''. Two figures of one noun narrowed apart, or
    one narrowed and one not, are of two sets of people or places."""
    before = _text_before_figure(claim)
    if before is None or not claim.measure:
        return ""
    found = _narrowing_of(claim.measure.split()[-1]).search(before)
    return found.group(1).casefold() if found else ""


def _among_groups_apart(left: Claim, right: Claim) -> bool:
    """Whether two figures are each some of a group named after "among" and the groups
    differ: "Among those evacuated were 40 children" and "Eleven children were among those
    taken on to the infirmary" count two groups' children."""
    if left.fact is not None or right.fact is not None:
        # "Among the dead was Mara Quillon, 17": her age, whoever she is among.
        return False
    groups = [_AMONG_GROUP.search(claim.text) for claim in (left, right)]
    if groups[0] is None or groups[1] is None:
        return False
    return stem(groups[0]["group"].casefold()) != stem(groups[1]["group"].casefold())


# The group a figure is some of: "among those evacuated", "among the injured".
_AMONG_GROUP = re.compile(r"\b(?i:among)\s+(?i:those|the)\s+(?P<group>[\w'’-]+)")


# A word of permission and a verb before "up to" and a figure: a cap a rule sets ("can usually
# receive up to three parcels in six months", "were each allowed to spend up to £15,600"),
# no count of what was done.
_ALLOWED_BEFORE = re.compile(r"\b(?:can|may|allowed\s+to|entitled\s+to)\s+(?:[a-z]+\s+){1,3}$")


def _allowed_up_to(claim: Claim) -> bool:
    """Whether a claim's figure is a cap a rule allows (``_ALLOWED_BEFORE``, and "up to",
    which the figure's surface holds): it takes no side against a figure of what was
    done."""
    quantity = primary_quantity(claim)
    return (
        quantity is not None
        and quantity.surface.casefold().startswith("up to")
        and _before_figure(claim, _ALLOWED_BEFORE)
    )


# The race votes were cast for, right after a tally's noun: "28,293 votes cast for mayor".
_CAST_FOR = re.compile(r"\s+[a-z]+\s+(?:were\s+)?cast\s+for\s+(?:the\s+)?(?P<race>[\w'’-]+)")


def _cast_for(claim: Claim) -> str:
    """The race a tally's votes were cast for (``_CAST_FOR``), lower-cased, or '': "votes
    cast for mayor" are some of "28,654 ballots were cast" (voters skip races), and two
    races' tallies are two things."""
    quantity = primary_quantity(claim)
    if quantity is None or quantity.kind != "count":
        return ""
    found = _CAST_FOR.match(claim.text, quantity.span[1] - claim.span[0])
    return found["race"].casefold() if found else ""


def _share_narrowed_to(claim: Claim) -> str:
    """The group a share's whole is narrowed to after it ("9 percent of patients on
    placebo": 'on placebo'; "almost half of patients on the higher dose": 'on higher
    dose'), or ''. Two shares of one whole narrowed apart are of two groups."""
    quantity = primary_quantity(claim)
    if quantity is None or quantity.kind != "percent":
        return ""
    after = claim.text[quantity.span[1] - claim.span[0] :]
    found = _SHARE_NARROWED.match(after)
    if found is None or found["group"].split()[0].casefold() in CALENDAR_WORDS:
        # "23 percent of capacity on Monday": a day, no group.
        return ""
    return f"{found['how'].casefold()} {found['group'].casefold()}"


# A share's whole and the words that narrow it: "of patients on the higher dose".
_SHARE_NARROWED = re.compile(
    r"\s+of\s+(?:the\s+|all\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+"
    r"(?P<how>on|among|taking|given|receiving)\s+(?:the\s+|a\s+)?(?P<group>[\w'’-]+(?:\s+[\w'’-]+)?)"
)


@lru_cache(maxsize=1024)
def _narrowing_of(noun: str) -> re.Pattern[str]:
    """A noun, in any case, then "among" a group or "in" a named place."""
    return re.compile(rf"\b(?i:{re.escape(noun)})\s+(among\s+\S+|in\s+[A-Z][\w'’-]*)")


# A period and "alone" after it: "last year alone", "in 2023 alone", "in November alone"
# ("on Tuesday alone" is one day's part of a running total, and stays a part).
_A_PERIOD_ALONE = re.compile(
    r"\b(?:(?:last|this|next)\s+(?:year|month|season|quarter)|in\s+\d{4}|"
    rf"in\s+(?:{'|'.join(MONTHS)})(?:\s+\d{{4}})?)\s+alone\b"
)

# "just" or "only" before a word of when: "cut just after eight", "only as the roof fell",
# a hedge on a time, not some of a whole.
_WHEN_HEDGE = re.compile(r"\b(?:just|only)\s+(?=(?:after|before|as|when|since)\b)")


def is_stretch(claim: Claim) -> bool:
    """Whether a figure counts a stretch of a whole: "his first five points", "the last 10
    games" (``leading_part_cues`` before it)."""
    quantity = primary_quantity(claim)
    if quantity is None:
        return False
    words_before = claim.text[: quantity.span[0] - claim.span[0]].casefold().split()
    return not lexicon().leading_part_cues.isdisjoint(words_before[-1:])


def _is_volatile(claim: Claim) -> bool:
    """Whether a figure is a running total that later reports may raise: its measure says
    so, or a cue does in the figure's own clause, up to the first comma after it ("have
    been arrested since Friday"; not "620 metres below the surface, in a section the union
    had been warning about since spring")."""
    head = measure_key(claim.measure).head
    if {claim.predicate, head, stem(head)} & VOLATILE_PREDICATES:
        return True
    text = _up_to_its_clause_end(claim).casefold()
    return not VOLATILE_CUES.isdisjoint(re.findall(r"[a-z]+", text)) or _counted_by_a_time(claim)


# A time a count is given as reached by, opening its sentence: "By 6 p.m., 286 boats had
# retired", "By Thursday afternoon, 42 inmates had been moved".
_BY_A_TIME = re.compile(
    r"^\W*by\s+(?:about\s+|around\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)"
    r"|noon|midnight|nightfall|dusk|dawn|(?:this|last|that)\s+(?:morning|afternoon|evening|night)"
    rf"|(?:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?)"
    r"\s*,",
    re.IGNORECASE,
)


def _counted_by_a_time(claim: Claim) -> bool:
    """Whether a count opens on the time it was reached by (``_BY_A_TIME``): a running
    total at that time, which a later count may pass."""
    quantity = primary_quantity(claim)
    return (
        quantity is not None
        and quantity.kind == "count"
        and _BY_A_TIME.match(claim.text) is not None
    )


# Where the clause of a figure ends, after the figure.
_CLAUSE_END = re.compile(r"[,;:(]")


# Sums in different currencies this many times apart cannot be one sum.
CURRENCY_GAP = 3.0


# Sums this many times apart are never one sum written wrongly: a price per unit and a
# total ("$46.50 a share", "a $2.4 billion deal"). A scale slip ("$2.4 million" for "$2.4
# billion", a thousand times) stays a disagreement.
SUM_SCALE_GAP = 10_000


def _said_rounded(spoken: Quantity, exact: Quantity) -> bool:
    """Whether a whole number written in words is another figure with decimals rounded, as
    speech rounds it ("closed up two percent" and "rose 2.1 percent"); a figure in digits
    says how precise it is ("2 percent" is no rounding of "2.1 percent")."""
    if spoken.value is None or exact.value is None or spoken.unit != exact.unit:
        return False
    if any(char.isdigit() for char in spoken.surface) or not float(spoken.value).is_integer():
        return False
    return not float(exact.value).is_integer() and round(exact.value) == spoken.value


def _sums_of_other_scales(left: Claim, right: Claim) -> bool:
    """Whether two sums of one currency are more than ``SUM_SCALE_GAP`` times apart."""
    left_q, right_q = primary_quantity(left), primary_quantity(right)
    if left_q is None or right_q is None or not left_q.kind == right_q.kind == "money":
        return False
    values = sorted(abs(q.value) for q in (left_q, right_q) if q.value)
    return len(values) == 2 and values[1] > SUM_SCALE_GAP * values[0]


def _is_sum(claim: Claim) -> bool:
    """Whether a claim's figure is a sum of money."""
    quantity = primary_quantity(claim)
    return quantity is not None and quantity.kind == "money"


def _currencies_differ(left: Claim, right: Claim) -> bool:
    """Whether two claims' figures are sums of money in different currencies."""
    return _in_two_currencies(primary_quantity(left), primary_quantity(right))


def _in_two_currencies(left: Quantity | None, right: Quantity | None) -> bool:
    """Whether two figures are sums of money in different currencies."""
    return (
        left is not None
        and right is not None
        and left.kind == right.kind == "money"
        and left.unit != right.unit
    )


def _far_apart(left: Quantity, right: Quantity) -> bool:
    """Whether two figures differ by more than ``CURRENCY_GAP`` times, bounds included."""
    left_interval, right_interval = strict_interval(left), strict_interval(right)
    return any(
        lower.high is not None
        and upper.low is not None
        and lower.high > 0
        and upper.low / lower.high > CURRENCY_GAP
        for lower, upper in ((left_interval, right_interval), (right_interval, left_interval))
    )


def values_compatible(left: Claim, right: Claim) -> bool:
    """Whether two claims' stated values can both hold: facts equal, intervals overlapping
    (a count written in full held to its digits: "3,214 points" is not "3,226")."""
    if left.fact is not None or right.fact is not None:
        if left.fact is None or right.fact is None:
            return False
        return left.fact.value.casefold() == right.fact.value.casefold()
    left_q, right_q = primary_quantity(left), primary_quantity(right)
    if left_q is None or right_q is None:
        return False
    if _in_two_currencies(left_q, right_q):
        return not _far_apart(left_q, right_q)
    if not strict_interval(left_q, counts_exact=True).overlaps(
        strict_interval(right_q, counts_exact=True)
    ):
        return False
    return not _estimates_apart(left_q, right_q)


# Two estimates whose figures differ by more than this share of the smaller do not back
# each other, though their hedges overlap: "some 700 metres" is not "about 2,000 feet".
ESTIMATE_GAP = 0.1


def _estimates_apart(left: Quantity, right: Quantity) -> bool:
    """Whether two figures, one of them hedged ("about", "some"), name values more than
    ``ESTIMATE_GAP`` apart: each hedge allows the other, but neither writer gave it."""
    if "approx" not in (left.qualifier, right.qualifier):
        return False
    if left.qualifier not in ("approx", "exact") or right.qualifier not in ("approx", "exact"):
        return False
    if left.value is None or right.value is None or min(left.value, right.value) <= 0:
        return False
    low, high = sorted((left.value, right.value))
    return high > low * (1 + ESTIMATE_GAP)


# How far apart (minutes) two clock times of one event may be: exact, and approximate.
CLOCK_SLACK = 5
CLOCK_SLACK_APPROX = 15


def _compare_clocks(left: str, right: str, days_after: int | None = 0) -> str:
    """'agree' when two clock times ('15:20', '~15:00') can name one moment, else 'factual'.

    :param days_after: how many days after the left clock's stated day the right one's
        is (None when more than one apart, or unknown apart though stated apart).
        With no day apart the clock is a circle: "shortly before midnight" ('~00:00') and
        '23:55' are five minutes apart, not a day less five minutes.
    """
    if days_after is None:
        return "factual"
    slack = CLOCK_SLACK_APPROX if "~" in left + right else CLOCK_SLACK
    minutes = [int(v.strip("~")[:2]) * 60 + int(v.strip("~")[3:]) for v in (left, right)]
    if days_after == 0:
        apart = abs(minutes[1] - minutes[0])
        apart = min(apart, MINUTES_PER_DAY - apart)
    else:
        # "Midnight on Tuesday" may end Tuesday as well as open it.
        lefts, rights = ({m, MINUTES_PER_DAY} if m == 0 else {m} for m in minutes)
        apart = min(abs(r + days_after * MINUTES_PER_DAY - left) for left in lefts for r in rights)
    return "agree" if apart <= slack else "factual"


# A clock time that says which half of the day it is in: "8:47 p.m.", "8.47pm", "in the
# evening", "last night", "noon".
_HALF_OF_THE_DAY_SAID = re.compile(
    r"\d\s*[ap]\.?m\b|morning|afternoon|evening|night|noon|midnight|dawn|dusk", re.IGNORECASE
)


def _clock_readings(claim: Claim) -> tuple[str, ...]:
    """The clock values a time-of-event fact may have: its own, and, when its words do not
    say which half of the day it is in ("at eight forty-seven", "at 8:47"), the same time
    twelve hours later: a reader of "eight forty-seven" in an evening's story hears 20:47.

    :returns: values as "HH:MM" (with "~" when approximate), the stated one first
    """
    assert claim.fact is not None
    value = claim.fact.value
    start, end = (at - claim.span[0] for at in claim.fact.span)
    written = claim.text[max(0, start) : max(0, end)]
    hour = int(value.strip("~")[:2])
    if not written or _HALF_OF_THE_DAY_SAID.search(written) or hour >= 12:
        return (value,)
    later = f"{'~' if value.startswith('~') else ''}{hour + 12:02d}{value.strip('~')[2:]}"
    return value, later


def _days_after(left: Claim, right: Claim) -> int | None:
    """How many days after the left claim's stated day the right claim's is: 0 when they
    do not both state one, or state the same; 1 or -1 for neighbouring days (weekdays, or
    dates); None for days further apart."""
    (left_days, left_stated), (right_days, right_stated) = _days(left), _days(right)
    if not (left_stated and right_stated) or left_days == right_days:
        return 0
    left_day, right_day = left_days[0], right_days[0]
    if left_day in WEEKDAYS and right_day in WEEKDAYS:
        apart = _weekdays_after(left_day, right_day)
        signed = {1: 1, len(WEEKDAYS) - 1: -1}.get(apart)
    elif left_day[0].isdigit() and right_day[0].isdigit():
        signed = _signed_days(left_day, right_day)
    else:
        # A weekday and a date may be one day.
        return 0
    return signed if signed in (1, -1) else None


# Records this many games apart, one ahead of the other in every column, are two
# moments of one season or career, not two claims about one moment.
RECORD_GAMES_APART = 3


def _compare_records(left: str, right: str) -> str:
    """'agree', 'changed' or 'factual' for two win-loss(-draw) records ('52-3', '10-5-2').

    "10-0" and "14-1" are a team before and after five more games (a change);
    "53-3" against "52-3", or "162-139" against "122-147" (fewer losses with more
    wins is no later moment), cannot both hold.
    """
    numbers = [[int(n) for n in re.split(r"[-\u2013]", value)] for value in (left, right)]
    if numbers[0] == numbers[1]:
        return "agree"
    if len(numbers[0]) != len(numbers[1]):
        return "factual"
    totals = [sum(n) for n in numbers]
    later, earlier = (numbers[0], numbers[1]) if totals[0] > totals[1] else numbers[::-1]
    ahead = all(a >= b for a, b in zip(later, earlier, strict=True))
    if ahead and abs(totals[0] - totals[1]) > RECORD_GAMES_APART:
        return "changed"
    return "factual"


def dates_an_event(claim: Claim) -> bool:
    """Whether a claim's value is when an event happened (a year, a date, a month, a
    weekday, a clock time), not a value that holds at a time."""
    fact = claim.fact
    return fact is not None and (
        value_type(fact.value) != "text" or fact.attribute.startswith("time of ")
    )


def _written_fact(claim: Claim) -> str:
    """A claim's fact as its text writes it ("late on Saturday", "Saturday night"), or ""."""
    assert claim.fact is not None
    start, end = (offset - claim.span[0] for offset in claim.fact.span)
    return claim.text[start:end] if 0 <= start <= end <= len(claim.text) else ""


def _either_side_of_midnight(left: Claim, right: Claim) -> bool:
    """Whether two weekdays of one event are one night told from either side: "late on
    Saturday" or "Saturday night" and "early Sunday" may be one moment."""
    days = [claim.fact.value if claim.fact else "" for claim in (left, right)]
    if not all(day in WEEKDAYS for day in days):
        return False
    if _weekdays_after(days[0], days[1]) == 1:
        night, morning = left, right
    elif _weekdays_after(days[1], days[0]) == 1:
        night, morning = right, left
    else:
        return False
    late = _written_fact(night).casefold()
    return ("late" in late or "night" in late) and "early" in _written_fact(morning).casefold()


def _one_possessed_thing(left: str, right: str) -> bool:
    """Whether two text values name one thing owned, one of them by a pronoun: "his
    daughter" and "penhallow's daughter"."""
    owned = [_POSSESSED.fullmatch(value) for value in (left, right)]
    if owned[0] is None or owned[1] is None or owned[0]["thing"] != owned[1]["thing"]:
        return False
    return any(found["owner"] in POSSESSIVES for found in owned if found)


_POSSESSED = re.compile(r"(?P<owner>[\w-]+(?:['’]s)?)\s+(?P<thing>[\w\s'’-]+)")


# How far, relative to the figure, a measure written in one unit and converted from
# another may lie from the exact conversion: "nearly 280 millimetres" for "11.2 inches"
# (284 mm) is a rounded conversion, not another rainfall.
CONVERSION_SLACK = 0.025


def _within_a_conversion(
    left: Quantity, right: Quantity, interval: Callable[[Quantity], Interval] = strict_interval
) -> bool:
    """Whether two measures written in different units (inches and millimetres) lie within
    ``CONVERSION_SLACK`` of each other, read by ``interval`` (strict or pragmatic)."""
    if left.kind not in DIMENSION_KINDS or left.kind != right.kind:
        return False
    left_words, right_words = (_LETTERS.findall(q.surface) for q in (left, right))
    if not left_words or not right_words or left_words[-1] == right_words[-1]:
        return False
    widened = [
        Interval(
            None if i.low is None else i.low * (1 - CONVERSION_SLACK),
            None if i.high is None else i.high * (1 + CONVERSION_SLACK),
        )
        for i in (interval(left), interval(right))
    ]
    return widened[0].overlaps(widened[1])


def _compare_values(left: Claim, right: Claim, names: NameResolver) -> str:
    """'agree' or the rule under which two values are incompatible."""
    if left.fact is not None and right.fact is not None:
        if left.fact.attribute.startswith("time of "):
            days_after = _days_after(left, right)
            return (
                "agree"
                if any(
                    _compare_clocks(left_value, right_value, days_after) == "agree"
                    for left_value in _clock_readings(left)
                    for right_value in _clock_readings(right)
                )
                else "factual"
            )
        if left.fact.attribute == "record":
            return _compare_records(left.fact.value, right.fact.value)
        if left.fact.attribute in ("age", "score"):
            return "agree" if left.fact.value == right.fact.value else "factual"
        if left.fact.attribute == "holder":
            # "A.J. Marsh", "AJ Marsh" and "Marsh" name one holder; "A.J. Brook" another.
            surnames = {fact.value.split()[-1].casefold() for fact in (left.fact, right.fact)}
            return "agree" if len(surnames) == 1 else "factual"
        if _either_side_of_midnight(left, right):
            return "agree"
        left_value = names.resolve(left.fact.value)[0].casefold()
        right_value = names.resolve(right.fact.value)[0].casefold()
        if value_type(left_value) != value_type(right_value):
            # "killed on 21 October" and "killed in 2011" can both be true.
            return "agree"
        same = left_value == right_value or left_value in right_value or right_value in left_value
        if not same and _one_possessed_thing(left_value, right_value):
            # "his daughter" and "Penhallow's daughter": one person, owned as told.
            return "agree"
        return "agree" if same else "factual"
    left_q, right_q = primary_quantity(left), primary_quantity(right)
    if left_q is None or right_q is None:
        return "agree"
    if _in_two_currencies(left_q, right_q):
        # Sums in two currencies: no exchange rate is known offline, so only a gap
        # wider than any rate between major currencies is a disagreement.
        return "strict" if _far_apart(left_q, right_q) else "agree"
    if _said_rounded(left_q, right_q) or _said_rounded(right_q, left_q):
        return "agree"
    if not strict_interval(left_q, counts_exact=True).overlaps(
        strict_interval(right_q, counts_exact=True)
    ) and not _within_a_conversion(left_q, right_q):
        return "strict"
    if left.measure.startswith(DISTANCE_FROM) or right.measure.startswith(DISTANCE_FROM):
        # "less than 25 km from the border" stresses how near, not how far: a bound.
        return "agree"
    if not pragmatic_interval(left_q).overlaps(
        pragmatic_interval(right_q)
    ) and not _within_a_conversion(left_q, right_q, pragmatic_interval):
        return "pragmatic"
    return "agree"
